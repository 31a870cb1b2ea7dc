//! "Revisionslog" (admins): who read or changed what, filtered by citizen, user, kind and
//! days, and the same as CSV. Names in the table filter by that person.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::AppHeader;
use crate::domain::audit::{Action, AuditLine};
use crate::functions::account::load_audit;
use crate::pages::account::when;
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;

#[derive(Clone, Debug, Default, PartialEq)]
struct Query {
    citizen: String,
    user: String,
    action: String,
    from: String,
    to: String,
}

impl Query {
    fn api(&self) -> String {
        let enc = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')).collect::<String>();
        format!(
            "/api/v1/audit?citizen_id={}&user_id={}&action={}&from={}&to={}&format=csv",
            enc(&self.citizen),
            enc(&self.user),
            enc(&self.action),
            enc(&self.from),
            enc(&self.to)
        )
    }
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let q = leptos_router::hooks::use_query_map();
    let query = move || {
        q.with(|m| Query {
            citizen: m.get("borger").unwrap_or_default(),
            user: m.get("bruger").unwrap_or_default(),
            action: m.get("handling").unwrap_or_default(),
            from: m.get("fra").unwrap_or_default(),
            to: m.get("til").unwrap_or_default(),
        })
    };
    let lines = Resource::new(query, |q| load_audit(q.citizen, q.user, q.action, q.from, q.to));
    view! {
        <Title text="Revisionslog – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler/revision"/>
        <main class="page page-desk" id="main">
            <h1>"Revisionslog"</h1>
            <p class="hint">"Hvem har set eller ændret hvad. Klik på et navn for kun at se den person."</p>
            <AuditFilterForm query=query()/>
            <p class="no-print"><a class="button" href=move || query().api() download rel="external">"Hent som CSV"</a></p>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match lines.await {
                        Ok(list) if list.is_empty() => view! { <p class="card empty">"Ingen linjer passer på filteret."</p> }.into_any(),
                        Ok(list) => view! { <AuditTable lines=list/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

#[component]
fn AuditFilterForm(query: Query) -> impl IntoView {
    let chosen = query.action.clone();
    view! {
        <form method="get" action="/sagsbehandler/revision" class="audit-filter no-print">
            <div class="field">
                <label for="f-borger">"Borger-id"</label>
                <input id="f-borger" name="borger" inputmode="numeric" value=query.citizen/>
            </div>
            <div class="field">
                <label for="f-bruger">"Bruger-id"</label>
                <input id="f-bruger" name="bruger" inputmode="numeric" value=query.user/>
            </div>
            <div class="field">
                <label for="f-handling">"Handling"</label>
                <select id="f-handling" name="handling">
                    <option value="" selected=chosen.is_empty()>"Alle"</option>
                    {Action::ALL.iter().map(|a| view! {
                        <option value=a.as_str() selected=chosen == a.as_str()>{a.label_da()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-fra">"Fra"</label>
                <input id="f-fra" name="fra" type="date" value=query.from/>
            </div>
            <div class="field">
                <label for="f-til">"Til"</label>
                <input id="f-til" name="til" type="date" value=query.to/>
            </div>
            <button type="submit" class="button button-primary">"Vis"</button>
        </form>
    }
}

#[component]
fn AuditTable(lines: Vec<AuditLine>) -> impl IntoView {
    view! {
        <table class="caseload audit">
            <caption class="visually-hidden">"Revisionslog, nyeste først"</caption>
            <thead>
                <tr>
                    <th scope="col">"Tidspunkt"</th>
                    <th scope="col">"Bruger"</th>
                    <th scope="col">"Organisation"</th>
                    <th scope="col">"Handling"</th>
                    <th scope="col">"Borger"</th>
                    <th scope="col">"Hvad"</th>
                </tr>
            </thead>
            <tbody>
                {lines.into_iter().map(|l| {
                    let user = match (l.actor_user_id, l.actor_name.clone()) {
                        (Some(id), Some(name)) => view! {
                            <a href=format!("/sagsbehandler/revision?bruger={id}") rel="external">{name}</a>
                            {l.actor_role.map(|r| format!(" ({})", r.label_da().to_lowercase()))}
                        }.into_any(),
                        _ => view! { "Fodfæste" }.into_any(),
                    };
                    let citizen = match (l.citizen_id, l.citizen_name.clone()) {
                        (Some(id), Some(name)) => view! { <a href=format!("/sagsbehandler/revision?borger={id}") rel="external">{name}</a> }.into_any(),
                        _ => view! { "–" }.into_any(),
                    };
                    view! {
                        <tr>
                            <td>{when(l.at)}</td>
                            <td>{user}</td>
                            <td>{l.organisation.clone()}</td>
                            <td>{l.action.label_da()}</td>
                            <td>{citizen}</td>
                            <td class="audit-subject">{l.subject.clone()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
