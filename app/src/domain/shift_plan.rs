//! The mentor's Vagtplan: the rules for planning, moving and cancelling shifts, and for the
//! automatic confirmation of hours that keep to the plan.
use chrono::{DateTime, Duration, Utc};

use super::error::{AppError, Field, Rule};
use super::local_time;
use super::shift::ShiftStatus;
use super::time_entry::PlacementWindow;

/// A weekly series may run half a year (the longest internship extension is 26 weeks).
pub const MAX_REPEAT_WEEKS: u32 = 26;
/// A shift is at least a quarter of an hour and at most 16 hours, like a registration.
pub const MIN_SHIFT_MINUTES: i64 = 15;
pub const MAX_SHIFT_HOURS: i64 = 16;
/// The choices for automatic confirmation, in minutes off the plan.
pub const AUTO_CONFIRM_CHOICES: [i64; 4] = [5, 10, 15, 30];
/// A shift may be planned at most a year ahead.
pub const MAX_DAYS_AHEAD: i64 = 366;

/// The shifts of one plan: the same Copenhagen wall-clock times each week, so a Tuesday
/// 08:00–12:00 series stays at 08:00 across the change to winter time.
pub fn occurrences(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, weeks: u32) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>, AppError> {
    if weeks == 0 || weeks > MAX_REPEAT_WEEKS {
        return Err(AppError::invalid(Rule::OutOfRange, Field::RepeatWeeks));
    }
    let (first_start, first_end) = (local_time::local_naive(starts_at), local_time::local_naive(ends_at));
    (0..i64::from(weeks))
        .map(|k| {
            let step = Duration::weeks(k);
            if k == 0 {
                return Ok((starts_at, ends_at));
            }
            Ok((local_time::to_utc(first_start + step, Field::StartsAt)?, local_time::to_utc(first_end + step, Field::EndsAt)?))
        })
        .collect()
}

/// "Kopiér sidste uge": last week's shifts a week later at the same wall-clock times, leaving
/// out those that would already have begun or would lie on top of a shift planned this week.
pub fn copy_week(
    last_week: &[(DateTime<Utc>, DateTime<Utc>)],
    this_week: &[(DateTime<Utc>, DateTime<Utc>)],
    now: DateTime<Utc>,
) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>, AppError> {
    let mut out: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for &(s, e) in last_week {
        let next = occurrences(s, e, 2)?[1];
        let taken = this_week.iter().chain(out.iter()).any(|(a, b)| *a < next.1 && next.0 < *b);
        if next.0 > now && !taken {
            out.push(next);
        }
    }
    Ok(out)
}

/// What a new or moved shift is checked against.
pub struct PlanContext<'a> {
    pub now: DateTime<Utc>,
    pub placement: &'a PlacementWindow,
    pub placement_ended: bool,
    /// The citizen's other shifts that still hold (planned, attended or no-show).
    pub other_shifts: &'a [(DateTime<Utc>, DateTime<Utc>)],
}

/// One shift of a plan: not in the past, 15 minutes to 16 hours, inside the placement's
/// period, and not on top of another shift of the citizen's (at any workplace).
pub fn check_shift(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, ctx: &PlanContext<'_>) -> Result<(), AppError> {
    if ctx.placement_ended {
        return Err(AppError::invalid(Rule::PlacementEnded, Field::PlacementId));
    }
    if ends_at <= starts_at {
        return Err(AppError::invalid(Rule::EndNotAfterStart, Field::EndsAt));
    }
    let minutes = (ends_at - starts_at).num_minutes();
    if minutes < MIN_SHIFT_MINUTES {
        return Err(AppError::invalid(Rule::ShiftTooShort, Field::EndsAt));
    }
    if minutes > MAX_SHIFT_HOURS * 60 {
        return Err(AppError::invalid(Rule::ShiftTooLong, Field::EndsAt));
    }
    if starts_at < ctx.now {
        return Err(AppError::invalid(Rule::ShiftInPast, Field::StartsAt));
    }
    if starts_at > ctx.now + Duration::days(MAX_DAYS_AHEAD) {
        return Err(AppError::invalid(Rule::TooFarAhead, Field::StartsAt));
    }
    let (first_day, last_day) = (local_time::local_date(starts_at), local_time::local_date(ends_at - Duration::seconds(1)));
    if first_day < ctx.placement.starts_on || ctx.placement.ends_on.is_some_and(|end| last_day > end) {
        return Err(AppError::invalid(Rule::OutsidePlacementPeriod, Field::Date));
    }
    if ctx.other_shifts.iter().any(|(s, e)| *s < ends_at && starts_at < *e) {
        return Err(AppError::invalid(Rule::ShiftOverlap, Field::StartsAt));
    }
    Ok(())
}

