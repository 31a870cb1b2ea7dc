//! The mentor's Vagtplan: a week of shifts per citizen; plan one or a weekly series, move or
//! cancel one, and say whether hours that keep to the plan confirm themselves.
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::{FieldError, FormError, FormSend};
use crate::domain::error::Field;
use crate::domain::models::{MentorPlan, PlanPlacement, ShiftView};
use crate::domain::shift::ShiftStatus;
use crate::domain::shift_plan::{AUTO_CONFIRM_CHOICES, MAX_REPEAT_WEEKS};
use crate::functions::mentor::{load_mentor_plan, CancelShift, CopyLastWeek, MoveShift, PlanShift, SetAutoConfirm};
use crate::i18n::{describe, format, k, locale, t, tr};
use crate::components::forms::{field_error, form_message, last_error, SpanFields, SpanValues};

#[component]
pub fn MentorPlanPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let plan = Resource::new(move || query.get().get("uge").unwrap_or_default(), load_mentor_plan);
    view! {
        <Frame title=k::NAV_SHIFT_PLAN place=Place::Mentor("/mentor/vagtplan")>
            <h1>{t(k::NAV_SHIFT_PLAN)}</h1>
            <crate::components::Answered/>
            {loaded(plan, |data| view! { <Week data/> })}
        </Frame>
    }
}

#[component]
fn Week(data: MentorPlan) -> impl IntoView {
    let MentorPlan { week_start, prev_param, next_param, default_date, placements } = data;
    // The repeat choices in words, made here where plurals are known (the form is an island).
    let repeats: Vec<(u32, String)> = std::iter::once((1, t(k::PLAN_REPEAT_ONCE)))
        .chain((2..=MAX_REPEAT_WEEKS).map(|w| (w, tr(k::PLAN_REPEAT_WEEKS, &[("weeks", i64::from(w).into())]))))
        .collect();
    view! {
        <nav class="period-nav" aria-label=t(k::PLAN_WEEKS)>
            <a class="button button-quiet" href=format!("/mentor/vagtplan?uge={prev_param}") rel="external">{t(k::PLAN_PREVIOUS_WEEK)}</a>
            <p class="period-label">{describe::week(locale(), week_start)}</p>
            <a class="button button-quiet" href=format!("/mentor/vagtplan?uge={next_param}") rel="external">{t(k::PLAN_NEXT_WEEK)}</a>
        </nav>
        {if placements.is_empty() {
            view! { <p class="card empty">{t(k::MENTOR_NO_ONE)}</p> }.into_any()
        } else {
            placements.into_iter().map(|p| view! { <PlacementWeek data=p week_start default_date=default_date.clone() repeats=repeats.clone()/> }).collect_view().into_any()
        }}
    }
}

#[component]
fn PlacementWeek(data: PlanPlacement, week_start: chrono::NaiveDate, default_date: String, repeats: Vec<(u32, String)>) -> impl IntoView {
    let PlanPlacement { placement, shifts } = data;
    let lang = locale();
    let today = crate::domain::local_time::local_date(chrono::Utc::now());
    // The week as a grid: a line per day, its shifts beside it.
    let days: Vec<(chrono::NaiveDate, Vec<ShiftView>)> = (0..7)
        .map(|i| week_start + chrono::Duration::days(i))
        .map(|d| (d, shifts.iter().filter(|s| crate::domain::local_time::local_date(s.starts_at) == d).cloned().collect()))
        .collect();
    let heading = format!("plan-{}", placement.id);
    let labelled_by = heading.clone();
    view! {
        <section class="card plan-placement" aria-labelledby=labelled_by data-placement-id=placement.id.to_string()>
            <h2 id=heading class="entry-who"><bdi>{placement.citizen_name.clone()}</bdi></h2>
            <p class="week-summary"><bdi>{placement.company_name.clone()}</bdi>" – "<bdi>{placement.opening_title.clone()}</bdi></p>
            {shifts.is_empty().then(|| view! { <p class="empty">{t(k::PLAN_NO_SHIFTS)}</p> })}
            <ol class="week-grid">
                {days.into_iter().map(|(day, list)| view! {
                    <li class="week-day" class:today=day == today>
                        <span class="week-day-name">{format::day_of(lang, crate::domain::local_time::day_span(day).0)}</span>
                        {if list.is_empty() {
                            view! { <span class="week-day-free"><span aria-hidden="true">"–"</span><span class="visually-hidden">{t(k::PLAN_DAY_FREE)}</span></span> }.into_any()
                        } else {
                            view! { <ul class="shift-list">{list.into_iter().map(|s| view! { <PlannedShift shift=s/> }).collect_view()}</ul> }.into_any()
                        }}
                    </li>
                }).collect_view()}
            </ol>
            <CopyWeek placement_id=placement.id week=week_start.format("%Y-%m-%d").to_string()/>
            <details class="new-shift">
                <summary class="button button-secondary">{t(k::PLAN_NEW_SHIFT)}</summary>
                <NewShift placement_id=placement.id default_date repeats/>
            </details>
            <AutoConfirm placement_id=placement.id current=placement.auto_confirm_minutes/>
        </section>
    }
}

