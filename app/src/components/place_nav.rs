//! The tabs of a role's few places (the citizen's four, the mentor's two). Plain links: each
//! page is rendered whole on the server, and a page the service worker kept opens offline.
use leptos::prelude::*;

use super::{Icon, IconSvg};

#[component]
pub fn PlaceNav(
    label: String,
    items: Vec<(&'static str, String)>,
    current: &'static str,
    /// An icon beside each item's word, in the items' order.
    #[prop(optional)]
    icons: Vec<Icon>,
) -> impl IntoView {
    view! {
        <nav class="citizen-nav" aria-label=label>
            <ul>
                {items.into_iter().enumerate().map(|(i, (href, text))| {
                    let here = href == current;
                    let icon = icons.get(i).copied();
                    view! {
                        <li>
                            <a href=href rel="external" aria-current=here.then_some("page") class:current=here>
                                {icon.map(|icon| view! { <IconSvg icon/> })}
                                <span>{text}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
