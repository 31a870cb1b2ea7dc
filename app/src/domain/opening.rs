//! Openings: what a company offers, and a mentor's proposal ("Tilbyd en opgave") that a
//! caseworker approves or declines before anyone is matched to it.
use serde::{Deserialize, Serialize};

use super::company::{check_postcode, optional_text, required_text};
use super::error::{AppError, Field, Rule};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpeningKind {
    SmallJob,
    Internship,
    FlexJob,
    ShelteredJob,
}

impl OpeningKind {
    pub const ALL: [OpeningKind; 4] = [OpeningKind::SmallJob, OpeningKind::Internship, OpeningKind::FlexJob, OpeningKind::ShelteredJob];

    pub fn as_str(self) -> &'static str {
        match self {
            OpeningKind::SmallJob => "small_job",
            OpeningKind::Internship => "internship",
            OpeningKind::FlexJob => "flex_job",
            OpeningKind::ShelteredJob => "sheltered_job",
        }
    }

    pub fn parse(s: &str) -> Option<OpeningKind> {
        OpeningKind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    pub fn label_da(self) -> &'static str {
        super::models::kind_da(self.as_str())
    }

    pub fn label_key(self) -> crate::i18n::Key {
        use crate::i18n::k;
        match self {
            OpeningKind::SmallJob => k::OPENING_KIND_SMALL_JOB,
            OpeningKind::Internship => k::OPENING_KIND_INTERNSHIP,
            OpeningKind::FlexJob => k::OPENING_KIND_FLEX_JOB,
            OpeningKind::ShelteredJob => k::OPENING_KIND_SHELTERED_JOB,
        }
    }

    /// Paid kinds have an hourly wage; an internship is unpaid (the citizen keeps the benefit).
    pub fn is_paid(self) -> bool {
        self != OpeningKind::Internship
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpeningStatus {
    Open,
    Filled,
    Closed,
}

impl OpeningStatus {
    pub const ALL: [OpeningStatus; 3] = [OpeningStatus::Open, OpeningStatus::Filled, OpeningStatus::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            OpeningStatus::Open => "open",
            OpeningStatus::Filled => "filled",
            OpeningStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<OpeningStatus> {
        OpeningStatus::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    pub fn label_da(self) -> &'static str {
        match self {
            OpeningStatus::Open => "Åben",
            OpeningStatus::Filled => "Besat",
            OpeningStatus::Closed => "Lukket",
        }
    }
}

/// A mentor's proposal waits for a caseworker; openings a caseworker made have no review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Review {
    Waiting,
    Approved,
    Declined,
}

impl Review {
    pub fn as_str(self) -> &'static str {
        match self {
            Review::Waiting => "waiting",
            Review::Approved => "approved",
            Review::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<Review> {
        [Review::Waiting, Review::Approved, Review::Declined].into_iter().find(|k| k.as_str() == s)
    }
}

/// What is typed about an opening; every field as text, as forms send it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpeningInput {
    /// small_job, internship, flex_job or sheltered_job
    #[serde(default, deserialize_with = "super::loose_text")]
    pub kind: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub title: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub tasks: String,
    /// Hours per week, e.g. "7,5" or "7.5".
    #[serde(default, deserialize_with = "super::loose_text")]
    pub hours_per_week: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub location: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub postcode: String,
    /// Kroner per hour, e.g. "142,50"; required for paid kinds, ignored for internships.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub hourly_wage: String,
    /// 1–50; empty means 1.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub seats: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OpeningFields {
    pub kind: OpeningKind,
    pub title: String,
    pub tasks: Option<String>,
    pub hours_per_week: Option<f64>,
    pub location: Option<String>,
    pub postcode: Option<String>,
    pub hourly_wage_ore: Option<i64>,
    pub seats: i64,
}

/// An opening as the desk and the mentor show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpeningView {
    pub id: i64,
    pub company_id: i64,
    pub company_name: String,
    pub kind: OpeningKind,
    pub title: String,
    pub tasks: Option<String>,
    pub hours_per_week: Option<f64>,
    pub location: Option<String>,
    pub postcode: Option<String>,
    /// Øre per hour; absent for internships.
    pub hourly_wage_ore: Option<i64>,
    pub seats: i64,
    /// Planned and active placements in it.
    pub seats_taken: i64,
    pub status: OpeningStatus,
    /// Absent when a caseworker made it; otherwise the proposal's review.
    pub review: Option<Review>,
    /// Why a proposal was declined.
    pub review_reason: Option<String>,
    pub proposed_by_name: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl OpeningView {
    pub fn takes_placements(&self) -> bool {
        takes_placements(self.status, self.review)
    }

    pub fn as_input(&self) -> OpeningInput {
        OpeningInput {
            kind: self.kind.as_str().into(),
            title: self.title.clone(),
            tasks: self.tasks.clone().unwrap_or_default(),
            hours_per_week: self.hours_per_week.map(super::money::decimal_da).unwrap_or_default(),
            location: self.location.clone().unwrap_or_default(),
            postcode: self.postcode.clone().unwrap_or_default(),
            hourly_wage: self.hourly_wage_ore.map(|o| format!("{},{:02}", o / 100, o % 100)).unwrap_or_default(),
            seats: self.seats.to_string(),
        }
    }
}

/// "7,5", "7.5" or "8": a decimal as Danes and machines write it.
pub fn parse_decimal(raw: &str, field: Field) -> Result<Option<f64>, AppError> {
    let s = raw.trim().replace(',', ".");
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(AppError::invalid(Rule::InvalidDecimal, field)),
    }
}

