//! What a client id promises: the same id with the same request is the same send (answered
//! as the first time), and the same id with another request is a mistake, never a merge
//! (after the IETF draft "The Idempotency-Key HTTP Header Field"). A request is compared by
//! its meaning after parsing, so the API's RFC 3339 times and the phone form's local date
//! and clock agree when they name the same instant.
use chrono::{DateTime, NaiveDate, Utc};

/// The sends that carry a client id, with what makes them what they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request<'a> {
    RegisterHours { placement_id: i64, starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, break_minutes: i64, note: Option<&'a str> },
    /// `at`: the tap's instant as sent (none: the server's clock on arrival).
    PunchIn { placement_id: i64, at: Option<DateTime<Utc>> },
    PunchOut { at: Option<DateTime<Utc>>, break_minutes: i64, note: Option<&'a str> },
    ReportSick { from: NaiveDate, to: NaiveDate, note: Option<&'a str> },
    ReportCannotCome { shift_id: i64, note: Option<&'a str> },
}

impl Request<'_> {
    /// One line per send that differs whenever the request does. Text goes last and
    /// length-prefixed, so no note can imitate another field.
    pub fn canonical(&self) -> String {
        fn text(t: Option<&str>) -> String {
            match t.map(str::trim).filter(|t| !t.is_empty()) {
                Some(t) => format!("{}:{t}", t.len()),
                None => "-".into(),
            }
        }
        fn at(t: Option<DateTime<Utc>>) -> String {
            t.map(|t| t.timestamp().to_string()).unwrap_or_else(|| "-".into())
        }
        match self {
            Request::RegisterHours { placement_id, starts_at, ends_at, break_minutes, note } => format!(
                "register_hours|{placement_id}|{}|{}|{break_minutes}|{}",
                starts_at.timestamp(),
                ends_at.timestamp(),
                text(*note)
            ),
            Request::PunchIn { placement_id, at: t } => format!("punch_in|{placement_id}|{}", at(*t)),
            Request::PunchOut { at: t, break_minutes, note } => format!("punch_out|{}|{break_minutes}|{}", at(*t), text(*note)),
            Request::ReportSick { from, to, note } => format!("report_sick|{from}|{to}|{}", text(*note)),
            Request::ReportCannotCome { shift_id, note } => format!("report_cannot_come|{shift_id}|{}", text(*note)),
        }
    }
}

/// Whether a send whose key was seen before may be answered with what the key made.
/// `stored`: the fingerprint kept with the key (none for rows from before fingerprints).
pub fn same_request(stored: Option<&str>, now: &str) -> bool {
    stored.is_none_or(|s| s == now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 20, h, 0, 0).unwrap()
    }

    fn hours(placement_id: i64, start: u32, end: u32, break_minutes: i64, note: Option<&str>) -> String {
        Request::RegisterHours { placement_id, starts_at: t(start), ends_at: t(end), break_minutes, note }.canonical()
    }

    #[test]
    fn the_same_hours_read_the_same_and_any_change_reads_differently() {
        let a = hours(1, 8, 9, 0, Some("A"));
        assert_eq!(a, hours(1, 8, 9, 0, Some(" A ")));
        for other in [
            hours(1, 8, 9, 0, Some("B")),
            hours(1, 8, 9, 0, None),
            hours(1, 7, 9, 0, Some("A")),
            hours(1, 8, 10, 0, Some("A")),
            hours(1, 8, 9, 5, Some("A")),
            hours(2, 8, 9, 0, Some("A")),
        ] {
            assert_ne!(a, other);
        }
    }

    #[test]
    fn a_note_cannot_pass_for_other_fields_and_kinds_never_meet() {
        let a = Request::PunchOut { at: None, break_minutes: 0, note: Some("x|1") };
        let b = Request::PunchOut { at: None, break_minutes: 0, note: Some("x") };
        assert_ne!(a.canonical(), b.canonical());
        let i = Request::PunchIn { placement_id: 1, at: Some(t(8)) };
        let o = Request::PunchOut { at: Some(t(8)), break_minutes: 1, note: None };
        assert_ne!(i.canonical(), o.canonical());
        assert_ne!(i.canonical(), Request::PunchIn { placement_id: 1, at: None }.canonical());
        let d = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_ne!(
            Request::ReportSick { from: d, to: d, note: None }.canonical(),
            Request::ReportSick { from: d, to: d.succ_opt().unwrap(), note: None }.canonical()
        );
    }

    #[test]
    fn a_seen_key_replays_only_the_same_request() {
        assert!(same_request(Some("abc"), "abc"));
        assert!(!same_request(Some("abc"), "abd"));
        // Kept before fingerprints existed: nothing to compare with, so taken as the same.
        assert!(same_request(None, "abc"));
    }
}
