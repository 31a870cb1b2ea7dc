//! One placement from the desk: its terms, extension of an internship, the end with its
//! outcome, the follow-ups 3 and 6 months later, and the follow-up notes.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::local_time::date_da;
use crate::domain::money;
use crate::domain::opening::OpeningKind;
use crate::domain::placement::{FollowUpOutcome, Outcome, PlacementRecord, INTERNSHIP_MAX_WEEKS};
use crate::functions::desk::{load_placement, AddPlacementNote, EndPlacement, ExtendPlacement, PlacementPage, RecordFollowUp};

#[component]
pub fn PlacementPage() -> impl IntoView {
    super::record_page("Forløb", "Forløb", "/sagsbehandler", None, load_placement, |d| view! { <Placement d/> })
}

fn options<T: Copy>(all: &[T], key: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    let mut o = vec![(String::new(), "Vælg …".to_string())];
    o.extend(all.iter().map(|v| (key(*v).to_string(), label(*v).to_string())));
    o
}

#[component]
fn Placement(d: PlacementPage) -> impl IntoView {
    let p = d.placement;
    let id = p.id.to_string();
    let ended = p.status == "ended";
    let extendable = !ended && p.kind == OpeningKind::Internship && p.agreed_weeks.unwrap_or(0) < INTERNSHIP_MAX_WEEKS;
    let extend = {
        let from = p.agreed_weeks.unwrap_or(0) + 1;
        let weeks = (from..=INTERNSHIP_MAX_WEEKS).map(|w| (w.to_string(), format!("{w} uger i alt"))).collect();
        vec![FormField::hidden("id", id.clone()), FormField::new("weeks", "Ny samlet varighed", Input::Select(weeks)).required()]
    };
    let end = vec![
        FormField::hidden("id", id.clone()),
        FormField::new("ended_on", "Slutdato", Input::Date).value(d.today.clone()).required(),
        FormField::new("outcome", "Hvordan sluttede forløbet?", Input::Select(options(Outcome::ALL, Outcome::as_str, Outcome::label_da))).required(),
        FormField::new("outcome_note", "Bemærkning", Input::Area),
    ];
    let note = vec![
        FormField::hidden("id", id.clone()),
        FormField::new("note", "Note", Input::Area).required().hint("Aldrig helbredsoplysninger."),
        FormField::new("visibility", "Hvem må læse den?", Input::Select(vec![
            ("caseworkers".into(), "Kun jobkonsulenter".into()),
            ("shared_with_mentor".into(), "Også mentoren".into()),
        ])),
    ];
    let follow_ups = [("3", "Opfølgning efter 3 måneder", p.follow_up_3_on.clone(), p.follow_up_3_outcome), ("6", "Opfølgning efter 6 måneder", p.follow_up_6_on.clone(), p.follow_up_6_outcome)];
    let today = d.today.clone();
    view! {
        <p class="no-print"><a href=format!("/sagsbehandler/opslag/{}", p.opening_id)>{format!("‹ {} – {}", p.opening_title, p.company_name)}</a></p>
        <h1>{format!("{} hos {}", p.citizen_name, p.company_name)}</h1>
        <p class="report-state">{format!("{} · {}", p.kind.label_da(), p.status_da())}{p.outcome.map(|o| format!(": {}", o.label_da()))}</p>
        <Terms p=p.clone()/>
        <div class="desk-columns">
            {extendable.then(|| view! {
                <section class="card" aria-labelledby="extend-heading">
                    <h2 id="extend-heading">"Forlæng praktikken"</h2>
                    <DeskForm id="extend".to_string() action=ExtendPlacement::PATH.to_string() fields=extend
                        submit="Forlæng".to_string() after=AfterSave::Reload danger=false/>
                </section>
            })}
            {(!ended).then(|| view! {
                <section class="card" aria-labelledby="end-heading">
                    <h2 id="end-heading">"Afslut forløbet"</h2>
                    <p class="hint">"Planlagte vagter efter slutdatoen aflyses. Opfølgning efter 3 og 6 måneder sættes."</p>
                    <DeskForm id="end".to_string() action=EndPlacement::PATH.to_string() fields=end
                        submit="Afslut forløbet".to_string() after=AfterSave::Reload danger=true/>
                </section>
            })}
        </div>
        {ended.then(|| view! {
            <section aria-labelledby="follow-heading">
                <h2 id="follow-heading">"Opfølgning"</h2>
                {follow_ups.into_iter().map(|(which, title, due, outcome)| {
                    let due = due.unwrap_or_default();
                    let is_due = !due.is_empty() && due <= today;
                    let fields = vec![
                        FormField::hidden("id", id.clone()),
                        FormField::hidden("follow_up", which),
                        FormField::new("follow_up_outcome", "Borgerens situation", Input::Select(options(FollowUpOutcome::ALL, FollowUpOutcome::as_str, FollowUpOutcome::label_da))).value(outcome.map(|o| o.as_str()).unwrap_or("")).required(),
                    ];
                    view! {
                        <div class="card follow-up" data-follow-up=which>
                            <h3>{title}</h3>
                            <p>{format!("Dato: {}", date_da(&due))}{outcome.map(|o| format!(" · {}", o.label_da()))}</p>
                            {if is_due {
                                view! { <DeskForm id=format!("follow-{which}") action=RecordFollowUp::PATH.to_string() fields submit="Gem opfølgning".to_string() after=AfterSave::Reload danger=false/> }.into_any()
                            } else {
                                view! { <p class="hint">"Kan registreres fra datoen."</p> }.into_any()
                            }}
                        </div>
                    }
                }).collect_view()}
            </section>
        })}
        <section class="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading">"Opfølgningsnoter"</h2>
            <ul class="note-list">
                {d.notes.into_iter().map(|n| view! {
                    <li class="note" data-note-id=n.id.to_string()>
                        <p class="note-byline">{n.byline_da()}</p>
                        <p>{n.body.clone()}</p>
                    </li>
                }).collect_view()}
            </ul>
            <DeskForm id="note".to_string() action=AddPlacementNote::PATH.to_string() fields=note submit="Gem note".to_string() after=AfterSave::Reload danger=false/>
        </section>
    }
}

#[component]
fn Terms(p: PlacementRecord) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>"Borger"</dt><dd>{p.citizen_name.clone()}</dd>
            <dt>"Mentor"</dt><dd>{p.mentor_name.clone().unwrap_or_else(|| "–".into())}</dd>
            <dt>"Jobkonsulent"</dt><dd>{p.caseworker_name.clone().unwrap_or_else(|| "–".into())}</dd>
            <dt>"Start"</dt><dd>{date_da(&p.starts_on)}</dd>
            <dt>"Aftalt slut"</dt><dd>{p.ends_on.as_deref().map(date_da).unwrap_or_else(|| "Ingen aftalt slutdato".into())}{p.agreed_weeks.map(|w| format!(" ({w} uger)"))}</dd>
            {p.ended_on.as_deref().map(|e| view! { <dt>"Sluttede"</dt><dd>{date_da(e)}</dd> })}
            <dt>"Timer"</dt><dd>{super::hours_da(p.agreed_hours_per_week)}</dd>
            <dt>"Timeløn"</dt><dd>{p.hourly_wage_ore.map(money::format_kr).unwrap_or_else(|| "Ulønnet".into())}</dd>
            {p.outcome_note.clone().map(|n| view! { <dt>"Bemærkning"</dt><dd>{n}</dd> })}
        </dl>
    }
}
