//! What the pages and the API show. Shared by server and browser.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::local_time;
use super::money;
use super::role::Role;
use super::time_entry::{EntrySource, EntryStatus};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub municipality: String,
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
}

impl PlacementView {
    pub fn kind_da(&self) -> &'static str {
        match self.kind.as_str() {
            "small_job" => "Småjob (lønnede timer)",
            "internship" => "Virksomhedspraktik",
            "flex_job" => "Fleksjob",
            "sheltered_job" => "Skånejob",
            _ => "Forløb",
        }
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
    pub client_id: Option<String>,
    pub decided_by: Option<String>,
}

impl TimeEntryView {
    /// "man 24-11-2026"
    pub fn date_da(&self) -> String {
        local_time::format_local_date(self.starts_at)
    }

    /// "08:00–15:30"
    pub fn times_da(&self) -> String {
        format!("{}–{}", local_time::format_local_time(self.starts_at), local_time::format_local_time(self.ends_at))
    }

    pub fn worked_da(&self) -> String {
        money::format_hours(self.worked_minutes)
    }

    pub fn status_da(&self) -> String {
        match (&self.status, &self.reject_reason) {
            (EntryStatus::Rejected, Some(reason)) => format!("Afvist: {reason}"),
            (s, _) => s.label_da().to_string(),
        }
    }
}

/// The citizen's start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenHome {
    pub placements: Vec<PlacementView>,
    pub entries: Vec<TimeEntryView>,
    /// A fresh id for the next registration, so a double tap or a resend makes one entry.
    pub next_client_id: String,
    /// Today in Copenhagen (YYYY-MM-DD), the form's default date. From the server: the
    /// browser's clock and zone may be wrong, and wasm has no clock of its own.
    pub today: String,
    pub confirmed_minutes_this_month: i64,
    pub earned_ore_this_month: i64,
}

/// The mentor's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorHome {
    pub waiting: Vec<TimeEntryView>,
    pub recently_decided: Vec<TimeEntryView>,
}

/// One citizen in a caseworker's caseload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadRow {
    pub citizen_id: i64,
    pub citizen_name: String,
    pub placement: Option<String>,
    pub waiting: i64,
    pub confirmed_minutes_this_month: i64,
    pub entries: Vec<TimeEntryView>,
}
