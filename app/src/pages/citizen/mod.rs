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

use leptos::prelude::*;

/// The four places of the citizen's app.
#[component]
pub fn CitizenNav(current: &'static str) -> impl IntoView {
    let items = vec![("/borger", "I dag"), ("/borger/timer", "Mine timer"), ("/borger/plan", "Min plan"), ("/borger/fravaer", "Fravær")];
    view! { <crate::components::PlaceNav label="Borger" items current/> }
}

/// "Data fra 22-11-2026 kl. 14:32" — shown when the page is a copy kept for offline use.
#[component]
pub fn AsOf(as_of: String) -> impl IntoView {
    let text = format!("Senest opdateret {as_of}");
    view! { <p class="as-of" data-as-of=as_of>{text}</p> }
}
