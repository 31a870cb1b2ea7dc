//! Domain records in the reader's words: an entry's history line, a note's byline, the days of
//! an absence, a week's name. One place for each, used by every page that shows them.
use chrono::{Datelike, NaiveDate};

use super::{format, k, tr_in, Key, Locale};
use crate::domain::alerts::Alert;
use crate::domain::goal::{Metric, Pace};
use crate::domain::matching::MatchReason;
use crate::domain::models::{AbsenceView, AutoRule, EntryChange, EntrySnapshot, NoteView};
use crate::domain::opening::{OpeningStatus, Review};
use crate::domain::timeline::TimelineEvent;
use crate::domain::period::{Period, PeriodKind};
use crate::domain::time_entry::{Change, EntryStatus};

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

/// "Venter på godkendelse", "Afvist: Kom senere", "Godkendt automatisk": an entry's state.
pub fn entry_status(locale: Locale, e: &crate::domain::models::TimeEntryView) -> String {
    use crate::domain::time_entry::EntryStatus;
    match (e.status, rejection(locale, e.reject_code, e.reject_reason.as_deref())) {
        (EntryStatus::Rejected, Some(why)) => tr_in(locale, k::STATUS_REJECTED_BECAUSE, &[("reason", why.into())]),
        (EntryStatus::Confirmed, _) if e.auto_confirmed => tr_in(locale, k::STATUS_CONFIRMED_AUTO, &[]),
        (s, _) => tr_in(locale, s.label_key(), &[]),
    }
}

/// Why hours were rejected: the quick reason in the reader's language, then the words written.
pub fn rejection(locale: Locale, code: Option<crate::domain::time_entry::RejectCode>, reason: Option<&str>) -> Option<String> {
    let code = code.and_then(|c| c.label_key()).map(|key| tr_in(locale, key, &[]));
    match (code, reason.filter(|r| !r.trim().is_empty())) {
        (Some(c), Some(r)) => Some(format!("{c}. {r}")),
        (Some(c), None) => Some(c),
        (None, r) => r.map(str::to_string),
    }
}

/// "inden for 15 min af vagten 08:00–12:00": why the placement's rule confirmed an entry.
pub fn auto_rule(locale: Locale, rule: &AutoRule) -> String {
    tr_in(locale, k::HISTORY_AUTO_RULE, &[("minutes", rule.minutes.into()), ("shift", rule.shift.clone().into())])
}

/// "tirs. 24.11.2026 kl. 10:02 · Mette Madsen rettede 08:00–12:00 → 08:15–12:00 · Kom kl. 8.15".
pub fn entry_change(locale: Locale, c: &EntryChange) -> String {
    let who = || ("who", c.by_name.clone().into());
    let action = Change::parse(&c.action);
    let what = match action {
        Some(Change::AutoConfirmed) => tr_in(locale, k::HISTORY_AUTO_CONFIRMED, &[]),
        Some(Change::Submitted) => tr_in(locale, k::HISTORY_SUBMITTED, &[who()]),
        Some(Change::Edited) => tr_in(locale, k::HISTORY_EDITED, &[who()]),
        Some(Change::Withdrawn) => tr_in(locale, k::HISTORY_WITHDRAWN, &[who()]),
        Some(Change::Confirmed) => tr_in(locale, k::HISTORY_CONFIRMED, &[who()]),
        Some(Change::Rejected) => tr_in(locale, k::HISTORY_REJECTED, &[who()]),
        Some(Change::Corrected) => tr_in(locale, k::HISTORY_CORRECTED, &[who()]),
        Some(Change::Undone) => tr_in(locale, k::HISTORY_UNDONE, &[who()]),
        Some(Change::Locked | Change::Reopened) | None => tr_in(locale, k::HISTORY_CHANGED, &[who()]),
    };
    // Times and arrows read the same in every language.
    let change = match (&c.before, &c.after) {
        _ if action == Some(Change::AutoConfirmed) => String::new(),
        (Some(b), Some(a)) if b.starts_at.is_some() => format!(" {} → {}", snapshot(locale, b), snapshot(locale, a)),
        (None, Some(a)) if a.starts_at.is_some() => format!(" {}", snapshot(locale, a)),
        _ => String::new(),
    };
    let code = c.after.as_ref().and_then(|a| a.reject_code.as_deref()).and_then(crate::domain::time_entry::RejectCode::parse);
    let why = match (rejection(locale, code, c.reason.as_deref()), &c.auto_rule) {
        (Some(r), _) => format!(" · {r}"),
        (None, Some(rule)) => format!(" · {}", auto_rule(locale, rule)),
        (None, None) => String::new(),
    };
    format!("{} · {what}{change}{why}", format::day_and_time(locale, c.at))
}

