use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::pages::account::AccountPage;
use crate::pages::desk::audit::AuditPage;
use crate::pages::my_data::MyDataPage;
use crate::pages::caseworker::CaseworkerPage;
use crate::pages::citizen::{CitizenAbsencePage, CitizenHoursPage, CitizenPlanPage, CitizenTodayPage};
use crate::pages::mentor::{MentorNotesPage, MentorPage, MentorTodayPage};
use crate::pages::desk::citizen::{CitizenDeskPage, NewCitizenPage};
use crate::pages::desk::users::UsersPage;
use crate::pages::invitation::InvitationPage;
use crate::pages::desk::{companies::CompaniesPage, company::CompanyPage, opening::OpeningPage, placement::PlacementPage};
use crate::pages::mentor_offer::MentorOfferPage;
use crate::pages::mentor_plan::MentorPlanPage;
use crate::pages::monthly_hours::MonthlyHoursPage;
use crate::pages::goals::{GoalPage, GoalsPage};
use crate::pages::social_enterprises::{SocialEnterprisePage, SocialEnterprisesPage};
use crate::i18n::{k, t};
use crate::pages::{login::LoginPage, NotFound, OfflinePage};
use crate::pages::accessibility::{AccessibilityPage, SiteFooter};
use crate::components::IslandsWoken;

pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    // The page's language, decided per request by the page guard (user, cookie, browser).
    #[cfg(feature = "ssr")]
    let locale = crate::i18n::server::request_locale();
    #[cfg(not(feature = "ssr"))]
    let locale = crate::i18n::Locale::default();
    provide_context(locale);
    #[cfg(feature = "ssr")]
    let texts = crate::i18n::server::browser_texts(locale).href(&options.site_pkg_dir);
    #[cfg(not(feature = "ssr"))]
    let texts = String::new();
    #[cfg(feature = "ssr")]
    crate::components::lazy_parts::provide_for_page(&options);
    let nonce = leptos::nonce::use_nonce();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#1d4f91"/>
                <meta name="description" content=t(k::META_DESCRIPTION)/>
                // The islands' texts in this page's language, fetched before they wake (WAKE_ISLANDS).
                <link rel="preload" id="texts-file" href=texts r#as="fetch" crossorigin="anonymous" fetchpriority="low"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="apple-touch-icon" href="/icons/icon-192.png"/>
                <HashedStylesheet id="leptos" options=options.clone()/>
                <AutoReload options=options.clone()/>
                // Inert until the page has painted (see WAKE_ISLANDS).
                <template id="islands"><HydrationScripts options islands=true/></template>
                <script nonce=nonce>{WAKE_ISLANDS}</script>
                <MetaTags/>
            </head>
            <body>
                <App/>
                <SiteFooter/>
                <IslandsWoken/>
            </body>
        </html>
    }
}

/// Leptos's islands script preloads the wasm and its js at high priority beside the CSS, so
/// on a slow line 240 KB the first paint does not need compete with it (Lighthouse put the
/// LCP 1.4 s after the FCP). The script and its hints stay in a `<template>` until
/// the first paint is reported, then are put into the head, where they run as Leptos wrote
/// them, followed by preloads of the lazy islands' parts the page names
/// (components/lazy_parts.rs), so those come beside the main wasm rather than after it. The
/// `load` timer is for browsers that report no paint. Forms post without the islands in the
/// meantime.
/// The islands read their texts synchronously as they wake (i18n/browser.rs), so the texts
/// file is fetched first (preloaded, and kept for good once seen) and put into the page as
/// `<script type="application/json" id="texts">`. Without it the islands still wake, showing
/// the texts' names rather than staying dead.
const WAKE_ISLANDS: &str = "(()=>{let d=0;const h=document.head,run=s=>{const e=document.createElement('script');\
e.type='application/json';e.id='texts';e.textContent=s;h.append(e);const t=document.getElementById('islands');\
t&&h.append(t.content.cloneNode(true));\
for(const m of document.querySelectorAll('meta[name=lazy-parts]'))for(const u of m.content.split(' ')){\
const p=document.createElement('link');p.rel='preload';p.as='fetch';p.type='application/wasm';p.crossOrigin='anonymous';\
p.href=u;h.append(p)}},w=()=>{if(d)return;d=1;const l=document.getElementById('texts-file');\
(l?fetch(l.href).then(r=>r.ok?r.text():'{}'):Promise.resolve('{}')).catch(()=>'{}').then(run)};\
try{new PerformanceObserver((l,o)=>{o.disconnect();setTimeout(w)}).observe({type:'paint',buffered:true})}catch(e){}\
addEventListener('load',()=>setTimeout(w,1500))})()";

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text=t(k::APP_NAME)/>
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/offline") view=OfflinePage/>
                <Route path=path!("/tilgaengelighed") view=AccessibilityPage ssr=SsrMode::Async/>
                <Route path=path!("/konto") view=AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/konto/mine-data") view=MyDataPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/revision") view=AuditPage ssr=SsrMode::Async/>
                <Route path=path!("/borger") view=CitizenTodayPage ssr=SsrMode::Async/>
                <Route path=path!("/borger/timer") view=CitizenHoursPage ssr=SsrMode::Async/>
                <Route path=path!("/borger/plan") view=CitizenPlanPage ssr=SsrMode::Async/>
                <Route path=path!("/borger/fravaer") view=CitizenAbsencePage ssr=SsrMode::Async/>
                <Route path=path!("/mentor") view=MentorPage ssr=SsrMode::Async/>
                <Route path=path!("/mentor/i-dag") view=MentorTodayPage ssr=SsrMode::Async/>
                <Route path=path!("/mentor/vagtplan") view=MentorPlanPage ssr=SsrMode::Async/>
                <Route path=path!("/mentor/noter") view=MentorNotesPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler") view=CaseworkerPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/maanedstimer") view=MonthlyHoursPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/virksomheder") view=CompaniesPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/brugere") view=UsersPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/ny-borger") view=NewCitizenPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/borgere/:id") view=CitizenDeskPage ssr=SsrMode::Async/>
                <Route path=path!("/invitation/:token") view=InvitationPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/virksomheder/:id") view=CompanyPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/opslag/:id") view=OpeningPage ssr=SsrMode::Async/>
                <Route path=path!("/sagsbehandler/forloeb/:id") view=PlacementPage ssr=SsrMode::Async/>
                <Route path=path!("/mentor/tilbyd") view=MentorOfferPage ssr=SsrMode::Async/>
                <Route path=path!("/maal") view=GoalsPage ssr=SsrMode::Async/>
                <Route path=path!("/maal/soev") view=SocialEnterprisesPage ssr=SsrMode::Async/>
                <Route path=path!("/maal/soev/:id") view=SocialEnterprisePage ssr=SsrMode::Async/>
                <Route path=path!("/maal/:id") view=GoalPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

/// The page's Content-Security-Policy, as a header: scripts run only when they carry this
/// render's nonce (the islands' waker and Leptos's hydration script) or are loaded by one; WebAssembly
/// may compile; nothing may frame the page, change its base or embed plugins.
#[cfg(feature = "ssr")]
fn content_security_policy() {
    use axum::http::{header, HeaderValue};
    let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) else { return };
    let policy = format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; form-action 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}
