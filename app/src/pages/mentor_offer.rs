//! "Tilbyd en opgave": the mentor bids in a small task the company never gets done. The
//! jobcenter approves it before anyone is matched to it; the mentor sees how it was decided.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::components::AppHeader;
use crate::domain::opening::{OpeningView, Review};
use crate::functions::desk::{load_my_proposals, ProposeOpening};
use crate::pages::mentor::MentorNav;
use crate::pages::LoadError;

#[component]
pub fn MentorOfferPage() -> impl IntoView {
    let mine = Resource::new(|| (), |_| load_my_proposals());
    let fields = vec![
        FormField::new("title", "Hvad er opgaven?", Input::Text).required().hint("Fx \"Feje gården\" eller \"Pakke kasser\"."),
        FormField::new("tasks", "Beskriv den kort", Input::Area),
        FormField::new("kind", "Hvilken slags?", Input::Select(vec![
            ("small_job".into(), "Småjob med løn".into()),
            ("internship".into(), "Praktik uden løn".into()),
        ])).required(),
        FormField::new("hours_per_week", "Timer om ugen", Input::Decimal),
        FormField::new("hourly_wage", "Timeløn (kr.)", Input::Decimal).hint("Kun ved småjob med løn."),
        FormField::new("seats", "Hvor mange kan I tage?", Input::Decimal).value("1"),
        FormField::new("postcode", "Postnummer", Input::Text),
    ];
    view! {
        <Title text="Tilbyd en opgave – Fodfæste"/>
        <AppHeader/>
        <MentorNav current=""/>
        <main class="page page-phone" id="main">
            <h1>"Tilbyd en opgave"</h1>
            <p class="hint">"Jobkonsulenten ser på forslaget og finder en borger, der passer."</p>
            <DeskForm id="offer".to_string() action=ProposeOpening::PATH.to_string() fields submit="Send forslaget".to_string() after=AfterSave::Reload danger=false/>
            <h2>"Dine forslag"</h2>
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(list) if list.is_empty() => view! { <p class="card empty">"Du har ikke sendt nogen forslag endnu."</p> }.into_any(),
                        Ok(list) => view! { <ul class="entry-cards">{list.into_iter().map(|o| view! { <Proposal o/> }).collect_view()}</ul> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn Proposal(o: OpeningView) -> impl IntoView {
    let (class, state) = match o.review {
        Some(Review::Waiting) => ("badge badge-submitted", "Venter på jobcentret"),
        Some(Review::Declined) => ("badge badge-rejected", "Afvist"),
        _ => ("badge badge-confirmed", "Godkendt"),
    };
    view! {
        <li class="card proposal" data-opening-id=o.id.to_string()>
            <p><strong>{o.title.clone()}</strong>" "<span class=class>{state}</span></p>
            {o.review_reason.clone().map(|r| view! { <p class="entry-note">{r}</p> })}
        </li>
    }
}
