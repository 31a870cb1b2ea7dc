//! One placement from the desk: its terms, extension of an internship, the end with its
//! outcome, the follow-ups 3 and 6 months later, and the follow-up notes.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::opening::OpeningKind;
use crate::i18n::{describe, format, k, locale, t, tr};
use crate::domain::placement::{FollowUpOutcome, Outcome, PlacementRecord, INTERNSHIP_MAX_WEEKS};
use crate::functions::desk::{load_placement, AddPlacementNote, EndPlacement, ExtendPlacement, PlacementPage, RecordFollowUp};

#[component]
pub fn PlacementPage() -> impl IntoView {
    super::record_page(k::CSV_PLACEMENT, "/sagsbehandler", None, load_placement, |d| view! { <Placement d/> })
}

fn options<T: Copy>(all: &[T], key: fn(T) -> &'static str, label: fn(T) -> String) -> Vec<(String, String)> {
    let mut o = vec![(String::new(), t(k::CHOOSE))];
    o.extend(all.iter().map(|v| (key(*v).to_string(), label(*v))));
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
        let weeks = (from..=INTERNSHIP_MAX_WEEKS).map(|w| (w.to_string(), tr(k::WEEKS_IN_ALL, &[("weeks", w.into())]))).collect();
        vec![FormField::hidden("id", id.clone()), FormField::new("weeks", t(k::EXTEND_NEW_LENGTH), Input::Select(weeks)).required()]
    };
    let end = vec![
        FormField::hidden("id", id.clone()),
        // Never an end before the start: a placement that has not begun ends on its first day.
        FormField::new("ended_on", t(k::PLACE_ENDS_ON), Input::Date).value(d.today.clone().max(p.starts_on.clone())).required(),
        FormField::new("outcome", t(k::END_OUTCOME), Input::Select(options(Outcome::ALL, Outcome::as_str, Outcome::label))).required(),
        FormField::new("outcome_note", t(k::END_NOTE), Input::Area),
    ];
    let note = vec![
        FormField::hidden("id", id.clone()),
        FormField::new("note", t(k::FIELD_NOTE), Input::Area).required().hint(t(k::NOTE_NO_HEALTH)),
        FormField::new("visibility", t(k::NOTE_WHO_READS), Input::Select(vec![
            ("caseworkers".into(), t(k::NOTE_CASEWORKERS_ONLY)),
            ("shared_with_mentor".into(), t(k::NOTE_ALSO_MENTOR)),
        ])),
    ];
    let follow_ups = [
        ("3", tr(k::FOLLOW_UP_AFTER, &[("months", 3i64.into())]), p.follow_up_3_on.clone(), p.follow_up_3_outcome),
        ("6", tr(k::FOLLOW_UP_AFTER, &[("months", 6i64.into())]), p.follow_up_6_on.clone(), p.follow_up_6_outcome),
    ];
    let today = d.today.clone();
    view! {
        <p class="no-print"><a href=format!("/sagsbehandler/opslag/{}", p.opening_id)>{format!("‹ {} – {}", p.opening_title, p.company_name)}</a></p>
        <h1>{tr(k::PLACEMENT_HEADING, &[("citizen", p.citizen_name.clone().into()), ("company", p.company_name.clone().into())])}</h1>
        <p class="report-state">{format!("{} · {}", t(p.kind.label_key()), t(describe::placement_status(&p.status)))}{p.outcome.map(|o| format!(": {}", o.label()))}</p>
        <Terms p=p.clone()/>
        <div class="desk-columns">
            {extendable.then(|| view! {
                <section class="card" aria-labelledby="extend-heading">
                    <h2 id="extend-heading">{t(k::EXTEND_HEADING)}</h2>
                    <DeskForm id="extend".to_string() action=ExtendPlacement::PATH.to_string() fields=extend
                        submit=t(k::EXTEND_SUBMIT) after=AfterSave::Reload danger=false/>
                </section>
            })}
            // Ending is a step of its own, folded away, not the page's main action.
            {(!ended).then(|| view! {
                <details class="card end-placement">
                    <summary><h2 class="end-heading">{t(k::END_HEADING)}</h2></summary>
                    <p class="hint">{t(k::END_HINT)}</p>
                    <DeskForm id="end".to_string() action=EndPlacement::PATH.to_string() fields=end
                        submit=t(k::END_HEADING) after=AfterSave::Reload danger=true/>
                </details>
            })}
        </div>
        {ended.then(|| view! {
            <section aria-labelledby="follow-heading">
                <h2 id="follow-heading">{t(k::FOLLOW_UP)}</h2>
                {follow_ups.into_iter().map(|(which, title, due, outcome)| {
                    let due = due.unwrap_or_default();
                    let is_due = !due.is_empty() && due <= today;
                    let fields = vec![
                        FormField::hidden("id", id.clone()),
                        FormField::hidden("follow_up", which),
                        FormField::new("follow_up_outcome", t(k::FOLLOW_UP_SITUATION), Input::Select(options(FollowUpOutcome::ALL, FollowUpOutcome::as_str, FollowUpOutcome::label))).value(outcome.map(|o| o.as_str()).unwrap_or("")).required(),
                    ];
                    view! {
                        <div class="card follow-up" data-follow-up=which>
                            <h3>{title}</h3>
                            <p>{tr(k::FOLLOW_UP_DATE, &[("date", super::iso_date(Some(&due)).into())])}{outcome.map(|o| format!(" · {}", o.label()))}</p>
                            {if is_due {
                                view! { <DeskForm id=format!("follow-{which}") action=RecordFollowUp::PATH.to_string() fields submit=t(k::FOLLOW_UP_SAVE) after=AfterSave::Reload danger=false/> }.into_any()
                            } else {
                                view! { <p class="hint">{t(k::FOLLOW_UP_FROM_DATE)}</p> }.into_any()
                            }}
                        </div>
                    }
                }).collect_view()}
            </section>
        })}
        <section class="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t(k::FOLLOW_UP_NOTES)}</h2>
            <ul class="note-list">
                {d.notes.into_iter().map(|n| view! {
                    <li class="note" data-note-id=n.id.to_string()>
                        <p class="note-byline">{describe::note_byline(locale(), &n)}</p>
                        <p>{n.body.clone()}</p>
                    </li>
                }).collect_view()}
            </ul>
            <DeskForm id="note".to_string() action=AddPlacementNote::PATH.to_string() fields=note submit=t(k::NOTE_SAVE) after=AfterSave::Reload danger=false/>
        </section>
    }
}

