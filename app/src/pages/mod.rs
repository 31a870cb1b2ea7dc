pub mod account;
pub mod my_data;
pub mod caseworker;
pub mod citizen;
pub mod desk;
pub mod goals;
pub mod invitation;
pub mod login;
pub mod mentor;
pub mod mentor_offer;
pub mod mentor_plan;
pub mod monthly_hours;
pub mod social_enterprises;

use leptos::prelude::*;

use crate::domain::error::{messages, AppError};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <main class="page page-narrow">
            <h1>"Siden findes ikke"</h1>
            <p><a href="/">"Gå til forsiden"</a></p>
        </main>
    }
}

/// What the service worker shows for a page it has never kept, when there is no connection.
/// It is also how the worker learns the names of this release's /pkg files.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <main class="page page-narrow">
            <h1>"Du er offline"</h1>
            <p>"Den side har telefonen ikke gemt. Siderne I dag, Mine timer, Min plan og Fravær virker uden forbindelse, når du har åbnet dem én gang."</p>
            <p><a class="button button-wide" href="/borger" rel="external">"Gå til I dag"</a></p>
        </main>
    }
}

/// A page's data could not be loaded: say why, and offer the way back in when logged out.
#[component]
pub fn LoadError(error: AppError) -> impl IntoView {
    let logged_out = error == AppError::Unauthenticated;
    view! {
        <div class="form-error" role="alert">
            <p>{messages::da(&error)}</p>
            {logged_out.then(|| view! { <p><a class="button" href="/login">"Log ind"</a></p> })}
        </div>
    }
}
