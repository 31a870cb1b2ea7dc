//! Social-economic enterprises the municipality helps start: an initiative moves from idea to
//! in progress to established (its company is then marked, and counts towards the goal) or
//! closed; an established one has partnerships with companies that buy its work.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::local_time::parse_date;

text_enum!(Stage {
    Idea = "idea", "Idé";
    InProgress = "in_progress", "I gang";
    Established = "established", "Etableret";
    Closed = "closed", "Lukket";
});

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_NOTES_CHARS: usize = 2000;

/// What an admin or manager types. Text, as forms send it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InitiativeInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub stage: String,
    /// The staff member who follows it; empty for none.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub advisor_user_id: String,
    /// The company that is (or becomes) the social-economic enterprise; needed once established.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub company_id: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub started_on: String,
    #[serde(default)]
    pub established_on: String,
    #[serde(default)]
    pub closed_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Initiative {
    pub name: String,
    pub stage: Stage,
    pub advisor_user_id: Option<i64>,
    pub company_id: Option<i64>,
    pub notes: Option<String>,
    pub started_on: NaiveDate,
    pub established_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
}

fn id(raw: &str, field: Field) -> Result<Option<i64>, AppError> {
    match raw.trim() {
        "" | "0" => Ok(None),
        s => s.parse::<i64>().map(Some).map_err(|_| AppError::invalid(Rule::InvalidNumber, field)),
    }
}

fn optional_date(raw: &str, field: Field, today: NaiveDate) -> Result<Option<NaiveDate>, AppError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let day = parse_date(raw, field)?;
    if day > today {
        return Err(AppError::invalid(Rule::DateInFuture, field));
    }
    Ok(Some(day))
}

pub fn check_initiative(input: &InitiativeInput, today: NaiveDate) -> Result<Initiative, AppError> {
    let name = input.name.trim();
    if name.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Name));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(AppError::invalid(Rule::TextTooLong, Field::Name));
    }
    super::time_entry::check_characters(name, Field::Name)?;
    let stage = match input.stage.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::Stage)),
        s => Stage::parse(s).ok_or(AppError::invalid(Rule::InvalidKind, Field::Stage))?,
    };
    let notes = input.notes.trim();
    if notes.chars().count() > MAX_NOTES_CHARS {
        return Err(AppError::invalid(Rule::TextTooLong, Field::Note));
    }
    super::time_entry::check_characters(notes, Field::Note)?;
    let started_on = optional_date(&input.started_on, Field::StartsOn, today)?.ok_or(AppError::invalid(Rule::Required, Field::StartsOn))?;
    let established_on = optional_date(&input.established_on, Field::EstablishedOn, today)?;
    let closed_on = optional_date(&input.closed_on, Field::ClosedOn, today)?;
    let company_id = id(&input.company_id, Field::CompanyId)?;
    if stage == Stage::Established {
        company_id.ok_or(AppError::invalid(Rule::Required, Field::CompanyId))?;
        established_on.ok_or(AppError::invalid(Rule::Required, Field::EstablishedOn))?;
    }
    if stage == Stage::Closed && closed_on.is_none() {
        return Err(AppError::invalid(Rule::Required, Field::ClosedOn));
    }
    for (day, field) in [(established_on, Field::EstablishedOn), (closed_on, Field::ClosedOn)] {
        if day.is_some_and(|d| d < started_on) {
            return Err(AppError::invalid(Rule::ToBeforeFrom, field));
        }
    }
    Ok(Initiative {
        name: name.to_string(),
        stage,
        advisor_user_id: id(&input.advisor_user_id, Field::AdvisorUserId)?,
        company_id,
        notes: (!notes.is_empty()).then(|| notes.to_string()),
        started_on,
        // A date only means something in the stage it belongs to or after it.
        established_on: established_on.filter(|_| matches!(stage, Stage::Established | Stage::Closed)),
        closed_on: closed_on.filter(|_| stage == Stage::Closed),
    })
}

impl Initiative {
    /// Established with a company: that company is a social-economic enterprise from the day.
    pub fn marks_company(&self) -> Option<(i64, NaiveDate)> {
        match (self.stage, self.company_id, self.established_on) {
            (Stage::Established, Some(c), Some(day)) => Some((c, day)),
            _ => None,
        }
    }
}

/// An initiative as lists and its page show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InitiativeView {
    pub id: i64,
    pub name: String,
    pub stage: Stage,
    pub advisor_user_id: Option<i64>,
    pub advisor_name: Option<String>,
    pub company_id: Option<i64>,
    pub company_name: Option<String>,
    pub notes: Option<String>,
    pub started_on: NaiveDate,
    pub established_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub partnerships: Vec<PartnershipView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PartnershipView {
    pub id: i64,
    pub company_id: i64,
    pub company_name: String,
    pub description: Option<String>,
    pub since: NaiveDate,
}

/// A company that buys the enterprise's work, from a day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PartnershipInput {
    #[serde(default, deserialize_with = "super::loose_text")]
    pub company_id: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub since: String,
}

pub struct Partnership {
    pub company_id: i64,
    pub description: Option<String>,
    pub since: NaiveDate,
}