#[component]
fn Terms(p: PlacementRecord) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>{t(k::COL_CITIZEN)}</dt><dd>{p.citizen_name.clone()}</dd>
            <dt>{t(k::MENTOR)}</dt><dd>{super::or_dash(p.mentor_name.clone())}</dd>
            <dt>{t(k::MY_DATA_CASEWORKER)}</dt><dd>{super::or_dash(p.caseworker_name.clone())}</dd>
            <dt>{t(k::TERMS_START)}</dt><dd>{super::iso_date(Some(&p.starts_on))}</dd>
            <dt>{t(k::TERMS_AGREED_END)}</dt><dd>{p.ends_on.as_deref().map(|d| format::iso_date(locale(), d)).unwrap_or_else(|| t(k::TERMS_NO_END))}{p.agreed_weeks.map(|w| format!(" ({})", tr(k::WEEKS, &[("weeks", w.into())])))}</dd>
            {p.ended_on.as_deref().map(|e| view! { <dt>{t(k::TERMS_ENDED)}</dt><dd>{super::iso_date(Some(e))}</dd> })}
            <dt>{t(k::CSV_HOURS)}</dt><dd>{super::hours_per_week(p.agreed_hours_per_week)}</dd>
            <dt>{t(k::COL_HOURLY_WAGE)}</dt><dd>{super::wage(p.hourly_wage_ore, &t(k::UNPAID))}</dd>
            {p.outcome_note.clone().map(|n| view! { <dt>{t(k::END_NOTE)}</dt><dd>{n}</dd> })}
        </dl>
    }
}
