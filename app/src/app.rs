use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::pages::caseworker::CaseworkerPage;
use crate::pages::citizen::{CitizenAbsencePage, CitizenHoursPage, CitizenPlanPage, CitizenTodayPage};
use crate::pages::{login::LoginPage, mentor::MentorPage, NotFound};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="da">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#1d4f91"/>
                <meta name="description" content="Fodfæste: registrér timer, godkend timer og følg forløb."/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Lets tests (and styles) know the WebAssembly has taken over; effects run only in the browser.
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    view! {
        <Stylesheet id="leptos" href="/pkg/fodfaeste.css"/>
        <Title text="Fodfæste"/>
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/borger") view=CitizenTodayPage ssr=SsrMode::Async/>
                <Route path=path!("/borger/timer") view=CitizenHoursPage ssr=SsrMode::Async/>
                <Route path=path!("/borger/plan") view=CitizenPlanPage ssr=SsrMode::Async/>
                <Route path=path!("/borger/fravaer") view=CitizenAbsencePage ssr=SsrMode::Async/>
                <Route path=path!("/mentor") view=MentorPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler") view=CaseworkerPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
