//! "Mine data": everything Fodfæste holds about the citizen, to read on the phone or print —
//! the same content as the JSON download (GDPR art. 15).
use leptos::prelude::*;
use leptos_meta::Title;

use super::account::{when, SeenList};
use crate::components::AppHeader;
use crate::domain::audit::CitizenExport;
use crate::domain::local_time::date_da;
use crate::functions::account::my_data;
use crate::pages::LoadError;

#[component]
pub fn MyDataPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| my_data());
    view! {
        <Title text="Mine data – Fodfæste"/>
        <AppHeader/>
        <main class="page page-phone my-data" id="main">
            <p class="no-print"><a href="/konto">"‹ Din konto"</a></p>
            <h1>"Mine data"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <Everything data=d/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// A label and a value, skipped when there is no value.
fn row(label: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value.filter(|v| !v.trim().is_empty()).map(|v| view! { <dt>{label}</dt><dd>{v}</dd> })
}

#[component]
fn Everything(data: CitizenExport) -> impl IntoView {
    let CitizenExport { generated_at, person, login_email, placements, time_entries, time_entry_changes, absences, shifts, notes, logins, audit } = data;
    view! {
        <p class="hint">"Lavet "{when(generated_at)}". "<a href="/api/v1/me/export" download="fodfaeste-mine-data.json" rel="external">"Hent det samme som fil"</a>"."</p>
        <section class="card" aria-labelledby="d-person">
            <h2 id="d-person">"Om dig"</h2>
            <dl class="facts">
                {row("Navn", Some(person.name.clone()))}
                {row("E-mail til login", login_email)}
                {row("Telefon", person.phone.clone())}
                {row("E-mail", person.email.clone())}
                {row("Postnummer", person.postcode.clone())}
                {row("Målgruppe", Some(person.target_group.label_da().to_string()))}
                {row("Henvist", person.referred_on.as_deref().map(date_da))}
                {row("Ønskede timer om ugen", person.wanted_hours_per_week.map(crate::domain::money::decimal_da))}
                {row("Hensyn", person.accommodations.clone())}
                {row("Jobkonsulent", person.caseworker_name.clone())}
            </dl>
        </section>
        <section class="card" aria-labelledby="d-placements">
            <h2 id="d-placements">{format!("Forløb ({})", placements.len())}</h2>
            <ul class="data-list">
                {placements.into_iter().map(|p| view! {
                    <li>
                        <strong>{p.opening_title.clone()}</strong>" · "{p.company_name.clone()}
                        <br/>{p.kind.label_da()}" · "{date_da(&p.starts_on)}{p.ends_on.as_deref().map(|e| format!(" – {}", date_da(e)))}
                        {p.mentor_name.clone().map(|m| view! { <br/>"Mentor: "{m} })}
                        {p.outcome_note.clone().map(|n| view! { <br/>{n} })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-hours">
            <h2 id="d-hours">{format!("Timer ({})", time_entries.len())}</h2>
            <ul class="data-list">
                {time_entries.into_iter().map(|e| view! {
                    <li>
                        {e.date_da()}" "{e.times_da()}" · "{e.worked_da()}" · "{e.company_name.clone()}" · "{e.status_da()}
                        {e.note.clone().map(|n| view! { <br/>{n} })}
                    </li>
                }).collect_view()}
            </ul>
            {(!time_entry_changes.is_empty()).then(|| view! {
                <h3>"Ændringer"</h3>
                <ul class="data-list">
                    {time_entry_changes.into_iter().map(|c| view! { <li>{c.change.describe_da()}</li> }).collect_view()}
                </ul>
            })}
        </section>
        <section class="card" aria-labelledby="d-absence">
            <h2 id="d-absence">{format!("Fravær ({})", absences.len())}</h2>
            <ul class="data-list">
                {absences.into_iter().map(|a| view! {
                    <li>{a.days_da()}{a.kind.map(|k| format!(" · {}", k.label_da()))}{a.note.clone().map(|n| format!(" · {n}"))}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-shifts">
            <h2 id="d-shifts">{format!("Vagter ({})", shifts.len())}</h2>
            <ul class="data-list">
                {shifts.into_iter().map(|s| view! {
                    <li>{s.date_da()}" "{s.times_da()}" · "{s.company_name.clone()}" · "{s.status.label_da()}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-notes">
            <h2 id="d-notes">{format!("Noter om dine forløb ({})", notes.len())}</h2>
            <ul class="data-list">
                {notes.into_iter().map(|n| view! { <li><span class="hint">{n.byline_da()}</span><br/>{n.body.clone()}</li> }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-logins">
            <h2 id="d-logins">{format!("Enheder, du er logget ind på ({})", logins.len())}</h2>
            <ul class="data-list">
                {logins.into_iter().map(|l| view! {
                    <li>{l.device.browser.name().unwrap_or("Ukendt browser")}" · "{l.device.os.name().unwrap_or("ukendt system")}" · sidst brugt "{when(l.last_seen_at)}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="d-seen">
            <h2 id="d-seen">{format!("Hvem har set mine oplysninger ({})", audit.len())}</h2>
            <SeenList lines=audit/>
        </section>
    }
}
