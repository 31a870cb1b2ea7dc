//! "I dag": the next shift, one big punch button, and the manual form for forgotten punches.
use leptos::either::Either;
use leptos::prelude::*;
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use super::register_form::{choices, Choice, RegisterHoursForm};
use crate::components::forms::{field_error, form_message, last_error, EntryValues, KeptNote, SpanValues};
use super::AsOf;
use crate::components::{Answer, Answered, FieldError, FormError, FormSend, Icon, IconSvg, OfflineBanner, OutboxPanel, StatusBadge};
use crate::domain::hours::Totals;
use crate::domain::local_time;
use crate::domain::time_entry::EntryStatus;
use crate::pwa::{use_pwa, OutboxKind};
use crate::domain::error::Field;
use crate::domain::models::{CitizenToday, ShiftView};
use crate::functions::citizen::{load_citizen_today, CancelPunch, PunchIn, PunchOut};
use crate::i18n::{format, k, locale, t, tr};

#[component]
pub fn CitizenTodayPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_citizen_today());
    view! {
        <Frame title=k::NAV_TODAY place=Place::Citizen("/borger")>
            <h1 class="visually-hidden">{t(k::NAV_TODAY)}</h1>
            <OfflineBanner/>
            <OutboxPanel/>
            {loaded(data, |d| view! { <Today data=d/> })}
        </Frame>
    }
}

