pub mod accessibility;
pub mod account;
pub mod my_data;
pub mod caseworker;
pub mod citizen;
pub mod desk;
pub mod frame;
pub mod goals;
pub mod invitation;
pub mod login;
pub mod mentor;
pub mod mentor_offer;
pub mod mentor_plan;
pub mod monthly_hours;
pub mod social_enterprises;

use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::Me;
use crate::i18n::{error_text, k, t};

/// The logged-in user of this page request, as the page guard found them (server/src/page_guard.rs);
/// none when logged out, and in the browser.
pub fn request_me() -> Option<Me> {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>().and_then(|parts| parts.extensions.get::<Me>().cloned())
    }
    #[cfg(not(feature = "ssr"))]
    None
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <main class="page page-narrow">
            <h1>{t(k::NOT_FOUND_TITLE)}</h1>
            <p><a href="/">{t(k::NOT_FOUND_HOME)}</a></p>
        </main>
    }
}

/// What the service worker shows for a page it has never kept, when there is no connection.
/// It is also how the worker learns the names of this release's /pkg files.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <main class="page page-narrow">
            <h1>{t(k::OFFLINE_TITLE)}</h1>
            <p>{t(k::OFFLINE_BODY)}</p>
            <p><a class="button button-wide" href="/borger" rel="external">{t(k::OFFLINE_GO_TODAY)}</a></p>
        </main>
    }
}

/// A page's data could not be loaded: say why, and offer the way back in when logged out.
#[component]
pub fn LoadError(error: AppError) -> impl IntoView {
    let logged_out = error == AppError::Unauthenticated;
    view! {
        <div class="form-error" role="alert">
            <p>{error_text(&error)}</p>
            {logged_out.then(|| view! { <p><a class="button" href="/login">{t(k::LOGIN)}</a></p> })}
        </div>
    }
}
