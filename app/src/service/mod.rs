//! Use cases: the one path every adapter (pages' server functions, /api/v1, CLI) calls.
//! Each function checks access through `domain::access`, rules through the domain core
//! and only then touches storage.
pub mod absences;
pub mod audit;
pub mod auth;
pub mod citizen;
pub mod citizens;
pub mod companies;
pub mod goals;
pub mod idempotency;
pub mod invites;
pub mod matching;
pub mod notes;
pub mod openings;
pub mod overview;
pub mod placing;
pub mod planning;
pub mod punches;
pub mod reports;
pub mod shifts;
pub mod social_enterprises;
pub mod throttle;
pub mod time_entries;
pub mod users;
