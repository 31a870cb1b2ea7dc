//! The mentor's phone: hours waiting for a yes or a no, one tap each.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::{error_for, AppHeader, FieldError, FormError, FormSend, StatusBadge};
use crate::domain::error::{messages, Field};
use crate::domain::models::{MentorHome, TimeEntryView};
use crate::functions::mentor::{load_mentor_home, ConfirmEntry, RejectEntry};
use crate::pages::LoadError;

#[component]
pub fn MentorPage() -> impl IntoView {
    let home = Resource::new(|| (), |_| load_mentor_home());
    view! {
        <Title text="Til godkendelse – Fodfæste"/>
        <AppHeader/>
        <main class="page page-phone">
            <h1>"Til godkendelse"</h1>
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(data) => view! { <MentorQueue data/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn MentorQueue(data: MentorHome) -> impl IntoView {
    let absences = data.absences.clone();
    view! {
        {(!absences.is_empty()).then(|| view! {
            <section class="card absences" aria-labelledby="absent-heading">
                <h2 id="absent-heading">"Meldt fravær"</h2>
                <ul class="absence-list">
                    {absences.into_iter().map(|a| view! {
                        <li class="absence" data-absence-id=a.id.to_string()><strong>{a.citizen_name.clone()}</strong>" "{a.days_da()}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {if data.waiting.is_empty() {
            view! { <p class="card empty">"Ingen timer venter på dig."</p> }.into_any()
        } else {
            view! {
                <ul class="queue">
                    {data.waiting.into_iter().map(|e| view! { <WaitingEntry entry=e/> }).collect_view()}
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
                                <div class="entry-when"><span class="entry-date">{e.date_da()}</span>" "<span class="entry-time">{e.times_da()}</span></div>
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
fn WaitingEntry(entry: TimeEntryView) -> impl IntoView {
    view! {
        <li class="card waiting" data-entry-id=entry.id.to_string()>
            <h2 class="entry-who">{entry.citizen_name.clone()}</h2>
            <p class="entry-when"><span class="entry-date">{entry.date_da()}</span>" "<span class="entry-time">{entry.times_da()}</span></p>
            <p class="entry-hours">{format!("{} · pause {} min", entry.worked_da(), entry.break_minutes)}</p>
            {entry.note.clone().map(|n| view! { <p class="entry-note">{n}</p> })}
            <Decide id=entry.id/>
        </li>
    }
}

/// Confirm or reject one entry. Each card has its own actions, so an error shows on the
/// card it is about; a decision loads the queue again.
#[island]
fn Decide(id: i64) -> impl IntoView {
    let (confirm, reject) = (FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        if matches!(confirm.result.get(), Some(Ok(_))) || matches!(reject.result.get(), Some(Ok(_))) {
            crate::browser::reload();
        }
    });
    let reason_id = format!("reason-{id}");
    let reason_error_id = format!("reason-error-{id}");
    let reject_error = Signal::derive(move || reject.result.with(|r| error_for(r, Field::Reason)));
    let other_error = Signal::derive(move || {
        let from_confirm = confirm.result.with(|r| match r {
            Some(Err(e)) => Some(messages::da(e)),
            _ => None,
        });
        let from_reject = reject.result.with(|r| match r {
            Some(Err(e)) if e.field().is_none() => Some(messages::da(e)),
            _ => None,
        });
        from_confirm.or(from_reject)
    });
    view! {
        <FormError message=other_error/>
        <div class="actions">
            <form action=ConfirmEntry::PATH method="post" class="inline-form" on:submit=confirm.on_submit()>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button button-primary button-wide">"Godkend"</button>
            </form>
            <details class="reject">
                <summary class="button button-secondary">"Afvis"</summary>
                <form action=RejectEntry::PATH method="post" class="form" novalidate on:submit=reject.on_submit()>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <label for=reason_id.clone()>"Hvorfor afviser du timerne?"</label>
                    <textarea id=reason_id name="reason" rows="2" maxlength="500" required
                        aria-describedby=reason_error_id.clone()></textarea>
                    <FieldError id=reason_error_id message=reject_error/>
                    <button type="submit" class="button button-danger">"Afvis timerne"</button>
                </form>
            </details>
        </div>
    }
}
