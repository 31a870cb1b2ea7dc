//! The rules for registered hours. Every path that creates or changes an entry calls
//! `validate` — this is the only place the rules live.
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::local_time;

pub const MAX_ENTRY_MINUTES: i64 = 16 * 60;
pub const MAX_TEXT_CHARS: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    Submitted,
    Confirmed,
    Rejected,
    Locked,
}

impl EntryStatus {
    /// Confirmed by a mentor or caseworker, or locked with its month: the hours that count.
    pub const APPROVED: [EntryStatus; 2] = [EntryStatus::Confirmed, EntryStatus::Locked];

    pub fn is_approved(self) -> bool {
        EntryStatus::APPROVED.contains(&self)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EntryStatus::Submitted => "submitted",
            EntryStatus::Confirmed => "confirmed",
            EntryStatus::Rejected => "rejected",
            EntryStatus::Locked => "locked",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "submitted" => Some(EntryStatus::Submitted),
            "confirmed" => Some(EntryStatus::Confirmed),
            "rejected" => Some(EntryStatus::Rejected),
            "locked" => Some(EntryStatus::Locked),
            _ => None,
        }
    }

    /// The state's name in the locale files.
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            EntryStatus::Submitted => crate::i18n::k::STATUS_SUBMITTED,
            EntryStatus::Confirmed => crate::i18n::k::STATUS_CONFIRMED,
            EntryStatus::Rejected => crate::i18n::k::STATUS_REJECTED,
            EntryStatus::Locked => crate::i18n::k::STATUS_LOCKED,
        }
    }

    pub fn label_da(self) -> &'static str {
        match self {
            EntryStatus::Submitted => "Venter på godkendelse",
            EntryStatus::Confirmed => "Godkendt",
            EntryStatus::Rejected => "Afvist",
            EntryStatus::Locked => "Låst",
        }
    }
}

/// What one line of an entry's history records. The code is what is stored; readers word it
/// in their language. Month locks write `Locked` and `Reopened` for many entries at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Submitted,
    Edited,
    Withdrawn,
    Confirmed,
    Rejected,
    Corrected,
    AutoConfirmed,
    Undone,
    Locked,
    Reopened,
}

impl Change {
    pub const ALL: [Change; 10] = [
        Change::Submitted,
        Change::Edited,
        Change::Withdrawn,
        Change::Confirmed,
        Change::Rejected,
        Change::Corrected,
        Change::AutoConfirmed,
        Change::Undone,
        Change::Locked,
        Change::Reopened,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Change::Submitted => "submitted",
            Change::Edited => "edited",
            Change::Withdrawn => "withdrawn",
            Change::Confirmed => "confirmed",
            Change::Rejected => "rejected",
            Change::Corrected => "corrected",
            Change::AutoConfirmed => "auto_confirmed",
            Change::Undone => "undone",
            Change::Locked => "locked",
            Change::Reopened => "reopened",
        }
    }

    /// A stored code; "updated" is what early releases wrote for an edit.
    pub fn parse(code: &str) -> Option<Change> {
        match code {
            "updated" => Some(Change::Edited),
            _ => Change::ALL.into_iter().find(|c| c.as_str() == code),
        }
    }

    /// A mentor's or caseworker's decision to `status` (confirmed or rejected).
    pub fn decided(status: EntryStatus) -> Change {
        match status {
            EntryStatus::Rejected => Change::Rejected,
            _ => Change::Confirmed,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntrySource {
    Punch,
    Manual,
    Mentor,
}

impl EntrySource {
    pub fn as_str(self) -> &'static str {
        match self {
            EntrySource::Punch => "punch",
            EntrySource::Manual => "manual",
            EntrySource::Mentor => "mentor",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "punch" => Some(EntrySource::Punch),
            "manual" => Some(EntrySource::Manual),
            "mentor" => Some(EntrySource::Mentor),
            _ => None,
        }
    }
}

text_enum!(RejectCode {
    CameLate = "came_late", "Kom senere";
    LeftEarly = "left_early", "Gik tidligere";
    LongerBreak = "longer_break", "Længere pause";
    NotHere = "not_here", "Var her ikke";
});

/// The period an entry covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryTimes {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub break_minutes: i64,
}

