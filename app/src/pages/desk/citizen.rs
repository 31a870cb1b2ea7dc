//! One citizen on the desk: the record (with the caseworker-only accommodations), the
//! invitation to log in, placements, openings that fit, and the timeline. Also the page for
//! a new citizen.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::components::AppHeader;
use crate::domain::citizen_record::{CitizenInput, CitizenRecord};
use crate::domain::target_group::TargetGroup;
use crate::i18n::{k, t, Locale};
use crate::functions::desk::{load_citizen, CitizenPage, InviteCitizen, SaveCitizen};
use crate::pages::caseworker::DeskNav;

pub(crate) fn citizen_fields(c: &CitizenInput) -> Vec<FormField> {
    let mut groups = vec![(String::new(), "Vælg målgruppe".to_string())];
    groups.extend(TargetGroup::ALL.iter().map(|g| (g.as_str().to_string(), g.label_da().to_string())));
    // Each language in its own words, so the citizen can point at theirs.
    let mut languages = vec![(String::new(), t(k::CITIZEN_LANGUAGE_NONE))];
    languages.extend(Locale::ALL.iter().map(|l| (l.code().to_string(), l.native_name().to_string())));
    vec![
        FormField::new("name", "Navn", Input::Text).value(&c.name).required(),
        FormField::new("phone", "Telefon", Input::Tel).value(&c.phone),
        FormField::new("email", "E-mail", Input::Email).value(&c.email).hint("Borgeren logger ind med den."),
        FormField::new("postcode", "Postnummer", Input::Text).value(&c.postcode),
        FormField::new("target_group", "Målgruppe", Input::Select(groups)).value(&c.target_group).required(),
        FormField::new("referred_on", "Visiteret", Input::Date).value(&c.referred_on),
        FormField::new("wanted_hours_per_week", "Ønskede timer pr. uge", Input::Decimal).value(&c.wanted_hours_per_week),
        FormField::new("accommodations", "Skånehensyn", Input::Area).value(&c.accommodations).hint("Kun jobkonsulenter kan se det. Aldrig diagnoser."),
        FormField::new("language", &t(k::CITIZEN_LANGUAGE), Input::Select(languages)).value(&c.language).hint(&t(k::CITIZEN_LANGUAGE_HINT)),
        FormField::new("needs_interpreter", &t(k::CITIZEN_INTERPRETER), Input::Select(vec![
            ("no".into(), t(k::NO)),
            ("yes".into(), t(k::YES)),
        ])).value(&c.needs_interpreter),
    ]
}

#[component]
pub fn NewCitizenPage() -> impl IntoView {
    let mut fields = vec![FormField::hidden("id", "0")];
    fields.extend(citizen_fields(&CitizenInput::default()));
    view! {
        <Title text="Ny borger – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler"/>
        <main class="page page-desk" id="main">
            <p class="no-print"><a href="/sagsbehandler">"‹ Sagsstamme"</a></p>
            <h1>"Ny borger"</h1>
            <section class="card desk-narrow">
                <DeskForm id="citizen-new".to_string() action=SaveCitizen::PATH.to_string() fields
                    submit="Opret borger".to_string() after=AfterSave::GoTo("/sagsbehandler/borgere/{id}".into()) danger=false/>
            </section>
        </main>
    }
}

#[component]
pub fn CitizenDeskPage() -> impl IntoView {
    super::record_page("Borger", "Borger", "/sagsbehandler", Some(("/sagsbehandler", "‹ Sagsstamme")), load_citizen, |d| view! { <Citizen d/> })
}

