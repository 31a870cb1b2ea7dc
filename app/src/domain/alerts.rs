//! What a caseworker with 60 citizens must not miss: a citizen with no hours for two weeks,
//! hours left waiting for the mentor, an internship about to run out or over 37 hours in a
//! week. Worked out from facts the caseload already holds, so it costs no extra query.
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::local_time;
use super::period::{Period, PeriodKind};

pub const NO_HOURS_DAYS: i64 = 14;
pub const WAITING_DAYS: i64 = 7;
pub const ENDING_DAYS: i64 = 14;
/// Danish rules for company internships: at most 37 hours a week.
pub const INTERNSHIP_WEEK_MINUTES: i64 = 37 * 60;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Alert {
    /// An active placement, and no hours registered for `days` days (None: none at all).
    NoHours { days: Option<i64> },
    /// `count` entries have waited for the mentor more than a week; the oldest `days`.
    WaitingLong { count: i64, days: i64 },
    /// The internship's agreed period ends in `days` days.
    InternshipEnding { ends_on: NaiveDate, days: i64 },
    /// An internship week with more than 37 hours registered.
    InternshipOver37 { week_of: NaiveDate, minutes: i64 },
}

impl Alert {
    /// For sorting: what needs acting on first.
    pub fn rank(&self) -> u8 {
        match self {
            Alert::InternshipOver37 { .. } => 0,
            Alert::InternshipEnding { .. } => 1,
            Alert::NoHours { .. } => 2,
            Alert::WaitingLong { .. } => 3,
        }
    }
}

/// What the caseload knows about one citizen.
pub struct CitizenFacts<'a> {
    pub now: DateTime<Utc>,
    /// The active placement's kind and end date, if the citizen has one.
    pub active: Option<(&'a str, Option<NaiveDate>)>,
    /// Recent entries not rejected: start, end, worked minutes, still waiting?
    pub entries: &'a [(DateTime<Utc>, DateTime<Utc>, i64, bool)],
}

pub fn alerts(f: &CitizenFacts<'_>) -> Vec<Alert> {
    let mut out = Vec::new();
    let today = local_time::local_date(f.now);
    if let Some((kind, ends_on)) = f.active {
        let last = f.entries.iter().map(|e| e.0).max();
        match last {
            None => out.push(Alert::NoHours { days: None }),
            Some(t) => {
                let days = (today - local_time::local_date(t)).num_days();
                if days >= NO_HOURS_DAYS {
                    out.push(Alert::NoHours { days: Some(days) });
                }
            }
        }
        if kind == "internship" {
            if let Some(end) = ends_on {
                let days = (end - today).num_days();
                if (0..=ENDING_DAYS).contains(&days) {
                    out.push(Alert::InternshipEnding { ends_on: end, days });
                }
            }
            let mut weeks: std::collections::BTreeMap<NaiveDate, i64> = std::collections::BTreeMap::new();
            for e in f.entries {
                let week = Period::containing(PeriodKind::Week, local_time::local_date(e.0));
                *weeks.entry(week.first).or_default() += e.2;
            }
            // The newest week over the limit is the one to act on.
            if let Some((first, minutes)) = weeks.into_iter().rev().find(|(_, m)| *m > INTERNSHIP_WEEK_MINUTES) {
                out.push(Alert::InternshipOver37 { week_of: first, minutes });
            }
        }
    }
    let waiting: Vec<_> = f.entries.iter().filter(|e| e.3 && f.now - e.1 > Duration::days(WAITING_DAYS)).collect();
    if let Some(oldest) = waiting.iter().map(|e| e.1).min() {
        out.push(Alert::WaitingLong { count: waiting.len() as i64, days: (f.now - oldest).num_days() });
    }
    out.sort_by_key(Alert::rank);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap()
    }

    #[test]
    fn no_hours_for_two_weeks_only_counts_with_an_active_placement() {
        let now = at(23, 12);
        let old = [(at(8, 7), at(8, 11), 240, false)];
        let f = CitizenFacts { now, active: Some(("small_job", None)), entries: &old };
        assert_eq!(alerts(&f), vec![Alert::NoHours { days: Some(15) }]);
        let recent = [(at(10, 7), at(10, 11), 240, false)];
        assert_eq!(alerts(&CitizenFacts { entries: &recent, ..f }), vec![], "13 days is fine");
        assert_eq!(alerts(&CitizenFacts { entries: &[], ..f }), vec![Alert::NoHours { days: None }]);
        assert_eq!(alerts(&CitizenFacts { active: None, entries: &[], now }), vec![], "no placement, no hours expected");
    }

    #[test]
    fn hours_waiting_more_than_a_week_are_counted_from_the_work_day() {
        let now = at(23, 12);
        let e = [(at(14, 7), at(14, 11), 240, true), (at(15, 7), at(15, 11), 240, true), (at(20, 7), at(20, 11), 240, true)];
        let f = CitizenFacts { now, active: Some(("small_job", None)), entries: &e };
        assert_eq!(alerts(&f), vec![Alert::WaitingLong { count: 2, days: 9 }]);
    }

    #[test]
    fn internships_warn_before_they_end_and_over_37_hours_a_week() {
        let now = at(23, 12);
        let ends = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        // Week 47 (16-22 Nov): 5 days of 7 h 45 min = 38 h 45 min.
        let week: Vec<_> = (16..=20).map(|d| (at(d, 6), at(d, 14), 465, false)).collect();
        let f = CitizenFacts { now, active: Some(("internship", Some(ends))), entries: &week };
        let got = alerts(&f);
        assert_eq!(got[0], Alert::InternshipOver37 { week_of: NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(), minutes: 5 * 465 });
        assert_eq!(got[1], Alert::InternshipEnding { ends_on: ends, days: 14 });
        let later = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        assert!(alerts(&CitizenFacts { active: Some(("internship", Some(later))), ..f }).iter().all(|a| !matches!(a, Alert::InternshipEnding { .. })), "15 days is not yet");
        // A small job may pass 37 hours: no internship rules.
        assert!(alerts(&CitizenFacts { active: Some(("small_job", Some(ends))), ..f }).is_empty());
    }
}
