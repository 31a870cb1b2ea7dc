//! "Mine timer": a week or a month of entries with status and sums; waiting entries can be
//! corrected or withdrawn.
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;
use leptos_router::hooks::use_query_map;

use crate::components::forms::{form_message, last_error, EntryFields, EntryValues, ENTRY_FIELDS};
use super::AsOf;
use crate::components::answer::reload_with;
use crate::components::{Answer, Answered, FormError, FormSend, OfflineBanner, OutboxPanel, StatusBadge};
use super::today::RegisterAgain;
use crate::domain::models::{CitizenHours, TimeEntryView};
use crate::domain::period::{Period, PeriodKind};
use crate::i18n::{format, k, locale, t, tr, Locale};
use crate::domain::time_entry::EntryStatus;
use crate::functions::citizen::{load_citizen_hours, UpdateHours, WithdrawHours};

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
        <Frame title=k::NAV_HOURS place=Place::Citizen("/borger/timer")>
            <h1>{t(k::NAV_HOURS)}</h1>
            <Answered/>
            <OfflineBanner/>
            <OutboxPanel/>
            {loaded(data, |d| view! { <Hours data=d/> })}
        </Frame>
    }
}

fn link(kind: PeriodKind, day: chrono::NaiveDate) -> String {
    format!("/borger/timer?visning={}&dato={}", kind.slug(), day.format("%Y-%m-%d"))
}

/// "Uge 47 · 16. nov. – 22. nov. 2026" or "november 2026".
fn period_label(lang: Locale, period: Period) -> String {
    use chrono::Datelike;
    match period.kind {
        PeriodKind::Week => tr(
            k::PERIOD_WEEK_LABEL,
            &[
                ("week", i64::from(period.first.iso_week().week()).into()),
                ("from", format::day_month(lang, period.first).into()),
                ("to", format::date_numeric(lang, period.last).into()),
            ],
        ),
        PeriodKind::Month => format::month_year(lang, period.first.year(), period.first.month()),
    }
}

#[component]
fn Hours(data: CitizenHours) -> impl IntoView {
    let CitizenHours { period, entries, totals, paid, as_of } = data;
    let lang = locale();
    let label = period_label(lang, period);
    let (prev, next) = (period.previous(), period.next());
    let is_week = period.kind == PeriodKind::Week;
    view! {
        <AsOf as_of/>
        <nav class="period-tabs" aria-label=t(k::PERIOD_SHOW)>
            <a href=link(PeriodKind::Week, period.first) rel="external" aria-current=is_week.then_some("page")>{t(k::PERIOD_WEEK)}</a>
            <a href=link(PeriodKind::Month, period.first) rel="external" aria-current=(!is_week).then_some("page")>{t(k::PERIOD_MONTH)}</a>
        </nav>
        <div class="period-nav">
            <a class="button button-quiet" href=link(prev.kind, prev.first) rel="external" aria-label=t(k::PERIOD_PREVIOUS_LABEL)>{t(k::PERIOD_PREVIOUS)}</a>
            <h2 class="period-label">{label}</h2>
            <a class="button button-quiet" href=link(next.kind, next.first) rel="external" aria-label=t(k::PERIOD_NEXT_LABEL)>{t(k::PERIOD_NEXT)}</a>
        </div>
        <section class="card totals" aria-label=t(k::TOTALS)>
            <dl class="facts">
                <dt>{t(k::TOTAL_REGISTERED)}</dt><dd data-total="registered">{format::hours(lang, totals.registered_minutes)}</dd>
                <dt>{t(k::TOTAL_CONFIRMED)}</dt><dd data-total="confirmed">{format::hours(lang, totals.confirmed_minutes)}</dd>
                {paid.then(|| view! { <dt>{t(k::TOTAL_EARNED)}</dt><dd data-total="earned">{format::kr(lang, totals.earned_ore)}</dd> })}
            </dl>
            {paid.then(|| view! { <p class="hint">{t(k::ONLY_CONFIRMED_PAID)}</p> })}
        </section>
        {if entries.is_empty() {
            view! { <p class="card empty">{t(k::PERIOD_EMPTY)}</p> }.into_any()
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
    let lang = locale();
    let punched = entry.source == crate::domain::time_entry::EntrySource::Punch;
    view! {
        <li class="card entry" data-entry-id=entry.id.to_string()>
            <div class="entry-when">
                <span class="entry-date">{format::day_of(lang, entry.starts_at)}</span>" "
                <bdi class="entry-time">{format::time_span(entry.starts_at, entry.ends_at)}</bdi>
            </div>
            <div class="entry-hours">{format::hours(lang, entry.worked_minutes)}</div>
            {(entry.break_minutes > 0).then(|| view! { <span class="entry-break">{tr(k::BREAK_MINUTES, &[("minutes", entry.break_minutes.into())])}</span> })}
            <StatusBadge status=entry.status text=crate::i18n::describe::entry_status(crate::i18n::locale(), &entry)/>
            {entry.correction_reason.clone().map(|why| view! {
                <p class="entry-correction">{tr(k::ENTRY_CORRECTED_BY, &[("name", entry.decided_by.clone().unwrap_or_else(|| t(k::YOUR_MENTOR)).into()), ("reason", why.into())])}</p>
            })}
            {punched.then(|| view! { <span class="entry-source">{t(k::ENTRY_PUNCHED)}</span> })}
            {entry.note.clone().map(|n| view! { <p class="entry-note">{n}</p> })}
            {(entry.status == EntryStatus::Rejected).then(|| view! { <RegisterAgain entry=entry.clone()/> })}
            {waiting.then(|| view! { <ChangeEntry id=entry.id values=EntryValues::of(&entry)/> })}
        </li>
    }
}

#[island(lazy)]
fn ChangeEntry(id: i64, values: EntryValues) -> impl IntoView {
    lazy_parts::shown(LazyIsland::ChangeEntry);
    let (update, withdraw) = (FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        if matches!(update.result.get(), Some(Ok(_))) {
            reload_with(Answer::Changed, &[]);
        } else if matches!(withdraw.result.get(), Some(Ok(_))) {
            reload_with(Answer::Withdrawn, &[]);
        }
    });
    let last = last_error(update.result);
    let other = form_message(last, ENTRY_FIELDS);
    let withdraw_message = form_message(last_error(withdraw.result), &[]);
    let id = id.to_string();
    let prefix = format!("e{id}-");
    let id2 = id.clone();
    // Deleting is its own step, away from "Gem rettelse", and asks before it deletes.
    view! {
        <details class="change">
            <summary>{t(k::CHANGE_SUMMARY)}</summary>
            <form action=UpdateHours::PATH method="post" class="form" novalidate on:submit=update.on_submit()>
                <input type="hidden" name="id" value=id/>
                <EntryFields prefix values last_error=last/>
                <FormError message=other/>
                <button type="submit" class="button button-primary button-wide">{t(k::CHANGE_SAVE)}</button>
            </form>
        </details>
        <details class="delete">
            <summary>{t(k::CHANGE_DELETE)}</summary>
            <form action=WithdrawHours::PATH method="post" class="form form-quiet" on:submit=withdraw.on_submit()>
                <input type="hidden" name="id" value=id2/>
                <p>{t(k::CHANGE_DELETE_SURE)}</p>
                <FormError message=withdraw_message/>
                <button type="submit" class="button button-danger" disabled=move || withdraw.pending.get()>{t(k::CHANGE_DELETE_YES)}</button>
            </form>
        </details>
    }
}
