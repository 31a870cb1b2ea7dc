//! Instants are stored in UTC; people type and read Europe/Copenhagen wall-clock time.
//! Parsing is forgiving: "8", "8.30", "0830" and "08:30" are all half past eight.
use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;

use super::error::{AppError, Field, Rule};

pub fn parse_date(input: &str, field: Field) -> Result<NaiveDate, AppError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(AppError::invalid(Rule::Required, field));
    }
    let mut out_of_range = false;
    for fmt in ["%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%y", "%d.%m.%y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            // "24-11-26" reads as the year 24 by the first format; a later one reads it right.
            if SANE_YEARS.contains(&d.year()) {
                return Ok(d);
            }
            out_of_range = true;
        }
    }
    Err(AppError::invalid(if out_of_range { Rule::DateOutOfRange } else { Rule::InvalidDate }, field))
}

/// The years a date typed into Fodfæste can be in: anything else is a typo (`0000-01-01`,
/// `9999-12-31`) that would otherwise be stored and counted.
pub const SANE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

pub fn parse_time(input: &str, field: Field) -> Result<NaiveTime, AppError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(AppError::invalid(Rule::Required, field));
    }
    let invalid = || AppError::invalid(Rule::InvalidTime, field);
    let (h, m) = if let Some((h, m)) = s.split_once([':', '.', ',']) {
        (h, m)
    } else if s.len() == 4 {
        s.split_at(2)
    } else if s.len() == 3 {
        s.split_at(1)
    } else {
        (s, "0")
    };
    let h: u32 = h.trim().parse().map_err(|_| invalid())?;
    let m: u32 = m.trim().parse().map_err(|_| invalid())?;
    // 24:00 is how paper time sheets write midnight at the end of a shift.
    if h == 24 && m == 0 {
        return Ok(NaiveTime::MIN);
    }
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(invalid)
}

/// Wall-clock time in Copenhagen to an instant. In the autumn hour that happens twice the
/// earlier one is taken; a time in the spring gap does not exist and is an error.
pub fn to_utc(local: NaiveDateTime, field: Field) -> Result<DateTime<Utc>, AppError> {
    match Copenhagen.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(AppError::invalid(Rule::NonexistentLocalTime, field)),
    }
}

/// A start and an end typed as a date and two wall-clock times. An end at or before the start
/// is the next morning only when the person says they went home after midnight
/// (`overnight`): a night shift is their choice, not a guess from an end typed before the
/// start (often a slip of the finger). With an end after the start the box changes nothing:
/// the next day would make the entry over 24 hours.
pub fn span_from_form(date: &str, start: &str, end: &str, overnight: bool) -> Result<(DateTime<Utc>, DateTime<Utc>), AppError> {
    let day = parse_date(date, Field::Date)?;
    let start_t = parse_time(start, Field::StartsAt)?;
    let end_t = parse_time(end, Field::EndsAt)?;
    // An end at 00:00 (or 24:00) is the midnight that closes the day, not one after it.
    let at_midnight = end_t == NaiveTime::MIN && start_t > NaiveTime::MIN;
    let end_day = match end_t.cmp(&start_t) {
        std::cmp::Ordering::Greater => day,
        _ if overnight || at_midnight => day.succ_opt().unwrap_or(day),
        std::cmp::Ordering::Equal => return Err(AppError::invalid(Rule::EndNotAfterStart, Field::EndsAt)),
        std::cmp::Ordering::Less => return Err(AppError::invalid(Rule::EndsBeforeStart, Field::EndsAt)),
    };
    Ok((to_utc(day.and_time(start_t), Field::StartsAt)?, to_utc(end_day.and_time(end_t), Field::EndsAt)?))
}

/// Whether a stored span is one a form shows with "after midnight" ticked: it ends on a later
/// Copenhagen day, except at the midnight that closes its own day (the reverse of
/// [`span_from_form`]).
pub fn is_overnight(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> bool {
    let end = local_naive(ends_at);
    let closes_its_day = end.time() == NaiveTime::MIN && local_date(ends_at) == local_date(starts_at).succ_opt().unwrap_or(local_date(starts_at)) && local_naive(starts_at).time() > NaiveTime::MIN;
    local_date(ends_at) > local_date(starts_at) && !closes_its_day
}

/// [`span_from_form`] for a planned shift: the same rules, the shift form's words.
pub fn shift_span_from_form(date: &str, start: &str, end: &str, overnight: bool) -> Result<(DateTime<Utc>, DateTime<Utc>), AppError> {
    span_from_form(date, start, end, overnight).map_err(|e| match e {
        AppError::Invalid { rule: Rule::EndsBeforeStart, field } => AppError::invalid(Rule::ShiftEndsBeforeStart, field),
        e => e,
    })
}

/// The instants a Copenhagen calendar day runs between (23 or 25 hours on DST days).
pub fn day_span(day: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = |d: NaiveDate| to_utc(d.and_time(NaiveTime::MIN), Field::Date).unwrap_or_else(|_| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)));
    (start(day), start(day.succ_opt().unwrap_or(day)))
}

/// Wall-clock Copenhagen time of an instant.
pub fn local_naive(t: DateTime<Utc>) -> NaiveDateTime {
    t.with_timezone(&Copenhagen).naive_local()
}

