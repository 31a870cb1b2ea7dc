//! The language menu: each language named in its own words, one tap to open, one to choose.
//! A plain form (no island), so it works before the wasm has loaded and without it.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_router::hooks::use_location;

use crate::functions::account::SetLanguage;
use crate::i18n::{k, locale, t, Locale};

#[component]
pub fn LanguageMenu() -> impl IntoView {
    let current = locale();
    let location = use_location();
    let search = location.search.get_untracked();
    let search = search.trim_start_matches('?');
    let back = if search.is_empty() { location.pathname.get_untracked() } else { format!("{}?{search}", location.pathname.get_untracked()) };
    view! {
        <details class="lang-menu">
            <summary aria-label=t(k::LANGUAGE_CHOOSE)>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" fill="none" stroke="currentColor" stroke-width="2"/>
                </svg>
                <span lang=current.code()>{current.native_name()}</span>
            </summary>
            <form action=SetLanguage::PATH method="post" class="lang-list">
                <input type="hidden" name="back" value=back/>
                {Locale::ALL.into_iter().map(|l| view! {
                    <button type="submit" name="lang" value=l.code() lang=l.code() dir=l.direction().as_str()
                        class="button button-quiet" aria-current=(l == current).then_some("true")>
                        {l.native_name()}
                    </button>
                }).collect_view()}
            </form>
        </details>
    }
}
