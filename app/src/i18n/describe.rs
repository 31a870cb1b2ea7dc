//! Domain records in the reader's words: an entry's history line, a note's byline, the days of
//! an absence, a week's name. One place for each, used by every page that shows them.
use chrono::{Datelike, NaiveDate};

use super::{format, k, tr_in, Locale};
use crate::domain::models::{AbsenceView, EntryChange, EntrySnapshot, NoteView};
use crate::domain::period::{Period, PeriodKind};
use crate::domain::time_entry::EntryStatus;

/// "Uge 47 · 16. nov. – 22.11.2026".
pub fn week(locale: Locale, first: NaiveDate) -> String {
    let week = Period::containing(PeriodKind::Week, first);
    tr_in(
        locale,
        k::PERIOD_WEEK_LABEL,
        &[
            ("week", i64::from(week.first.iso_week().week()).into()),
            ("from", format::day_month(locale, week.first).into()),
            ("to", format::date_numeric(locale, week.last).into()),
        ],
    )
}

/// "24.11.2026" or "24.11.2026 – 28.11.2026".
pub fn absence_days(locale: Locale, a: &AbsenceView) -> String {
    if a.from_date == a.to_date {
        format::iso_date(locale, &a.from_date)
    } else {
        format!("{} – {}", format::iso_date(locale, &a.from_date), format::iso_date(locale, &a.to_date))
    }
}

/// "tirs. 22.11.2026 kl. 14:02 · Mette Madsen".
pub fn note_byline(locale: Locale, n: &NoteView) -> String {
    format!("{} · {}", format::day_and_time(locale, n.created_at), n.author_name)
}

/// "08:00–12:00, pause 30 min", or a status in words.
fn snapshot(locale: Locale, s: &EntrySnapshot) -> String {
    match (s.starts_at, s.ends_at, &s.status) {
        (Some(from), Some(to), _) => {
            let times = format::time_span(from, to);
            match s.break_minutes {
                Some(b) if b > 0 => tr_in(locale, k::HISTORY_TIMES_BREAK, &[("times", times.into()), ("minutes", b.into())]),
                _ => times,
            }
        }
        (_, _, Some(status)) => EntryStatus::parse(status).map(|st| tr_in(locale, st.label_key(), &[])).unwrap_or_else(|| status.clone()),
        _ => String::new(),
    }
}

/// "tirs. 24.11.2026 kl. 10:02 · Mette Madsen rettede 08:00–12:00 → 08:15–12:00 · Kom kl. 8.15".
pub fn entry_change(locale: Locale, c: &EntryChange) -> String {
    let who = || ("who", c.by_name.clone().into());
    let what = match c.action.as_str() {
        "auto_confirmed" => tr_in(locale, k::HISTORY_AUTO_CONFIRMED, &[]),
        "submitted" => tr_in(locale, k::HISTORY_SUBMITTED, &[who()]),
        "edited" => tr_in(locale, k::HISTORY_EDITED, &[who()]),
        "withdrawn" => tr_in(locale, k::HISTORY_WITHDRAWN, &[who()]),
        "confirmed" => tr_in(locale, k::HISTORY_CONFIRMED, &[who()]),
        "rejected" => tr_in(locale, k::HISTORY_REJECTED, &[who()]),
        "corrected" => tr_in(locale, k::HISTORY_CORRECTED, &[who()]),
        _ => tr_in(locale, k::HISTORY_CHANGED, &[who()]),
    };
    // Times and arrows read the same in every language.
    let change = match (&c.before, &c.after) {
        _ if c.action == "auto_confirmed" => String::new(),
        (Some(b), Some(a)) if b.starts_at.is_some() => format!(" {} → {}", snapshot(locale, b), snapshot(locale, a)),
        (None, Some(a)) if a.starts_at.is_some() => format!(" {}", snapshot(locale, a)),
        _ => String::new(),
    };
    let why = c.reason.as_ref().map(|r| format!(" · {r}")).unwrap_or_default();
    format!("{} · {what}{change}{why}", format::day_and_time(locale, c.at))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_correction_reads_with_both_times_and_the_reason_in_each_language() {
        let at = |h, m| Utc.with_ymd_and_hms(2026, 11, 24, h, m, 0).unwrap();
        let snap = |s, e| EntrySnapshot { starts_at: Some(s), ends_at: Some(e), ..Default::default() };
        let c = EntryChange {
            at: at(9, 2),
            by_name: "Mette Madsen".into(),
            action: "corrected".into(),
            before: Some(snap(at(19, 0), at(20, 0))),
            after: Some(snap(at(19, 15), at(20, 0))),
            reason: Some("Mødte et kvarter senere".into()),
        };
        let da = entry_change(Locale::Da, &c);
        assert!(da.ends_with("Mette Madsen rettede og godkendte 20:00–21:00 → 20:15–21:00 · Mødte et kvarter senere"), "{da}");
        assert!(da.contains("10:02"), "{da}");
        let uk = entry_change(Locale::Uk, &c);
        assert!(uk.contains("20:00–21:00 → 20:15–21:00") && !uk.contains("rettede"), "{uk}");
        assert_eq!(week(Locale::Da, NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()), "Uge 47 · 16. nov. – 22.11.2026");
    }
}