impl EntryTimes {
    /// Worked minutes: the real length between the instants (DST-proof) less the break.
    pub fn worked_minutes(&self) -> i64 {
        (self.ends_at - self.starts_at).num_minutes() - self.break_minutes
    }
}

/// What the placement allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacementWindow {
    pub active: bool,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

/// Everything outside the entry itself that the rules look at.
pub struct EntryContext<'a> {
    pub now: DateTime<Utc>,
    pub placement: &'a PlacementWindow,
    /// Periods of the same citizen's other entries that still count (not rejected).
    pub other_entries: &'a [(DateTime<Utc>, DateTime<Utc>)],
    /// Closed months, "YYYY-MM" in Copenhagen time.
    pub locked_months: &'a [String],
}

pub fn validate(t: &EntryTimes, ctx: &EntryContext<'_>) -> Result<(), AppError> {
    let err = AppError::invalid;
    if t.ends_at <= t.starts_at {
        return Err(err(Rule::EndNotAfterStart, Field::EndsAt));
    }
    let period = (t.ends_at - t.starts_at).num_minutes();
    if (t.ends_at - t.starts_at) > Duration::minutes(MAX_ENTRY_MINUTES) {
        return Err(err(Rule::TooLong, Field::EndsAt));
    }
    if t.break_minutes < 0 {
        return Err(err(Rule::BreakNegative, Field::BreakMinutes));
    }
    if t.break_minutes >= period {
        return Err(err(Rule::BreakNotShorter, Field::BreakMinutes));
    }
    if t.ends_at > ctx.now + Duration::days(1) {
        return Err(err(Rule::TooFarInFuture, Field::EndsAt));
    }
    if !ctx.placement.active {
        return Err(err(Rule::PlacementNotActive, Field::PlacementId));
    }
    let first_day = local_time::local_date(t.starts_at);
    let last_day = local_time::local_date(t.ends_at - Duration::seconds(1));
    if first_day < ctx.placement.starts_on
        || ctx.placement.ends_on.is_some_and(|end| last_day > end)
    {
        return Err(err(Rule::OutsidePlacementPeriod, Field::StartsAt));
    }
    let month = local_time::local_month(t.starts_at);
    if ctx.locked_months.iter().any(|m| *m == month) {
        return Err(err(Rule::MonthLocked, Field::StartsAt));
    }
    if ctx
        .other_entries
        .iter()
        .any(|(s, e)| *s < t.ends_at && t.starts_at < *e)
    {
        return Err(err(Rule::Overlap, Field::StartsAt));
    }
    Ok(())
}

/// The form field an entry's error belongs on. The rules name the instant they are about; on
/// a form typed as a date and two clock times, a rule about the day (too far ahead, outside
/// the placement, a closed month) is about the date, not the clock time.
pub fn form_field(e: &AppError) -> Option<Field> {
    match e {
        AppError::Invalid { rule: Rule::TooFarInFuture | Rule::OutsidePlacementPeriod | Rule::MonthLocked, field: Field::StartsAt | Field::EndsAt } => {
            Some(Field::Date)
        }
        e => e.field(),
    }
}

pub fn check_text(text: &str, field: Field) -> Result<(), AppError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(AppError::invalid(Rule::TextTooLong, field));
    }
    check_characters(text, field)
}

/// The characters free text may hold: any printable ones, line breaks (`\n`, `\r\n`) and
/// tabs. Other control characters are invisible on screen and mean something elsewhere: a
/// lone carriage return in a title would start a new property in the calendar feed.
pub fn check_characters(text: &str, field: Field) -> Result<(), AppError> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek() == Some(&'\n'),
            // Line and paragraph separators break lines where nothing else does; the bidi
            // embeddings and overrides can make text read otherwise than it is stored.
            // (Marks and isolates stay: Arabic text typed on a phone may carry them.)
            c => !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}'),
        };
        if !allowed {
            return Err(AppError::invalid(Rule::ControlCharacter, field));
        }
    }
    Ok(())
}

