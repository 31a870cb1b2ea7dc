//! "Mine timer": a week or a month of entries with status and sums; waiting entries can be
//! corrected or withdrawn.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::register_form::{form_message, last_error, EntryFields, EntryValues, ENTRY_FIELDS};
use super::{AsOf, CitizenNav};
use crate::components::{AppHeader, FormError, FormSend, OfflineBanner, OutboxPanel, StatusBadge};
use crate::domain::models::{CitizenHours, TimeEntryView};
use crate::domain::money;
use crate::domain::period::PeriodKind;
use crate::domain::time_entry::EntryStatus;
use crate::functions::citizen::{load_citizen_hours, UpdateHours, WithdrawHours};
use crate::pages::LoadError;

#[component]
pub fn CitizenHoursPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.get();
            (q.get("visning").unwrap_or_default(), q.get("dato").unwrap_or_default())
        },
        |(view, date)| load_citizen_hours(view, date),
    );
    view! {
        <Title text="Mine timer – Fodfæste"/>
        <AppHeader/>
        <CitizenNav current="/borger/timer"/>
        <main class="page page-phone" id="main">
            <h1>"Mine timer"</h1>
            <OfflineBanner/>
            <OutboxPanel/>
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <Hours data=d/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

fn link(kind: PeriodKind, day: chrono::NaiveDate) -> String {
    format!("/borger/timer?visning={}&dato={}", kind.slug(), day.format("%Y-%m-%d"))
}

#[component]
fn Hours(data: CitizenHours) -> impl IntoView {
    let CitizenHours { period, label, entries, totals, paid, as_of_da } = data;
    let (prev, next) = (period.previous(), period.next());
    let is_week = period.kind == PeriodKind::Week;
    view! {
        <AsOf as_of=as_of_da/>
        <nav class="period-tabs" aria-label="Vis">
            <a href=link(PeriodKind::Week, period.first) rel="external" aria-current=is_week.then_some("page")>"Uge"</a>
            <a href=link(PeriodKind::Month, period.first) rel="external" aria-current=(!is_week).then_some("page")>"Måned"</a>
        </nav>
        <div class="period-nav">
            <a class="button button-quiet" href=link(prev.kind, prev.first) rel="external" aria-label="Forrige periode">"‹ Forrige"</a>
            <h2 class="period-label">{label}</h2>
            <a class="button button-quiet" href=link(next.kind, next.first) rel="external" aria-label="Næste periode">"Næste ›"</a>
        </div>
        <section class="card totals" aria-label="I alt">
            <dl class="facts">
                <dt>"Registreret"</dt><dd data-total="registered">{money::format_hours(totals.registered_minutes)}</dd>
                <dt>"Godkendt"</dt><dd data-total="confirmed">{money::format_hours(totals.confirmed_minutes)}</dd>
                {paid.then(|| view! { <dt>"Du har tjent"</dt><dd data-total="earned">{money::format_kr(totals.earned_ore)}</dd> })}
            </dl>
            {paid.then(|| view! { <p class="hint">"Kun godkendte timer giver løn."</p> })}
        </section>
        {if entries.is_empty() {
            view! { <p class="card empty">"Ingen timer i denne periode."</p> }.into_any()
        } else {
            view! {
                <ul class="entry-list entry-cards">
                    {entries.into_iter().map(|e| view! { <EntryCard entry=e/> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

#[component]
fn EntryCard(entry: TimeEntryView) -> impl IntoView {
    let waiting = entry.status == EntryStatus::Submitted;
    let source = match entry.source {
        crate::domain::time_entry::EntrySource::Punch => Some("Stemplet"),
        _ => None,
    };
    view! {
        <li class="card entry" data-entry-id=entry.id.to_string()>
            <div class="entry-when"><span class="entry-date">{entry.date_da()}</span>" "<span class="entry-time">{entry.times_da()}</span></div>
            <div class="entry-hours">{entry.worked_da()}</div>
            {(entry.break_minutes > 0).then(|| view! { <span class="entry-break">{format!("Pause {} min", entry.break_minutes)}</span> })}
            <StatusBadge status=entry.status reason=entry.reject_reason.clone() auto=entry.auto_confirmed/>
            {entry.correction_reason.clone().map(|why| view! {
                <p class="entry-correction">{format!("Rettet af {}: {why}", entry.decided_by.clone().unwrap_or_else(|| "din mentor".into()))}</p>
            })}
            {source.map(|s| view! { <span class="entry-source">{s}</span> })}
            {entry.note.clone().map(|n| view! { <p class="entry-note">{n}</p> })}
            {waiting.then(|| view! { <ChangeEntry id=entry.id values=EntryValues::of(&entry)/> })}
        </li>
    }
}

#[island]
fn ChangeEntry(id: i64, values: EntryValues) -> impl IntoView {
    let (update, withdraw) = (FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        if matches!(update.result.get(), Some(Ok(_))) || matches!(withdraw.result.get(), Some(Ok(_))) {
            crate::browser::reload();
        }
    });
    let last = last_error(update.result);
    let other = form_message(last, ENTRY_FIELDS);
    let withdraw_message = form_message(last_error(withdraw.result), &[]);
    let id = id.to_string();
    let prefix = format!("e{id}-");
    let id2 = id.clone();
    view! {
        <details class="change">
            <summary>"Ret eller slet"</summary>
            <form action=UpdateHours::PATH method="post" class="form" novalidate on:submit=update.on_submit()>
                <input type="hidden" name="id" value=id/>
                <EntryFields prefix values last_error=last/>
                <FormError message=other/>
                <button type="submit" class="button button-primary button-wide">"Gem rettelse"</button>
            </form>
            <form action=WithdrawHours::PATH method="post" class="form form-quiet" on:submit=withdraw.on_submit()>
                <input type="hidden" name="id" value=id2/>
                <FormError message=withdraw_message/>
                <button type="submit" class="button button-danger">"Slet timerne"</button>
            </form>
        </details>
    }
}
