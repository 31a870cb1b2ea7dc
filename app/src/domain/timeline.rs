//! A citizen's timeline on the desk: placements, hours, absences, notes and changes, newest
//! first, each as one line a caseworker reads.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::absence::AbsenceKind;
use super::placement::Outcome;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    Placement,
    Entry,
    Change,
    Absence,
    Note,
}

impl TimelineKind {
    pub fn label_key(self) -> crate::i18n::Key {
        use crate::i18n::k;
        match self {
            TimelineKind::Placement => k::TIMELINE_KIND_PLACEMENT,
            TimelineKind::Entry => k::TIMELINE_KIND_ENTRY,
            TimelineKind::Change => k::TIMELINE_KIND_CHANGE,
            TimelineKind::Absence => k::TIMELINE_KIND_ABSENCE,
            TimelineKind::Note => k::TIMELINE_KIND_NOTE,
        }
    }
}

/// What happened, with its facts: the reader's language words it (`i18n::describe::timeline`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum TimelineEvent {
    PlacementCreated { title: String, company: String, starts_on: String },
    PlacementEnded { title: String, company: String, ended_on: String, outcome: Option<Outcome> },
    /// One line of an entry's history: `action` is its code (submitted, confirmed …).
    Hours {
        action: String,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        /// After the break, as every other view counts worked time.
        worked_minutes: i64,
        by: String,
        reason: Option<String>,
        auto_rule: Option<super::models::AutoRule>,
    },
    Absence { kind: Option<AbsenceKind>, from_date: String, to_date: String, note: Option<String> },
    Note { author: String, body: String, caseworkers_only: bool },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimelineItem {
    pub at: DateTime<Utc>,
    pub kind: TimelineKind,
    pub event: TimelineEvent,
    /// `event` in words, in the reader's language.
    #[serde(default)]
    pub text: String,
}

/// How many lines the desk shows.
pub const LIMIT: usize = 200;

/// Newest first; at the same instant the order of kinds above. At most [`LIMIT`].
pub fn merge(mut items: Vec<TimelineItem>) -> Vec<TimelineItem> {
    items.sort_by(|a, b| b.at.cmp(&a.at).then((a.kind as u8).cmp(&(b.kind as u8))));
    items.truncate(LIMIT);
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(secs: i64, kind: TimelineKind) -> TimelineItem {
        TimelineItem { at: DateTime::from_timestamp(secs, 0).unwrap(), kind, event: TimelineEvent::Note { author: String::new(), body: String::new(), caseworkers_only: false }, text: String::new() }
    }

    #[test]
    fn newest_first_and_capped() {
        let merged = merge(vec![item(10, TimelineKind::Note), item(30, TimelineKind::Entry), item(30, TimelineKind::Placement), item(20, TimelineKind::Absence)]);
        let order: Vec<(i64, TimelineKind)> = merged.iter().map(|i| (i.at.timestamp(), i.kind)).collect();
        assert_eq!(order, [(30, TimelineKind::Placement), (30, TimelineKind::Entry), (20, TimelineKind::Absence), (10, TimelineKind::Note)]);
        assert_eq!(merge((0..300).map(|i| item(i, TimelineKind::Entry)).collect()).len(), LIMIT);
    }
}
