//! What the phone has not sent yet, and whether it is offline. The citizen always sees it.
use leptos::prelude::*;

use crate::pwa::{self, use_pwa};

/// "Du er offline …" when there is no connection or the page is a kept copy.
#[island]
pub fn OfflineBanner() -> impl IntoView {
    let pwa = use_pwa();
    view! {
        <div class="offline-banner" role="status" aria-live="polite">
            {move || {
                if !pwa.online.get() {
                    Some(view! {
                        <p>
                            <strong>"Du er offline. "</strong>
                            "Du ser det, der blev hentet sidst. Det, du registrerer, gemmes på telefonen og sendes, når der er forbindelse."
                        </p>
                    }.into_any())
                } else if pwa.offline_copy.get() {
                    Some(view! {
                        <p>
                            <strong>"Forbindelsen er tilbage. "</strong>
                            "Det, du ser, blev hentet tidligere. "
                            <button type="button" class="button button-quiet" on:click=move |_| { let _ = window().location().reload(); }>"Hent det nyeste"</button>
                        </p>
                    }.into_any())
                } else {
                    None
                }
            }}
        </div>
    }
}

/// The outbox: each item with its state, refused ones with why and a way to remove them.
#[island]
pub fn OutboxPanel() -> impl IntoView {
    let pwa = use_pwa();
    view! {
        <section class="outbox" aria-live="polite" aria-label="Ikke sendt endnu">
            {move || {
                let items = pwa.items.get();
                (!items.is_empty()).then(|| view! {
                    <div class="card outbox-card">
                        <h2>{format!("Ikke sendt endnu ({})", items.iter().filter(|i| i.pending()).count())}</h2>
                        <ul class="outbox-list">
                            {items.into_iter().map(|item| {
                                let seq = item.seq;
                                let failed = !item.pending();
                                view! {
                                    <li class="outbox-item" class:outbox-failed=failed data-outbox-kind=item.kind.clone()>
                                        <span class="outbox-what">{item.describe_da()}</span>
                                        <span class="outbox-state">{item.status_da()}</span>
                                        {failed.then(|| view! {
                                            <button type="button" class="button button-quiet" on:click=move |_| pwa::dismiss(seq)>"Fjern"</button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
        </section>
    }
}
