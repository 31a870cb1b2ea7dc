//! The citizen's phone: I dag, Mine timer, Min plan, Fravær. Each is its own page loaded in
//! full, so each can be kept for offline use and opened without a connection.
mod absence;
mod hours;
mod plan;
pub(crate) mod register_form;
pub(crate) mod retry;
mod today;

pub use absence::CitizenAbsencePage;
pub use hours::CitizenHoursPage;
pub use plan::CitizenPlanPage;
pub use today::CitizenTodayPage;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::components::Icon;
use crate::i18n::{format, k, locale, t, tr};

/// The four places of the citizen's app, each with a picture beside its word.
#[component]
pub fn CitizenNav(current: &'static str) -> impl IntoView {
    let items = vec![
        ("/borger", t(k::NAV_TODAY)),
        ("/borger/timer", t(k::NAV_HOURS)),
        ("/borger/plan", t(k::NAV_PLAN)),
        ("/borger/fravaer", t(k::NAV_ABSENCE)),
    ];
    let icons = vec![Icon::Clock, Icon::List, Icon::Calendar, Icon::Thermometer];
    view! { <crate::components::PlaceNav label=t(k::NAV_CITIZEN) items current icons/> }
}

/// "Senest opdateret man. 22.11.2026 kl. 14:32" — the moment the server made the page; it
/// matters when the page is a copy kept for offline use.
#[component]
pub fn AsOf(as_of: DateTime<Utc>) -> impl IntoView {
    let text = tr(k::AS_OF, &[("when", format::day_and_time(locale(), as_of).into())]);
    view! { <p class="as-of" data-as-of=as_of.to_rfc3339()>{text}</p> }
}