/// "Uge 47".
pub fn week_number(locale: Locale, day: NaiveDate) -> String {
    tr_in(locale, k::WEEK_NUMBER, &[("week", i64::from(day.iso_week().week()).into())])
}

/// "24.11.2026 – 28.11.2026", or one date when both are the same.
pub fn date_span(locale: Locale, from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        format::date_numeric(locale, from)
    } else {
        format!("{} – {}", format::date_numeric(locale, from), format::date_numeric(locale, to))
    }
}

/// A whole count in the language's digits: "1.234".
pub fn count(locale: Locale, n: i64) -> String {
    format::number(locale, n as f64)
}

/// A share in per cent with one decimal ("20,7 %"), or "–" when there is nothing to divide.
pub fn share(locale: Locale, percent: Option<f64>) -> String {
    percent.map(|p| tr_in(locale, k::PERCENT, &[("value", format::number(locale, (p * 10.0).round() / 10.0).into())])).unwrap_or_else(|| "–".into())
}

/// "8 t/uge", or "–" when none was agreed.
pub fn hours_per_week(locale: Locale, hours: Option<f64>) -> String {
    hours.map(|h| tr_in(locale, k::HOURS_PER_WEEK, &[("hours", format::number(locale, h).into())])).unwrap_or_else(|| "–".into())
}

/// A caseload alert in a sentence.
pub fn alert(locale: Locale, a: &Alert) -> String {
    match a {
        Alert::NoHours { days: Some(d) } => tr_in(locale, k::ALERT_NO_HOURS_DAYS, &[("days", (*d).into())]),
        Alert::NoHours { days: None } => tr_in(locale, k::ALERT_NO_HOURS, &[]),
        Alert::WaitingLong { count, days } => tr_in(locale, k::ALERT_WAITING_LONG, &[("count", (*count).into()), ("days", (*days).into())]),
        Alert::InternshipEnding { ends_on, days: 0 } => tr_in(locale, k::ALERT_INTERNSHIP_ENDS_TODAY, &[("date", format::date_numeric(locale, *ends_on).into())]),
        Alert::InternshipEnding { ends_on, days } => {
            tr_in(locale, k::ALERT_INTERNSHIP_ENDS, &[("days", (*days).into()), ("date", format::date_numeric(locale, *ends_on).into())])
        }
        Alert::InternshipOver37 { week_of, minutes } => tr_in(
            locale,
            k::ALERT_INTERNSHIP_OVER_37,
            &[("hours", format::hours(locale, *minutes).into()), ("week", week_number(locale, *week_of).into())],
        ),
    }
}

/// How a goal is doing: "På rette spor", "Bagud med 12".
pub fn pace(locale: Locale, p: Pace) -> String {
    match p {
        Pace::NotStarted => tr_in(locale, k::PACE_NOT_STARTED, &[]),
        Pace::OnTrack => tr_in(locale, k::PACE_ON_TRACK, &[]),
        Pace::Behind(n) => tr_in(locale, k::PACE_BEHIND, &[("count", n.into())]),
        Pace::Reached => tr_in(locale, k::PACE_REACHED, &[]),
        Pace::Missed(n) => tr_in(locale, k::PACE_MISSED, &[("count", n.into())]),
    }
}

/// A goal's figure as the metric counts it: "1.234 timer" or "250".
pub fn metric_figure(locale: Locale, m: Metric, value: i64) -> String {
    match m {
        Metric::ApprovedPaidHours => tr_in(locale, k::GOAL_HOURS, &[("hours", value.into())]),
        _ => count(locale, value),
    }
}

/// What a metric counts, in a sentence.
pub fn metric_explanation(locale: Locale, m: Metric) -> String {
    let key = match m {
        Metric::PaidPlacementsStarted => k::METRIC_EXPLAIN_JOBS,
        Metric::SocialEnterprisesEstablished => k::METRIC_EXPLAIN_SOCIAL_ENTERPRISES,
        Metric::CitizensInPlacement => k::METRIC_EXPLAIN_IN_PLACEMENT,
        Metric::ApprovedPaidHours => k::METRIC_EXPLAIN_PAID_HOURS,
        Metric::CitizensReferred => k::METRIC_EXPLAIN_REFERRED,
        Metric::SelfSupporting => k::METRIC_EXPLAIN_SELF_SUPPORTING,
    };
    tr_in(locale, key, &[])
}

