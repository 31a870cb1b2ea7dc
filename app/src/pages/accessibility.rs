//! The accessibility statement (tilgængelighedserklæring): the footer of every page links to
//! the municipality's own (hosted by the state's WAS tool) where it has set one, else to this
//! plain page, which says how to report a problem.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{k, t, tr};
use crate::pages::request_me;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let href = request_me().and_then(|me| me.accessibility_url).unwrap_or_else(|| "/tilgaengelighed".to_string());
    view! {
        <footer class="site-footer">
            <a href=href rel="external">{t(k::FOOTER_ACCESSIBILITY)}</a>
        </footer>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let municipality = request_me().map(|me| (me.municipality, me.accessibility_url));
    view! {
        <Title text=tr(k::PAGE_TITLE, &[("page", t(k::FOOTER_ACCESSIBILITY).into())])/>
        <main class="page page-narrow" id="main">
            <h1>{t(k::FOOTER_ACCESSIBILITY)}</h1>
            {municipality.and_then(|(name, url)| url.map(|url| view! {
                <p><a class="button" href=url rel="external">{tr(k::ACCESSIBILITY_MUNICIPALITY, &[("municipality", name.into())])}</a></p>
            }))}
            <p>{t(k::ACCESSIBILITY_INTRO)}</p>
            <h2>{t(k::ACCESSIBILITY_REPORT_HEADING)}</h2>
            <p>{t(k::ACCESSIBILITY_REPORT)}</p>
            <h2>{t(k::ACCESSIBILITY_COMPLAIN_HEADING)}</h2>
            <p>{t(k::ACCESSIBILITY_COMPLAIN)}</p>
        </main>
    }
}
