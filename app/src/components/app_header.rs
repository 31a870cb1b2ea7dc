use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::FormSend;
use crate::functions::auth::{current_user, Logout};

/// The bar at the top: who is logged in, and the way out.
#[component]
pub fn AppHeader() -> impl IntoView {
    let me = Resource::new(|| (), |_| current_user());
    view! {
        <header class="app-header">
            <span class="app-name">"Fodfæste"</span>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    me.await.ok().map(|me| view! {
                        <a class="who" href="/konto" title="Din konto og dine enheder" data-user-id=me.id.to_string()>
                            <span class="who-name">{me.name}</span>
                            <span class="who-role">{me.role.label_da()}</span>
                        </a>
                    })
                })}
            </Suspense>
            <LogoutButton/>
        </header>
    }
}

/// Sends still waiting on this phone go out under whoever is logged in when the connection
/// returns, so logging out drops them — but only when the user says so.
pub(crate) fn may_drop_unsent(pwa: crate::pwa::Pwa) -> bool {
    let waiting = pwa.items.with_untracked(|items| items.iter().filter(|i| i.pending()).count());
    waiting == 0 || {
        let question = format!(
            "Du har {waiting} registrering(er), der ikke er sendt endnu. Logger du ud, bliver de slettet fra telefonen. Log ud alligevel?"
        );
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
            <button type="submit" class="button button-quiet" on:click=confirm_unsent>"Log ud"</button>
        </form>
    }
}