/// Why a match scored a part: "Bor i samme postnummer (6950)".
pub fn match_reason(locale: Locale, why: &MatchReason) -> String {
    match why {
        MatchReason::SamePostcode { postcode } => tr_in(locale, k::MATCH_SAME_POSTCODE, &[("postcode", postcode.into())]),
        MatchReason::SameArea { citizen_postcode, opening_postcode } => {
            tr_in(locale, k::MATCH_SAME_AREA, &[("citizen", citizen_postcode.into()), ("opening", opening_postcode.into())])
        }
        MatchReason::HoursClose { wanted, offered } => tr_in(
            locale,
            k::MATCH_HOURS_CLOSE,
            &[("wanted", format::number(locale, *wanted).into()), ("offered", format::number(locale, *offered).into())],
        ),
        MatchReason::KindSuits { kind } => tr_in(locale, k::MATCH_KIND_SUITS, &[("kind", tr_in(locale, kind.label_key(), &[]).into())]),
        MatchReason::KindMaySuit { kind } => tr_in(locale, k::MATCH_KIND_MAY_SUIT, &[("kind", tr_in(locale, kind.label_key(), &[]).into())]),
        MatchReason::AlreadyPlaced => tr_in(locale, k::MATCH_ALREADY_PLACED, &[]),
    }
}

/// An opening's state: its status, or where a mentor's proposal stands.
pub fn opening_state(status: OpeningStatus, review: Option<Review>) -> Key {
    match review {
        Some(Review::Waiting) => k::OPENING_STATE_WAITING,
        Some(Review::Declined) => k::OPENING_STATE_DECLINED,
        _ => match status {
            OpeningStatus::Open => k::OPENING_STATUS_OPEN,
            OpeningStatus::Filled => k::OPENING_STATUS_FILLED,
            OpeningStatus::Closed => k::OPENING_STATUS_CLOSED,
        },
    }
}

/// A placement's status code (planned, active, ended).
pub fn placement_status(status: &str) -> Key {
    match status {
        "planned" => k::PLACEMENT_STATUS_PLANNED,
        "active" => k::PLACEMENT_STATUS_ACTIVE,
        _ => k::PLACEMENT_STATUS_ENDED,
    }
}