/// Every shift of a plan, each also against the ones before it in the same plan. All or
/// nothing: the first problem is the answer.
pub fn check_plan(shifts: &[(DateTime<Utc>, DateTime<Utc>)], ctx: &PlanContext<'_>) -> Result<(), AppError> {
    let mut taken: Vec<(DateTime<Utc>, DateTime<Utc>)> = ctx.other_shifts.to_vec();
    for &(s, e) in shifts {
        check_shift(s, e, &PlanContext { other_shifts: &taken, ..*ctx })?;
        taken.push((s, e));
    }
    Ok(())
}

/// Only a shift still planned can be moved or cancelled; one that has begun cannot be moved.
pub fn check_changeable(status: ShiftStatus) -> Result<(), AppError> {
    if status == ShiftStatus::Planned {
        Ok(())
    } else {
        Err(AppError::invalid(Rule::ShiftNotPlanned, Field::ShiftId))
    }
}

/// Whether the Vagtplan offers "Flyt" and "Aflys": a planned shift not begun yet.
pub fn offers_change(status: ShiftStatus, starts_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    check_changeable(status).is_ok() && starts_at > now
}

/// Whether shifts in these statuses block a new one at the same time.
pub fn holds_time(status: ShiftStatus) -> bool {
    !matches!(status, ShiftStatus::Cancelled | ShiftStatus::Absent)
}

/// The setting "confirm automatically within N minutes": off, or one of the choices.
pub fn check_auto_confirm(minutes: Option<i64>) -> Result<Option<i64>, AppError> {
    match minutes {
        None | Some(0) => Ok(None),
        Some(m) if AUTO_CONFIRM_CHOICES.contains(&m) => Ok(Some(m)),
        Some(_) => Err(AppError::invalid(Rule::OutOfRange, Field::AutoConfirmMinutes)),
    }
}

