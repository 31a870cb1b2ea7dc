//! "Mine data": everything Fodfæste holds about the citizen, to read on the phone or print —
//! the same content as the JSON download (GDPR art. 15).
use leptos::prelude::*;
use crate::pages::frame::{loaded, Frame, Place};

use super::account::{when, SeenList};
use crate::domain::audit::CitizenExport;
use crate::functions::account::my_data;
use crate::i18n::{describe, format, k, locale, t, tr, Key};

#[component]
pub fn MyDataPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| my_data());
    view! {
        <Frame title=k::MY_DATA_TITLE place=Place::Own class="my-data">
            <p class="no-print"><a href="/konto">{t(k::MY_DATA_BACK)}</a></p>
            <h1>{t(k::MY_DATA_TITLE)}</h1>
            {loaded(data, |d| view! { <Everything data=d/> })}
        </Frame>
    }
}

/// A label and a value, skipped when there is no value.
fn row(label: Key, value: Option<String>) -> Option<impl IntoView> {
    value.filter(|v| !v.trim().is_empty()).map(|v| view! { <dt>{t(label)}</dt><dd><bdi>{v}</bdi></dd> })
}

/// A section's heading with how many it holds: "Timer (12)".
fn counted(key: Key, n: usize) -> String {
    tr(key, &[("count", n.into())])
}

#[component]
fn Everything(data: CitizenExport) -> impl IntoView {
    let CitizenExport { generated_at, person, login_email, placements, time_entries, time_entry_changes, absences, shifts, notes, logins, audit } = data;
    let lang = locale();
    view! {
        <p class="hint">
            {tr(k::MY_DATA_MADE, &[("when", when(generated_at).into())])}" "
            <a href="/api/v1/me/export" download="fodfaeste-mine-data.json" rel="external">{t(k::MY_DATA_DOWNLOAD)}</a>
        </p>
        <section class="card" aria-labelledby="d-person">
            <h2 id="d-person">{t(k::MY_DATA_ABOUT)}</h2>
            <dl class="facts">
                {row(k::MY_DATA_NAME, Some(person.name.clone()))}
                {row(k::MY_DATA_LOGIN_EMAIL, login_email)}
                {row(k::MY_DATA_PHONE, person.phone.clone())}
                {row(k::MY_DATA_EMAIL, person.email.clone())}
                {row(k::MY_DATA_POSTCODE, person.postcode.clone())}
                {row(k::MY_DATA_TARGET_GROUP, person.target_group.label_key().map(t))}
                {row(k::MY_DATA_REFERRED, person.referred_on.as_deref().map(|d| format::iso_date(lang, d)))}
                {row(k::MY_DATA_WANTED_HOURS, person.wanted_hours_per_week.map(|h| format::number(lang, h)))}
                {row(k::MY_DATA_ACCOMMODATIONS, person.accommodations.clone())}
                {row(k::MY_DATA_CASEWORKER, person.caseworker_name.clone())}
            </dl>
        </section>
        <section class="card" aria-labelledby="d-placements">
            <h2 id="d-placements">{counted(k::MY_DATA_PLACEMENTS, placements.len())}</h2>
            <ul class="data-list">
                {placements.into_iter().map(|p| view! {
                    <li>
                        <strong><bdi>{p.opening_title.clone()}</bdi></strong>" · "<bdi>{p.company_name.clone()}</bdi>
                        <br/>{t(p.kind.label_key())}" · "{format::iso_date(lang, &p.starts_on)}{p.ends_on.as_deref().map(|e| format!(" – {}", format::iso_date(lang, e)))}
                        {p.mentor_name.clone().map(|m| view! { <br/>{tr(k::MY_DATA_MENTOR, &[("name", m.into())])} })}
                        {p.outcome_note.clone().map(|n| view! { <br/>{n} })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-hours">
            <h2 id="d-hours">{counted(k::MY_DATA_HOURS, time_entries.len())}</h2>
            <ul class="data-list">
                {time_entries.into_iter().map(|e| {
                    let status = crate::i18n::describe::entry_status(lang, &e);
                    view! {
                        <li>
                            {format::day_of(lang, e.starts_at)}" "<bdi>{format::time_span(e.starts_at, e.ends_at)}</bdi>" · "{format::hours(lang, e.worked_minutes)}
                            " · "<bdi>{e.company_name.clone()}</bdi>" · "{status}
                            {e.note.clone().map(|n| view! { <br/>{n} })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!time_entry_changes.is_empty()).then(|| view! {
                <h3>{t(k::MY_DATA_CHANGES)}</h3>
                <ul class="data-list">
                    {time_entry_changes.into_iter().map(|c| view! { <li>{describe::entry_change(lang, &c.change)}</li> }).collect_view()}
                </ul>
            })}
        </section>
        <section class="card" aria-labelledby="d-absence">
            <h2 id="d-absence">{counted(k::MY_DATA_ABSENCE, absences.len())}</h2>
            <ul class="data-list">
                {absences.into_iter().map(|a| view! {
                    <li><bdi>{describe::absence_days(lang, &a)}</bdi>{a.kind.map(|kind| format!(" · {}", t(kind.label_key())))}{a.note.clone().map(|n| format!(" · {n}"))}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-shifts">
            <h2 id="d-shifts">{counted(k::MY_DATA_SHIFTS, shifts.len())}</h2>
            <ul class="data-list">
                {shifts.into_iter().map(|s| view! {
                    <li>{format::day_of(lang, s.starts_at)}" "<bdi>{format::time_span(s.starts_at, s.ends_at)}</bdi>" · "<bdi>{s.company_name.clone()}</bdi>" · "{t(s.status.label_key())}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-notes">
            <h2 id="d-notes">{counted(k::MY_DATA_NOTES, notes.len())}</h2>
            <ul class="data-list">
                {notes.into_iter().map(|n| view! { <li><span class="hint">{describe::note_byline(lang, &n)}</span><br/>{n.body.clone()}</li> }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-logins">
            <h2 id="d-logins">{counted(k::MY_DATA_LOGINS, logins.len())}</h2>
            <ul class="data-list">
                {logins.into_iter().map(|l| view! {
                    <li>{super::account::device_name(&l)}" · "{tr(k::MY_DATA_LAST_USED, &[("when", when(l.last_seen_at).into())])}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-seen">
            <h2 id="d-seen">{counted(k::MY_DATA_SEEN, audit.len())}</h2>
            <SeenList lines=audit/>
        </section>
    }
}
