//! A citizen's timeline on the desk: placements, hours, absences, notes and changes, newest
//! first, each as one line a caseworker reads.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
    pub fn label_da(self) -> &'static str {
        match self {
            TimelineKind::Placement => "Forløb",
            TimelineKind::Entry => "Timer",
            TimelineKind::Change => "Ændring",
            TimelineKind::Absence => "Fravær",
            TimelineKind::Note => "Note",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimelineItem {
    pub at: DateTime<Utc>,
    pub kind: TimelineKind,
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

/// The history's action words as the caseworker reads them.
pub fn action_da(action: &str) -> &'static str {
    match action {
        "submitted" => "registreret",
        "updated" | "edited" => "rettet af borgeren",
        "confirmed" => "godkendt",
        "auto_confirmed" => "godkendt automatisk",
        "rejected" => "afvist",
        "corrected" => "rettet",
        "withdrawn" => "trukket tilbage",
        "locked" => "låst med måneden",
        "reopened" => "genåbnet",
        _ => "ændret",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(secs: i64, kind: TimelineKind) -> TimelineItem {
        TimelineItem { at: DateTime::from_timestamp(secs, 0).unwrap(), kind, text: String::new() }
    }

    #[test]
    fn newest_first_and_capped() {
        let merged = merge(vec![item(10, TimelineKind::Note), item(30, TimelineKind::Entry), item(30, TimelineKind::Placement), item(20, TimelineKind::Absence)]);
        let order: Vec<(i64, TimelineKind)> = merged.iter().map(|i| (i.at.timestamp(), i.kind)).collect();
        assert_eq!(order, [(30, TimelineKind::Placement), (30, TimelineKind::Entry), (20, TimelineKind::Absence), (10, TimelineKind::Note)]);
        assert_eq!(merge((0..300).map(|i| item(i, TimelineKind::Entry)).collect()).len(), LIMIT);
        assert_eq!(action_da("rejected"), "afvist");
    }
}
