//! The mentor's phone: hours waiting for a yes or a no, one tap each.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{error_for, AppHeader, FieldError, FormError, StatusBadge};
use crate::domain::error::{messages, Field};
use crate::domain::models::{MentorHome, TimeEntryView};
use crate::functions::mentor::{load_mentor_home, ConfirmEntry, RejectEntry};
use crate::pages::LoadError;

#[component]
pub fn MentorPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmEntry>::new();
    let reject = ServerAction::<RejectEntry>::new();
    let changed = RwSignal::new(0usize);
    Effect::new(move |_| {
        if matches!(confirm.value().get(), Some(Ok(_))) {
            changed.update(|n| *n += 1);
        }
    });
    Effect::new(move |_| {
        if matches!(reject.value().get(), Some(Ok(_))) {
            changed.update(|n| *n += 1);
        }
    });
    let home = Resource::new(move || changed.get(), |_| load_mentor_home());
    view! {
        <Title text="Til godkendelse – Fodfæste"/>
        <AppHeader/>
        <main class="page page-phone">
            <h1>"Til godkendelse"</h1>
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(data) => view! { <MentorQueue data confirm reject/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn MentorQueue(data: MentorHome, confirm: ServerAction<ConfirmEntry>, reject: ServerAction<RejectEntry>) -> impl IntoView {
    view! {
        {if data.waiting.is_empty() {
            view! { <p class="card empty">"Ingen timer venter på dig."</p> }.into_any()
        } else {
            view! {
                <ul class="queue">
                    {data.waiting.into_iter().map(|e| view! { <WaitingEntry entry=e confirm reject/> }).collect_view()}
                </ul>
            }.into_any()
        }}
        <section class="card" aria-labelledby="decided-heading">
            <h2 id="decided-heading">"Senest behandlet"</h2>
            {if data.recently_decided.is_empty() {
                view! { <p class="empty">"Intet endnu."</p> }.into_any()
            } else {
                view! {
                    <ul class="entry-list">
                        {data.recently_decided.into_iter().map(|e| view! {
                            <li class="entry" data-entry-id=e.id.to_string()>
                                <div class="entry-who">{e.citizen_name.clone()}</div>
                                <div class="entry-when">{e.period_da()}</div>
                                <StatusBadge status=e.status reason=e.reject_reason.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn WaitingEntry(entry: TimeEntryView, confirm: ServerAction<ConfirmEntry>, reject: ServerAction<RejectEntry>) -> impl IntoView {
    let id = entry.id;
    let reason_id = format!("reason-{id}");
    let reason_error_id = format!("reason-error-{id}");
    // Errors belong to the card whose form was sent.
    let reject_error = Signal::derive(move || {
        let mine = reject.input().with(|i| i.as_ref().map(|i| i.id)) == Some(id);
        if !mine {
            return None;
        }
        reject.value().with(|r| error_for(r, Field::Reason))
    });
    let other_error = Signal::derive(move || {
        let from_confirm = (confirm.input().with(|i| i.as_ref().map(|i| i.id)) == Some(id))
            .then(|| confirm.value().with(|r| match r { Some(Err(e)) => Some(messages::da(e)), _ => None }))
            .flatten();
        let from_reject = (reject.input().with(|i| i.as_ref().map(|i| i.id)) == Some(id))
            .then(|| reject.value().with(|r| match r { Some(Err(e)) if e.field().is_none() => Some(messages::da(e)), _ => None }))
            .flatten();
        from_confirm.or(from_reject)
    });
    view! {
        <li class="card waiting" data-entry-id=id.to_string()>
            <h2 class="entry-who">{entry.citizen_name.clone()}</h2>
            <p class="entry-when">{entry.period_da()}</p>
            <p class="entry-hours">{format!("{} · pause {} min", entry.worked_da(), entry.break_minutes)}</p>
            {entry.note.clone().map(|n| view! { <p class="entry-note">{n}</p> })}
            <FormError message=other_error/>
            <div class="actions">
                <ActionForm action=confirm attr:class="inline-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <button type="submit" class="button button-primary">"Godkend"</button>
                </ActionForm>
                <details class="reject">
                    <summary class="button button-secondary">"Afvis"</summary>
                    <ActionForm action=reject attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <label for=reason_id.clone()>"Hvorfor afviser du timerne?"</label>
                        <textarea id=reason_id name="reason" rows="2" maxlength="500" required
                            aria-describedby=reason_error_id.clone()></textarea>
                        <FieldError id=reason_error_id message=reject_error/>
                        <button type="submit" class="button button-danger">"Afvis timerne"</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}