#[component]
fn Today(data: CitizenToday) -> impl IntoView {
    let CitizenToday { placements, caseworker, sick_today, next_shift, open_punch, today, recent, month, paid, as_of } = data;
    let has_placement = !placements.is_empty();
    let lang = locale();
    // Punch for the shift's placement; with no shift planned, for the one active placement.
    let punch_placement = next_shift.as_ref().map(|s| s.placement_id).or_else(|| (placements.len() == 1).then(|| placements[0].id));
    let shift_today = next_shift.as_ref().is_some_and(|s| local_time::local_date(s.starts_at).format("%Y-%m-%d").to_string() == today);
    let mentor = match placements.as_slice() {
        [only] => only.mentor_name.clone(),
        _ => None,
    };
    // "Registrér igen" brings a rejected entry's times here; the form opens with them.
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let again = query.get("dato").map(|date| EntryValues {
        span: SpanValues {
            date,
            start: query.get("start").unwrap_or_default(),
            end: query.get("slut").unwrap_or_default(),
            overnight: query.get("nat").is_some(),
        },
        break_minutes: query.get("pause").unwrap_or_default(),
        note: String::new(),
    });
    let form_open = again.is_some();
    let form_values = again.unwrap_or_else(|| EntryValues { span: SpanValues { date: today.clone(), ..Default::default() }, ..Default::default() });
    view! {
        <Answered mentor=mentor.clone()/>
        <AsOf as_of/>
        {if placements.is_empty() {
            view! {
                <section class="card" aria-labelledby="no-placement-heading">
                    <h2 id="no-placement-heading">{t(k::NO_PLACEMENT)}</h2>
                    {caseworker.map(|c| view! {
                        <p><bdi><strong>{c.name.clone()}</strong></bdi>", "{t(k::YOUR_CASEWORKER)}</p>
                        {c.phone.map(|phone| view! {
                            <p><a class="button button-primary" href=format!("tel:{}", phone.replace(' ', ""))><bdi>{phone.clone()}</bdi></a></p>
                        })}
                    })}
                </section>
            }.into_any()
        } else {
            view! {
                {(sick_today && open_punch.is_none()).then(|| view! {
                    <section class="card sick-today" aria-labelledby="sick-today-heading">
                        <h2 id="sick-today-heading">{t(k::SICK_TODAY)}</h2>
                        <p>{t(k::SICK_TODAY_HINT)}</p>
                    </section>
                })}
                <section class="card punch" aria-labelledby="punch-heading">
                    <h2 id="punch-heading">{t(k::PUNCH_CLOCK)}</h2>
                    {
                        let clock = view! {
                            <PunchClock
                                open=open_punch.clone().map(|p| tr(k::PUNCH_STARTED, &[("time", format::time(p.started_at).into()), ("company", p.company_name.into())]))
                                open_since=open_punch.as_ref().map(|p| p.started_at.to_rfc3339())
                                placements=choices(&placements)
                                preselected=punch_placement
                                ask_first=!shift_today
                            />
                        };
                        // Reported sick today: punching in is still possible, but not the main action.
                        if sick_today && open_punch.is_none() {
                            view! { <details class="punch-anyway"><summary>{t(k::PUNCH_ANYWAY)}</summary>{clock}</details> }.into_any()
                        } else {
                            clock.into_any()
                        }
                    }
                    {placements.first().and_then(|p| p.hourly_wage_ore).map(|w| view! {
                        <p class="punch-hint">{tr(k::HOURLY_WAGE, &[("amount", format::kr(lang, w).into())])}</p>
                    })}
                </section>
                {match next_shift {
                    Some(s) => view! { <NextShift shift=s/> }.into_any(),
                    // With nothing to punch for, the card below says whom to call instead.
                    None if !has_placement => ().into_any(),
                    None => view! {
                        <section class="card" aria-labelledby="shift-heading">
                            <h2 id="shift-heading">{t(k::NEXT_SHIFT)}</h2>
                            <p class="empty">{t(k::NEXT_SHIFT_NONE)}</p>
                        </section>
                    }.into_any(),
                }}
                <MonthSoFar month paid/>
                <details class="card manual" id="manual" open=form_open>
                    <summary>{t(k::FORGOT_PUNCH)}</summary>
                    <RegisterHoursForm placements=choices(&placements) values=form_values/>
                </details>
            }.into_any()
        }}
        <section class="card" aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t(k::RECENT_HOURS)}</h2>
            {if recent.is_empty() {
                view! { <p class="empty">{t(k::RECENT_NONE)}</p> }.into_any()
            } else {
                view! {
                    <ul class="entry-list">
                        {recent.into_iter().map(|e| view! {
                            <li class="entry" data-entry-id=e.id.to_string()>
                                <div class="entry-when">
                                    <span class="entry-date">{format::day_of(lang, e.starts_at)}</span>" "
                                    <bdi class="entry-time">{format::time_span(e.starts_at, e.ends_at)}</bdi>
                                </div>
                                <div class="entry-hours">{format::hours(lang, e.worked_minutes)}</div>
                                <StatusBadge status=e.status text=crate::i18n::describe::entry_status(crate::i18n::locale(), &e)/>
                                {(e.status == EntryStatus::Rejected).then(|| view! { <RegisterAgain entry=e.clone()/> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href="/borger/timer" rel="external">{t(k::SEE_ALL_HOURS)}</a></p>
        </section>
    }
}

/// This month so far: approved hours and pay, and what waits for the mentor. In an unpaid
/// placement (praktik) the benefit goes on; the page says so instead of a sum.
#[component]
fn MonthSoFar(month: Totals, paid: bool) -> impl IntoView {
    let lang = locale();
    let figure = move |minutes: i64, ore: i64| {
        if paid {
            tr(k::EARN_FIGURE, &[("hours", format::hours(lang, minutes).into()), ("amount", format::kr(lang, ore).into())])
        } else {
            format::hours(lang, minutes)
        }
    };
    view! {
        <section class="card month-so-far" aria-labelledby="month-heading">
            <h2 id="month-heading">{t(k::EARN_HEADING)}</h2>
            <dl class="facts">
                <dt>{t(k::EARN_APPROVED)}</dt><dd data-month="approved">{figure(month.confirmed_minutes, month.earned_ore)}</dd>
                <dt>{t(k::EARN_WAITING)}</dt><dd data-month="waiting">{figure(month.waiting_minutes, month.waiting_ore)}</dd>
            </dl>
            {(!paid).then(|| view! { <p class="hint">{t(k::EARN_BENEFIT)}</p> })}
        </section>
    }
}

/// "Registrér igen": the rejected entry's times in the form on I dag.
#[component]
pub fn RegisterAgain(entry: crate::domain::models::TimeEntryView) -> impl IntoView {
    let v = SpanValues::of(entry.starts_at, entry.ends_at);
    let mut href = format!("/borger?dato={}&start={}&slut={}&pause={}", v.date, v.start, v.end, entry.break_minutes);
    if v.overnight {
        href.push_str("&nat=ja");
    }
    href.push_str("#manual");
    view! { <a class="button button-secondary register-again" href=href rel="external">{t(k::REGISTER_AGAIN)}</a> }
}

#[component]
fn NextShift(shift: ShiftView) -> impl IntoView {
    let lang = locale();
    view! {
        <section class="card next-shift" aria-labelledby="shift-heading">
            <h2 id="shift-heading">{t(k::NEXT_SHIFT)}</h2>
            <p class="shift-when"><strong>{tr(k::SHIFT_AT, &[("date", format::day_of(lang, shift.starts_at).into()), ("time", format::time_span(shift.starts_at, shift.ends_at).into())])}</strong></p>
            <p class="shift-where"><bdi>{shift.company_name.clone()}</bdi>" – "<bdi>{shift.opening_title.clone()}</bdi></p>
            <dl class="facts">
                {shift.place().map(|p| view! { <dt>{t(k::ADDRESS)}</dt><dd><bdi>{p}</bdi></dd> })}
                {shift.mentor_name.clone().map(|m| view! { <dt>{t(k::MENTOR)}</dt><dd><bdi>{m}</bdi></dd> })}
            </dl>
        </section>
    }
}

/// One big button: "Jeg er mødt", then "Jeg går hjem". The open punch lives on the server, so
/// it survives a reload, a closed app and a dead battery; a tap made offline waits in the
/// outbox, and the button follows it. `open` is the server's open punch, in words.
/// `open_since` is when the open punch began (RFC 3339), for the running time; `ask_first`
/// makes a tap on a day without a shift ask before punching in.
#[island]
fn PunchClock(open: Option<String>, open_since: Option<String>, placements: Vec<Choice>, preselected: Option<i64>, ask_first: bool) -> impl IntoView {
    let pwa = use_pwa();
    let (punch_in, punch_out, cancel) = (FormSend::new(), FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        let taken = |s: FormSend| matches!(s.result.get(), Some(Ok(_)));
        let answer = [(punch_in, Answer::PunchedIn), (punch_out, Answer::PunchedOut), (cancel, Answer::PunchCancelled)]
            .into_iter()
            .find_map(|(s, a)| taken(s).then_some(a));
        if let Some(a) = answer {
            crate::components::answer::reload_with(a, &[]);
        }
    });
    // The server's open punch, then the taps still waiting on the phone, in order.
    let server_open = open.zip(open_since);
    let state = Memo::new(move |_| {
        let mut s = server_open.clone();
        for item in pwa.items.get().iter().filter(|i| i.pending()) {
            match item.kind {
                OutboxKind::PunchIn => s = Some((tr(k::PUNCH_STARTED_UNSENT, &[("time", item.at_clock().into())]), item.sent("at"))),
                OutboxKind::PunchOut => s = None,
                _ => {}
            }
        }
        s
    });
    let is_open = move || state.with(Option::is_some);
    // The time since punching in, counted on the phone once the page is live.
    let now = RwSignal::new(None::<f64>);
    Effect::new(move |_| {
        now.set(Some(crate::browser::now_ms()));
        let _ = set_interval_with_handle(move || now.set(Some(crate::browser::now_ms())), std::time::Duration::from_secs(20));
    });
    let running = move || {
        let since = state.with(|s| s.as_ref().map(|(_, at)| at.clone()))?;
        let minutes = ((now.get()? - crate::browser::instant_ms(&since)?) / 60_000.0).floor().max(0.0) as i64;
        Some(tr(k::PUNCH_RUNNING, &[("duration", format!("{}:{:02}", minutes / 60, minutes % 60).into())]))
    };
    let asked = RwSignal::new(false);
    let punch_in_submit = punch_in.on_submit();
    let on_punch_in = move |ev: leptos::ev::SubmitEvent| {
        if ask_first && !asked.get_untracked() {
            ev.prevent_default();
            asked.set(true);
            return;
        }
        punch_in_submit(ev);
    };
    let in_error = last_error(punch_in.result);
    let out_error = last_error(punch_out.result);
    let cancel_error = last_error(cancel.result);
    let in_message = form_message(in_error, &[]);
    let out_message = form_message(out_error, &[Field::BreakMinutes]);
    let break_e = field_error(out_error, Field::BreakMinutes);
    let cancel_message = form_message(cancel_error, &[]);
    let kept = Signal::derive(move || if is_open() { in_error.get() } else { out_error.get() });
    let choose = match (preselected, placements.len()) {
        (Some(id), _) => Either::Left(view! { <input type="hidden" name="placement_id" value=id.to_string()/> }),
        _ => Either::Right(view! {
            <label for="punch-placement">{t(k::PUNCH_WHERE)}</label>
            <select id="punch-placement" name="placement_id">
                {placements.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
            </select>
        }),
    };
    view! {
        <p class="punch-state" role="status">{move || state.with(|s| s.as_ref().map(|(text, _)| text.clone()))}</p>
        <p class="punch-running">{running}</p>
        <div hidden=move || !is_open()>
            <form action=PunchOut::PATH method="post" class="form" on:submit=punch_out.on_submit()>
                <input type="hidden" name="client_id" value=""/>
                <input type="hidden" name="at" value=""/>
                <input type="hidden" name="note" value=""/>
                <label for="punch-break">{t(k::PUNCH_BREAK)}</label>
                <input id="punch-break" name="break_minutes" type="number" inputmode="numeric" min="0" step="5" value="0" aria-describedby="punch-break-error"/>
                <FieldError id="punch-break-error" message=break_e/>
                <FormError message=out_message/>
                <button type="submit" class="button button-punch button-punch-out" disabled=move || punch_out.pending.get()>
                    <IconSvg icon=Icon::LeaveDoor/>
                    <span>{t(k::PUNCH_OUT)}</span>
                </button>
            </form>
            <form action=CancelPunch::PATH method="post" class="form form-quiet" on:submit=cancel.on_submit()>
                <FormError message=cancel_message/>
                <button type="submit" class="button button-quiet">{t(k::PUNCH_CANCEL)}</button>
            </form>
        </div>
        <div hidden=is_open>
            <form action=PunchIn::PATH method="post" class="form" on:submit=on_punch_in>
                <input type="hidden" name="client_id" value=""/>
                <input type="hidden" name="at" value=""/>
                {choose}
                <FormError message=in_message/>
                <p class="punch-ask" role="alert">{move || asked.get().then(|| t(k::PUNCH_NO_SHIFT))}</p>
                <button type="submit" class="button button-punch" disabled=move || punch_in.pending.get()>
                    <IconSvg icon=Icon::ArriveDoor/>
                    <span>{move || if asked.get() { t(k::PUNCH_ANYWAY_YES) } else { t(k::PUNCH_IN) }}</span>
                </button>
                {move || asked.get().then(|| view! {
                    <button type="button" class="button button-quiet" on:click=move |_| asked.set(false)>{t(k::PUNCH_ANYWAY_NO)}</button>
                })}
            </form>
        </div>
        <KeptNote last=kept/>
    }
}

