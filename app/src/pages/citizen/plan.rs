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
    let CitizenPlan { shifts, has_calendar, as_of_da } = data;
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
        <CalendarLink has_link=has_calendar/>
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

/// The calendar feed: add it once to the phone's calendar and shifts appear there. Only a
/// hash of its address is kept, so the address is shown once, when it is made; renewing
/// makes a new one and the old stops working (for a link lost or shared by mistake).
#[island]
fn CalendarLink(has_link: bool) -> impl IntoView {
    let renew = FormSend::new();
    let message = form_message(last_error(renew.result), &[]);
    let made = Memo::new(move |_| match renew.result.get() {
        Some(Ok(body)) => serde_json::from_str::<String>(&body).ok(),
        _ => None,
    });
    // The page knows its own address only in the browser.
    let url = move || made.get().map(|p| format!("{}{p}", window().location().origin().unwrap_or_default()));
    view! {
        <section class="card calendar" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">"Vagter i din kalender"</h2>
            {move || match url() {
                Some(u) => view! {
                    <p>"Tilføj linket i din telefons kalender nu, så kommer dine vagter af sig selv."</p>
                    <label for="calendar-url">"Dit private kalenderlink"</label>
                    <input id="calendar-url" class="calendar-url" type="text" readonly prop:value=u.clone()/>
                    <p><a class="button button-wide" href=u rel="external">"Åbn i kalender"</a></p>
                    <p class="hint">"Linket vises kun denne ene gang. Del det ikke."</p>
                }.into_any(),
                None if has_link => view! {
                    <p>"Du har et privat kalenderlink. Det vises kun, når det bliver lavet."</p>
                    <p class="hint">"Har du mistet det eller delt det ved en fejl, så lav et nyt – det gamle holder op med at virke."</p>
                }.into_any(),
                None => view! { <p>"Lav et privat link, som din telefons kalender kan hente dine vagter fra."</p> }.into_any(),
            }}
            <form action=RenewCalendarLink::PATH method="post" class="form form-quiet" on:submit=renew.on_submit()>
                <FormError message=message/>
                <button type="submit" class="button">{move || if has_link || made.get().is_some() { "Lav et nyt link" } else { "Lav kalenderlink" }}</button>
            </form>
        </section>
    }
}
