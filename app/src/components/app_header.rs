use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::{FormSend, LanguageMenu};
use crate::functions::auth::Logout;
use crate::i18n::{k, t, tr};
use crate::pages::request_me;

/// The bar at the top: who is logged in, the language, and the way out. The user is the one
/// the page guard already found for this request: no second lookup.
#[component]
pub fn AppHeader() -> impl IntoView {
    let me = request_me();
    view! {
        <header class="app-header">
            <span class="app-name">{t(k::APP_NAME)}</span>
            {me.map(|me| view! {
                <a class="who" href="/konto" title=t(k::ACCOUNT_LINK_TITLE) data-user-id=me.id.to_string()>
                    <bdi class="who-name">{me.name}</bdi>
                    <span class="who-role">{t(me.role.label_key())}</span>
                </a>
            })}
            <LanguageMenu/>
            <LogoutButton/>
        </header>
    }
}

/// Sends still waiting on this phone go out under whoever is logged in when the connection
/// returns, so logging out drops them — but only when the user says so.
pub(crate) fn may_drop_unsent(pwa: crate::pwa::Pwa) -> bool {
    let waiting = pwa.items.with_untracked(|items| items.iter().filter(|i| i.pending()).count());
    waiting == 0 || {
        let question = tr(k::LOGOUT_UNSENT, &[("count", waiting.into())]);
        window().confirm_with_message(&question).unwrap_or(false)
    }
}

#[island]
fn LogoutButton() -> impl IntoView {
    let logout = FormSend::new();
    let pwa = crate::pwa::use_pwa();
    let confirm_unsent = move |ev: leptos::ev::MouseEvent| {
        if !may_drop_unsent(pwa) {
            ev.prevent_default();
        }
    };
    Effect::new(move |_| {
        if matches!(logout.result.get(), Some(Ok(_))) {
            // Pages kept for offline use hold this user's data, and the outbox their sends.
            crate::pwa::forget_pages();
            // A full load, so nothing of the old session stays on screen.
            let _ = window().location().set_href("/login");
        }
    });
    view! {
        <form action=Logout::PATH method="post" class="logout-form" on:submit=logout.on_submit()>
            <button type="submit" class="button button-quiet" on:click=confirm_unsent>{t(k::LOGOUT)}</button>
        </form>
    }
}
