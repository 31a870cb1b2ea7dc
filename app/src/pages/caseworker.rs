//! The caseworker's desk: the caseload with each citizen's recent hours.
use leptos::prelude::*;
use crate::pages::frame::{loaded, Frame, Place};

use crate::components::StatusBadge;
use crate::domain::caseload::{arrange, Sort, View};
use crate::domain::models::CaseloadRow;
use crate::functions::caseworker::load_caseload;
use crate::i18n::{describe, format, k, locale, t, tr, Key};

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
        <Frame title=k::NAV_CASELOAD place=Place::Desk("/sagsbehandler")>
            <h1>{t(k::CASELOAD_HEADING)}</h1>
            <p class="no-print"><a class="button" href="/sagsbehandler/ny-borger">{t(k::CITIZEN_NEW)}</a></p>
            {loaded(rows, move |rows| view! { <Caseload rows view=view_of()/> })}
        </Frame>
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
    let lang = locale();
    let mut urgent: Vec<(u8, String, i64, String)> =
        rows.iter().flat_map(|r| r.alerts.iter().map(move |a| (a.rank(), r.citizen_name.clone(), r.citizen_id, describe::alert(lang, a)))).collect();
    urgent.sort();
    let total = rows.len();
    let summary = [
        tr(k::CASELOAD_SUM_CITIZENS, &[("count", total.into())]),
        tr(k::CASELOAD_SUM_ALERTS, &[("count", urgent.len().into())]),
        tr(k::CASELOAD_SUM_WAITING, &[("count", rows.iter().map(|r| r.waiting).sum::<i64>().into())]),
        tr(k::CASELOAD_SUM_NO_SHOWS, &[("count", rows.iter().map(|r| r.no_shows.len()).sum::<usize>().into())]),
    ]
    .join(" · ");
    // A long list of alerts is folded so the table stays near the top.
    let alerts_open = urgent.len() <= 5;
    let (shown, page, pages) = arrange(rows, &view);
    let v = view.clone();
    view! {
        <p class="caseload-summary">{summary}</p>
        {(!urgent.is_empty()).then(|| view! {
            <details class="card alerts" open=alerts_open>
                <summary><h2 class="alerts-heading">{tr(k::CASELOAD_ATTENTION, &[("count", urgent.len().into())])}</h2></summary>
                <ul class="alert-list">
                    {urgent.into_iter().map(|(_, name, id, text)| view! { <li data-citizen-id=id.to_string()><strong><bdi>{name}</bdi></strong>": "{text}</li> }).collect_view()}
                </ul>
            </details>
        })}
        <form method="get" action="/sagsbehandler" class="caseload-filter" role="search">
            <input type="hidden" name="sort" value=view.sort.slug()/>
            <label for="q">{t(k::CASELOAD_SEARCH)}</label>
            <input id="q" name="q" type="search" value=view.query.clone()/>
            <p class="check">
                <input id="kun" type="checkbox" name="kun" value="advarsler" checked=view.only_alerts/>
                <label for="kun">{t(k::CASELOAD_ONLY_ALERTS)}</label>
            </p>
            <button type="submit" class="button">{t(k::FILTER)}</button>
        </form>
        <CaseloadTable rows=shown view=v.clone() total/>
        {(pages > 1).then(|| view! {
            <nav class="period-nav queue-pages" aria-label=t(k::MENTOR_PAGES)>
                {(page > 1).then(|| view! { <a class="button button-quiet" href=href(&v, v.sort, v.descending, page - 1)>{t(k::DESK_PREVIOUS)}</a> })}
                <p class="period-label">{crate::pages::desk::page_of(page, pages)}</p>
                {(page < pages).then(|| view! { <a class="button button-quiet" href=href(&v, v.sort, v.descending, page + 1)>{t(k::DESK_NEXT)}</a> })}
            </nav>
        })}
    }
}

