//! What the pages and the API show. Shared by server and browser.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::role::Role;
use super::absence::AbsenceKind;
use super::hours::Totals;
use super::period::Period;
use super::shift::ShiftStatus;
use super::time_entry::{EntrySource, EntryStatus};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub municipality: String,
    /// The language the user chose; none: the browser's decides.
    #[serde(default)]
    pub language: Option<crate::domain::locale::Locale>,
    /// The municipality's accessibility statement, where it has one.
    #[serde(default)]
    pub accessibility_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlacementView {
    pub id: i64,
    pub citizen_name: String,
    pub company_name: String,
    pub opening_title: String,
    /// small_job, internship, flex_job or sheltered_job
    pub kind: String,
    pub mentor_name: Option<String>,
    /// Hourly wage in øre (1/100 DKK); absent for unpaid kinds.
    pub hourly_wage_ore: Option<i64>,
    pub starts_on: String,
    pub ends_on: Option<String>,
    /// planned, active or ended
    pub status: String,
    /// Entries within this many minutes of their planned shift are confirmed automatically;
    /// null: off.
    #[serde(default)]
    pub auto_confirm_minutes: Option<i64>,
}

/// The Danish name of a kind of opening.
pub fn kind_da(kind: &str) -> &'static str {
    match kind {
        "small_job" => "Småjob (lønnede timer)",
        "internship" => "Virksomhedspraktik",
        "flex_job" => "Fleksjob",
        "sheltered_job" => "Skånejob",
        _ => "Forløb",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimeEntryView {
    pub id: i64,
    pub placement_id: i64,
    pub citizen_id: i64,
    pub citizen_name: String,
    pub company_name: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub break_minutes: i64,
    pub worked_minutes: i64,
    pub note: Option<String>,
    pub source: EntrySource,
    pub status: EntryStatus,
    pub reject_reason: Option<String>,
    /// The mentor's quick reason, beside or instead of `reject_reason`.
    #[serde(default)]
    pub reject_code: Option<crate::domain::time_entry::RejectCode>,
    pub client_id: Option<String>,
    pub decided_by: Option<String>,
    /// Why a mentor or caseworker last corrected the times, if one did.
    pub correction_reason: Option<String>,
    /// Confirmed by the placement's automatic confirmation, not by a person.
    #[serde(default)]
    pub auto_confirmed: bool,
}

/// An entry's times (or status) before or after a change, as the history keeps them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EntrySnapshot {
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub break_minutes: Option<i64>,
    pub note: Option<String>,
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_code: Option<String>,
}

/// One line of an entry's history: who changed what, when, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EntryChange {
    pub at: DateTime<Utc>,
    pub by_name: String,
    /// submitted, edited, withdrawn, confirmed, auto_confirmed, rejected or corrected
    pub action: String,
    pub before: Option<EntrySnapshot>,
    pub after: Option<EntrySnapshot>,
    pub reason: Option<String>,
    /// Why an automatic confirmation happened: the rule's facts, worded by the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_rule: Option<AutoRule>,
}

/// The placement's rule that confirmed an entry by itself: it kept within `minutes` of the
/// shift planned `shift` ("08:00–12:00", Copenhagen time).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AutoRule {
    pub minutes: i64,
    pub shift: String,
}

/// What "confirm these entries" did: those it confirmed, and those already decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ConfirmResult {
    pub confirmed: Vec<i64>,
    pub skipped: Vec<i64>,
}

/// A decided entry with its history, for the mentor's "Senest behandlet".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecidedEntry {
    pub entry: TimeEntryView,
    pub changes: Vec<EntryChange>,
}

/// A shift expected today at the mentor's workplace, and whether the citizen has come.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedToday {
    pub shift: ShiftView,
    /// "08:02" when the citizen's punch-in today is open or made.
    pub punched_in: Option<String>,
    /// For the mentor's "Ring".
    #[serde(default)]
    pub citizen_phone: Option<String>,
}

/// A follow-up note on a placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NoteView {
    pub id: i64,
    pub placement_id: i64,
    pub author_name: String,
    pub body: String,
    pub visibility: super::note::NoteVisibility,
    pub created_at: DateTime<Utc>,
}

/// A placement the mentor follows, with its notes, for the mentor's "Noter".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementNotes {
    pub placement: PlacementView,
    pub notes: Vec<NoteView>,
}

/// The mentor's Vagtplan for one week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorPlan {
    /// Monday of the week shown.
    pub week_start: chrono::NaiveDate,
    /// Monday of the weeks before and after (`?uge=` in links).
    pub prev_param: String,
    pub next_param: String,
    /// The date a new shift's form starts at: today in this week, else the Monday.
    pub default_date: String,
    pub placements: Vec<PlanPlacement>,
}

/// A placement in the Vagtplan with its shifts that week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanPlacement {
    pub placement: PlacementView,
    pub shifts: Vec<ShiftView>,
}

