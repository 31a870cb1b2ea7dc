//! The caseworker's desk: the caseload with each citizen's recent hours.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{AppHeader, StatusBadge};
use crate::domain::models::CaseloadRow;
use crate::domain::money;
use crate::functions::caseworker::load_caseload;
use crate::pages::LoadError;

#[component]
pub fn CaseworkerPage() -> impl IntoView {
    let rows = Resource::new(|| (), |_| load_caseload());
    view! {
        <Title text="Sagsstamme – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler"/>
        <main class="page page-desk" id="main">
            <h1>"Min sagsstamme"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match rows.await {
                        Ok(rows) => view! { <CaseloadTable rows/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// The caseworker's places.
#[component]
pub(crate) fn DeskNav(current: &'static str) -> impl IntoView {
    let items = vec![("/sagsbehandler", "Sagsstamme"), ("/sagsbehandler/maanedstimer", "Månedstimer")];
    view! { <crate::components::PlaceNav label="Sagsbehandler" items current/> }
}

#[component]
fn CaseloadTable(rows: Vec<CaseloadRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="card empty">"Ingen borgere i din sagsstamme."</p> }.into_any();
    }
    view! {
        <table class="caseload">
            <caption class="visually-hidden">"Borgere i sagsstammen og deres timer de sidste to måneder"</caption>
            <thead>
                <tr>
                    <th scope="col">"Borger"</th>
                    <th scope="col">"Aktivt forløb"</th>
                    <th scope="col" class="num">"Venter"</th>
                    <th scope="col" class="num">"Godkendt i måneden"</th>
                    <th scope="col">"Fravær (30 dage)"</th>
                    <th scope="col">"Udeblevet (30 dage)"</th>
                    <th scope="col">"Registreringer"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr data-citizen-id=r.citizen_id.to_string()>
                        <th scope="row">{r.citizen_name.clone()}</th>
                        <td>{r.placement.clone().unwrap_or_else(|| "–".into())}</td>
                        <td class="num">{r.waiting}</td>
                        <td class="num">{money::format_hours(r.confirmed_minutes_this_month)}</td>
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
                                {r.entries.iter().take(8).map(|e| view! {
                                    <li class="entry" data-entry-id=e.id.to_string()>
                                        <span class="entry-when"><span class="entry-date">{e.date_da()}</span>" "<span class="entry-time">{e.times_da()}</span></span>
                                        " "
                                        <span class="entry-hours">{e.worked_da()}</span>
                                        " "
                                        <StatusBadge status=e.status reason=e.reject_reason.clone()/>
                                    </li>
                                }).collect_view()}
                            </ul>
                            {(r.entries.len() > 8).then(|| view! { <p class="more">{format!("… og {} flere", r.entries.len() - 8)}</p> })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