pub fn parse_break_minutes(input: &str) -> Result<i64, AppError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(0);
    }
    let n: i64 = s
        .parse()
        .map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::BreakMinutes))?;
    if n < 0 {
        return Err(AppError::invalid(Rule::BreakNegative, Field::BreakMinutes));
    }
    Ok(n)
}

/// A manual registration as typed on the phone: a date, a start and an end time, and whether
/// the person went home after midnight.
pub fn times_from_local_form(
    date: &str,
    start: &str,
    end: &str,
    break_minutes: &str,
    overnight: bool,
) -> Result<EntryTimes, AppError> {
    let (starts_at, ends_at) = local_time::span_from_form(date, start, end, overnight)?;
    let break_minutes = parse_break_minutes(break_minutes)?;
    Ok(EntryTimes { starts_at, ends_at, break_minutes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_keeps_line_breaks_and_any_script_but_no_control_characters() {
        for ok in ["Feje hallen\nog tømme skraldespande", "linje\r\nlinje", "a\tb", "مرحبا \u{200f}123", "Привіт", "Ærø"] {
            assert_eq!(check_text(ok, Field::Note), Ok(()), "{ok:?}");
        }
        for bad in ["Titel\rDTSTART:19700101", "nul\0", "bell\u{7}", "esc\u{1b}[31m", "a\u{2028}b", "abc\u{202e}fdp.exe", "\u{85}"] {
            assert_eq!(check_text(bad, Field::Title), Err(AppError::invalid(Rule::ControlCharacter, Field::Title)), "{bad:?}");
        }
    }
    use chrono::TimeZone;

    fn window() -> PlacementWindow {
        PlacementWindow {
            active: true,
            starts_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            ends_on: None,
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
    }

    fn check(t: &EntryTimes) -> Result<(), AppError> {
        let w = window();
        validate(t, &EntryContext { now: now(), placement: &w, other_entries: &[], locked_months: &[] })
    }

    fn form(date: &str, s: &str, e: &str, b: &str) -> EntryTimes {
        times_from_local_form(date, s, e, b, false).unwrap()
    }

    /// The same, with "went home after midnight" ticked.
    fn night(date: &str, s: &str, e: &str, b: &str) -> EntryTimes {
        times_from_local_form(date, s, e, b, true).unwrap()
    }

    fn rule_of(r: Result<(), AppError>) -> Option<(Rule, Field)> {
        match r {
            Err(AppError::Invalid { rule, field }) => Some((rule, field)),
            _ => None,
        }
    }

    #[test]
    fn an_ordinary_day_is_accepted_and_counts_worked_time() {
        let t = form("2026-11-20", "08:00", "15:30", "30");
        assert_eq!(check(&t), Ok(()));
        assert_eq!(t.worked_minutes(), 7 * 60);
    }

    #[test]
    fn end_must_be_after_start() {
        let t = form("2026-11-20", "08:00", "15:00", "0");
        let swapped = EntryTimes { starts_at: t.ends_at, ends_at: t.starts_at, break_minutes: 0 };
        assert_eq!(rule_of(check(&swapped)), Some((Rule::EndNotAfterStart, Field::EndsAt)));
        assert_eq!(
            times_from_local_form("2026-11-20", "08:00", "8", "0", false),
            Err(AppError::invalid(Rule::EndNotAfterStart, Field::EndsAt))
        );
    }

    #[test]
    fn an_end_before_the_start_is_a_question_not_a_night() {
        // 14:00 → 10:00 is refused on the end, with the midnight question, not taken as 20 hours.
        assert_eq!(
            times_from_local_form("2026-11-20", "14:00", "10:00", "0", false),
            Err(AppError::invalid(Rule::EndsBeforeStart, Field::EndsAt))
        );
        // Said to be past midnight, it is the next morning, and then too long.
        let t = night("2026-11-20", "14:00", "10:00", "0");
        assert_eq!(rule_of(check(&t)), Some((Rule::TooLong, Field::EndsAt)));
        // With an end after the start the box changes nothing (the next day would be 26 hours).
        assert_eq!(night("2026-11-20", "08:00", "10:00", "0"), form("2026-11-20", "08:00", "10:00", "0"));
    }

    #[test]
    fn rules_about_the_day_belong_on_the_date_field() {
        let next_week = check(&form("2026-11-29", "08:00", "12:00", "0")).unwrap_err();
        assert_eq!(next_week.field(), Some(Field::EndsAt));
        assert_eq!(form_field(&next_week), Some(Field::Date));
        let late = AppError::invalid(Rule::MonthLocked, Field::StartsAt);
        assert_eq!(form_field(&late), Some(Field::Date));
        let overlap = AppError::invalid(Rule::Overlap, Field::StartsAt);
        assert_eq!(form_field(&overlap), Some(Field::StartsAt));
        assert_eq!(form_field(&AppError::invalid(Rule::TooLong, Field::EndsAt)), Some(Field::EndsAt));
    }

    #[test]
    fn overnight_entry_ends_the_next_day() {
        let t = night("2026-11-20", "22:00", "06:00", "0");
        assert!(local_time::is_overnight(t.starts_at, t.ends_at), "a form opens it with the box ticked");
        let to_midnight = form("2026-11-20", "16:00", "24:00", "0");
        assert!(!local_time::is_overnight(to_midnight.starts_at, to_midnight.ends_at), "the midnight that closes the day is no night");
        assert_eq!(t.worked_minutes(), 8 * 60);
        assert_eq!(local_time::format_local_date(t.ends_at), "lør 21-11-2026");
        assert_eq!(check(&t), Ok(()));
    }

    #[test]
    fn overnight_shift_across_october_dst_counts_nine_hours() {
        // 24→25 October 2026: the clock goes back one hour at 03:00.
        let t = night("2026-10-24", "22:00", "06:00", "0");
        assert_eq!(t.worked_minutes(), 9 * 60);
    }

    #[test]
    fn overnight_shift_across_march_dst_counts_seven_hours() {
        // 28→29 March 2026: the clock jumps forward one hour at 02:00.
        let t = night("2026-03-28", "22:00", "06:00", "0");
        assert_eq!(t.worked_minutes(), 7 * 60);
    }

    #[test]
    fn at_most_sixteen_hours() {
        assert_eq!(check(&form("2026-11-20", "06:00", "22:00", "0")), Ok(()));
        assert_eq!(
            rule_of(check(&form("2026-11-20", "06:00", "22:01", "0"))),
            Some((Rule::TooLong, Field::EndsAt))
        );
    }

    #[test]
    fn break_must_be_shorter_than_the_period() {
        assert_eq!(
            rule_of(check(&form("2026-11-20", "08:00", "09:00", "60"))),
            Some((Rule::BreakNotShorter, Field::BreakMinutes))
        );
        assert_eq!(
            times_from_local_form("2026-11-20", "08:00", "09:00", "-5", false),
            Err(AppError::invalid(Rule::BreakNegative, Field::BreakMinutes))
        );
        assert_eq!(
            times_from_local_form("2026-11-20", "08:00", "09:00", "en halv", false),
            Err(AppError::invalid(Rule::InvalidNumber, Field::BreakMinutes))
        );
        let neg = EntryTimes { break_minutes: -1, ..form("2026-11-20", "08:00", "09:00", "0") };
        assert_eq!(rule_of(check(&neg)), Some((Rule::BreakNegative, Field::BreakMinutes)));
    }

    #[test]
    fn not_more_than_a_day_ahead() {
        // now is 22 Nov 12:00 UTC; tomorrow's morning is fine, the day after is not.
        assert_eq!(check(&form("2026-11-23", "08:00", "12:00", "0")), Ok(()));
        assert_eq!(
            rule_of(check(&form("2026-11-24", "08:00", "12:00", "0"))),
            Some((Rule::TooFarInFuture, Field::EndsAt))
        );
    }

    #[test]
    fn only_inside_an_active_placement() {
        let t = form("2026-11-20", "08:00", "12:00", "0");
        let inactive = PlacementWindow { active: false, ..window() };
        let ctx = EntryContext { now: now(), placement: &inactive, other_entries: &[], locked_months: &[] };
        assert_eq!(rule_of(validate(&t, &ctx)), Some((Rule::PlacementNotActive, Field::PlacementId)));

        let ended = PlacementWindow { ends_on: NaiveDate::from_ymd_opt(2026, 11, 19), ..window() };
        let ctx = EntryContext { now: now(), placement: &ended, other_entries: &[], locked_months: &[] };
        assert_eq!(rule_of(validate(&t, &ctx)), Some((Rule::OutsidePlacementPeriod, Field::StartsAt)));

        let later = PlacementWindow { starts_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(), ..window() };
        let ctx = EntryContext { now: now(), placement: &later, other_entries: &[], locked_months: &[] };
        assert_eq!(rule_of(validate(&t, &ctx)), Some((Rule::OutsidePlacementPeriod, Field::StartsAt)));
    }

    #[test]
    fn an_entry_ending_at_midnight_stays_on_its_day() {
        let ends = PlacementWindow { ends_on: NaiveDate::from_ymd_opt(2026, 11, 20), ..window() };
        let t = form("2026-11-20", "16:00", "24:00", "0");
        let ctx = EntryContext { now: now(), placement: &ends, other_entries: &[], locked_months: &[] };
        assert_eq!(validate(&t, &ctx), Ok(()));
    }

    #[test]
    fn not_in_a_locked_month() {
        let t = form("2026-10-31", "20:00", "23:00", "0");
        let w = window();
        let locked = vec!["2026-10".to_string()];
        let ctx = EntryContext { now: now(), placement: &w, other_entries: &[], locked_months: &locked };
        assert_eq!(rule_of(validate(&t, &ctx)), Some((Rule::MonthLocked, Field::StartsAt)));
    }

    #[test]
    fn no_overlap_with_other_entries_but_touching_is_fine() {
        let w = window();
        let existing = form("2026-11-20", "08:00", "12:00", "0");
        let others = [(existing.starts_at, existing.ends_at)];
        let ctx = EntryContext { now: now(), placement: &w, other_entries: &others, locked_months: &[] };
        assert_eq!(
            rule_of(validate(&form("2026-11-20", "11:00", "14:00", "0"), &ctx)),
            Some((Rule::Overlap, Field::StartsAt))
        );
        assert_eq!(validate(&form("2026-11-20", "12:00", "14:00", "0"), &ctx), Ok(()));
    }

    #[test]
    fn text_longer_than_500_characters_is_refused() {
        assert_eq!(check_text(&"æ".repeat(500), Field::Note), Ok(()));
        assert_eq!(
            check_text(&"æ".repeat(501), Field::Note),
            Err(AppError::invalid(Rule::TextTooLong, Field::Note))
        );
    }
}

/// A citizen may change or withdraw an entry only while it waits for a decision.
pub fn citizen_may_change(status: EntryStatus) -> Result<(), AppError> {
    match status {
        EntryStatus::Submitted => Ok(()),
        _ => Err(AppError::NotEditable),
    }
}

#[cfg(test)]
mod change_tests {
    use super::*;

    #[test]
    fn only_waiting_entries_may_be_changed_by_the_citizen() {
        assert_eq!(citizen_may_change(EntryStatus::Submitted), Ok(()));
        for s in [EntryStatus::Confirmed, EntryStatus::Rejected, EntryStatus::Locked] {
            assert_eq!(citizen_may_change(s), Err(AppError::NotEditable));
        }
    }
}