fn iso_day(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

/// A timeline line: "Forløb oprettet: Lager hos Brdr. Dahl, fra 03.11.2026".
pub fn timeline(locale: Locale, e: &TimelineEvent) -> String {
    let date = |iso: &str| format::iso_date(locale, iso);
    match e {
        TimelineEvent::PlacementCreated { title, company, starts_on } => tr_in(
            locale,
            k::TIMELINE_PLACEMENT_CREATED,
            &[("title", title.into()), ("company", company.into()), ("date", date(starts_on).into())],
        ),
        TimelineEvent::PlacementEnded { title, company, ended_on, outcome } => {
            let line = tr_in(locale, k::TIMELINE_PLACEMENT_ENDED, &[("title", title.into()), ("company", company.into()), ("date", date(ended_on).into())]);
            match outcome {
                Some(o) => format!("{line} – {}", o.label_key().map(|key| tr_in(locale, key, &[])).unwrap_or_default()),
                None => line,
            }
        }
        TimelineEvent::Hours { action, starts_at, ends_at, worked_minutes, by, reason, auto_rule: rule } => {
            let action_key = match Change::parse(action) {
                Some(Change::Submitted) => k::TIMELINE_ACTION_SUBMITTED,
                Some(Change::Edited) => k::TIMELINE_ACTION_EDITED,
                Some(Change::Confirmed) => k::TIMELINE_ACTION_CONFIRMED,
                Some(Change::AutoConfirmed) => k::TIMELINE_ACTION_AUTO_CONFIRMED,
                Some(Change::Rejected) => k::TIMELINE_ACTION_REJECTED,
                Some(Change::Corrected) => k::TIMELINE_ACTION_CORRECTED,
                Some(Change::Withdrawn) => k::TIMELINE_ACTION_WITHDRAWN,
                Some(Change::Undone) => k::TIMELINE_ACTION_UNDONE,
                Some(Change::Locked) => k::TIMELINE_ACTION_LOCKED,
                Some(Change::Reopened) => k::TIMELINE_ACTION_REOPENED,
                None => k::TIMELINE_ACTION_CHANGED,
            };
            let line = tr_in(
                locale,
                k::TIMELINE_HOURS,
                &[
                    ("date", format::day_of(locale, *starts_at).into()),
                    ("times", format::time_span(*starts_at, *ends_at).into()),
                    ("hours", format::hours(locale, *worked_minutes).into()),
                    ("action", tr_in(locale, action_key, &[]).into()),
                    ("who", by.into()),
                ],
            );
            match (reason, rule) {
                (Some(r), _) => format!("{line}: {r}"),
                (None, Some(rule)) => format!("{line}: {}", auto_rule(locale, rule)),
                (None, None) => line,
            }
        }
        TimelineEvent::Absence { kind, from_date, to_date, note } => {
            let label = tr_in(locale, kind.map(|k| k.label_key()).unwrap_or(k::ABSENCE), &[]);
            let days = match (iso_day(from_date), iso_day(to_date)) {
                (Some(f), Some(t)) => date_span(locale, f, t),
                _ => format!("{from_date} – {to_date}"),
            };
            let line = format!("{label} {days}");
            match note {
                Some(n) => format!("{line}: {n}"),
                None => line,
            }
        }
        TimelineEvent::Note { author, body, caseworkers_only } => {
            let who = if *caseworkers_only { tr_in(locale, k::TIMELINE_NOTE_CASEWORKERS, &[("who", author.into())]) } else { author.clone() };
            format!("{who}: {body}")
        }
    }
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
            auto_rule: None,
        };
        let da = entry_change(Locale::Da, &c);
        assert!(da.ends_with("Mette Madsen rettede og godkendte 20:00–21:00 → 20:15–21:00 · Mødte et kvarter senere"), "{da}");
        assert!(da.contains("10:02"), "{da}");
        let uk = entry_change(Locale::Uk, &c);
        assert!(uk.contains("20:00–21:00 → 20:15–21:00") && !uk.contains("rettede"), "{uk}");
        assert_eq!(week(Locale::Da, NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()), "Uge 47 · 16. nov. – 22.11.2026");
    }

    #[test]
    fn alerts_and_rules_read_in_each_language_with_their_facts() {
        let waiting = Alert::WaitingLong { count: 2, days: 9 };
        assert_eq!(alert(Locale::Da, &waiting), "2 registreringer har ventet på mentor i over en uge (ældste 9 dage)");
        assert_eq!(alert(Locale::Da, &Alert::WaitingLong { count: 1, days: 7 }), "1 registrering har ventet på mentor i over en uge (7 dage)");
        assert!(alert(Locale::En, &waiting).starts_with("2 entries have waited"), "{}", alert(Locale::En, &waiting));
        let over = Alert::InternshipOver37 { week_of: NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(), minutes: 5 * 465 };
        assert_eq!(alert(Locale::Da, &over), "Over 37 timer i praktik: 38 t 45 min i Uge 47");
        let uk = alert(Locale::Uk, &over);
        assert!(uk.contains("47") && uk.contains("37") && !uk.contains("Uge"), "{uk}");
        let rule = AutoRule { minutes: 15, shift: "08:00–12:00".into() };
        assert_eq!(auto_rule(Locale::Da, &rule), "inden for 15 min af vagten 08:00–12:00");
        let ar = auto_rule(Locale::Ar, &rule);
        assert!(ar.contains("08:00–12:00") && ar.contains("15") && !ar.contains("vagten"), "{ar}");
        let why = MatchReason::HoursClose { wanted: 7.5, offered: 8.0 };
        assert_eq!(match_reason(Locale::Da, &why), "Ønsker 7,5 timer om ugen, opslaget har 8");
        assert_eq!(pace(Locale::Da, Pace::Behind(1234)), "Bagud med 1.234");
    }

    #[test]
    fn every_vocabulary_code_has_words_in_the_locale_files() {
        use crate::domain::{audit::Action, placement::{FollowUpOutcome, Outcome}, social_enterprise::Stage, target_group::TargetGroup};
        let missing: Vec<String> = Outcome::ALL.iter().filter(|v| v.label_key().is_none()).map(|v| v.as_str().to_string())
            .chain(FollowUpOutcome::ALL.iter().filter(|v| v.label_key().is_none()).map(|v| v.as_str().to_string()))
            .chain(Metric::ALL.iter().filter(|v| v.label_key().is_none()).map(|v| v.as_str().to_string()))
            .chain(Stage::ALL.iter().filter(|v| v.label_key().is_none()).map(|v| v.as_str().to_string()))
            .chain(TargetGroup::ALL.iter().filter(|v| v.label_key().is_none()).map(|v| v.as_str().to_string()))
            .chain(Action::ALL.iter().filter(|v| v.label_key().is_none()).map(|v| v.as_str().to_string()))
            .collect();
        assert!(missing.is_empty(), "no words for {missing:?}");
        // The Danish words moved as they were: the page's words did not change.
        for m in Metric::ALL {
            assert_eq!(tr_in(Locale::Da, m.label_key().unwrap(), &[]), m.label_da());
        }
    }
}
