//! The tabs of a role's few places (the citizen's four, the mentor's two). Plain links: each
//! page is rendered whole on the server, and a page the service worker kept opens offline.
use leptos::prelude::*;

#[component]
pub fn PlaceNav(label: &'static str, items: Vec<(&'static str, &'static str)>, current: &'static str) -> impl IntoView {
    view! {
        <nav class="citizen-nav" aria-label=label>
            <ul>
                {items.into_iter().map(|(href, text)| {
                    let here = href == current;
                    view! {
                        <li>
                            <a href=href rel="external" aria-current=here.then_some("page") class:current=here>{text}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