/// An entry is confirmed automatically when its placement has the setting on and the entry
/// starts and ends within the set minutes of a shift planned for it that was not cancelled.
pub fn auto_confirms(
    minutes: Option<i64>,
    entry: (DateTime<Utc>, DateTime<Utc>),
    planned: Option<(DateTime<Utc>, DateTime<Utc>, ShiftStatus)>,
) -> bool {
    let (Some(m), Some((s, e, status))) = (minutes, planned) else { return false };
    matches!(status, ShiftStatus::Planned | ShiftStatus::Attended)
        && (entry.0 - s).num_minutes().abs() <= m
        && (entry.1 - e).num_minutes().abs() <= m
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn window() -> PlacementWindow {
        PlacementWindow { active: true, starts_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), ends_on: NaiveDate::from_ymd_opt(2027, 3, 31) }
    }

    #[test]
    fn copying_last_week_skips_what_has_begun_and_what_is_already_planned() {
        // Tuesday and Thursday 20 and 22 October 2026, 08:00–12:00 (summer time).
        let last = [(at(2026, 10, 20, 6, 0), at(2026, 10, 20, 10, 0)), (at(2026, 10, 22, 6, 0), at(2026, 10, 22, 10, 0)), (at(2026, 10, 23, 6, 0), at(2026, 10, 23, 10, 0))];
        // This week's Thursday is planned already (09:00–11:00, winter time); it is Monday 26 Oct.
        let planned = [(at(2026, 10, 29, 8, 0), at(2026, 10, 29, 10, 0))];
        let now = at(2026, 10, 26, 9, 0);
        let copied = copy_week(&last, &planned, now).unwrap();
        let local: Vec<String> = copied.iter().map(|(s, e)| format!("{} {}–{}", local_time::local_date(*s), local_time::format_local_time(*s), local_time::format_local_time(*e))).collect();
        // The same wall-clock times after the change to winter time; Thursday left out.
        assert_eq!(local, ["2026-10-27 08:00–12:00", "2026-10-30 08:00–12:00"]);
        // Late on Tuesday the Tuesday shift has begun: only Friday is left.
        assert_eq!(copy_week(&last, &planned, at(2026, 10, 27, 8, 0)).unwrap().len(), 1);
        // Twice is no more than once: what was copied now counts as planned.
        assert_eq!(copy_week(&last, &[planned.to_vec(), copied].concat(), now).unwrap(), vec![]);
    }

    #[test]
    fn a_weekly_series_keeps_the_wall_clock_time_across_daylight_saving() {
        // Tuesday 20 October 2026, 08:00–12:00 in Copenhagen (summer time, UTC+2).
        let list = occurrences(at(2026, 10, 20, 6, 0), at(2026, 10, 20, 10, 0), 3).unwrap();
        assert_eq!(list.len(), 3);
        let local: Vec<String> = list.iter().map(|(s, e)| format!("{} {}–{}", local_time::local_date(*s), local_time::format_local_time(*s), local_time::format_local_time(*e))).collect();
        assert_eq!(local, ["2026-10-20 08:00–12:00", "2026-10-27 08:00–12:00", "2026-11-03 08:00–12:00"]);
        // After the change the instants are an hour later in UTC.
        assert_eq!(list[1].0, at(2026, 10, 27, 7, 0));
        assert_eq!(occurrences(at(2026, 10, 20, 6, 0), at(2026, 10, 20, 10, 0), 0), Err(AppError::invalid(Rule::OutOfRange, Field::RepeatWeeks)));
        assert_eq!(occurrences(at(2026, 10, 20, 6, 0), at(2026, 10, 20, 10, 0), 27), Err(AppError::invalid(Rule::OutOfRange, Field::RepeatWeeks)));
        assert_eq!(occurrences(at(2026, 10, 20, 6, 0), at(2026, 10, 20, 10, 0), 26).unwrap().len(), 26);
    }

    #[test]
    fn a_series_that_lands_in_the_spring_gap_is_refused() {
        // Sunday 22 March 2026 02:30 exists; a week later, 29 March, it does not.
        let list = occurrences(at(2026, 3, 22, 1, 30), at(2026, 3, 22, 5, 0), 2);
        assert_eq!(list, Err(AppError::invalid(Rule::NonexistentLocalTime, Field::StartsAt)));
    }

    #[test]
    fn shift_rules() {
        let w = window();
        let now = at(2026, 11, 22, 12, 0);
        let ctx = PlanContext { now, placement: &w, placement_ended: false, other_shifts: &[] };
        let ok = (at(2026, 11, 24, 7, 0), at(2026, 11, 24, 11, 0));
        assert_eq!(check_shift(ok.0, ok.1, &ctx), Ok(()));
        assert_eq!(check_shift(ok.1, ok.0, &ctx), Err(AppError::invalid(Rule::EndNotAfterStart, Field::EndsAt)));
        assert_eq!(check_shift(ok.0, ok.0 + Duration::minutes(14), &ctx), Err(AppError::invalid(Rule::ShiftTooShort, Field::EndsAt)));
        assert_eq!(check_shift(ok.0, ok.0 + Duration::minutes(16 * 60 + 1), &ctx), Err(AppError::invalid(Rule::ShiftTooLong, Field::EndsAt)));
        assert_eq!(check_shift(now - Duration::minutes(1), now + Duration::hours(2), &ctx), Err(AppError::invalid(Rule::ShiftInPast, Field::StartsAt)));
        // The placement ends 31 March 2027: a shift that night is outside it.
        assert_eq!(
            check_shift(at(2027, 3, 31, 20, 0), at(2027, 4, 1, 2, 0), &ctx),
            Err(AppError::invalid(Rule::OutsidePlacementPeriod, Field::Date))
        );
        // Ending exactly at midnight of the last day is still inside.
        assert_eq!(check_shift(at(2027, 3, 31, 18, 0), at(2027, 3, 31, 22, 0), &ctx), Ok(()));
        let ended = PlanContext { placement_ended: true, ..ctx };
        assert_eq!(check_shift(ok.0, ok.1, &ended), Err(AppError::invalid(Rule::PlacementEnded, Field::PlacementId)));
        let busy = [(at(2026, 11, 24, 10, 0), at(2026, 11, 24, 14, 0))];
        let ctx2 = PlanContext { other_shifts: &busy, ..ctx };
        assert_eq!(check_shift(ok.0, ok.1, &ctx2), Err(AppError::invalid(Rule::ShiftOverlap, Field::StartsAt)));
        // Back to back is fine.
        assert_eq!(check_shift(ok.0, at(2026, 11, 24, 10, 0), &ctx2), Ok(()));
    }

    #[test]
    fn a_plan_is_checked_against_itself() {
        let w = window();
        let ctx = PlanContext { now: at(2026, 11, 22, 12, 0), placement: &w, placement_ended: false, other_shifts: &[] };
        let twice = [(at(2026, 11, 24, 7, 0), at(2026, 11, 24, 11, 0)), (at(2026, 11, 24, 9, 0), at(2026, 11, 24, 12, 0))];
        assert_eq!(check_plan(&twice, &ctx), Err(AppError::invalid(Rule::ShiftOverlap, Field::StartsAt)));
        assert_eq!(check_plan(&twice[..1], &ctx), Ok(()));
        let now = at(2026, 11, 24, 8, 0);
        assert!(offers_change(ShiftStatus::Planned, now + Duration::minutes(1), now));
        assert!(!offers_change(ShiftStatus::Planned, now, now), "begun");
        assert!(!offers_change(ShiftStatus::Cancelled, now + Duration::hours(1), now));
    }

    #[test]
    fn automatic_confirmation_needs_the_setting_and_a_shift_kept_within_the_minutes() {
        let shift = Some((at(2026, 11, 24, 7, 0), at(2026, 11, 24, 11, 0), ShiftStatus::Planned));
        let entry = (at(2026, 11, 24, 7, 8), at(2026, 11, 24, 10, 55));
        assert!(auto_confirms(Some(10), entry, shift));
        assert!(!auto_confirms(Some(5), entry, shift), "8 minutes late is more than 5");
        assert!(!auto_confirms(None, entry, shift), "off by default");
        assert!(!auto_confirms(Some(30), entry, None), "nothing planned");
        let cancelled = Some((at(2026, 11, 24, 7, 0), at(2026, 11, 24, 11, 0), ShiftStatus::Cancelled));
        assert!(!auto_confirms(Some(30), entry, cancelled));
        let attended = Some((at(2026, 11, 24, 7, 0), at(2026, 11, 24, 11, 0), ShiftStatus::Attended));
        assert!(auto_confirms(Some(10), entry, attended));
        assert_eq!(check_auto_confirm(Some(15)), Ok(Some(15)));
        assert_eq!(check_auto_confirm(Some(0)), Ok(None));
        assert_eq!(check_auto_confirm(Some(7)), Err(AppError::invalid(Rule::OutOfRange, Field::AutoConfirmMinutes)));
    }
}
