//! "I dag": the next shift, one big punch button, and the manual form for forgotten punches.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use super::register_form::{choices, field_error, form_message, last_error, Choice, KeptNote, RegisterHoursForm};
use super::{AsOf, CitizenNav};
use crate::components::{AppHeader, FieldError, FormError, FormSend, OfflineBanner, OutboxPanel, StatusBadge};
use crate::pwa::use_pwa;
use crate::domain::error::Field;
use crate::domain::models::{CitizenToday, ShiftView};
use crate::domain::money;
use crate::functions::citizen::{load_citizen_today, CancelPunch, PunchIn, PunchOut};
use crate::pages::LoadError;

#[component]
pub fn CitizenTodayPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_citizen_today());
    view! {
        <Title text="I dag – Fodfæste"/>
        <AppHeader/>
        <CitizenNav current="/borger"/>
        <main class="page page-phone" id="main">
            <h1 class="visually-hidden">"I dag"</h1>
            <OfflineBanner/>
            <OutboxPanel/>
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <Today data=d/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn Today(data: CitizenToday) -> impl IntoView {
    let CitizenToday { placements, next_shift, open_punch, today, recent, as_of_da } = data;
    // Punch for the shift's placement; with no shift planned, for the one active placement.
    let punch_placement = next_shift.as_ref().map(|s| s.placement_id).or_else(|| (placements.len() == 1).then(|| placements[0].id));
    view! {
        <AsOf as_of=as_of_da/>
        {match next_shift {
            Some(s) => view! { <NextShift shift=s/> }.into_any(),
            None => view! {
                <section class="card" aria-labelledby="shift-heading">
                    <h2 id="shift-heading">"Næste vagt"</h2>
                    <p class="empty">"Du har ingen planlagte vagter. Du kan stadig stemple ind."</p>
                </section>
            }.into_any(),
        }}
        {if placements.is_empty() {
            view! { <p class="card">"Du har ikke et aktivt forløb lige nu. Kontakt din jobkonsulent."</p> }.into_any()
        } else {
            view! {
                <section class="card punch" aria-labelledby="punch-heading">
                    <h2 id="punch-heading">"Stempelur"</h2>
                    <PunchClock
                        open=open_punch.map(|p| format!("Du mødte kl. {} hos {}.", p.started_da(), p.company_name))
                        placements=choices(&placements)
                        preselected=punch_placement
                    />
                    {placements.first().and_then(|p| p.hourly_wage_ore).map(|w| view! { <p class="punch-hint">"Timeløn: " {money::format_kr(w)}</p> })}
                </section>
                <details class="card manual">
                    <summary>"Glemt at stemple? Registrér timer her"</summary>
                    <RegisterHoursForm placements=choices(&placements) today/>
                </details>
            }.into_any()
        }}
        <section class="card" aria-labelledby="recent-heading">
            <h2 id="recent-heading">"Seneste timer"</h2>
            {if recent.is_empty() {
                view! { <p class="empty">"Ingen timer de sidste 14 dage."</p> }.into_any()
            } else {
                view! {
                    <ul class="entry-list">
                        {recent.into_iter().map(|e| view! {
                            <li class="entry" data-entry-id=e.id.to_string()>
                                <div class="entry-when"><span class="entry-date">{e.date_da()}</span>" "<span class="entry-time">{e.times_da()}</span></div>
                                <div class="entry-hours">{e.worked_da()}</div>
                                <StatusBadge status=e.status reason=e.reject_reason.clone() auto=e.auto_confirmed/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href="/borger/timer" rel="external">"Se alle dine timer"</a></p>
        </section>
    }
}

#[component]
fn NextShift(shift: ShiftView) -> impl IntoView {
    view! {
        <section class="card next-shift" aria-labelledby="shift-heading">
            <h2 id="shift-heading">"Næste vagt"</h2>
            <p class="shift-when"><strong>{shift.date_da()}</strong>" kl. "<strong>{shift.times_da()}</strong></p>
            <p class="shift-where">{shift.company_name.clone()}" – "{shift.opening_title.clone()}</p>
            <dl class="facts">
                {shift.place_da().map(|p| view! { <dt>"Adresse"</dt><dd>{p}</dd> })}
                {shift.mentor_name.clone().map(|m| view! { <dt>"Mentor"</dt><dd>{m}</dd> })}
            </dl>
        </section>
    }
}

/// One big button: "Jeg er mødt", then "Jeg går hjem". The open punch lives on the server, so
/// it survives a reload, a closed app and a dead battery; a tap made offline waits in the
/// outbox, and the button follows it. `open` is the server's open punch, in words.
#[island]
fn PunchClock(open: Option<String>, placements: Vec<Choice>, preselected: Option<i64>) -> impl IntoView {
    let pwa = use_pwa();
    let (punch_in, punch_out, cancel) = (FormSend::new(), FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        let (i, o, c) = (punch_in.result.get(), punch_out.result.get(), cancel.result.get());
        if matches!(i, Some(Ok(_))) || matches!(o, Some(Ok(_))) || matches!(c, Some(Ok(_))) {
            crate::browser::reload();
        }
    });
    // The server's open punch, then the taps still waiting on the phone, in order.
    let server_open = open;
    let state = Memo::new(move |_| {
        let mut s = server_open.clone();
        for item in pwa.items.get().iter().filter(|i| i.pending()) {
            match item.kind.as_str() {
                "punch_in" => s = Some(format!("Du mødte kl. {} (ikke sendt endnu).", item.at_clock())),
                "punch_out" => s = None,
                _ => {}
            }
        }
        s
    });
    let is_open = move || state.get().is_some();
    let in_error = last_error(punch_in.result);
    let out_error = last_error(punch_out.result);
    let cancel_error = last_error(cancel.result);
    let in_message = form_message(in_error, &[]);
    let out_message = form_message(out_error, &[Field::BreakMinutes]);
    let break_e = field_error(out_error, Field::BreakMinutes);
    let cancel_message = form_message(cancel_error, &[]);
    let kept = Signal::derive(move || if is_open() { in_error.get() } else { out_error.get() });
    let choose = match (preselected, placements.len()) {
        (Some(id), _) => view! { <input type="hidden" name="placement_id" value=id.to_string()/> }.into_any(),
        _ => view! {
            <label for="punch-placement">"Hvor er du mødt?"</label>
            <select id="punch-placement" name="placement_id">
                {placements.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
            </select>
        }.into_any(),
    };
    view! {
        <p class="punch-state" role="status">{move || state.get()}</p>
        <div hidden=move || !is_open()>
            <form action=PunchOut::PATH method="post" class="form" on:submit=punch_out.on_submit()>
                <input type="hidden" name="client_id" value=""/>
                <input type="hidden" name="at" value=""/>
                <input type="hidden" name="note" value=""/>
                <label for="punch-break">"Hvor lang pause holdt du? (minutter)"</label>
                <input id="punch-break" name="break_minutes" type="number" inputmode="numeric" min="0" step="5" value="0" aria-describedby="punch-break-error"/>
                <FieldError id="punch-break-error" message=break_e/>
                <FormError message=out_message/>
                <button type="submit" class="button button-punch button-punch-out" disabled=move || punch_out.pending.get()>
                    "Jeg går hjem"
                </button>
            </form>
            <form action=CancelPunch::PATH method="post" class="form form-quiet" on:submit=cancel.on_submit()>
                <FormError message=cancel_message/>
                <button type="submit" class="button button-quiet">"Annullér stempling"</button>
            </form>
        </div>
        <div hidden=is_open>
            <form action=PunchIn::PATH method="post" class="form" on:submit=punch_in.on_submit()>
                <input type="hidden" name="client_id" value=""/>
                <input type="hidden" name="at" value=""/>
                {choose}
                <FormError message=in_message/>
                <button type="submit" class="button button-punch" disabled=move || punch_in.pending.get()>
                    "Jeg er mødt"
                </button>
            </form>
        </div>
        <KeptNote last=kept/>
    }
}
