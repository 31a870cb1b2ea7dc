//! Fodfæste: the shared app crate. `domain` (types, rules, access policy) compiles for both
//! targets; `db` and `service` are server-only (`ssr`); pages and components render on the
//! server and hydrate in the browser (`hydrate`).
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod functions;
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
    leptos::mount::hydrate_body(app::App);
}
