//! One opening: its terms, the review of a mentor's proposal, the citizens who match it best
//! and a form to place one of them.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::local_time::local_date;
use crate::domain::matching::MatchView;
use crate::domain::opening::{OpeningKind, Review};
use crate::i18n::{describe, k, t, tr};
use crate::domain::placement::INTERNSHIP_WEEKS;
use crate::functions::desk::{load_opening, CreatePlacement, OpeningPage, ReviewOpening, SaveOpening};

#[component]
pub fn OpeningPage() -> impl IntoView {
    super::record_page(k::COL_OPENING, "/sagsbehandler/virksomheder", None, load_opening, |d| view! { <Opening d/> })
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
        FormField::new("decision", t(k::REVIEW_DECISION), Input::Select(vec![("approve".into(), t(k::REVIEW_APPROVE)), ("decline".into(), t(k::REVIEW_DECLINE))])).required(),
        FormField::new("reason", t(k::REVIEW_REASON), Input::Area).hint(t(k::REVIEW_REASON_HINT)),
    ];
    let can_place = o.takes_placements() && o.seats_taken < o.seats;
    // "Placér" on a match row opens the form with that citizen chosen.
    let chosen = leptos_router::hooks::use_query_map().get_untracked().get("borger").filter(|c| d.matches.iter().any(|m| m.id.to_string() == *c));
    let place = place_fields(id, o.kind, &d.matches, &d.mentors, chosen);
    view! {
        <p class="no-print"><a href=format!("/sagsbehandler/virksomheder/{}", o.company_id)>{format!("‹ {}", o.company_name)}</a></p>
        <h1>{o.title.clone()}</h1>
        <p class="report-state">{format!("{} · {}", t(o.kind.label_key()), t(describe::opening_state(o.status, o.review)))}</p>
        <dl class="facts">
            <dt>{t(k::CSV_COMPANY)}</dt><dd>{o.company_name.clone()}</dd>
            <dt>{t(k::OPENING_FIELD_TASKS)}</dt><dd>{super::or_dash(o.tasks.clone())}</dd>
            <dt>{t(k::CSV_HOURS)}</dt><dd>{super::hours_per_week(o.hours_per_week)}</dd>
            <dt>{t(k::OPENING_PLACE)}</dt><dd>{[o.location.clone(), o.postcode.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
            <dt>{t(k::COL_HOURLY_WAGE)}</dt><dd>{super::wage(o.hourly_wage_ore, &t(k::UNPAID))}</dd>
            <dt>{t(k::COL_SEATS)}</dt><dd>{tr(k::SEATS_TAKEN, &[("taken", o.seats_taken.into()), ("seats", o.seats.into())])}</dd>
            {o.proposed_by_name.clone().map(|n| view! { <dt>{t(k::OPENING_PROPOSED_BY)}</dt><dd>{n}</dd> })}
            {o.review_reason.clone().map(|r| view! { <dt>{t(k::OPENING_REASON)}</dt><dd>{r}</dd> })}
        </dl>
        {waiting.then(|| view! {
            <section class="card" aria-labelledby="review-heading">
                <h2 id="review-heading">{t(k::REVIEW_HEADING)}</h2>
                <DeskForm id="review".to_string() action=ReviewOpening::PATH.to_string() fields=review
                    submit=t(k::REVIEW_SAVE) after=AfterSave::Reload danger=false/>
            </section>
        })}
        {o.takes_placements().then(|| view! { <Matches matches=d.matches.clone() can_place/> })}
        {can_place.then(|| view! {
            <section class="card" id="place" aria-labelledby="place-heading">
                <h2 id="place-heading">{t(k::PLACEMENT_CREATE)}</h2>
                <DeskForm id="place".to_string() action=CreatePlacement::PATH.to_string() fields=place
                    submit=t(k::PLACEMENT_CREATE) after=AfterSave::GoTo("/sagsbehandler/forloeb/{id}?svar=placed".into()) danger=false/>
            </section>
        })}
        <h2>{t(k::OPENING_PLACEMENTS)}</h2>
        <super::company::PlacementTable placements=d.placements/>
        {(!waiting).then(|| view! {
            <section class="card" aria-labelledby="edit-opening">
                <h2 id="edit-opening">{t(k::OPENING_EDIT)}</h2>
                <DeskForm id="opening-edit".to_string() action=SaveOpening::PATH.to_string() fields=edit
                    submit=t(k::SAVE_CHANGES) after=AfterSave::Reload danger=false/>
            </section>
        })}
    }
}

fn place_fields(opening_id: i64, kind: OpeningKind, matches: &[MatchView], mentors: &[(i64, String)], chosen: Option<String>) -> Vec<FormField> {
    let mut citizens = vec![(String::new(), t(k::PLACE_CHOOSE_CITIZEN))];
    citizens.extend(matches.iter().map(|m| (m.id.to_string(), tr(k::PLACE_CITIZEN_POINTS, &[("name", m.name.clone().into()), ("points", m.score.into())]))));
    let mut mentor_options = vec![(String::new(), t(k::PLACE_NO_MENTOR))];
    mentor_options.extend(mentors.iter().map(|(id, name)| (id.to_string(), name.clone())));
    let first_mentor = mentors.first().map(|(id, _)| id.to_string()).unwrap_or_default();
    let today = local_date(chrono::Utc::now()).to_string();
    let mut f = vec![
        FormField::hidden("opening_id", opening_id.to_string()),
        FormField::new("citizen_id", t(k::COL_CITIZEN), Input::Select(citizens)).value(chosen.unwrap_or_default()).required(),
        FormField::new("mentor_user_id", t(k::MENTOR), Input::Select(mentor_options)).value(first_mentor),
        FormField::new("starts_on", t(k::PLACE_STARTS_ON), Input::Date).value(today).required(),
    ];
    if kind == OpeningKind::Internship {
        let weeks = INTERNSHIP_WEEKS.iter().map(|w| (w.to_string(), tr(k::WEEKS, &[("weeks", (*w).into())]))).collect();
        f.push(FormField::new("weeks", t(k::PLACE_DURATION), Input::Select(weeks)).value("4").required().hint(t(k::PLACE_DURATION_HINT)));
    } else {
        f.push(FormField::new("ends_on", t(k::PLACE_ENDS_ON), Input::Date).hint(t(k::PLACE_ENDS_ON_HINT)));
        f.push(FormField::new("hourly_wage", t(k::FIELD_HOURLY_WAGE), Input::Decimal).hint(t(k::PLACE_WAGE_HINT)));
    }
    f.push(FormField::new("hours_per_week", t(k::PLACE_AGREED_HOURS), Input::Decimal));
    f
}

/// The best citizens for the opening, each score with its reasons.
#[component]
fn Matches(matches: Vec<MatchView>, can_place: bool) -> impl IntoView {
    view! {
        <section aria-labelledby="matches-heading">
            <h2 id="matches-heading">{t(k::OPENING_MATCHES)}</h2>
            <p class="hint">{t(k::OPENING_MATCHES_POINTS)}</p>
            {if matches.is_empty() {
                view! { <p class="card empty">{t(k::OPENING_MATCHES_NONE)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::OPENING_MATCHES_CAPTION)>
                    <table class="caseload matches">
                        <caption class="visually-hidden">{t(k::OPENING_MATCHES_CAPTION)}</caption>
                        <thead><tr>
                            <th scope="col">{t(k::COL_CITIZEN)}</th><th scope="col">{t(k::COL_POSTCODE)}</th><th scope="col" class="num">{t(k::COL_POINTS)}</th><th scope="col">{t(k::COL_WHY)}</th>
                            {can_place.then(|| view! { <th scope="col"><span class="visually-hidden">{t(k::PLACE_ACTION)}</span></th> })}
                        </tr></thead>
                        <tbody>
                            {matches.into_iter().map(|m| view! {
                                <tr data-citizen-id=m.id.to_string()>
                                    <th scope="row">{m.name.clone()}</th>
                                    <td>{m.postcode.clone().unwrap_or_else(|| "–".into())}</td>
                                    <td class="num">{m.score}</td>
                                    <td><ul class="reasons">{m.parts.iter().map(|p| view! { <li>{format!("{:+} {}", p.points, p.reason)}</li> }).collect_view()}</ul></td>
                                    {can_place.then(|| view! {
                                        <td><a class="button button-secondary" href=format!("?borger={}#place", m.id)
                                            aria-label=tr(k::PLACE_ACTION_FOR, &[("name", m.name.clone().into())])>{t(k::PLACE_ACTION)}</a></td>
                                    })}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