#[component]
fn PlannedShift(shift: ShiftView) -> impl IntoView {
    let changeable = crate::domain::shift_plan::offers_change(shift.status, shift.starts_at, chrono::Utc::now());
    let values = SpanValues::of(shift.starts_at, shift.ends_at);
    let status = match (&shift.status, &shift.cancel_reason) {
        (ShiftStatus::Cancelled, Some(why)) => tr(k::SHIFT_CANCELLED_BECAUSE, &[("reason", why.into())]),
        (s, _) => t(s.label_key()),
    };
    view! {
        <li class="plan-shift" data-shift-id=shift.id.to_string()>
            <p class="shift-when"><strong>{format::day_of(locale(), shift.starts_at)}</strong>" "<bdi>{format::time_span(shift.starts_at, shift.ends_at)}</bdi></p>
            <p><span class=format!("badge badge-shift-{}", shift.status.as_str())>{status}</span></p>
            {changeable.then(|| view! { <ShiftActions shift_id=shift.id values in_series=shift.series_id.is_some()/> })}
        </li>
    }
}

const SPAN_FIELDS: &[Field] = &[Field::Date, Field::StartsAt, Field::EndsAt, Field::RepeatWeeks];

/// "Ny vagt": one shift, or the same weekday and times for several weeks.
#[island(lazy)]
fn NewShift(placement_id: i64, default_date: String, repeats: Vec<(u32, String)>) -> impl IntoView {
    lazy_parts::shown(LazyIsland::NewShift);
    let send = FormSend::new();
    send.reload_when_taken();
    let last = last_error(send.result);
    let weeks_e = field_error(last, Field::RepeatWeeks);
    let other = form_message(last, SPAN_FIELDS);
    let prefix = format!("new-{placement_id}-");
    let weeks_id = format!("{prefix}weeks");
    let weeks_error_id = format!("{prefix}weeks-error");
    let values = SpanValues { date: default_date, start: "08:00".into(), end: "12:00".into(), overnight: false };
    view! {
        <form action=PlanShift::PATH method="post" class="form" novalidate on:submit=send.on_submit()>
            <input type="hidden" name="placement_id" value=placement_id.to_string()/>
            <SpanFields prefix values last start_label=k::SHIFT_FROM end_label=k::SHIFT_TO overnight_label=k::SHIFT_OVERNIGHT/>
            <label for=weeks_id.clone()>{t(k::SHIFT_REPEAT)}</label>
            <select id=weeks_id name="repeat_weeks" aria-describedby=weeks_error_id.clone()>
                {repeats.into_iter().map(|(w, label)| view! { <option value=w.to_string()>{label}</option> }).collect_view()}
            </select>
            <FieldError id=weeks_error_id message=weeks_e/>
            <FormError message=other/>
            <button type="submit" class="button button-primary button-wide" disabled=move || send.pending.get()>{t(k::SHIFT_PLAN_SUBMIT)}</button>
        </form>
    }
}

