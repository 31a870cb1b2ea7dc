//! Use cases: the one path every adapter (pages' server functions, /api/v1, CLI) calls.
//! Each function checks access through `domain::access`, rules through the domain core
//! and only then touches storage.
pub mod absences;
pub mod auth;
pub mod citizen;
pub mod notes;
pub mod overview;
pub mod planning;
pub mod punches;
pub mod reports;
pub mod shifts;
pub mod time_entries;
