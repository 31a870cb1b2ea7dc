//! "Min plan": the shifts of the next four weeks and a private calendar link.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use super::register_form::{form_message, last_error};
use super::{AsOf, CitizenNav};
use crate::components::{AppHeader, FormError, FormSend, OfflineBanner, OutboxPanel};
use crate::domain::models::{CitizenPlan, ShiftView};
use crate::domain::shift::ShiftStatus;
use crate::functions::citizen::{load_citizen_plan, RenewCalendarLink};
use crate::pages::LoadError;

#[component]
pub fn CitizenPlanPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_citizen_plan());
    view! {
        <Title text="Min plan – Fodfæste"/>
        <AppHeader/>
        <CitizenNav current="/borger/plan"/>
        <main class="page page-phone" id="main">
            <h1>"Min plan"</h1>
            <OfflineBanner/>
            <OutboxPanel/>
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <Plan data=d/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn Plan(data: CitizenPlan) -> impl IntoView {
    let CitizenPlan { shifts, calendar_path, as_of_da } = data;
    view! {
        <AsOf as_of=as_of_da/>
        <section aria-labelledby="shifts-heading">
            <h2 id="shifts-heading">"Dine vagter de næste 4 uger"</h2>
            {if shifts.is_empty() {
                view! { <p class="card empty">"Der er ingen planlagte vagter endnu."</p> }.into_any()
            } else {
                view! { <ul class="shift-list">{shifts.into_iter().map(|s| view! { <ShiftCard shift=s/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <CalendarLink path=calendar_path/>
    }
}

#[component]
fn ShiftCard(shift: ShiftView) -> impl IntoView {
    let off = shift.status != ShiftStatus::Planned;
    view! {
        <li class="card shift" class:shift-off=off data-shift-id=shift.id.to_string()>
            <p class="shift-when"><strong>{shift.date_da()}</strong>" "{shift.times_da()}</p>
            <p>{shift.company_name.clone()}" – "{shift.opening_title.clone()}</p>
            {shift.place_da().map(|p| view! { <p class="shift-place">{p}</p> })}
            {off.then(|| {
                let label = match &shift.cancel_reason {
                    Some(why) if shift.status == ShiftStatus::Cancelled => format!("{}: {why}", shift.status.label_da()),
                    _ => shift.status.label_da().to_string(),
                };
                view! { <span class=format!("badge badge-shift-{}", shift.status.as_str())>{label}</span> }
            })}
        </li>
    }
}

/// The calendar feed: add it once to the phone's calendar and shifts appear there. Renewing
/// makes a new address, for a link that was shared by mistake.
#[island]
fn CalendarLink(path: Option<String>) -> impl IntoView {
    let renew = FormSend::new();
    renew.reload_when_taken();
    let message = form_message(last_error(renew.result), &[]);
    let has_link = path.is_some();
    // The page knows its own address only in the browser; the server renders the path.
    let url = RwSignal::new(path.clone().unwrap_or_default());
    if let Some(p) = path.clone() {
        Effect::new(move |_| {
            if let Ok(origin) = window().location().origin() {
                url.set(format!("{origin}{p}"));
            }
        });
    }
    view! {
        <section class="card calendar" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">"Vagter i din kalender"</h2>
            {match path {
                Some(p) => view! {
                    <p>"Tilføj linket i din telefons kalender, så kommer dine vagter af sig selv."</p>
                    <label for="calendar-url">"Dit private kalenderlink"</label>
                    <input id="calendar-url" class="calendar-url" type="text" readonly value=p.clone() prop:value=move || url.get()/>
                    <p><a class="button button-wide" href=p.clone() rel="external">"Åbn i kalender"</a></p>
                    <p class="hint">"Del ikke linket. Har du delt det ved en fejl, så lav et nyt – det gamle holder op med at virke."</p>
                }.into_any(),
                None => view! { <p>"Lav et privat link, som din telefons kalender kan hente dine vagter fra."</p> }.into_any(),
            }}
            <form action=RenewCalendarLink::PATH method="post" class="form form-quiet" on:submit=renew.on_submit()>
                <FormError message=message/>
                <button type="submit" class="button">{if has_link { "Lav et nyt link" } else { "Lav kalenderlink" }}</button>
            </form>
        </section>
    }
}
