//! Every integration test in one binary: the server and the app are linked once, not once per
//! file. `cargo test --release -p server --test integration schema` runs one module.

#[macro_use]
mod support;

mod api;
mod audit;
mod caseload;
mod citizen;
mod citizens_desk;
mod cli;
mod desk;
mod desk_scale;
mod goals;
mod hostile_text;
mod languages;
mod mentor;
mod outbox;
mod pages;
mod planning;
mod render_while_routing;
mod reports;
mod schema;
mod security;
mod sessions;
