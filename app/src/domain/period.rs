//! The week or month a citizen looks at in "Mine timer": its Copenhagen dates, its instants
//! and its Danish name. ISO weeks, as Danish calendars number them.
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    Week,
    Month,
}

impl PeriodKind {
    pub fn parse(s: &str) -> Option<PeriodKind> {
        match s {
            "uge" | "week" => Some(PeriodKind::Week),
            "maaned" | "month" => Some(PeriodKind::Month),
            _ => None,
        }
    }

    /// The value used in page links (`?visning=`).
    pub fn slug(self) -> &'static str {
        match self {
            PeriodKind::Week => "uge",
            PeriodKind::Month => "maaned",
        }
    }
}

/// Whole Copenhagen days `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub kind: PeriodKind,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

const MONTHS_DA: [&str; 12] = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
];

impl Period {
    /// The week (Monday to Sunday) or calendar month containing `day`.
    pub fn containing(kind: PeriodKind, day: NaiveDate) -> Period {
        match kind {
            PeriodKind::Week => {
                let first = day - Duration::days(day.weekday().num_days_from_monday() as i64);
                Period { kind, first, last: first + Duration::days(6) }
            }
            PeriodKind::Month => {
                let first = day.with_day(1).unwrap_or(day);
                let last = first.checked_add_months(Months::new(1)).map(|d| d - Duration::days(1)).unwrap_or(first);
                Period { kind, first, last }
            }
        }
    }

    pub fn previous(self) -> Period {
        Period::containing(self.kind, self.first - Duration::days(1))
    }

    pub fn next(self) -> Period {
        Period::containing(self.kind, self.last + Duration::days(1))
    }

    /// `[start, end)` as instants: from midnight of the first day to midnight after the last.
    pub fn instants(self) -> (DateTime<Utc>, DateTime<Utc>) {
        (super::local_time::day_span(self.first).0, super::local_time::day_span(self.last).1)
    }

    /// "Uge 47 · 16.–22. november 2026" or "November 2026".
    pub fn label_da(self) -> String {
        match self.kind {
            PeriodKind::Week => {
                let month = |d: NaiveDate| MONTHS_DA[d.month0() as usize];
                let span = if self.first.month() == self.last.month() {
                    format!("{}.–{}. {}", self.first.day(), self.last.day(), month(self.last))
                } else {
                    format!("{}. {} – {}. {}", self.first.day(), month(self.first), self.last.day(), month(self.last))
                };
                format!("Uge {} · {} {}", self.first.iso_week().week(), span, self.last.year())
            }
            PeriodKind::Month => {
                let name = MONTHS_DA[self.first.month0() as usize];
                let mut c = name.chars();
                let cap: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
                format!("{cap} {}", self.first.year())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weeks_run_monday_to_sunday_across_months_and_years() {
        let w = Period::containing(PeriodKind::Week, d("2026-11-22"));
        assert_eq!((w.first, w.last), (d("2026-11-16"), d("2026-11-22")));
        assert_eq!(w.label_da(), "Uge 47 · 16.–22. november 2026");
        let turn = Period::containing(PeriodKind::Week, d("2027-01-01"));
        assert_eq!((turn.first, turn.last), (d("2026-12-28"), d("2027-01-03")));
        assert_eq!(turn.label_da(), "Uge 53 · 28. december – 3. januar 2027");
        assert_eq!(w.next().first, d("2026-11-23"));
        assert_eq!(w.previous().last, d("2026-11-15"));
    }

    #[test]
    fn months_have_their_real_length() {
        let feb = Period::containing(PeriodKind::Month, d("2028-02-10"));
        assert_eq!((feb.first, feb.last), (d("2028-02-01"), d("2028-02-29")));
        assert_eq!(feb.label_da(), "Februar 2028");
        assert_eq!(feb.next().first, d("2028-03-01"));
        assert_eq!(Period::containing(PeriodKind::Month, d("2026-01-31")).previous().first, d("2025-12-01"));
    }

    #[test]
    fn instants_follow_copenhagen_midnight_and_daylight_saving() {
        // The week of the autumn change has 7 days and one extra hour.
        let w = Period::containing(PeriodKind::Week, d("2026-10-25"));
        let (start, end) = w.instants();
        assert_eq!(start.to_rfc3339(), "2026-10-18T22:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2026-10-25T23:00:00+00:00");
        assert_eq!((end - start).num_hours(), 7 * 24 + 1);
    }
}