pub fn local_date(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&Copenhagen).date_naive()
}

/// "YYYY-MM" of the Copenhagen calendar month an instant falls in.
pub fn local_month(t: DateTime<Utc>) -> String {
    let d = local_date(t);
    format!("{:04}-{:02}", d.year(), d.month())
}

pub fn format_local_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&Copenhagen).format("%H:%M").to_string()
}

/// The first instant of the Copenhagen calendar month that `t` falls in.
pub fn month_start(t: DateTime<Utc>) -> DateTime<Utc> {
    let d = local_date(t);
    let first = NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d);
    // Midnight always exists in Copenhagen (DST changes happen at 02:00/03:00).
    to_utc(first.and_time(NaiveTime::MIN), Field::From).unwrap_or(t)
}

const WEEKDAYS_DA: [&str; 7] = ["man", "tir", "ons", "tor", "fre", "lør", "søn"];

/// "man 24-11-2026": short, unambiguous and readable for Danish users.
pub fn format_local_date(t: DateTime<Utc>) -> String {
    let d = local_date(t);
    format!(
        "{} {}",
        WEEKDAYS_DA[d.weekday().num_days_from_monday() as usize],
        d.format("%d-%m-%Y")
    )
}

/// A stored calendar date ("2026-11-24") as Danes read it ("24-11-2026"); anything else as is.
pub fn date_da(iso: &str) -> String {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").map(|d| d.format("%d-%m-%Y").to_string()).unwrap_or_else(|_| iso.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_dates_read_day_first() {
        assert_eq!(date_da("2026-11-24"), "24-11-2026");
        assert_eq!(date_da("soon"), "soon");
    }

    #[test]
    fn forgiving_time_input() {
        let t = |s| parse_time(s, Field::StartsAt).unwrap().format("%H:%M").to_string();
        assert_eq!(t("8"), "08:00");
        assert_eq!(t("8.30"), "08:30");
        assert_eq!(t("0830"), "08:30");
        assert_eq!(t(" 08:30 "), "08:30");
        assert_eq!(t("830"), "08:30");
        assert_eq!(t("24:00"), "00:00");
        assert_eq!(
            parse_time("25:00", Field::StartsAt),
            Err(AppError::invalid(Rule::InvalidTime, Field::StartsAt))
        );
        assert_eq!(
            parse_time("", Field::EndsAt),
            Err(AppError::invalid(Rule::Required, Field::EndsAt))
        );
    }

    #[test]
    fn dates_in_iso_and_danish_order() {
        let want = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for s in ["2026-11-24", "24-11-2026", "24.11.2026", "24/11/2026"] {
            assert_eq!(parse_date(s, Field::Date).unwrap(), want, "{s}");
        }
        assert_eq!(
            parse_date("31-02-2026", Field::Date),
            Err(AppError::invalid(Rule::InvalidDate, Field::Date))
        );
        // A two-digit year is this century's, never the year 24.
        assert_eq!(parse_date("24-11-26", Field::Date).unwrap(), want);
        assert_eq!(parse_date("24.11.26", Field::Date).unwrap(), want);
        for typo in ["0000-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "24-11-0026"] {
            assert_eq!(parse_date(typo, Field::StartsOn), Err(AppError::invalid(Rule::DateOutOfRange, Field::StartsOn)), "{typo}");
        }
        assert!(parse_date("1900-01-01", Field::Date).is_ok() && parse_date("2100-12-31", Field::Date).is_ok());
    }

    #[test]
    fn winter_and_summer_offsets() {
        let winter = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap().and_hms_opt(8, 0, 0).unwrap();
        assert_eq!(to_utc(winter, Field::StartsAt).unwrap().to_rfc3339(), "2026-01-15T07:00:00+00:00");
        let summer = NaiveDate::from_ymd_opt(2026, 7, 15).unwrap().and_hms_opt(8, 0, 0).unwrap();
        assert_eq!(to_utc(summer, Field::StartsAt).unwrap().to_rfc3339(), "2026-07-15T06:00:00+00:00");
    }

    #[test]
    fn spring_gap_time_does_not_exist() {
        // 29 March 2026: clocks jump from 02:00 to 03:00.
        let gap = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            to_utc(gap, Field::StartsAt),
            Err(AppError::invalid(Rule::NonexistentLocalTime, Field::StartsAt))
        );
    }

    #[test]
    fn autumn_repeated_hour_takes_the_first() {
        // 25 October 2026: 02:30 happens twice; the first is 00:30 UTC.
        let twice = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(to_utc(twice, Field::StartsAt).unwrap().to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }

    #[test]
    fn month_starts_at_copenhagen_midnight() {
        let t = Utc.with_ymd_and_hms(2026, 7, 15, 9, 0, 0).unwrap();
        assert_eq!(month_start(t).to_rfc3339(), "2026-06-30T22:00:00+00:00");
    }

    #[test]
    fn month_is_the_copenhagen_month() {
        // 23:30 UTC on 31 January is already 1 February in Copenhagen.
        let t = Utc.with_ymd_and_hms(2026, 1, 31, 23, 30, 0).unwrap();
        assert_eq!(local_month(t), "2026-02");
        assert_eq!(format_local_date(t), "søn 01-02-2026");
        assert_eq!(format_local_time(t), "00:30");
    }
}
