//! "Socialøkonomi": the pipeline of social-economic enterprise initiatives, by stage, and one
//! initiative with its partnerships — for admins and managers.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::components::AppHeader;
use crate::domain::local_time::date_da;
use crate::domain::social_enterprise::{InitiativeInput, InitiativePage, InitiativeView, InitiativesPage, Stage};
use crate::functions::goals::{load_initiative, load_initiatives, AddPartnership, SaveInitiative};
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;

fn options(none: &str, items: &[(i64, String)]) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), none.to_string())];
    out.extend(items.iter().map(|(id, name)| (id.to_string(), name.clone())));
    out
}

fn initiative_fields(i: &InitiativeInput, advisors: &[(i64, String)], companies: &[(i64, String)]) -> Vec<FormField> {
    let stages = Stage::ALL.iter().map(|s| (s.as_str().to_string(), s.label_da().to_string())).collect();
    vec![
        FormField::new("name", "Navn", Input::Text).value(i.name.clone()).required(),
        FormField::new("stage", "Hvor langt er det", Input::Select(stages)).value(i.stage.clone()).required(),
        FormField::new("advisor_user_id", "Ansvarlig konsulent", Input::Select(options("Ingen endnu", advisors))).value(i.advisor_user_id.clone()),
        FormField::new("company_id", "Virksomheden", Input::Select(options("Ingen endnu", companies)))
            .value(i.company_id.clone())
            .hint("Skal vælges, når virksomheden er etableret. Den tæller så med i målet fra etableringsdagen."),
        FormField::new("started_on", "Startet", Input::Date).value(i.started_on.clone()).required(),
        FormField::new("established_on", "Etableret", Input::Date).value(i.established_on.clone()),
        FormField::new("closed_on", "Lukket", Input::Date).value(i.closed_on.clone()),
        FormField::new("notes", "Noter", Input::Area).value(i.notes.clone()),
    ]
}

#[component]
pub fn SocialEnterprisesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_initiatives());
    view! {
        <Title text="Socialøkonomi – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/maal/soev"/>
        <main class="page page-desk" id="main">
            <h1>"Socialøkonomiske virksomheder"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <Pipeline d/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
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
            let empty = items.is_empty().then(|| view! { <p class="empty">"Ingen endnu."</p> });
            view! {
                <section class="card stage" aria-labelledby=labelled_by>
                    <h2 id=heading>{format!("{} ({})", stage.label_da(), items.len())}</h2>
                    {empty}
                    <ul class="plain-list">
                        {items.into_iter().map(|i| view! {
                            <li>
                                <a href=format!("/maal/soev/{}", i.id)>{i.name.clone()}</a>
                                <span class="hint">
                                    {[i.company_name.clone(), i.advisor_name.clone().map(|a| format!("ansvarlig: {a}")),
                                      Some(format!("startet {}", date_da(&i.started_on.to_string())))]
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
            <h2 id="new-initiative">"Nyt initiativ"</h2>
            <DeskForm id="initiative-new".to_string() action=SaveInitiative::PATH.to_string() fields=new
                submit="Opret initiativ".to_string() after=AfterSave::GoTo("/maal/soev/{id}".into()) danger=false/>
        </section>
    }
}

#[component]
pub fn SocialEnterprisePage() -> impl IntoView {
    crate::pages::desk::record_page("Initiativ", "Initiativ", "/maal/soev", Some(("/maal/soev", "‹ Alle initiativer")), load_initiative, |d| view! { <Initiative d/> })
}

#[component]
fn Initiative(d: InitiativePage) -> impl IntoView {
    let i = d.initiative;
    let mut edit = vec![FormField::hidden("id", i.id.to_string())];
    edit.extend(initiative_fields(&i.as_input(), &d.advisors, &d.companies));
    let partner_companies: Vec<(i64, String)> = d.companies.iter().filter(|(id, _)| Some(*id) != i.company_id).cloned().collect();
    let partner = vec![
        FormField::hidden("initiative_id", i.id.to_string()),
        FormField::new("company_id", "Virksomhed, der køber", Input::Select(options("Vælg virksomhed", &partner_companies))).required(),
        FormField::new("description", "Hvad køber den", Input::Text),
        FormField::new("since", "Samarbejdet begyndte", Input::Date).required(),
    ];
    view! {
        <h1>{i.name.clone()}</h1>
        <p class="report-summary">{format!("{} · startet {}", i.stage.label_da(), date_da(&i.started_on.to_string()))}</p>
        <section class="card">
            <h2>"Initiativet"</h2>
            <DeskForm id="initiative-edit".to_string() action=SaveInitiative::PATH.to_string() fields=edit
                submit="Gem".to_string() after=AfterSave::Reload danger=false/>
        </section>
        <section class="card" aria-labelledby="partners">
            <h2 id="partners">"Samarbejdspartnere"</h2>
            {if i.partnerships.is_empty() {
                view! { <p class="empty">"Ingen virksomheder køber endnu af den."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {i.partnerships.iter().map(|p| view! {
                            <li>
                                <strong>{p.company_name.clone()}</strong>
                                {format!(" siden {}", date_da(&p.since.to_string()))}
                                {p.description.clone().map(|d| format!(": {d}"))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3>"Ny samarbejdspartner"</h3>
            <DeskForm id="partner-new".to_string() action=AddPartnership::PATH.to_string() fields=partner
                submit="Tilføj".to_string() after=AfterSave::Reload danger=false/>
        </section>
    }
}
