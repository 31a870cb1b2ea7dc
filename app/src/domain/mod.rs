//! The domain core: types, rules and the access policy. Compiles for the server and the
//! browser alike and holds no I/O, so every rule here is unit-tested natively.
pub mod absence;
pub mod access;
pub mod alerts;
pub mod caseload;
pub mod approval;
pub mod error;
pub mod hours;
pub mod local_time;
pub mod models;
pub mod money;
pub mod note;
pub mod period;
pub mod punch;
pub mod report;
pub mod role;
pub mod shift;
pub mod shift_plan;
pub mod time_entry;
