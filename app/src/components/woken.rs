//! The page's last island, which tells the browser code every island before it has woken.
use leptos::prelude::*;

/// Placed at the end of every page. The islands wake in the page's order, each lazy one after
/// its part of the wasm has arrived, so when this one wakes all the others have.
#[island]
pub fn IslandsWoken() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    crate::browser::islands_woken();
}