/// Kroner as typed ("142,50", "142.5", "1.142,50" is not accepted: too easy to misread) to øre.
pub fn parse_kr(raw: &str, field: Field) -> Result<Option<i64>, AppError> {
    let Some(kr) = parse_decimal(raw.trim().trim_end_matches("kr.").trim_end_matches("kr"), field)? else { return Ok(None) };
    if !(1.0..=1000.0).contains(&kr) {
        return Err(AppError::invalid(Rule::OutOfRange, field));
    }
    let ore = (kr * 100.0).round();
    if (kr * 100.0 - ore).abs() > 1e-6 {
        return Err(AppError::invalid(Rule::InvalidDecimal, field));
    }
    Ok(Some(ore as i64))
}

pub fn validate(input: &OpeningInput) -> Result<OpeningFields, AppError> {
    let kind = match input.kind.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::Kind)),
        k => OpeningKind::parse(k).ok_or(AppError::invalid(Rule::InvalidKind, Field::Kind))?,
    };
    let title = required_text(&input.title, Field::Title)?;
    let hours_per_week = parse_decimal(&input.hours_per_week, Field::HoursPerWeek)?;
    if let Some(h) = hours_per_week {
        if !(1.0..=37.0).contains(&h) {
            return Err(AppError::invalid(Rule::OutOfRange, Field::HoursPerWeek));
        }
    }
    let hourly_wage_ore = if kind.is_paid() {
        Some(parse_kr(&input.hourly_wage, Field::HourlyWage)?.ok_or(AppError::invalid(Rule::Required, Field::HourlyWage))?)
    } else {
        None
    };
    let seats = match input.seats.trim() {
        "" => 1,
        s => s.parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::Seats))?,
    };
    if !(1..=50).contains(&seats) {
        return Err(AppError::invalid(Rule::OutOfRange, Field::Seats));
    }
    Ok(OpeningFields {
        kind,
        title,
        tasks: optional_text(&input.tasks, Field::Tasks)?,
        hours_per_week,
        location: optional_text(&input.location, Field::Location)?,
        postcode: check_postcode(&input.postcode, Field::Postcode)?,
        hourly_wage_ore,
        seats,
    })
}

/// A caseworker's answer to a proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Decline { reason: String },
}

pub fn parse_decision(decision: &str, reason: &str) -> Result<Decision, AppError> {
    match decision.trim() {
        "approve" => Ok(Decision::Approve),
        "decline" => Ok(Decision::Decline { reason: required_text(reason, Field::DeclineReason)? }),
        "" => Err(AppError::invalid(Rule::Required, Field::Decision)),
        _ => Err(AppError::invalid(Rule::InvalidKind, Field::Decision)),
    }
}

/// Only a waiting proposal can be decided, once.
pub fn check_reviewable(review: Option<Review>) -> Result<(), AppError> {
    match review {
        Some(Review::Waiting) => Ok(()),
        Some(_) => Err(AppError::AlreadyDecided),
        None => Err(AppError::NotFound),
    }
}

/// A proposal is decided before its terms change; editing it would slip it past the review.
pub fn check_editable(review: Option<Review>) -> Result<(), AppError> {
    if review == Some(Review::Waiting) {
        return Err(AppError::invalid(Rule::OpeningNotOpen, Field::Status));
    }
    Ok(())
}

