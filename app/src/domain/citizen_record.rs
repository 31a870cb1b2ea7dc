//! A citizen's record as the desk keeps it. Accommodations are for caseworkers only: the
//! record never leaves the desk (mentors see a citizen through their placements alone).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::company::{check_postcode, optional_email, optional_text, required_text};
use super::error::{AppError, Field, Rule};
use super::local_time::parse_date;
use super::locale::Locale;
use super::opening::parse_decimal;
use super::target_group::TargetGroup;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CitizenInput {
    #[serde(default, deserialize_with = "super::loose_text")]
    pub name: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub phone: String,
    /// The login, once the citizen is invited.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub email: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub postcode: String,
    /// cash_benefit_activity_ready, fleksjob, disability_pension, resource_programme,
    /// integration, youth or sickness_benefit
    #[serde(default, deserialize_with = "super::loose_text")]
    pub target_group: String,
    /// YYYY-MM-DD: referred ("visiteret") to the programme.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub referred_on: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub wanted_hours_per_week: String,
    /// Free text for caseworkers only. Never a diagnosis.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub accommodations: String,
    /// The citizen's language (da, en, ar or uk; empty: not recorded). Their pages use it until
    /// they choose one themselves.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub language: String,
    /// Whether meetings need an interpreter: yes or no (also true or false).
    #[serde(default, deserialize_with = "super::loose_text")]
    pub needs_interpreter: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CitizenFields {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub postcode: Option<String>,
    pub target_group: TargetGroup,
    pub referred_on: Option<NaiveDate>,
    pub wanted_hours_per_week: Option<f64>,
    pub accommodations: Option<String>,
    pub language: Option<Locale>,
    pub needs_interpreter: bool,
}

fn parse_language(s: &str) -> Result<Option<Locale>, AppError> {
    match s.trim() {
        "" => Ok(None),
        code => Locale::ALL.into_iter().find(|l| l.code() == code).map(Some).ok_or(AppError::invalid(Rule::InvalidKind, Field::Language)),
    }
}

fn parse_yes_no(s: &str, field: Field) -> Result<bool, AppError> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "no" | "false" | "nej" | "0" => Ok(false),
        "yes" | "true" | "ja" | "1" => Ok(true),
        _ => Err(AppError::invalid(Rule::InvalidKind, field)),
    }
}

pub fn validate(input: &CitizenInput, today: NaiveDate) -> Result<CitizenFields, AppError> {
    let name = required_text(&input.name, Field::Name)?;
    let target_group = match input.target_group.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::TargetGroup)),
        g => TargetGroup::parse(g).ok_or(AppError::invalid(Rule::InvalidKind, Field::TargetGroup))?,
    };
    let referred_on = match input.referred_on.trim() {
        "" => None,
        s => Some(parse_date(s, Field::ReferredOn)?),
    };
    if referred_on.is_some_and(|d| d > today) {
        return Err(AppError::invalid(Rule::DateInFuture, Field::ReferredOn));
    }
    let wanted = parse_decimal(&input.wanted_hours_per_week, Field::WantedHours)?;
    if wanted.is_some_and(|h| !(1.0..=37.0).contains(&h)) {
        return Err(AppError::invalid(Rule::OutOfRange, Field::WantedHours));
    }
    Ok(CitizenFields {
        name,
        phone: optional_text(&input.phone, Field::Phone)?,
        email: optional_email(&input.email, Field::Email)?,
        postcode: check_postcode(&input.postcode, Field::Postcode)?,
        target_group,
        referred_on,
        wanted_hours_per_week: wanted,
        accommodations: optional_text(&input.accommodations, Field::Accommodations)?,
        language: parse_language(&input.language)?,
        needs_interpreter: parse_yes_no(&input.needs_interpreter, Field::NeedsInterpreter)?,
    })
}

/// A citizen's record on the desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CitizenRecord {
    pub id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub postcode: Option<String>,
    pub target_group: TargetGroup,
    pub referred_on: Option<String>,
    pub wanted_hours_per_week: Option<f64>,
    pub accommodations: Option<String>,
    pub caseworker_name: Option<String>,
    /// Whether the citizen has set a password and can log in.
    pub can_log_in: bool,
    /// The language the caseworker recorded (none: not recorded).
    #[serde(default)]
    pub language: Option<Locale>,
    #[serde(default)]
    pub needs_interpreter: bool,
}

impl CitizenRecord {
    pub fn as_input(&self) -> CitizenInput {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        CitizenInput {
            name: self.name.clone(),
            phone: s(&self.phone),
            email: s(&self.email),
            postcode: s(&self.postcode),
            target_group: self.target_group.as_str().into(),
            referred_on: s(&self.referred_on),
            wanted_hours_per_week: self.wanted_hours_per_week.map(super::money::decimal_da).unwrap_or_default(),
            accommodations: s(&self.accommodations),
            language: self.language.map(|l| l.code().to_string()).unwrap_or_default(),
            needs_interpreter: if self.needs_interpreter { "yes" } else { "no" }.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn input() -> CitizenInput {
        CitizenInput { name: "Jonas".into(), target_group: "youth".into(), wanted_hours_per_week: "7,5".into(), ..Default::default() }
    }

    #[test]
    fn a_citizen_needs_a_name_and_a_target_group_and_the_rest_is_checked_when_given() {
        let f = validate(&input(), today()).unwrap();
        assert_eq!((f.target_group, f.wanted_hours_per_week, f.email), (TargetGroup::Youth, Some(7.5), None));
        assert_eq!((f.language, f.needs_interpreter), (None, false));
        let f = validate(&CitizenInput { language: " uk ".into(), needs_interpreter: "Ja".into(), ..input() }, today()).unwrap();
        assert_eq!((f.language, f.needs_interpreter), (Some(Locale::Uk), true));
        let cases = [
            (CitizenInput { name: " ".into(), ..input() }, Rule::Required, Field::Name),
            (CitizenInput { target_group: "".into(), ..input() }, Rule::Required, Field::TargetGroup),
            (CitizenInput { target_group: "cpr".into(), ..input() }, Rule::InvalidKind, Field::TargetGroup),
            (CitizenInput { email: "jonas@".into(), ..input() }, Rule::InvalidEmail, Field::Email),
            (CitizenInput { postcode: "69".into(), ..input() }, Rule::InvalidPostcode, Field::Postcode),
            (CitizenInput { referred_on: "2026-11-24".into(), ..input() }, Rule::DateInFuture, Field::ReferredOn),
            (CitizenInput { wanted_hours_per_week: "40".into(), ..input() }, Rule::OutOfRange, Field::WantedHours),
            (CitizenInput { accommodations: "x".repeat(501), ..input() }, Rule::TextTooLong, Field::Accommodations),
            (CitizenInput { language: "arabic".into(), ..input() }, Rule::InvalidKind, Field::Language),
            (CitizenInput { language: "ar-SY".into(), ..input() }, Rule::InvalidKind, Field::Language),
            (CitizenInput { needs_interpreter: "maybe".into(), ..input() }, Rule::InvalidKind, Field::NeedsInterpreter),
        ];
        for (i, rule, field) in cases {
            assert_eq!(validate(&i, today()), Err(AppError::invalid(rule, field)), "{i:?}");
        }
    }
}
