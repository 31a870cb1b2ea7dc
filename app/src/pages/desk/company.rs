//! One company: its record, its openings and proposals, the citizens placed there.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField};
use crate::domain::local_time::date_da;
use crate::domain::money;
use crate::domain::opening::{OpeningInput, OpeningView};
use crate::domain::placement::PlacementRecord;
use crate::components::desk_form::Input;
use crate::functions::desk::{load_company, CompanyPage, InviteMentor, SaveCompany, SaveOpening};

#[component]
pub fn CompanyPage() -> impl IntoView {
    super::record_page("Virksomhed", "Virksomhed", "/sagsbehandler/virksomheder", Some(("/sagsbehandler/virksomheder", "‹ Alle virksomheder")), load_company, |d| view! { <Company d/> })
}

#[component]
fn Company(d: CompanyPage) -> impl IntoView {
    let c = d.company;
    let id = c.id;
    let mut edit = vec![FormField::hidden("id", id.to_string())];
    edit.extend(super::company_fields(&c.as_input()));
    let mut new_opening = vec![FormField::hidden("id", "0"), FormField::hidden("company_id", id.to_string())];
    let mentor = vec![
        FormField::hidden("company_id", id.to_string()),
        FormField::new("name", "Mentorens navn", Input::Text).required(),
        FormField::new("email", "E-mail", Input::Email).required().hint("Mentoren logger ind med den."),
        FormField::new("phone", "Telefon", Input::Tel),
    ];
    new_opening.extend(super::opening_fields(&OpeningInput { postcode: c.postcode.clone().unwrap_or_default(), seats: "1".into(), ..Default::default() }, None));
    view! {
        <h1>{c.name.clone()}</h1>
        <dl class="facts">
            <dt>"CVR"</dt><dd>{c.cvr.clone()}</dd>
            <dt>"Adresse"</dt><dd>{[c.address.clone(), c.postcode.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
            <dt>"Kontaktperson"</dt><dd>{[c.contact_name.clone(), c.contact_phone.clone(), c.contact_email.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</dd>
            <dt>"Jobkonsulent"</dt><dd>{c.caseworker_name.clone().unwrap_or_else(|| "–".into())}</dd>
            <dt>"Socialøkonomisk"</dt><dd>{c.social_enterprise_since.clone().map(|d| format!("Ja, siden {}", date_da(&d))).unwrap_or_else(|| "Nej".into())}</dd>
        </dl>
        <h2>"Opslag"</h2>
        <OpeningTable openings=d.openings/>
        <h2>"Borgere i forløb her"</h2>
        <PlacementTable placements=d.placements/>
        <div class="desk-columns">
            <section class="card" aria-labelledby="new-opening">
                <h2 id="new-opening">"Nyt opslag"</h2>
                <DeskForm id="opening-new".to_string() action=SaveOpening::PATH.to_string() fields=new_opening
                    submit="Opret opslag".to_string() after=AfterSave::GoTo("/sagsbehandler/opslag/{id}".into()) danger=false/>
            </section>
            <section class="card" aria-labelledby="invite-mentor">
                <h2 id="invite-mentor">"Inviter en mentor"</h2>
                <DeskForm id="mentor-invite".to_string() action=InviteMentor::PATH.to_string() fields=mentor
                    submit="Lav invitation".to_string() after=AfterSave::ShowInvite danger=false/>
            </section>
            <section class="card" aria-labelledby="edit-company">
                <h2 id="edit-company">"Ret virksomheden"</h2>
                <DeskForm id="company-edit".to_string() action=SaveCompany::PATH.to_string() fields=edit
                    submit="Gem ændringer".to_string() after=AfterSave::Reload danger=false/>
            </section>
        </div>
    }
}

#[component]
pub(crate) fn OpeningTable(openings: Vec<OpeningView>) -> impl IntoView {
    if openings.is_empty() {
        return view! { <p class="card empty">"Ingen opslag endnu."</p> }.into_any();
    }
    view! {
        <table class="caseload openings">
            <caption class="visually-hidden">"Virksomhedens opslag"</caption>
            <thead>
                <tr>
                    <th scope="col">"Opslag"</th>
                    <th scope="col">"Type"</th>
                    <th scope="col">"Timer"</th>
                    <th scope="col" class="num">"Timeløn"</th>
                    <th scope="col" class="num">"Pladser"</th>
                    <th scope="col">"Status"</th>
                </tr>
            </thead>
            <tbody>
                {openings.into_iter().map(|o| view! {
                    <tr data-opening-id=o.id.to_string()>
                        <th scope="row"><a href=format!("/sagsbehandler/opslag/{}", o.id)>{o.title.clone()}</a></th>
                        <td>{o.kind.label_da()}</td>
                        <td>{super::hours_da(o.hours_per_week)}</td>
                        <td class="num">{o.hourly_wage_ore.map(money::format_kr).unwrap_or_else(|| "–".into())}</td>
                        <td class="num">{format!("{} af {}", o.seats_taken, o.seats)}</td>
                        <td>{o.state_da()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
pub(crate) fn PlacementTable(placements: Vec<PlacementRecord>) -> impl IntoView {
    if placements.is_empty() {
        return view! { <p class="card empty">"Ingen forløb endnu."</p> }.into_any();
    }
    view! {
        <table class="caseload placements">
            <caption class="visually-hidden">"Forløb"</caption>
            <thead>
                <tr>
                    <th scope="col">"Borger"</th>
                    <th scope="col">"Opslag"</th>
                    <th scope="col">"Mentor"</th>
                    <th scope="col">"Periode"</th>
                    <th scope="col">"Status"</th>
                </tr>
            </thead>
            <tbody>
                {placements.into_iter().map(|p| view! {
                    <tr data-placement-id=p.id.to_string()>
                        <th scope="row"><a href=format!("/sagsbehandler/forloeb/{}", p.id)>{p.citizen_name.clone()}</a></th>
                        <td>{p.opening_title.clone()}</td>
                        <td>{p.mentor_name.clone().unwrap_or_else(|| "–".into())}</td>
                        <td>{format!("{} – {}", date_da(&p.starts_on), p.ended_on.clone().or(p.ends_on.clone()).map(|d| date_da(&d)).unwrap_or_default())}</td>
                        <td>{p.status_da()}{p.outcome.map(|o| format!(": {}", o.label_da()))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
