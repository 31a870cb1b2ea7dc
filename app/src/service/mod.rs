//! Use cases: the one path every adapter (pages' server functions, /api/v1, CLI) calls.
//! Each function checks access through `domain::access`, rules through `domain::time_entry`
//! and only then touches storage.
pub mod auth;
pub mod overview;
pub mod time_entries;
