//! Shifts: planned work in a placement.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShiftStatus {
    Planned,
    Attended,
    NoShow,
    Cancelled,
    Absent,
}

impl ShiftStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ShiftStatus::Planned => "planned",
            ShiftStatus::Attended => "attended",
            ShiftStatus::NoShow => "no_show",
            ShiftStatus::Cancelled => "cancelled",
            ShiftStatus::Absent => "absent",
        }
    }

    pub fn parse(s: &str) -> Option<ShiftStatus> {
        match s {
            "planned" => Some(ShiftStatus::Planned),
            "attended" => Some(ShiftStatus::Attended),
            "no_show" => Some(ShiftStatus::NoShow),
            "cancelled" => Some(ShiftStatus::Cancelled),
            "absent" => Some(ShiftStatus::Absent),
            _ => None,
        }
    }

    /// The state's name in the locale files.
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            ShiftStatus::Planned => crate::i18n::k::SHIFT_PLANNED,
            ShiftStatus::Attended => crate::i18n::k::SHIFT_ATTENDED,
            ShiftStatus::NoShow => crate::i18n::k::SHIFT_NO_SHOW,
            ShiftStatus::Cancelled => crate::i18n::k::SHIFT_CANCELLED,
            ShiftStatus::Absent => crate::i18n::k::SHIFT_ABSENT,
        }
    }

    pub fn label_da(self) -> &'static str {
        match self {
            ShiftStatus::Planned => "Planlagt",
            ShiftStatus::Attended => "Mødt",
            ShiftStatus::NoShow => "Udeblevet",
            ShiftStatus::Cancelled => "Aflyst",
            ShiftStatus::Absent => "Meldt fravær",
        }
    }
}

/// Whether a mentor (or caseworker) may mark a shift `to` (attended or no-show) now. A
/// no-show only once the shift has begun; "attended" from an hour before (people come early).
/// A shift cancelled or reported absent is not marked; attended and no-show may be swapped
/// (a wrong tap).
pub fn check_attendance(
    current: ShiftStatus,
    to: ShiftStatus,
    starts_at: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), crate::domain::error::AppError> {
    use crate::domain::error::{AppError, Field, Rule};
    if !matches!(to, ShiftStatus::Attended | ShiftStatus::NoShow) {
        return Err(AppError::invalid(Rule::InvalidStatus, Field::Status));
    }
    if matches!(current, ShiftStatus::Cancelled | ShiftStatus::Absent) {
        return Err(AppError::invalid(Rule::ShiftNotPlanned, Field::ShiftId));
    }
    let opens = match to {
        ShiftStatus::Attended => starts_at - chrono::Duration::hours(1),
        _ => starts_at,
    };
    if now < opens {
        return Err(AppError::invalid(Rule::ShiftNotStarted, Field::ShiftId));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::error::{AppError, Field, Rule};
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn attendance_is_marked_once_the_shift_has_begun_and_never_over_an_absence() {
        let start = Utc.with_ymd_and_hms(2026, 11, 24, 7, 0, 0).unwrap();
        let check = |cur, to, now| check_attendance(cur, to, start, now);
        assert_eq!(check(ShiftStatus::Planned, ShiftStatus::NoShow, start + Duration::minutes(20)), Ok(()));
        assert_eq!(
            check(ShiftStatus::Planned, ShiftStatus::NoShow, start - Duration::minutes(1)),
            Err(AppError::invalid(Rule::ShiftNotStarted, Field::ShiftId))
        );
        assert_eq!(check(ShiftStatus::Planned, ShiftStatus::Attended, start - Duration::minutes(30)), Ok(()), "came early");
        assert_eq!(check(ShiftStatus::NoShow, ShiftStatus::Attended, start + Duration::hours(2)), Ok(()), "a wrong tap is undone");
        assert_eq!(
            check(ShiftStatus::Absent, ShiftStatus::NoShow, start + Duration::hours(1)),
            Err(AppError::invalid(Rule::ShiftNotPlanned, Field::ShiftId))
        );
        assert_eq!(
            check(ShiftStatus::Planned, ShiftStatus::Cancelled, start),
            Err(AppError::invalid(Rule::InvalidStatus, Field::Status))
        );
    }
}
