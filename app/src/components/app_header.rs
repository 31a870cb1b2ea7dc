use leptos::prelude::*;

use crate::functions::auth::{current_user, Logout};

/// The bar at the top: who is logged in, and the way out.
#[component]
pub fn AppHeader() -> impl IntoView {
    let me = Resource::new(|| (), |_| current_user());
    let logout = ServerAction::<Logout>::new();
    Effect::new(move |_| {
        if logout.version().get() > 0 {
            // Pages kept for offline use hold this user's data.
            crate::pwa::forget_pages();
            // A full load, so nothing of the old session stays on screen.
            let _ = window().location().set_href("/login");
        }
    });
    view! {
        <header class="app-header">
            <span class="app-name">"Fodfæste"</span>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    me.await.ok().map(|me| view! {
                        <span class="who">
                            <span class="who-name">{me.name}</span>
                            <span class="who-role">{me.role.label_da()}</span>
                        </span>
                    })
                })}
            </Suspense>
            <ActionForm action=logout attr:class="logout-form">
                <button type="submit" class="button button-quiet">"Log ud"</button>
            </ActionForm>
        </header>
    }
}
