//! Shifts: planned work in a placement.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShiftStatus {
    Planned,
    Attended,
    NoShow,
    Cancelled,
    Absent,
}

impl ShiftStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ShiftStatus::Planned => "planned",
            ShiftStatus::Attended => "attended",
            ShiftStatus::NoShow => "no_show",
            ShiftStatus::Cancelled => "cancelled",
            ShiftStatus::Absent => "absent",
        }
    }

    pub fn parse(s: &str) -> Option<ShiftStatus> {
        match s {
            "planned" => Some(ShiftStatus::Planned),
            "attended" => Some(ShiftStatus::Attended),
            "no_show" => Some(ShiftStatus::NoShow),
            "cancelled" => Some(ShiftStatus::Cancelled),
            "absent" => Some(ShiftStatus::Absent),
            _ => None,
        }
    }

    pub fn label_da(self) -> &'static str {
        match self {
            ShiftStatus::Planned => "Planlagt",
            ShiftStatus::Attended => "Mødt",
            ShiftStatus::NoShow => "Udeblevet",
            ShiftStatus::Cancelled => "Aflyst",
            ShiftStatus::Absent => "Meldt fravær",
        }
    }
}
