//! "Revisionslog" (admins): who read or changed what, filtered by citizen, user, kind and
//! days, and the same as CSV. Names in the table filter by that person.
use leptos::prelude::*;
use crate::pages::frame::{Frame, Place};

use crate::domain::audit::{Action, AuditLine};
use crate::functions::account::load_audit;
use crate::i18n::{k, t};
use crate::pages::account::when;
use crate::pages::caseworker::encode as enc;
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
        <Frame title=k::NAV_AUDIT place=Place::Desk("/sagsbehandler/revision")>
            <h1>{t(k::NAV_AUDIT)}</h1>
            <p class="hint">{t(k::AUDIT_HINT)}</p>
            <AuditFilterForm query=query()/>
            <p class="no-print"><a class="button" href=move || query().api() download rel="external">{t(k::DOWNLOAD_CSV)}</a></p>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match lines.await {
                        Ok(list) if list.is_empty() => view! { <p class="card empty">{t(k::AUDIT_EMPTY)}</p> }.into_any(),
                        Ok(list) => view! { <AuditTable lines=list/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Frame>
    }
}

#[component]
fn AuditFilterForm(query: Query) -> impl IntoView {
    let chosen = query.action.clone();
    view! {
        <form method="get" action="/sagsbehandler/revision" class="audit-filter no-print">
            <div class="field">
                <label for="f-borger">{t(k::CSV_CITIZEN_ID)}</label>
                <input id="f-borger" name="borger" inputmode="numeric" value=query.citizen/>
            </div>
            <div class="field">
                <label for="f-bruger">{t(k::AUDIT_USER_ID)}</label>
                <input id="f-bruger" name="bruger" inputmode="numeric" value=query.user/>
            </div>
            <div class="field">
                <label for="f-handling">{t(k::AUDIT_ACTION)}</label>
                <select id="f-handling" name="handling">
                    <option value="" selected=chosen.is_empty()>{t(k::AUDIT_ALL)}</option>
                    {Action::ALL.iter().map(|a| view! {
                        <option value=a.as_str() selected=chosen == a.as_str()>{a.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-fra">{t(k::FIELD_FROM)}</label>
                <input id="f-fra" name="fra" type="date" value=query.from/>
            </div>
            <div class="field">
                <label for="f-til">{t(k::FIELD_TO)}</label>
                <input id="f-til" name="til" type="date" value=query.to/>
            </div>
            <button type="submit" class="button button-primary">{t(k::SHOW)}</button>
        </form>
    }
}

#[component]
fn AuditTable(lines: Vec<AuditLine>) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::AUDIT_CAPTION)>
        <table class="caseload audit">
            <caption class="visually-hidden">{t(k::AUDIT_CAPTION)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(k::AUDIT_AT)}</th>
                    <th scope="col">{t(k::AUDIT_USER)}</th>
                    <th scope="col">{t(k::AUDIT_ORGANISATION)}</th>
                    <th scope="col">{t(k::AUDIT_ACTION)}</th>
                    <th scope="col">{t(k::COL_CITIZEN)}</th>
                    <th scope="col">{t(k::AUDIT_WHAT)}</th>
                </tr>
            </thead>
            <tbody>
                {lines.into_iter().map(|l| {
                    let user = match (l.actor_user_id, l.actor_name.clone()) {
                        (Some(id), Some(name)) => view! {
                            <a href=format!("/sagsbehandler/revision?bruger={id}") rel="external">{name}</a>
                            {l.actor_role.map(|r| format!(" ({})", t(r.label_key()).to_lowercase()))}
                        }.into_any(),
                        _ => view! { {t(k::APP_NAME)} }.into_any(),
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
                            <td>{l.action.label()}</td>
                            <td>{citizen}</td>
                            <td class="audit-subject">{l.subject.clone()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
