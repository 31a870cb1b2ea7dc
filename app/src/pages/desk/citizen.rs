//! One citizen on the desk: the record (with the caseworker-only accommodations), the
//! invitation to log in, placements, openings that fit, and the timeline. Also the page for
//! a new citizen.
use leptos::prelude::*;
use crate::pages::frame::{Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::citizen_record::{CitizenInput, CitizenRecord};
use crate::domain::target_group::TargetGroup;
use crate::i18n::{format, k, locale, t, tr, Locale};
use crate::functions::desk::{load_citizen, CitizenPage, InviteCitizen, SaveCitizen};

pub(crate) fn citizen_fields(c: &CitizenInput) -> Vec<FormField> {
    let mut groups = vec![(String::new(), t(k::CITIZEN_CHOOSE_GROUP))];
    groups.extend(TargetGroup::ALL.iter().map(|g| (g.as_str().to_string(), g.label())));
    // Each language in its own words, so the citizen can point at theirs.
    let mut languages = vec![(String::new(), t(k::CITIZEN_LANGUAGE_NONE))];
    languages.extend(Locale::ALL.iter().map(|l| (l.code().to_string(), l.native_name().to_string())));
    vec![
        FormField::new("name", t(k::FIELD_NAME), Input::Text).value(&c.name).required(),
        FormField::new("phone", t(k::FIELD_PHONE), Input::Tel).value(&c.phone),
        FormField::new("email", t(k::EMAIL), Input::Email).value(&c.email).hint(t(k::CITIZEN_EMAIL_HINT)),
        FormField::new("postcode", t(k::FIELD_POSTCODE), Input::Text).value(&c.postcode),
        FormField::new("target_group", t(k::MY_DATA_TARGET_GROUP), Input::Select(groups)).value(&c.target_group).required(),
        FormField::new("referred_on", t(k::CITIZEN_REFERRED), Input::Date).value(&c.referred_on),
        FormField::new("wanted_hours_per_week", t(k::CITIZEN_WANTED_HOURS_FIELD), Input::Decimal).value(&c.wanted_hours_per_week),
        FormField::new("accommodations", t(k::CITIZEN_ACCOMMODATIONS), Input::Area).value(&c.accommodations).hint(t(k::CITIZEN_ACCOMMODATIONS_HINT)),
        FormField::new("language", t(k::CITIZEN_LANGUAGE), Input::Select(languages)).value(&c.language).hint(t(k::CITIZEN_LANGUAGE_HINT)),
        FormField::new("needs_interpreter", t(k::CITIZEN_INTERPRETER), Input::Select(vec![
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
        <Frame title=k::CITIZEN_NEW place=Place::Desk("/sagsbehandler")>
            <p class="no-print"><a href="/sagsbehandler">{t(k::BACK_CASELOAD)}</a></p>
            <h1>{t(k::CITIZEN_NEW)}</h1>
            <section class="card desk-narrow">
                <DeskForm id="citizen-new".to_string() action=SaveCitizen::PATH.to_string() fields
                    submit=t(k::CITIZEN_CREATE) after=AfterSave::GoTo("/sagsbehandler/borgere/{id}".into()) danger=false/>
            </section>
        </Frame>
    }
}

#[component]
pub fn CitizenDeskPage() -> impl IntoView {
    super::record_page(k::COL_CITIZEN, "/sagsbehandler", Some(("/sagsbehandler", k::BACK_CASELOAD)), load_citizen, |d| view! { <Citizen d/> })
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
        <Months months=d.months/>
        <h2>{t(k::CSV_PLACEMENT)}</h2>
        <super::company::PlacementTable placements=d.placements/>
        <h2>{t(k::CITIZEN_MATCHES)}</h2>
        {if d.matches.is_empty() {
            view! { <p class="card empty">{t(k::CITIZEN_MATCHES_NONE)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::CITIZEN_MATCHES_CAPTION)>
                <table class="caseload matches">
                    <caption class="visually-hidden">{t(k::CITIZEN_MATCHES_CAPTION)}</caption>
                    <thead><tr>
                        <th scope="col">{t(k::COL_OPENING)}</th><th scope="col">{t(k::COL_POSTCODE)}</th><th scope="col" class="num">{t(k::COL_POINTS)}</th><th scope="col">{t(k::COL_WHY)}</th>
                        <th scope="col"><span class="visually-hidden">{t(k::PLACE_ACTION)}</span></th>
                    </tr></thead>
                    <tbody>
                        {d.matches.into_iter().map(|m| view! {
                            <tr data-opening-id=m.id.to_string()>
                                <th scope="row"><a href=format!("/sagsbehandler/opslag/{}", m.id)>{m.name.clone()}</a></th>
                                <td>{m.postcode.clone().unwrap_or_else(|| "–".into())}</td>
                                <td class="num">{m.score}</td>
                                <td><ul class="reasons">{m.parts.iter().map(|p| view! { <li>{format!("{:+} {}", p.points, p.reason)}</li> }).collect_view()}</ul></td>
                                <td><a class="button button-secondary" href=format!("/sagsbehandler/opslag/{}?borger={}#place", m.id, c.id)
                                    aria-label=tr(k::PLACE_ACTION_AT, &[("opening", m.name.clone().into())])>{t(k::PLACE_ACTION)}</a></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            }.into_any()
        }}
        <div class="desk-columns">
            <section class="card" aria-labelledby="invite-heading">
                <h2 id="invite-heading">{t(k::CITIZEN_INVITE_HEADING)}</h2>
                <p>{t(if c.can_log_in { k::CITIZEN_INVITE_AGAIN } else { k::CITIZEN_INVITE_FIRST })}</p>
                <DeskForm id="invite".to_string() action=InviteCitizen::PATH.to_string() fields=invite
                    submit=t(k::INVITE_MAKE) after=AfterSave::ShowInvite danger=false/>
            </section>
            <section class="card" aria-labelledby="edit-citizen">
                <h2 id="edit-citizen">{t(k::CITIZEN_EDIT)}</h2>
                <DeskForm id="citizen-edit".to_string() action=SaveCitizen::PATH.to_string() fields=edit
                    submit=t(k::SAVE_CHANGES) after=AfterSave::Reload danger=false/>
            </section>
        </div>
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t(k::TIMELINE_HEADING)}</h2>
            {if d.timeline.is_empty() {
                view! { <p class="card empty">{t(k::MENTOR_DECIDED_NONE)}</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {d.timeline.into_iter().map(|item| view! {
                            <li class=format!("timeline-item timeline-{:?}", item.kind).to_lowercase()>
                                <span class="timeline-when">{format::day_of(locale(), item.at)}" "<bdi>{format::time(item.at)}</bdi></span>
                                " "<span class="badge badge-info">{t(item.kind.label_key())}</span>" "
                                <span>{item.text}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

/// Hours and pay this month and last, as the benefit office will get them.
#[component]
fn Months(months: Vec<(chrono::NaiveDate, crate::domain::hours::Totals)>) -> impl IntoView {
    use chrono::Datelike;
    let lang = locale();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::CITIZEN_MONTHS)>
        <table class="caseload months">
            <caption class="visually-hidden">{t(k::CITIZEN_MONTHS)}</caption>
            <thead><tr>
                <th scope="col">{t(k::COL_MONTH)}</th>
                <th scope="col" class="num">{t(k::TOTAL_CONFIRMED)}</th>
                <th scope="col" class="num">{t(k::EARN_WAITING)}</th>
                <th scope="col" class="num">{t(k::COL_PAY)}</th>
            </tr></thead>
            <tbody>
                {months.into_iter().map(|(first, m)| view! {
                    <tr>
                        <th scope="row">{format::month_year(lang, first.year(), first.month())}</th>
                        <td class="num">{format::hours(lang, m.confirmed_minutes)}</td>
                        <td class="num">{format::hours(lang, m.waiting_minutes)}</td>
                        <td class="num">{format::kr(lang, m.earned_ore)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[component]
fn Facts(c: CitizenRecord) -> impl IntoView {
    use super::or_dash;
    view! {
        <dl class="facts">
            <dt>{t(k::FIELD_PHONE)}</dt><dd>{or_dash(c.phone.clone())}</dd>
            <dt>{t(k::EMAIL)}</dt><dd>{or_dash(c.email.clone())}</dd>
            <dt>{t(k::FIELD_POSTCODE)}</dt><dd>{or_dash(c.postcode.clone())}</dd>
            <dt>{t(k::MY_DATA_TARGET_GROUP)}</dt><dd>{c.target_group.label()}</dd>
            <dt>{t(k::CITIZEN_REFERRED)}</dt><dd>{super::iso_date(c.referred_on.as_deref())}</dd>
            <dt>{t(k::CITIZEN_WANTED_HOURS)}</dt><dd>{super::hours_per_week(c.wanted_hours_per_week)}</dd>
            <dt>{t(k::MY_DATA_CASEWORKER)}</dt><dd>{or_dash(c.caseworker_name.clone())}</dd>
            <dt>{t(k::CITIZEN_LANGUAGE)}</dt>
            <dd>
                {c.language.map(|l| view! { <span lang=l.code() dir=l.direction().as_str()>{l.native_name()}</span> }.into_any()).unwrap_or_else(|| "–".into_any())}
                {c.needs_interpreter.then(|| view! { " · "<strong>{t(k::CITIZEN_NEEDS_INTERPRETER)}</strong> })}
            </dd>
            <dt>{t(k::CITIZEN_ACCOMMODATIONS)}</dt><dd>{or_dash(c.accommodations.clone())}</dd>
            <dt>{t(k::CITIZEN_LOGIN)}</dt><dd>{t(if c.can_log_in { k::CITIZEN_CAN_LOG_IN } else { k::CITIZEN_NOT_YET })}</dd>
        </dl>
    }
}