/// What turning automatic confirmation on or off did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AutoConfirmResult {
    pub placement_id: i64,
    /// null: off
    pub auto_confirm_minutes: Option<i64>,
    /// Waiting entries it confirmed at once because they keep to their shifts.
    pub confirmed: Vec<i64>,
}

/// The mentor's "I dag".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorToday {
    /// Today, in Copenhagen.
    pub date: chrono::NaiveDate,
    pub expected: Vec<ExpectedToday>,
    /// Absences reported for today or later (without notes).
    pub absences: Vec<AbsenceView>,
}

/// The mentor's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorHome {
    /// Waiting entries per citizen and week, beside the planned shifts.
    pub groups: Vec<super::approval::ApprovalGroup>,
    /// This page of the citizen-weeks (1-based) and how many there are.
    pub page: usize,
    pub pages: usize,
    /// Waiting entries on all pages.
    pub waiting_total: usize,
    pub recently_decided: Vec<DecidedEntry>,
    /// Absences of mentored citizens from today on (without notes).
    pub absences: Vec<AbsenceView>,
}

/// One citizen in a caseworker's caseload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadRow {
    pub citizen_id: i64,
    pub citizen_name: String,
    pub placement: Option<String>,
    pub waiting: i64,
    pub confirmed_minutes_this_month: i64,
    /// Absences reaching into the last 30 days.
    pub absences: Vec<AbsenceView>,
    /// Shifts of the last 30 days the mentor marked as no-show.
    pub no_shows: Vec<ShiftView>,
    pub entries: Vec<TimeEntryView>,
    /// What needs the caseworker's attention, most urgent first.
    pub alerts: Vec<super::alerts::Alert>,
    /// The newest registration that was not rejected (within the last two months).
    pub last_entry_at: Option<DateTime<Utc>>,
}

/// A planned shift, with where and with whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ShiftView {
    pub id: i64,
    pub placement_id: i64,
    pub citizen_id: i64,
    pub citizen_name: String,
    pub company_name: String,
    pub opening_title: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub mentor_name: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: ShiftStatus,
    /// Shared by the shifts planned together as one weekly series.
    #[serde(default)]
    pub series_id: Option<String>,
    /// Why the shift was cancelled, for the citizen.
    #[serde(default)]
    pub cancel_reason: Option<String>,
}

impl ShiftView {
    pub fn place(&self) -> Option<String> {
        match (&self.address, &self.postcode) {
            (Some(a), Some(p)) => Some(format!("{a}, {p}")),
            (Some(a), None) => Some(a.clone()),
            _ => None,
        }
    }
}

/// An absence notice. `kind` and `note` are only filled in for the citizen and staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AbsenceView {
    pub id: i64,
    pub citizen_id: i64,
    pub citizen_name: String,
    /// Sick or other; left out for mentors, who learn only that the citizen is absent.
    pub kind: Option<AbsenceKind>,
    /// First and last day, YYYY-MM-DD (Copenhagen).
    pub from_date: String,
    pub to_date: String,
    pub shift_id: Option<i64>,
    pub note: Option<String>,
    pub client_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl AbsenceView {
}

/// A punch-in not yet punched out.
/// What a page form's send answers: the id of what it made or changed. The page then loads
/// again from the server, so the browser never decodes the whole record (a smaller wasm).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub id: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpenPunch {
    pub id: i64,
    pub placement_id: i64,
    pub company_name: String,
    pub started_at: DateTime<Utc>,
}

/// Whom the citizen calls: their job consultant's name and phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
}

/// "I dag": the next shift, the punch clock and the manual form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenToday {
    pub placements: Vec<PlacementView>,
    /// The job consultant, shown when there is no placement to punch for.
    #[serde(default)]
    pub caseworker: Option<Contact>,
    /// A sick report covers today: the page says so instead of offering to punch in.
    #[serde(default)]
    pub sick_today: bool,
    pub next_shift: Option<ShiftView>,
    pub open_punch: Option<OpenPunch>,
    pub today: String,
    pub recent: Vec<TimeEntryView>,
    /// This month's hours and pay so far: approved and waiting.
    #[serde(default)]
    pub month: crate::domain::hours::Totals,
    /// Some placement pays a wage; otherwise the page says the benefit continues.
    #[serde(default)]
    pub paid: bool,
    /// When the server made this: it matters when the page is an offline copy.
    pub as_of: DateTime<Utc>,
}

/// "Mine timer": one week or month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenHours {
    pub period: Period,
    pub entries: Vec<TimeEntryView>,
    pub totals: Totals,
    /// Whether any placement shown is paid (else earnings are not shown at all).
    pub paid: bool,
    pub as_of: DateTime<Utc>,
}

/// "Min plan": the next four weeks and the calendar link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenPlan {
    pub shifts: Vec<ShiftView>,
    /// Whether a private calendar feed has been made (its address is shown only then).
    pub has_calendar: bool,
    pub as_of: DateTime<Utc>,
}

/// "Fravær": notices given and the shifts one can be absent from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenAbsence {
    pub absences: Vec<AbsenceView>,
    pub upcoming_shifts: Vec<ShiftView>,
    pub today: String,
}