#[component]
fn Citizen(d: CitizenPage) -> impl IntoView {
    let c = d.citizen;
    let mut edit = vec![FormField::hidden("id", c.id.to_string())];
    edit.extend(citizen_fields(&c.as_input()));
    let invite = vec![FormField::hidden("id", c.id.to_string())];
    view! {
        <h1>{c.name.clone()}</h1>
        <Facts c=c.clone()/>
        <h2>"Forløb"</h2>
        <super::company::PlacementTable placements=d.placements/>
        <h2>"Opslag der passer"</h2>
        {if d.matches.is_empty() {
            view! { <p class="card empty">"Ingen åbne opslag med ledige pladser."</p> }.into_any()
        } else {
            view! {
                <table class="caseload matches">
                    <caption class="visually-hidden">"Åbne opslag rangeret efter, hvor godt de passer til borgeren"</caption>
                    <thead><tr><th scope="col">"Opslag"</th><th scope="col">"Postnr."</th><th scope="col" class="num">"Point"</th><th scope="col">"Hvorfor"</th></tr></thead>
                    <tbody>
                        {d.matches.into_iter().map(|m| view! {
                            <tr data-opening-id=m.id.to_string()>
                                <th scope="row"><a href=format!("/sagsbehandler/opslag/{}", m.id)>{m.name.clone()}</a></th>
                                <td>{m.postcode.clone().unwrap_or_else(|| "–".into())}</td>
                                <td class="num">{m.score}</td>
                                <td><ul class="reasons">{m.parts.iter().map(|p| view! { <li>{format!("{:+} {}", p.points, p.reason)}</li> }).collect_view()}</ul></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <div class="desk-columns">
            <section class="card" aria-labelledby="invite-heading">
                <h2 id="invite-heading">"Log ind på telefonen"</h2>
                <p>{if c.can_log_in { "Borgeren kan logge ind. En ny invitation lader borgeren vælge en ny adgangskode." } else { "Borgeren kan ikke logge ind endnu. Lav en invitation, og giv borgeren den udskrevne QR-kode eller linket." }}</p>
                <DeskForm id="invite".to_string() action=InviteCitizen::PATH.to_string() fields=invite
                    submit="Lav invitation".to_string() after=AfterSave::ShowInvite danger=false/>
            </section>
            <section class="card" aria-labelledby="edit-citizen">
                <h2 id="edit-citizen">"Ret oplysninger"</h2>
                <DeskForm id="citizen-edit".to_string() action=SaveCitizen::PATH.to_string() fields=edit
                    submit="Gem ændringer".to_string() after=AfterSave::Reload danger=false/>
            </section>
        </div>
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Tidslinje"</h2>
            {if d.timeline.is_empty() {
                view! { <p class="card empty">"Intet endnu."</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {d.timeline.into_iter().map(|t| view! {
                            <li class=format!("timeline-item timeline-{:?}", t.kind).to_lowercase()>
                                <span class="timeline-when">{crate::domain::local_time::format_local_date(t.at)}" "{crate::domain::local_time::format_local_time(t.at)}</span>
                                " "<span class="badge badge-info">{t.kind.label_da()}</span>" "
                                <span>{t.text}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Facts(c: CitizenRecord) -> impl IntoView {
    let or_dash = |o: Option<String>| o.unwrap_or_else(|| "–".into());
    view! {
        <dl class="facts">
            <dt>"Telefon"</dt><dd>{or_dash(c.phone.clone())}</dd>
            <dt>"E-mail"</dt><dd>{or_dash(c.email.clone())}</dd>
            <dt>"Postnummer"</dt><dd>{or_dash(c.postcode.clone())}</dd>
            <dt>"Målgruppe"</dt><dd>{c.target_group.label_da()}</dd>
            <dt>"Visiteret"</dt><dd>{or_dash(c.referred_on.as_deref().map(crate::domain::local_time::date_da))}</dd>
            <dt>"Ønskede timer"</dt><dd>{super::hours_da(c.wanted_hours_per_week)}</dd>
            <dt>"Jobkonsulent"</dt><dd>{or_dash(c.caseworker_name.clone())}</dd>
            <dt>{t(k::CITIZEN_LANGUAGE)}</dt>
            <dd>
                {c.language.map(|l| view! { <span lang=l.code() dir=l.direction().as_str()>{l.native_name()}</span> }.into_any()).unwrap_or_else(|| "–".into_any())}
                {c.needs_interpreter.then(|| view! { " · "<strong>{t(k::CITIZEN_NEEDS_INTERPRETER)}</strong> })}
            </dd>
            <dt>"Skånehensyn"</dt><dd>{or_dash(c.accommodations.clone())}</dd>
            <dt>"Login"</dt><dd>{if c.can_log_in { "Kan logge ind" } else { "Ikke endnu" }}</dd>
        </dl>
    }
}
