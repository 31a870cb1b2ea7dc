//! The frame every logged-in page shares: its title, the header, the tabs of the user's
//! place and the main column; and the loading and error states of a page's data. A change
//! to the frame is made here once.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::AppHeader;
use crate::domain::error::AppError;
use crate::i18n::{k, t, tr, Key};
use crate::pages::LoadError;

/// Whose tabs a page shows, and which of them is the page ("" for none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Citizen(&'static str),
    Mentor(&'static str),
    Desk(&'static str),
    /// Pages of anyone's own (Min konto, Mine data): no tabs.
    Own,
}

/// Title, header, tabs and the main column around `children`. Desk pages are wide, the rest
/// phone-sized; `class` adds to the column's class.
#[component]
pub fn Frame(title: Key, place: Place, #[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let width = if matches!(place, Place::Desk(_)) { "page page-desk" } else { "page page-phone" };
    let main_class = if class.is_empty() { width.to_string() } else { format!("{width} {class}") };
    view! {
        <Title text=tr(k::PAGE_TITLE, &[("page", t(title).into())])/>
        <AppHeader/>
        {match place {
            Place::Citizen(current) => view! { <crate::pages::citizen::CitizenNav current/> }.into_any(),
            Place::Mentor(current) => view! { <crate::pages::mentor::MentorNav current/> }.into_any(),
            Place::Desk(current) => view! { <crate::pages::caseworker::DeskNav current/> }.into_any(),
            Place::Own => ().into_any(),
        }}
        <main class=main_class id="main">{children()}</main>
    }
}

/// A page's data: "Henter …" while it loads, the error in words if it fails, else `show`.
pub fn loaded<T, V>(data: Resource<Result<T, AppError>>, show: impl Fn(T) -> V + Clone + Send + Sync + 'static) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Transition fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(d) => show(d).into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}
