//! One opening: its terms, the review of a mentor's proposal, the citizens who match it best
//! and a form to place one of them.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::local_time::local_date;
use crate::domain::matching::MatchView;
use crate::domain::money;
use crate::domain::opening::{OpeningKind, Review};
use crate::domain::placement::INTERNSHIP_WEEKS;
use crate::functions::desk::{load_opening, CreatePlacement, OpeningPage, ReviewOpening, SaveOpening};

#[component]
pub fn OpeningPage() -> impl IntoView {
    super::record_page("Opslag", "Opslag", "/sagsbehandler/virksomheder", None, load_opening, |d| view! { <Opening d/> })
}

#[component]
fn Opening(d: OpeningPage) -> impl IntoView {
    let o = d.opening;
    let id = o.id;
    let waiting = o.review == Some(Review::Waiting);
    let mut edit = vec![FormField::hidden("id", id.to_string())];
    edit.extend(super::opening_fields(&o.as_input(), Some(o.status)));
    let review = vec![
        FormField::hidden("id", id.to_string()),
        FormField::new("decision", "Afgørelse", Input::Select(vec![("approve".into(), "Godkend – opslaget åbner".into()), ("decline".into(), "Afvis".into())])).required(),
        FormField::new("reason", "Begrundelse ved afvisning", Input::Area).hint("Mentoren kan læse den."),
    ];
    let can_place = o.takes_placements() && o.seats_taken < o.seats;
    let place = place_fields(id, o.kind, &d.matches, &d.mentors);
    view! {
        <p class="no-print"><a href=format!("/sagsbehandler/virksomheder/{}", o.company_id)>{format!("‹ {}", o.company_name)}</a></p>
        <h1>{o.title.clone()}</h1>
        <p class="report-state">{format!("{} · {}", o.kind.label_da(), o.state_da())}</p>
        <dl class="facts">
            <dt>"Virksomhed"</dt><dd>{o.company_name.clone()}</dd>
            <dt>"Opgaver"</dt><dd>{o.tasks.clone().unwrap_or_else(|| "–".into())}</dd>
            <dt>"Timer"</dt><dd>{super::hours_da(o.hours_per_week)}</dd>
            <dt>"Sted"</dt><dd>{[o.location.clone(), o.postcode.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
            <dt>"Timeløn"</dt><dd>{o.hourly_wage_ore.map(money::format_kr).unwrap_or_else(|| "Ulønnet".into())}</dd>
            <dt>"Pladser"</dt><dd>{format!("{} af {} besat", o.seats_taken, o.seats)}</dd>
            {o.proposed_by_name.clone().map(|n| view! { <dt>"Foreslået af"</dt><dd>{n}</dd> })}
            {o.review_reason.clone().map(|r| view! { <dt>"Begrundelse"</dt><dd>{r}</dd> })}
        </dl>
        {waiting.then(|| view! {
            <section class="card" aria-labelledby="review-heading">
                <h2 id="review-heading">"Godkend eller afvis forslaget"</h2>
                <DeskForm id="review".to_string() action=ReviewOpening::PATH.to_string() fields=review
                    submit="Gem afgørelse".to_string() after=AfterSave::Reload danger=false/>
            </section>
        })}
        {o.takes_placements().then(|| view! { <Matches matches=d.matches.clone()/> })}
        {can_place.then(|| view! {
            <section class="card" aria-labelledby="place-heading">
                <h2 id="place-heading">"Opret forløb"</h2>
                <DeskForm id="place".to_string() action=CreatePlacement::PATH.to_string() fields=place
                    submit="Opret forløb".to_string() after=AfterSave::GoTo("/sagsbehandler/forloeb/{id}".into()) danger=false/>
            </section>
        })}
        <h2>"Forløb i opslaget"</h2>
        <super::company::PlacementTable placements=d.placements/>
        {(!waiting).then(|| view! {
            <section class="card" aria-labelledby="edit-opening">
                <h2 id="edit-opening">"Ret opslaget"</h2>
                <DeskForm id="opening-edit".to_string() action=SaveOpening::PATH.to_string() fields=edit
                    submit="Gem ændringer".to_string() after=AfterSave::Reload danger=false/>
            </section>
        })}
    }
}

fn place_fields(opening_id: i64, kind: OpeningKind, matches: &[MatchView], mentors: &[(i64, String)]) -> Vec<FormField> {
    let mut citizens = vec![(String::new(), "Vælg en borger".to_string())];
    citizens.extend(matches.iter().map(|m| (m.id.to_string(), format!("{} ({} point)", m.name, m.score))));
    let mut mentor_options = vec![(String::new(), "Ingen mentor endnu".to_string())];
    mentor_options.extend(mentors.iter().map(|(id, name)| (id.to_string(), name.clone())));
    let first_mentor = mentors.first().map(|(id, _)| id.to_string()).unwrap_or_default();
    let today = local_date(chrono::Utc::now()).to_string();
    let mut f = vec![
        FormField::hidden("opening_id", opening_id.to_string()),
        FormField::new("citizen_id", "Borger", Input::Select(citizens)).required(),
        FormField::new("mentor_user_id", "Mentor", Input::Select(mentor_options)).value(first_mentor),
        FormField::new("starts_on", "Startdato", Input::Date).value(today).required(),
    ];
    if kind == OpeningKind::Internship {
        let weeks = INTERNSHIP_WEEKS.iter().map(|w| (w.to_string(), format!("{w} uger"))).collect();
        f.push(FormField::new("weeks", "Varighed", Input::Select(weeks)).value("4").required().hint("Kan forlænges til højst 26 uger."));
    } else {
        f.push(FormField::new("ends_on", "Slutdato", Input::Date).hint("Tom, hvis forløbet ikke har en aftalt slutdato."));
        f.push(FormField::new("hourly_wage", "Timeløn (kr.)", Input::Decimal).hint("Tom: opslagets timeløn."));
    }
    f.push(FormField::new("hours_per_week", "Aftalte timer pr. uge", Input::Decimal));
    f
}

/// The best citizens for the opening, each score with its reasons.
#[component]
fn Matches(matches: Vec<MatchView>) -> impl IntoView {
    view! {
        <section aria-labelledby="matches-heading">
            <h2 id="matches-heading">"Borgere der passer"</h2>
            <p class="hint">"Point: samme postnummer 30, samme område 15, ønskede timer tæt på 20 (inden for 5 timer: 10), typen passer til målgruppen 25 (kan passe: 10), allerede i forløb −40."</p>
            {if matches.is_empty() {
                view! { <p class="card empty">"Ingen borgere at foreslå."</p> }.into_any()
            } else {
                view! {
                    <table class="caseload matches">
                        <caption class="visually-hidden">"Borgere rangeret efter, hvor godt de passer til opslaget"</caption>
                        <thead><tr><th scope="col">"Borger"</th><th scope="col">"Postnr."</th><th scope="col" class="num">"Point"</th><th scope="col">"Hvorfor"</th></tr></thead>
                        <tbody>
                            {matches.into_iter().map(|m| view! {
                                <tr data-citizen-id=m.id.to_string()>
                                    <th scope="row">{m.name.clone()}</th>
                                    <td>{m.postcode.clone().unwrap_or_else(|| "–".into())}</td>
                                    <td class="num">{m.score}</td>
                                    <td><ul class="reasons">{m.parts.iter().map(|p| view! { <li>{format!("{:+} {}", p.points, p.reason)}</li> }).collect_view()}</ul></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