/// Whether citizens may be matched to and placed in an opening now.
pub fn takes_placements(status: OpeningStatus, review: Option<Review>) -> bool {
    status == OpeningStatus::Open && matches!(review, None | Some(Review::Approved))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: &str) -> OpeningInput {
        OpeningInput { kind: kind.into(), title: "Lager".into(), hours_per_week: "7,5".into(), hourly_wage: "142,50".into(), ..Default::default() }
    }

    #[test]
    fn paid_kinds_need_a_wage_and_internships_never_carry_one() {
        let small = validate(&input("small_job")).unwrap();
        assert_eq!((small.hourly_wage_ore, small.hours_per_week, small.seats), (Some(14250), Some(7.5), 1));
        let intern = validate(&input("internship")).unwrap();
        assert_eq!(intern.hourly_wage_ore, None);
        let mut no_wage = input("flex_job");
        no_wage.hourly_wage = " ".into();
        assert_eq!(validate(&no_wage), Err(AppError::invalid(Rule::Required, Field::HourlyWage)));
        no_wage.kind = "internship".into();
        assert!(validate(&no_wage).is_ok());
    }

    #[test]
    fn each_field_has_its_own_refusal() {
        let cases = [
            (OpeningInput { kind: "".into(), ..input("small_job") }, Rule::Required, Field::Kind),
            (OpeningInput { kind: "job".into(), ..input("small_job") }, Rule::InvalidKind, Field::Kind),
            (OpeningInput { title: " ".into(), ..input("small_job") }, Rule::Required, Field::Title),
            (OpeningInput { hours_per_week: "mange".into(), ..input("small_job") }, Rule::InvalidDecimal, Field::HoursPerWeek),
            (OpeningInput { hours_per_week: "38".into(), ..input("small_job") }, Rule::OutOfRange, Field::HoursPerWeek),
            (OpeningInput { hours_per_week: "0,5".into(), ..input("small_job") }, Rule::OutOfRange, Field::HoursPerWeek),
            (OpeningInput { hourly_wage: "0".into(), ..input("small_job") }, Rule::OutOfRange, Field::HourlyWage),
            (OpeningInput { hourly_wage: "142,505".into(), ..input("small_job") }, Rule::InvalidDecimal, Field::HourlyWage),
            (OpeningInput { seats: "0".into(), ..input("small_job") }, Rule::OutOfRange, Field::Seats),
            (OpeningInput { seats: "2,5".into(), ..input("small_job") }, Rule::InvalidNumber, Field::Seats),
            (OpeningInput { postcode: "695".into(), ..input("small_job") }, Rule::InvalidPostcode, Field::Postcode),
            (OpeningInput { tasks: "x".repeat(501), ..input("small_job") }, Rule::TextTooLong, Field::Tasks),
        ];
        for (i, rule, field) in cases {
            assert_eq!(validate(&i), Err(AppError::invalid(rule, field)), "{i:?}");
        }
        assert_eq!(parse_kr("142.5 kr.", Field::HourlyWage), Ok(Some(14250)));
    }

    #[test]
    fn proposals_are_decided_once_and_only_approved_ones_take_placements() {
        assert_eq!(parse_decision("approve", ""), Ok(Decision::Approve));
        assert_eq!(parse_decision("decline", " "), Err(AppError::invalid(Rule::Required, Field::DeclineReason)));
        assert_eq!(parse_decision("decline", "Ikke nu"), Ok(Decision::Decline { reason: "Ikke nu".into() }));
        assert_eq!(parse_decision("maybe", ""), Err(AppError::invalid(Rule::InvalidKind, Field::Decision)));
        assert_eq!(check_reviewable(Some(Review::Waiting)), Ok(()));
        assert_eq!(check_reviewable(Some(Review::Approved)), Err(AppError::AlreadyDecided));
        assert_eq!(check_reviewable(None), Err(AppError::NotFound));
        assert!(takes_placements(OpeningStatus::Open, None));
        assert!(takes_placements(OpeningStatus::Open, Some(Review::Approved)));
        assert!(!takes_placements(OpeningStatus::Open, Some(Review::Waiting)));
        assert!(!takes_placements(OpeningStatus::Filled, None));
        assert_eq!(check_editable(Some(Review::Waiting)), Err(AppError::invalid(Rule::OpeningNotOpen, Field::Status)));
        assert_eq!(check_editable(Some(Review::Declined)), Ok(()));
        assert_eq!(check_editable(None), Ok(()));
    }
}
