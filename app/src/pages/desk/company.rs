//! One company: its record, its openings and proposals, the citizens placed there.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField};
use crate::domain::opening::{OpeningInput, OpeningView};
use crate::i18n::{describe, format, k, locale, t, tr};
use crate::domain::placement::PlacementRecord;
use crate::components::desk_form::Input;
use crate::functions::desk::{load_company, CompanyPage, InviteMentor, SaveCompany, SaveOpening};

#[component]
pub fn CompanyPage() -> impl IntoView {
    super::record_page(k::CSV_COMPANY, "/sagsbehandler/virksomheder", Some(("/sagsbehandler/virksomheder", k::BACK_COMPANIES)), load_company, |d| view! { <Company d/> })
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
        FormField::new("name", t(k::COMPANY_MENTOR_NAME), Input::Text).required(),
        FormField::new("email", t(k::EMAIL), Input::Email).required().hint(t(k::COMPANY_MENTOR_EMAIL_HINT)),
        FormField::new("phone", t(k::FIELD_PHONE), Input::Tel),
    ];
    new_opening.extend(super::opening_fields(&OpeningInput { postcode: c.postcode.clone().unwrap_or_default(), seats: "1".into(), ..Default::default() }, None));
    view! {
        <h1>{c.name.clone()}</h1>
        <dl class="facts">
            <dt>{t(k::CSV_CVR)}</dt><dd>{c.cvr.clone()}</dd>
            <dt>{t(k::ADDRESS)}</dt><dd>{[c.address.clone(), c.postcode.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
            <dt>{t(k::COMPANY_CONTACT)}</dt><dd>{[c.contact_name.clone(), c.contact_phone.clone(), c.contact_email.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</dd>
            <dt>{t(k::MY_DATA_CASEWORKER)}</dt><dd>{super::or_dash(c.caseworker_name.clone())}</dd>
            <dt>{t(k::COMPANY_SOCIAL)}</dt><dd>{c.social_enterprise_since.clone().map(|d| tr(k::COMPANY_SOCIAL_YES_SINCE, &[("date", format::iso_date(locale(), &d).into())])).unwrap_or_else(|| t(k::NO))}</dd>
        </dl>
        <h2>{t(k::COMPANY_OPENINGS)}</h2>
        <OpeningTable openings=d.openings/>
        <h2>{t(k::COMPANY_PLACED_HERE)}</h2>
        <PlacementTable placements=d.placements/>
        <div class="desk-columns">
            <section class="card" aria-labelledby="new-opening">
                <h2 id="new-opening">{t(k::OPENING_NEW)}</h2>
                <DeskForm id="opening-new".to_string() action=SaveOpening::PATH.to_string() fields=new_opening
                    submit=t(k::OPENING_CREATE) after=AfterSave::GoTo("/sagsbehandler/opslag/{id}".into()) danger=false/>
            </section>
            <section class="card" aria-labelledby="invite-mentor">
                <h2 id="invite-mentor">{t(k::COMPANY_INVITE_MENTOR)}</h2>
                <DeskForm id="mentor-invite".to_string() action=InviteMentor::PATH.to_string() fields=mentor
                    submit=t(k::INVITE_MAKE) after=AfterSave::ShowInvite danger=false/>
            </section>
            <section class="card" aria-labelledby="edit-company">
                <h2 id="edit-company">{t(k::COMPANY_EDIT)}</h2>
                <DeskForm id="company-edit".to_string() action=SaveCompany::PATH.to_string() fields=edit
                    submit=t(k::SAVE_CHANGES) after=AfterSave::Reload danger=false/>
            </section>
        </div>
    }
}

#[component]
pub(crate) fn OpeningTable(openings: Vec<OpeningView>) -> impl IntoView {
    if openings.is_empty() {
        return view! { <p class="card empty">{t(k::COMPANY_NO_OPENINGS)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::COMPANY_OPENINGS_CAPTION)>
        <table class="caseload openings">
            <caption class="visually-hidden">{t(k::COMPANY_OPENINGS_CAPTION)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(k::COL_OPENING)}</th>
                    <th scope="col">{t(k::OPENING_FIELD_KIND)}</th>
                    <th scope="col">{t(k::CSV_HOURS)}</th>
                    <th scope="col" class="num">{t(k::COL_HOURLY_WAGE)}</th>
                    <th scope="col" class="num">{t(k::COL_SEATS)}</th>
                    <th scope="col">{t(k::FIELD_STATUS)}</th>
                </tr>
            </thead>
            <tbody>
                {openings.into_iter().map(|o| view! {
                    <tr data-opening-id=o.id.to_string()>
                        <th scope="row"><a href=format!("/sagsbehandler/opslag/{}", o.id)>{o.title.clone()}</a></th>
                        <td>{t(o.kind.label_key())}</td>
                        <td>{super::hours_per_week(o.hours_per_week)}</td>
                        <td class="num">{super::wage(o.hourly_wage_ore, "–")}</td>
                        <td class="num">{tr(k::SEATS_OF, &[("taken", o.seats_taken.into()), ("seats", o.seats.into())])}</td>
                        <td>{t(describe::opening_state(o.status, o.review))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}

#[component]
pub(crate) fn PlacementTable(placements: Vec<PlacementRecord>) -> impl IntoView {
    if placements.is_empty() {
        return view! { <p class="card empty">{t(k::PLACEMENTS_NONE)}</p> }.into_any();
    }
    let lang = locale();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::CSV_PLACEMENT)>
        <table class="caseload placements">
            <caption class="visually-hidden">{t(k::CSV_PLACEMENT)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(k::COL_CITIZEN)}</th>
                    <th scope="col">{t(k::COL_OPENING)}</th>
                    <th scope="col">{t(k::MENTOR)}</th>
                    <th scope="col">{t(k::COL_PERIOD)}</th>
                    <th scope="col">{t(k::FIELD_STATUS)}</th>
                </tr>
            </thead>
            <tbody>
                {placements.into_iter().map(|p| view! {
                    <tr data-placement-id=p.id.to_string()>
                        <th scope="row"><a href=format!("/sagsbehandler/forloeb/{}", p.id)>{p.citizen_name.clone()}</a></th>
                        <td>{p.opening_title.clone()}</td>
                        <td>{super::or_dash(p.mentor_name.clone())}</td>
                        <td><bdi>{format!("{} – {}", format::iso_date(lang, &p.starts_on), p.ended_on.clone().or(p.ends_on.clone()).map(|d| format::iso_date(lang, &d)).unwrap_or_default())}</bdi></td>
                        <td>{t(describe::placement_status(&p.status))}{p.outcome.map(|o| format!(": {}", o.label()))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}