/// The buyer is another company than the enterprise itself.
pub fn check_partnership(input: &PartnershipInput, enterprise_company: Option<i64>, today: NaiveDate) -> Result<Partnership, AppError> {
    let company_id = id(&input.company_id, Field::CompanyId)?.ok_or(AppError::invalid(Rule::Required, Field::CompanyId))?;
    if enterprise_company == Some(company_id) {
        return Err(AppError::invalid(Rule::SameCompany, Field::CompanyId));
    }
    let description = input.description.trim();
    if description.chars().count() > MAX_NAME_CHARS {
        return Err(AppError::invalid(Rule::TextTooLong, Field::Description));
    }
    super::time_entry::check_characters(description, Field::Description)?;
    let since = optional_date(&input.since, Field::Since, today)?.ok_or(AppError::invalid(Rule::Required, Field::Since))?;
    Ok(Partnership { company_id, description: (!description.is_empty()).then(|| description.to_string()), since })
}

/// What the pipeline page loads: the initiatives, the staff who may follow one, and the
/// companies (id, name) one may be or partner with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativesPage {
    pub initiatives: Vec<InitiativeView>,
    pub advisors: Vec<(i64, String)>,
    pub companies: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativePage {
    pub initiative: InitiativeView,
    pub advisors: Vec<(i64, String)>,
    pub companies: Vec<(i64, String)>,
}

impl InitiativeView {
    pub fn as_input(&self) -> InitiativeInput {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        InitiativeInput {
            name: self.name.clone(),
            stage: self.stage.as_str().into(),
            advisor_user_id: self.advisor_user_id.map(|i| i.to_string()).unwrap_or_default(),
            company_id: self.company_id.map(|i| i.to_string()).unwrap_or_default(),
            notes: self.notes.clone().unwrap_or_default(),
            started_on: self.started_on.to_string(),
            established_on: date(self.established_on),
            closed_on: date(self.closed_on),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn input(stage: &str) -> InitiativeInput {
        InitiativeInput { name: "Genbrugsværkstedet".into(), stage: stage.into(), started_on: "2026-02-01".into(), ..Default::default() }
    }

    #[test]
    fn an_idea_needs_a_name_and_a_start_and_an_established_one_a_company_and_a_date() {
        let today = d("2026-11-23");
        let idea = check_initiative(&input("idea"), today).unwrap();
        assert_eq!((idea.stage, idea.marks_company()), (Stage::Idea, None));
        let err = |i: InitiativeInput| check_initiative(&i, today).unwrap_err();
        assert_eq!(err(InitiativeInput { name: " ".into(), ..input("idea") }), AppError::invalid(Rule::Required, Field::Name));
        assert_eq!(err(input("")), AppError::invalid(Rule::Required, Field::Stage));
        assert_eq!(err(input("done")), AppError::invalid(Rule::InvalidKind, Field::Stage));
        assert_eq!(err(InitiativeInput { started_on: "".into(), ..input("idea") }), AppError::invalid(Rule::Required, Field::StartsOn));
        assert_eq!(err(InitiativeInput { started_on: "2026-12-01".into(), ..input("idea") }), AppError::invalid(Rule::DateInFuture, Field::StartsOn));
        assert_eq!(err(input("established")), AppError::invalid(Rule::Required, Field::CompanyId));
        let with_company = InitiativeInput { company_id: "7".into(), ..input("established") };
        assert_eq!(err(with_company.clone()), AppError::invalid(Rule::Required, Field::EstablishedOn));
        let early = InitiativeInput { established_on: "2026-01-31".into(), ..with_company.clone() };
        assert_eq!(err(early), AppError::invalid(Rule::ToBeforeFrom, Field::EstablishedOn));
        let done = check_initiative(&InitiativeInput { established_on: "2026-06-01".into(), ..with_company }, today).unwrap();
        assert_eq!(done.marks_company(), Some((7, d("2026-06-01"))));
        assert_eq!(err(input("closed")), AppError::invalid(Rule::Required, Field::ClosedOn));
        assert_eq!(err(InitiativeInput { company_id: "x".into(), ..input("idea") }), AppError::invalid(Rule::InvalidNumber, Field::CompanyId));
        // A date that belongs to a later stage is not kept on an idea.
        let idea = check_initiative(&InitiativeInput { established_on: "2026-06-01".into(), ..input("idea") }, today).unwrap();
        assert_eq!(idea.established_on, None);
    }

    #[test]
    fn a_partner_buys_from_the_enterprise_and_is_another_company() {
        let today = d("2026-11-23");
        let p = PartnershipInput { company_id: "3".into(), description: "Køber frokost hver dag".into(), since: "2026-03-01".into() };
        assert_eq!(check_partnership(&p, Some(7), today).unwrap().company_id, 3);
        assert_eq!(check_partnership(&p, Some(3), today).err(), Some(AppError::invalid(Rule::SameCompany, Field::CompanyId)));
        let p = PartnershipInput { since: "".into(), ..p };
        assert_eq!(check_partnership(&p, Some(7), today).err(), Some(AppError::invalid(Rule::Required, Field::Since)));
    }
}
