//! "Tilbyd en opgave": the mentor bids in a small task the company never gets done. The
//! jobcenter approves it before anyone is matched to it; the mentor sees how it was decided.
use leptos::prelude::*;
use crate::pages::frame::{Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::opening::{OpeningView, Review};
use crate::functions::desk::{load_my_proposals, ProposeOpening};
use crate::i18n::{k, t};
use crate::pages::LoadError;

#[component]
pub fn MentorOfferPage() -> impl IntoView {
    let mine = Resource::new(|| (), |_| load_my_proposals());
    let fields = vec![
        FormField::new("title", &t(k::OFFER_FIELD_TITLE), Input::Text).required().hint(&t(k::OFFER_FIELD_TITLE_HINT)),
        FormField::new("tasks", &t(k::OFFER_FIELD_TASKS), Input::Area),
        FormField::new("kind", &t(k::OFFER_FIELD_KIND), Input::Select(vec![
            ("small_job".into(), t(k::OFFER_KIND_SMALL_JOB)),
            ("internship".into(), t(k::OFFER_KIND_INTERNSHIP)),
        ])).required(),
        FormField::new("hours_per_week", &t(k::OFFER_FIELD_HOURS), Input::Decimal),
        FormField::new("hourly_wage", &t(k::OFFER_FIELD_WAGE), Input::Decimal).hint(&t(k::OFFER_FIELD_WAGE_HINT)),
        FormField::new("seats", &t(k::OFFER_FIELD_SEATS), Input::Decimal).value("1"),
        FormField::new("postcode", &t(k::OFFER_FIELD_POSTCODE), Input::Text),
    ];
    view! {
        <Frame title=k::OFFER_TITLE place=Place::Mentor("")>
            <h1>{t(k::OFFER_TITLE)}</h1>
            <p class="hint">{t(k::OFFER_HINT)}</p>
            <DeskForm id="offer".to_string() action=ProposeOpening::PATH.to_string() fields submit=t(k::OFFER_SEND) after=AfterSave::Reload danger=false/>
            <h2>{t(k::OFFER_MINE)}</h2>
            <Transition fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(list) if list.is_empty() => view! { <p class="card empty">{t(k::OFFER_NONE)}</p> }.into_any(),
                        Ok(list) => view! { <ul class="entry-cards">{list.into_iter().map(|o| view! { <Proposal o/> }).collect_view()}</ul> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </Frame>
    }
}

#[component]
fn Proposal(o: OpeningView) -> impl IntoView {
    let (class, state) = match o.review {
        Some(Review::Waiting) => ("badge badge-submitted", t(k::OFFER_WAITING)),
        Some(Review::Declined) => ("badge badge-rejected", t(k::STATUS_REJECTED)),
        _ => ("badge badge-confirmed", t(k::STATUS_CONFIRMED)),
    };
    view! {
        <li class="card proposal" data-opening-id=o.id.to_string()>
            <p><strong><bdi>{o.title.clone()}</bdi></strong>" "<span class=class>{state}</span></p>
            {o.review_reason.clone().map(|r| view! { <p class="entry-note">{r}</p> })}
        </li>
    }
}