/// "Flyt" and "Aflys" for a planned shift.
#[island(lazy)]
fn ShiftActions(shift_id: i64, values: SpanValues, in_series: bool) -> impl IntoView {
    lazy_parts::shown(LazyIsland::ShiftActions);
    let (moved, cancelled) = (FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        if matches!(moved.result.get(), Some(Ok(_))) || matches!(cancelled.result.get(), Some(Ok(_))) {
            crate::browser::reload();
        }
    });
    let move_last = last_error(moved.result);
    let move_other = form_message(move_last, SPAN_FIELDS);
    let cancel_last = last_error(cancelled.result);
    let reason_e = field_error(cancel_last, Field::Reason);
    let cancel_other = form_message(cancel_last, &[Field::Reason]);
    let prefix = format!("move-{shift_id}-");
    let reason_id = format!("cancel-{shift_id}-reason");
    let reason_error_id = format!("cancel-{shift_id}-reason-error");
    let following_id = format!("cancel-{shift_id}-following");
    view! {
        <div class="plan-actions">
            <details class="move">
                <summary class="button button-secondary">{t(k::SHIFT_MOVE)}</summary>
                <form action=MoveShift::PATH method="post" class="form" novalidate on:submit=moved.on_submit()>
                    <input type="hidden" name="shift_id" value=shift_id.to_string()/>
                    <SpanFields prefix values last=move_last start_label=k::SHIFT_FROM end_label=k::SHIFT_TO overnight_label=k::SHIFT_OVERNIGHT/>
                    <FormError message=move_other/>
                    <button type="submit" class="button button-primary" disabled=move || moved.pending.get()>{t(k::SHIFT_MOVE_SUBMIT)}</button>
                </form>
            </details>
            <details class="cancel">
                <summary class="button button-secondary">{t(k::SHIFT_CANCEL)}</summary>
                <form action=CancelShift::PATH method="post" class="form" novalidate on:submit=cancelled.on_submit()>
                    <input type="hidden" name="shift_id" value=shift_id.to_string()/>
                    <label for=reason_id.clone()>{t(k::SHIFT_CANCEL_MESSAGE)}" "<span class="optional">{t(k::OPTIONAL)}</span></label>
                    <textarea id=reason_id name="reason" rows="2" maxlength="500" aria-describedby=reason_error_id.clone()></textarea>
                    <FieldError id=reason_error_id message=reason_e/>
                    {in_series.then(|| view! {
                        <p class="check">
                            <input id=following_id.clone() type="checkbox" name="following" value="ja"/>
                            <label for=following_id.clone()>{t(k::SHIFT_CANCEL_FOLLOWING)}</label>
                        </p>
                    })}
                    <FormError message=cancel_other/>
                    <button type="submit" class="button button-danger" disabled=move || cancelled.pending.get()>{t(k::SHIFT_CANCEL_SUBMIT)}</button>
                </form>
            </details>
        </div>
    }
}

/// "Kopiér sidste uge": last week's shifts into this one, in one tap.
#[island(lazy)]
fn CopyWeek(placement_id: i64, week: String) -> impl IntoView {
    lazy_parts::shown(LazyIsland::CopyWeek);
    let send = FormSend::new();
    Effect::new(move |_| {
        if let Some(Ok(body)) = send.result.get() {
            let copied = serde_json::from_str::<crate::domain::models::Saved>(&body).map(|s| s.id).unwrap_or(0);
            crate::components::answer::reload_with(crate::components::Answer::Copied, &[("antal", copied.to_string())]);
        }
    });
    let message = form_message(last_error(send.result), &[]);
    view! {
        <form action=CopyLastWeek::PATH method="post" class="form form-quiet copy-week" on:submit=send.on_submit()>
            <input type="hidden" name="placement_id" value=placement_id.to_string()/>
            <input type="hidden" name="uge" value=week/>
            <FormError message/>
            <button type="submit" class="button button-secondary" disabled=move || send.pending.get()>{t(k::PLAN_COPY_LAST_WEEK)}</button>
        </form>
    }
}

/// Off by default: hours that keep to the plan wait for the mentor like any other.
#[island(lazy)]
fn AutoConfirm(placement_id: i64, current: Option<i64>) -> impl IntoView {
    lazy_parts::shown(LazyIsland::AutoConfirm);
    let send = FormSend::new();
    send.reload_when_taken();
    let message = form_message(last_error(send.result), &[]);
    let id = format!("auto-{placement_id}");
    let state = match current {
        Some(m) => tr(k::AUTO_CONFIRM_ON, &[("minutes", m.into())]),
        None => t(k::AUTO_CONFIRM_OFF),
    };
    view! {
        <form action=SetAutoConfirm::PATH method="post" class="form form-quiet auto-confirm" on:submit=send.on_submit()>
            <input type="hidden" name="placement_id" value=placement_id.to_string()/>
            <label for=id.clone()>{t(k::AUTO_CONFIRM)}</label>
            <p class="hint">{state}</p>
            <select id=id name="minutes">
                <option value="0" selected=current.is_none()>{t(k::AUTO_CONFIRM_OFF_CHOICE)}</option>
                {AUTO_CONFIRM_CHOICES.into_iter().map(|m| view! {
                    <option value=m.to_string() selected=current == Some(m)>{tr(k::AUTO_CONFIRM_CHOICE, &[("minutes", m.into())])}</option>
                }).collect_view()}
            </select>
            <FormError message/>
            <button type="submit" class="button" disabled=move || send.pending.get()>{t(k::SAVE)}</button>
        </form>
    }
}