/// A column heading that sorts by it; again reverses the order.
#[component]
fn SortHeader(label: Key, sort: Sort, view: View, #[prop(optional)] num: bool) -> impl IntoView {
    let here = view.sort == sort;
    let aria = here.then(|| if view.descending { "descending" } else { "ascending" });
    let link = href(&view, sort, here && !view.descending, 1);
    view! {
        <th scope="col" class:num=num aria-sort=aria>
            <a href=link class="sort-link">{t(label)}{here.then(|| if view.descending { " ▲" } else { " ▼" })}</a>
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
        return view! { <p class="card empty">{t(k::CASELOAD_EMPTY)}</p> }.into_any();
    }
    if rows.is_empty() {
        return view! { <p class="card empty">{t(k::CASELOAD_NO_MATCH)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::CASELOAD_CAPTION)>
        <table class="caseload caseload-rows">
            <caption class="visually-hidden">{t(k::CASELOAD_CAPTION)}</caption>
            <thead>
                <tr>
                    <SortHeader label=k::COL_CITIZEN sort=Sort::Name view=view.clone()/>
                    <SortHeader label=k::COL_ALERTS sort=Sort::Alerts view=view.clone()/>
                    <th scope="col">{t(k::COL_ACTIVE_PLACEMENT)}</th>
                    <SortHeader label=k::COL_WAITING sort=Sort::Waiting view=view.clone() num=true/>
                    <SortHeader label=k::COL_APPROVED_MONTH sort=Sort::Approved view=view.clone() num=true/>
                    <SortHeader label=k::COL_LAST_ENTRY sort=Sort::LastEntry view=view.clone()/>
                    <th scope="col" class="num">{t(k::COL_ABSENCE_NO_SHOW_30)}</th>
                    <th scope="col">{t(k::COL_DETAILS)}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| { let lang = locale(); view! {
                    <tr data-citizen-id=r.citizen_id.to_string()>
                        <th scope="row" class="nowrap"><a href=format!("/sagsbehandler/borgere/{}", r.citizen_id)>{r.citizen_name.clone()}</a></th>
                        <td class="num row-alerts" class:has-alerts=!r.alerts.is_empty()>{r.alerts.len()}</td>
                        <td class="cut"><bdi>{r.placement.clone().unwrap_or_else(|| "–".into())}</bdi></td>
                        <td class="num">{r.waiting}</td>
                        <td class="num">{format::hours(lang, r.confirmed_minutes_this_month)}</td>
                        <td class="nowrap">{r.last_entry_at.map(|at| format::day_of(lang, at)).unwrap_or_else(|| "–".into())}</td>
                        <td class="num" class:has-alerts=!r.no_shows.is_empty()>{format!("{} / {}", r.absences.len(), r.no_shows.len())}</td>
                        <td>
                            // Everything longer than a line opens here, so each citizen is one row.
                            <details class="row-more">
                                <summary>{tr(k::CASELOAD_DETAILS, &[("count", r.entries.len().into())])}</summary>
                                {r.alerts.iter().map(|a| view! { <p class="alert">{describe::alert(lang, a)}</p> }).collect_view()}
                                <div class="absences">
                                    {r.absences.iter().map(|a| view! {
                                        <p class="absence" data-absence-id=a.id.to_string()>
                                            {t(a.kind.map(|kind| kind.label_key()).unwrap_or(k::ABSENCE))}" "<bdi>{describe::absence_days(lang, a)}</bdi>
                                            {a.note.clone().map(|n| view! { <span class="entry-note">" – "{n}</span> })}
                                        </p>
                                    }).collect_view()}
                                </div>
                                <div class="no-shows">
                                    {r.no_shows.iter().map(|s| view! {
                                        <p class="no-show" data-shift-id=s.id.to_string()>{t(k::COL_NO_SHOW_30)}": "{format::day_of(lang, s.starts_at)}" "<bdi>{format::time_span(s.starts_at, s.ends_at)}</bdi></p>
                                    }).collect_view()}
                                </div>
                                <ul class="entry-list compact">
                                    {r.entries.iter().take(5).map(|e| view! {
                                        <li class="entry" data-entry-id=e.id.to_string()>
                                            <span class="entry-when"><span class="entry-date">{format::day_of(lang, e.starts_at)}</span>" "<bdi class="entry-time">{format::time_span(e.starts_at, e.ends_at)}</bdi></span>
                                            " "
                                            <span class="entry-hours">{format::hours(lang, e.worked_minutes)}</span>
                                            " "
                                            <StatusBadge status=e.status text=crate::i18n::describe::entry_status(crate::i18n::locale(), &e)/>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                {(r.entries.len() > 5).then(|| view! { <p class="more">{tr(k::CASELOAD_MORE, &[("count", (r.entries.len() - 5).into())])}</p> })}
                            </details>
                        </td>
                    </tr>
                }}).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}
