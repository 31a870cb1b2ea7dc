//! Fodfæste: the shared app crate. `domain` (types, rules, access policy) compiles for both
//! targets; `db` and `service` are server-only (`ssr`); pages render on the server, and only
//! the interactive islands (`#[island]`: forms, the punch clock, the outbox) hydrate in the
//! browser (`hydrate`).
//!
//! Inside islands a choice between views is an `Either`, not `.into_any()`: an `AnyView` keeps
//! every way of rendering its view (to HTML too) reachable, which cost I dag's wasm 18 kB
//! brotli for six such choices.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod functions;
pub mod i18n;
pub mod pages;
pub mod pwa;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod service;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Made under the page's root owner, before the first island asks for it; filled in
    // (offline? what waits in the outbox?) only once the islands match the server's HTML.
    let _ = pwa::use_pwa();
    browser::after_islands(pwa::start);
}
