//! The caseworker's desk: the caseload with each citizen's recent hours.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{AppHeader, StatusBadge};
use crate::domain::caseload::{arrange, Sort, View};
use crate::domain::models::CaseloadRow;
use crate::domain::money;
use crate::functions::caseworker::load_caseload;
use crate::pages::LoadError;

#[component]
pub fn CaseworkerPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let rows = Resource::new(|| (), |_| load_caseload());
    let view_of = move || {
        query.with(|q| {
            let get = |k: &str| q.get(k).unwrap_or_default();
            View::from_query(&get("sort"), &get("retning"), &get("q"), &get("kun"), &get("side"))
        })
    };
    view! {
        <Title text="Sagsstamme – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler"/>
        <main class="page page-desk" id="main">
            <h1>"Min sagsstamme"</h1>
            <p class="no-print"><a class="button" href="/sagsbehandler/ny-borger">"Ny borger"</a></p>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match rows.await {
                        Ok(rows) => view! { <Caseload rows view=view_of()/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// The link to the caseload as `v` with one thing changed.
fn href(v: &View, sort: Sort, descending: bool, page: usize) -> String {
    let mut h = format!("/sagsbehandler?sort={}", sort.slug());
    if descending {
        h.push_str("&retning=ned");
    }
    if !v.query.is_empty() {
        h.push_str(&format!("&q={}", encode(&v.query)));
    }
    if v.only_alerts {
        h.push_str("&kun=advarsler");
    }
    if page > 1 {
        h.push_str(&format!("&side={page}"));
    }
    h
}

/// A query value percent-encoded for a link.
pub(crate) fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
fn Caseload(rows: Vec<CaseloadRow>, view: View) -> impl IntoView {
    // Every alert of the whole caseload, not just this page: most urgent kind first.
    let mut urgent: Vec<(u8, String, i64, String)> =
        rows.iter().flat_map(|r| r.alerts.iter().map(|a| (a.rank(), r.citizen_name.clone(), r.citizen_id, a.text_da()))).collect();
    urgent.sort();
    let total = rows.len();
    let (shown, page, pages) = arrange(rows, &view);
    let v = view.clone();
    view! {
        {(!urgent.is_empty()).then(|| view! {
            <section class="card alerts" aria-labelledby="alerts-heading">
                <h2 id="alerts-heading">{format!("Kræver opmærksomhed ({})", urgent.len())}</h2>
                <ul class="alert-list">
                    {urgent.into_iter().map(|(_, name, id, text)| view! { <li data-citizen-id=id.to_string()><strong>{name}</strong>": "{text}</li> }).collect_view()}
                </ul>
            </section>
        })}
        <form method="get" action="/sagsbehandler" class="caseload-filter" role="search">
            <input type="hidden" name="sort" value=view.sort.slug()/>
            <label for="q">"Søg efter navn"</label>
            <input id="q" name="q" type="search" value=view.query.clone()/>
            <p class="check">
                <input id="kun" type="checkbox" name="kun" value="advarsler" checked=view.only_alerts/>
                <label for="kun">"Kun borgere med advarsler"</label>
            </p>
            <button type="submit" class="button">"Filtrér"</button>
        </form>
        <CaseloadTable rows=shown view=v.clone() total/>
        {(pages > 1).then(|| view! {
            <nav class="period-nav queue-pages" aria-label="Sider">
                {(page > 1).then(|| view! { <a class="button button-quiet" href=href(&v, v.sort, v.descending, page - 1)>"‹ Forrige"</a> })}
                <p class="period-label">{format!("Side {page} af {pages}")}</p>
                {(page < pages).then(|| view! { <a class="button button-quiet" href=href(&v, v.sort, v.descending, page + 1)>"Næste ›"</a> })}
            </nav>
        })}
    }
}

/// A column heading that sorts by it; again reverses the order.
#[component]
fn SortHeader(label: &'static str, sort: Sort, view: View, #[prop(optional)] num: bool) -> impl IntoView {
    let here = view.sort == sort;
    let aria = here.then(|| if view.descending { "descending" } else { "ascending" });
    let link = href(&view, sort, here && !view.descending, 1);
    view! {
        <th scope="col" class:num=num aria-sort=aria>
            <a href=link class="sort-link">{label}{here.then(|| if view.descending { " ▲" } else { " ▼" })}</a>
        </th>
    }
}

/// The desk's places: a caseworker's, plus Brugere and Mål for an admin; a manager has Mål.
#[component]
pub(crate) fn DeskNav(current: &'static str) -> impl IntoView {
    use crate::domain::role::Role;
    use crate::i18n::{k, t};
    let role = crate::pages::request_me().map(|m| m.role);
    let goals = [("/maal", t(k::NAV_GOALS)), ("/maal/soev", t(k::NAV_SOCIAL_ENTERPRISES))];
    let items = match role {
        Some(Role::Manager) => goals.to_vec(),
        _ => {
            let mut items = vec![
                ("/sagsbehandler", t(k::NAV_CASELOAD)),
                ("/sagsbehandler/virksomheder", t(k::NAV_COMPANIES)),
                ("/sagsbehandler/maanedstimer", t(k::NAV_MONTHLY_HOURS)),
            ];
            if role == Some(Role::Admin) {
                items.push(("/sagsbehandler/brugere", t(k::NAV_USERS)));
                items.push(("/sagsbehandler/revision", t(k::NAV_AUDIT)));
                items.extend(goals);
            }
            items
        }
    };
    view! { <crate::components::PlaceNav label=t(k::NAV_DESK) items current/> }
}

#[component]
fn CaseloadTable(rows: Vec<CaseloadRow>, view: View, total: usize) -> impl IntoView {
    if total == 0 {
        return view! { <p class="card empty">"Ingen borgere i din sagsstamme."</p> }.into_any();
    }
    if rows.is_empty() {
        return view! { <p class="card empty">"Ingen borgere passer på søgningen."</p> }.into_any();
    }
    view! {
        <table class="caseload">
            <caption class="visually-hidden">"Borgere i sagsstammen og deres timer de sidste to måneder"</caption>
            <thead>
                <tr>
                    <SortHeader label="Borger" sort=Sort::Name view=view.clone()/>
                    <SortHeader label="Advarsler" sort=Sort::Alerts view=view.clone()/>
                    <th scope="col">"Aktivt forløb"</th>
                    <SortHeader label="Venter" sort=Sort::Waiting view=view.clone() num=true/>
                    <SortHeader label="Godkendt i måneden" sort=Sort::Approved view=view.clone() num=true/>
                    <SortHeader label="Seneste registrering" sort=Sort::LastEntry view=view.clone()/>
                    <th scope="col">"Fravær (30 dage)"</th>
                    <th scope="col">"Udeblevet (30 dage)"</th>
                    <th scope="col">"Registreringer"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr data-citizen-id=r.citizen_id.to_string()>
                        <th scope="row"><a href=format!("/sagsbehandler/borgere/{}", r.citizen_id)>{r.citizen_name.clone()}</a></th>
                        <td class="row-alerts">{r.alerts.iter().map(|a| view! { <p class="alert">{a.text_da()}</p> }).collect_view()}</td>
                        <td>{r.placement.clone().unwrap_or_else(|| "–".into())}</td>
                        <td class="num">{r.waiting}</td>
                        <td class="num">{money::format_hours(r.confirmed_minutes_this_month)}</td>
                        <td>{r.last_entry_at.map(crate::domain::local_time::format_local_date).unwrap_or_else(|| "–".into())}</td>
                        <td class="absences">
                            {r.absences.iter().map(|a| view! {
                                <p class="absence" data-absence-id=a.id.to_string()>
                                    {a.kind.map(|k| k.label_da()).unwrap_or("Fravær")}" "{a.days_da()}
                                    {a.note.clone().map(|n| view! { <span class="entry-note">" – "{n}</span> })}
                                </p>
                            }).collect_view()}
                        </td>
                        <td class="no-shows">
                            {r.no_shows.iter().map(|s| view! {
                                <p class="no-show" data-shift-id=s.id.to_string()>{format!("{} {}", s.date_da(), s.times_da())}</p>
                            }).collect_view()}
                        </td>
                        <td>
                            <ul class="entry-list compact">
                                {r.entries.iter().take(5).map(|e| view! {
                                    <li class="entry" data-entry-id=e.id.to_string()>
                                        <span class="entry-when"><span class="entry-date">{e.date_da()}</span>" "<span class="entry-time">{e.times_da()}</span></span>
                                        " "
                                        <span class="entry-hours">{e.worked_da()}</span>
                                        " "
                                        <StatusBadge status=e.status reason=e.reject_reason.clone() auto=e.auto_confirmed/>
                                    </li>
                                }).collect_view()}
                            </ul>
                            {(r.entries.len() > 5).then(|| view! { <p class="more">{format!("… og {} flere", r.entries.len() - 5)}</p> })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
