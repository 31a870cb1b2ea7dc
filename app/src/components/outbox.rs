//! What the phone has not sent yet, and whether it is offline. The citizen always sees it.
use leptos::either::Either;
use leptos::prelude::*;

use crate::pages::citizen::retry::RetryForm;
use crate::i18n::{k, t, tr};
use crate::pwa::{self, use_pwa, OutboxItem};

/// "Du er offline …" when there is no connection or the page is a kept copy.
#[island]
pub fn OfflineBanner() -> impl IntoView {
    let pwa = use_pwa();
    view! {
        <div class="offline-banner" role="status" aria-live="polite">
            {move || {
                if !pwa.online.get() {
                    Some(Either::Left(view! {
                        <p>
                            <strong>{t(k::OFFLINE_NOW)}</strong>" "
                            {t(k::OFFLINE_EXPLAIN)}
                        </p>
                    }))
                } else if pwa.offline_copy.get() {
                    Some(Either::Right(view! {
                        <p>
                            <strong>{t(k::ONLINE_AGAIN)}</strong>" "
                            {t(k::ONLINE_OLD_COPY)}" "
                            <button type="button" class="button button-quiet" on:click=move |_| { let _ = window().location().reload(); }>{t(k::ONLINE_REFRESH)}</button>
                        </p>
                    }))
                } else {
                    None
                }
            }}
        </div>
    }
}

/// The outbox: each item with its state. One the server refused for good shows why, with
/// "Ret" (the form again, filled in as it was sent) and "Slet" (asks first); it never holds
/// back the items behind it.
#[island]
pub fn OutboxPanel() -> impl IntoView {
    let pwa = use_pwa();
    // The refused item whose form is open.
    let editing = RwSignal::new(None::<u64>);
    let needs_login = move || pwa.items.with(|items| items.iter().any(|i| i.needs_login && i.pending()));
    view! {
        <section class="outbox" aria-live="polite" aria-label=t(k::OUTBOX_LABEL)>
            <div class="card outbox-card" hidden=move || pwa.items.with(Vec::is_empty)>
                <h2>{move || tr(k::OUTBOX_HEADING, &[("count", pwa.items.with(Vec::len).into())])}</h2>
                {move || needs_login().then(|| view! {
                    <p class="outbox-login" role="alert">
                        {t(k::OUTBOX_LOGGED_OUT)}" "
                        <a href="/login" rel="external">{t(k::LOGIN)}</a>
                    </p>
                })}
                <ul class="outbox-list">
                    // Keyed, so a row (and a form being corrected in it) stays as it is while
                    // the worker reports on the others.
                    <For each=move || pwa.items.get() key=|i| (i.seq, i.state, i.needs_login) let:item>
                        <OutboxRow item editing/>
                    </For>
                </ul>
            </div>
        </section>
    }
}

#[component]
fn OutboxRow(item: OutboxItem, editing: RwSignal<Option<u64>>) -> impl IntoView {
    let seq = item.seq;
    let failed = !item.pending();
    let correctable = failed && RetryForm::of(&item).is_some();
    let delete = move |_| {
        let sure = window().confirm_with_message(&t(k::OUTBOX_DELETE_CONFIRM)).unwrap_or(false);
        if sure {
            pwa::dismiss(seq);
        }
    };
    let (kind, what, state) = (item.kind.as_str(), item.describe(), item.status());
    view! {
        <li class="outbox-item" class:outbox-failed=failed data-outbox-kind=kind>
            <span class="outbox-what">{what}</span>
            <span class="outbox-state">{state}</span>
            {failed.then(|| view! {
                <span class="outbox-actions">
                    {correctable.then(|| view! {
                        <button type="button" class="button button-quiet" aria-expanded=move || (editing.get() == Some(seq)).to_string()
                            on:click=move |_| editing.update(|e| *e = if *e == Some(seq) { None } else { Some(seq) })>{t(k::OUTBOX_FIX)}</button>
                    })}
                    <button type="button" class="button button-quiet" on:click=delete>{t(k::OUTBOX_DELETE)}</button>
                </span>
            })}
            {move || (editing.get() == Some(seq)).then(|| RetryForm::of(&item).map(|f| f.view(seq, editing)))}
        </li>
    }
}
