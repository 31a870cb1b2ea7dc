//! Absence notices: "Jeg er syg" for a range of days, "Jeg kan ikke komme" for one shift.
//! Only the kind, the dates and an optional note are kept — never a diagnosis — and only the
//! citizen and their caseworker read the note; a mentor sees that the citizen is absent.
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AbsenceKind {
    /// Ill ("Jeg er syg").
    Sick,
    /// Cannot come for another reason ("Jeg kan ikke komme").
    Other,
}

impl AbsenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AbsenceKind::Sick => "sick",
            AbsenceKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<AbsenceKind> {
        match s {
            "sick" => Some(AbsenceKind::Sick),
            "other" => Some(AbsenceKind::Other),
            _ => None,
        }
    }

    /// The state's name in the locale files.
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            AbsenceKind::Sick => crate::i18n::k::ABSENCE_SICK,
            AbsenceKind::Other => crate::i18n::k::ABSENCE_OTHER,
        }
    }

    pub fn label_da(self) -> &'static str {
        match self {
            AbsenceKind::Sick => "Syg",
            AbsenceKind::Other => "Kan ikke komme",
        }
    }
}

/// How far back a notice may reach (a forgotten sick day last week) and ahead (a planned
/// operation), and how long one notice may be; longer absences go through the caseworker.
pub const MAX_DAYS_BACK: i64 = 14;
pub const MAX_DAYS_AHEAD: i64 = 90;
pub const MAX_SPAN_DAYS: i64 = 62;

pub fn validate_range(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<(), AppError> {
    if to < from {
        return Err(AppError::invalid(Rule::ToBeforeFrom, Field::ToDate));
    }
    if from < today - Duration::days(MAX_DAYS_BACK) {
        return Err(AppError::invalid(Rule::TooFarInPast, Field::FromDate));
    }
    if to > today + Duration::days(MAX_DAYS_AHEAD) {
        return Err(AppError::invalid(Rule::TooFarAhead, Field::ToDate));
    }
    if (to - from).num_days() + 1 > MAX_SPAN_DAYS {
        return Err(AppError::invalid(Rule::RangeTooLong, Field::ToDate));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_range_is_checked_field_by_field() {
        let today = d("2026-11-22");
        assert_eq!(validate_range(today, today, today), Ok(()));
        assert_eq!(validate_range(d("2026-11-08"), d("2026-11-23"), today), Ok(()));
        let err = |f, t| validate_range(d(f), d(t), today).unwrap_err();
        assert_eq!(err("2026-11-22", "2026-11-21"), AppError::invalid(Rule::ToBeforeFrom, Field::ToDate));
        assert_eq!(err("2026-11-07", "2026-11-22"), AppError::invalid(Rule::TooFarInPast, Field::FromDate));
        assert_eq!(err("2026-11-22", "2027-02-21"), AppError::invalid(Rule::TooFarAhead, Field::ToDate));
        assert_eq!(err("2026-11-22", "2027-01-23"), AppError::invalid(Rule::RangeTooLong, Field::ToDate));
        assert_eq!(validate_range(d("2026-11-22"), d("2027-01-22"), today), Ok(()));
    }
}
