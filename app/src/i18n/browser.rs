//! The islands' texts in the browser: the page's language's texts file (made by the server,
//! i18n/server.rs), which the page's waker puts into the page as
//! `<script type="application/json" id="texts">` before the islands wake; read once.
use std::collections::HashMap;

use super::{Arg, Key, Locale};

struct Texts {
    locale: Locale,
    map: HashMap<String, String>,
}

thread_local! {
    static TEXTS: Texts = load();
}

fn load() -> Texts {
    let document = leptos::prelude::document();
    let locale = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Locale::parse(&code))
        .unwrap_or_default();
    let map = document
        .get_element_by_id("texts")
        .and_then(|script| script.text_content())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    Texts { locale, map }
}

pub fn locale() -> Locale {
    TEXTS.with(|t| t.locale)
}

pub fn text(key: Key, args: &[(&str, Arg)]) -> String {
    TEXTS.with(|t| {
        let Some(pattern) = t.map.get(key.id()) else { return key.id().to_string() };
        let mut out = pattern.clone();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => s.clone(),
                Arg::Int(n) => n.to_string(),
            };
            out = out.replace(&format!("{{${name}}}"), &value);
        }
        out
    })
}
