//! "Socialøkonomi": the pipeline of social-economic enterprise initiatives, by stage, and one
//! initiative with its partnerships — for admins and managers.
use leptos::prelude::*;
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::i18n::{format, k, locale, t, tr};
use crate::domain::social_enterprise::{InitiativeInput, InitiativePage, InitiativeView, InitiativesPage, Stage};
use crate::functions::goals::{load_initiative, load_initiatives, AddPartnership, SaveInitiative};

fn options(none: String, items: &[(i64, String)]) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), none)];
    out.extend(items.iter().map(|(id, name)| (id.to_string(), name.clone())));
    out
}

fn initiative_fields(i: &InitiativeInput, advisors: &[(i64, String)], companies: &[(i64, String)]) -> Vec<FormField> {
    let stages = Stage::ALL.iter().map(|s| (s.as_str().to_string(), s.label())).collect();
    vec![
        FormField::new("name", t(k::FIELD_NAME), Input::Text).value(i.name.clone()).required(),
        FormField::new("stage", t(k::SE_FIELD_STAGE), Input::Select(stages)).value(i.stage.clone()).required(),
        FormField::new("advisor_user_id", t(k::SE_FIELD_ADVISOR), Input::Select(options(t(k::SE_NONE_YET), advisors))).value(i.advisor_user_id.clone()),
        FormField::new("company_id", t(k::SE_FIELD_COMPANY), Input::Select(options(t(k::SE_NONE_YET), companies)))
            .value(i.company_id.clone())
            .hint(t(k::SE_FIELD_COMPANY_HINT)),
        FormField::new("started_on", t(k::SE_FIELD_STARTED), Input::Date).value(i.started_on.clone()).required(),
        FormField::new("established_on", t(k::STAGE_ESTABLISHED), Input::Date).value(i.established_on.clone()),
        FormField::new("closed_on", t(k::STAGE_CLOSED), Input::Date).value(i.closed_on.clone()),
        FormField::new("notes", t(k::NAV_NOTES), Input::Area).value(i.notes.clone()),
    ]
}

#[component]
pub fn SocialEnterprisesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_initiatives());
    view! {
        <Frame title=k::NAV_SOCIAL_ENTERPRISES place=Place::Desk("/maal/soev")>
            <h1>{t(k::SE_HEADING)}</h1>
            {loaded(data, |d| view! { <Pipeline d/> })}
        </Frame>
    }
}

#[component]
fn Pipeline(d: InitiativesPage) -> impl IntoView {
    let mut new = vec![FormField::hidden("id", "0")];
    let today = crate::domain::local_time::local_date(chrono::Utc::now()).to_string();
    new.extend(initiative_fields(&InitiativeInput { stage: "idea".into(), started_on: today, ..Default::default() }, &d.advisors, &d.companies));
    let columns = Stage::ALL
        .iter()
        .map(|stage| {
            let items: Vec<InitiativeView> = d.initiatives.iter().filter(|i| i.stage == *stage).cloned().collect();
            let heading = format!("stage-{}", stage.as_str());
            let labelled_by = heading.clone();
            let empty = items.is_empty().then(|| view! { <p class="empty">{t(k::SE_EMPTY)}</p> });
            view! {
                <section class="card stage" aria-labelledby=labelled_by>
                    <h2 id=heading>{format!("{} ({})", stage.label(), items.len())}</h2>
                    {empty}
                    <ul class="plain-list">
                        {items.into_iter().map(|i| view! {
                            <li>
                                <a href=format!("/maal/soev/{}", i.id)>{i.name.clone()}</a>
                                <span class="hint">
                                    {[i.company_name.clone(), i.advisor_name.clone().map(|a| tr(k::SE_RESPONSIBLE, &[("name", a.into())])),
                                      Some(tr(k::SE_STARTED_ON, &[("date", format::date_numeric(locale(), i.started_on).into())]))]
                                        .into_iter().flatten().collect::<Vec<_>>().join(" · ")}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="stage-grid">{columns}</div>
        <section class="card no-print" aria-labelledby="new-initiative">
            <h2 id="new-initiative">{t(k::SE_NEW)}</h2>
            <DeskForm id="initiative-new".to_string() action=SaveInitiative::PATH.to_string() fields=new
                submit=t(k::SE_CREATE) after=AfterSave::GoTo("/maal/soev/{id}".into()) danger=false/>
        </section>
    }
}

#[component]
pub fn SocialEnterprisePage() -> impl IntoView {
    crate::pages::desk::record_page(k::SE_INITIATIVE, "/maal/soev", Some(("/maal/soev", k::BACK_INITIATIVES)), load_initiative, |d| view! { <Initiative d/> })
}

#[component]
fn Initiative(d: InitiativePage) -> impl IntoView {
    let i = d.initiative;
    let mut edit = vec![FormField::hidden("id", i.id.to_string())];
    edit.extend(initiative_fields(&i.as_input(), &d.advisors, &d.companies));
    let partner_companies: Vec<(i64, String)> = d.companies.iter().filter(|(id, _)| Some(*id) != i.company_id).cloned().collect();
    let partner = vec![
        FormField::hidden("initiative_id", i.id.to_string()),
        FormField::new("company_id", t(k::SE_PARTNER_COMPANY), Input::Select(options(t(k::SE_CHOOSE_COMPANY), &partner_companies))).required(),
        FormField::new("description", t(k::SE_PARTNER_WHAT), Input::Text),
        FormField::new("since", t(k::SE_PARTNER_SINCE), Input::Date).required(),
    ];
    view! {
        <h1>{i.name.clone()}</h1>
        <p class="report-summary">{format!("{} · {}", i.stage.label(), tr(k::SE_STARTED_ON, &[("date", format::date_numeric(locale(), i.started_on).into())]))}</p>
        <section class="card">
            <h2>{t(k::SE_THE_INITIATIVE)}</h2>
            <DeskForm id="initiative-edit".to_string() action=SaveInitiative::PATH.to_string() fields=edit
                submit=t(k::SAVE) after=AfterSave::Reload danger=false/>
        </section>
        <section class="card" aria-labelledby="partners">
            <h2 id="partners">{t(k::SE_PARTNERS)}</h2>
            {if i.partnerships.is_empty() {
                view! { <p class="empty">{t(k::SE_PARTNERS_NONE)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {i.partnerships.iter().map(|p| view! {
                            <li>
                                <strong>{p.company_name.clone()}</strong>
                                {format!(" {}", tr(k::SE_SINCE, &[("date", format::date_numeric(locale(), p.since).into())]))}
                                {p.description.clone().map(|d| format!(": {d}"))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3>{t(k::SE_PARTNER_NEW)}</h3>
            <DeskForm id="partner-new".to_string() action=AddPartnership::PATH.to_string() fields=partner
                submit=t(k::ADD) after=AfterSave::Reload danger=false/>
        </section>
    }
}
