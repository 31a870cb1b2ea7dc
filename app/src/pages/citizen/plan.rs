//! "Min plan": the shifts of the next four weeks and a private calendar link.
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::forms::{form_message, last_error};
use super::AsOf;
use crate::components::{FormError, FormSend, OfflineBanner, OutboxPanel};
use crate::domain::models::{CitizenPlan, ShiftView};
use crate::domain::shift::ShiftStatus;
use crate::functions::citizen::{load_citizen_plan, RenewCalendarLink};
use crate::i18n::{format, k, locale, t, tr};

#[component]
pub fn CitizenPlanPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_citizen_plan());
    view! {
        <Frame title=k::NAV_PLAN place=Place::Citizen("/borger/plan")>
            <h1>{t(k::NAV_PLAN)}</h1>
            <OfflineBanner/>
            <OutboxPanel/>
            {loaded(data, |d| view! { <Plan data=d/> })}
        </Frame>
    }
}

#[component]
fn Plan(data: CitizenPlan) -> impl IntoView {
    let CitizenPlan { shifts, has_calendar, as_of } = data;
    view! {
        <AsOf as_of/>
        <section aria-labelledby="shifts-heading">
            <h2 id="shifts-heading">{t(k::PLAN_HEADING)}</h2>
            {if shifts.is_empty() {
                view! { <p class="card empty">{t(k::PLAN_EMPTY)}</p> }.into_any()
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
    let lang = locale();
    view! {
        <li class="card shift" class:shift-off=off data-shift-id=shift.id.to_string()>
            <p class="shift-when"><strong>{format::day_of(lang, shift.starts_at)}</strong>" "<bdi>{format::time_span(shift.starts_at, shift.ends_at)}</bdi></p>
            <p><bdi>{shift.company_name.clone()}</bdi>" – "<bdi>{shift.opening_title.clone()}</bdi></p>
            {shift.place().map(|p| view! { <p class="shift-place"><bdi>{p}</bdi></p> })}
            {off.then(|| {
                let label = match &shift.cancel_reason {
                    Some(why) if shift.status == ShiftStatus::Cancelled => tr(k::SHIFT_CANCELLED_BECAUSE, &[("reason", why.into())]),
                    _ => t(shift.status.label_key()),
                };
                view! { <span class=format!("badge badge-shift-{}", shift.status.as_str())>{label}</span> }
            })}
        </li>
    }
}

/// The calendar feed: add it once to the phone's calendar and shifts appear there. Only a
/// hash of its address is kept, so the address is shown once, when it is made; renewing
/// makes a new one and the old stops working (for a link lost or shared by mistake).
#[island(lazy)]
fn CalendarLink(has_link: bool) -> impl IntoView {
    lazy_parts::shown(LazyIsland::CalendarLink);
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
            <h2 id="calendar-heading">{t(k::CALENDAR_HEADING)}</h2>
            {move || match url() {
                Some(u) => view! {
                    <p>{t(k::CALENDAR_ADD_NOW)}</p>
                    <label for="calendar-url">{t(k::CALENDAR_YOUR_LINK)}</label>
                    <input id="calendar-url" class="calendar-url" type="text" dir="ltr" readonly prop:value=u.clone()/>
                    <p><a class="button button-wide" href=u rel="external">{t(k::CALENDAR_OPEN)}</a></p>
                    <p class="hint">{t(k::CALENDAR_SHOWN_ONCE)}</p>
                }.into_any(),
                None if has_link => view! {
                    <p>{t(k::CALENDAR_HAS_LINK)}</p>
                    <p class="hint">{t(k::CALENDAR_LOST)}</p>
                }.into_any(),
                None => view! { <p>{t(k::CALENDAR_NONE)}</p> }.into_any(),
            }}
            <form action=RenewCalendarLink::PATH method="post" class="form form-quiet" on:submit=renew.on_submit()>
                <FormError message=message/>
                <button type="submit" class="button">{move || if has_link || made.get().is_some() { t(k::CALENDAR_RENEW) } else { t(k::CALENDAR_MAKE) }}</button>
            </form>
        </section>
    }
}
