//! Fluent on the server: one bundle per language, built once from the compiled-in files.
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use sha2::Digest as _;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{format, k, Arg, Key, Locale};

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 4] {
    static BUNDLES: OnceLock<[Bundle; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| Locale::ALL.map(build))
}

fn build(locale: Locale) -> Bundle {
    let id = locale.code().parse().expect("the four codes are valid language tags");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // In Arabic each placeholder is isolated (U+2068…U+2069), so a Latin name, a time or an
    // amount inside a right-to-left sentence keeps its own direction. Left-to-right pages
    // need no marks, and invisible characters only get in the way of searching and copying.
    bundle.set_use_isolating(locale.direction() == crate::domain::locale::Direction::Rtl);
    bundle.set_formatter(Some(number_formatter));
    for (code, file, text) in k::SOURCES {
        if *code != locale.code() {
            continue;
        }
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, e)| panic!("{code}/{file}: {e:?}"));
        bundle.add_resource(resource).unwrap_or_else(|e| panic!("{code}/{file}: {e:?}"));
    }
    bundle
}

/// Numbers in messages in the language's own digits and grouping (CLDR).
fn number_formatter(value: &FluentValue, memo: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let _ = memo;
    match value {
        FluentValue::Number(n) => Some(format::number(CURRENT_FORMAT_LOCALE.with(|l| l.get()), n.value)),
        _ => None,
    }
}

thread_local! {
    // Fluent's formatter hook does not say which bundle calls it; `text` sets this around the call.
    static CURRENT_FORMAT_LOCALE: std::cell::Cell<Locale> = const { std::cell::Cell::new(Locale::Da) };
}

fn bundle(locale: Locale) -> &'static Bundle {
    &bundles()[locale.index()]
}

pub fn text(locale: Locale, key: Key, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => a.set(*name, FluentValue::from(s.as_str())),
                Arg::Int(n) => a.set(*name, FluentValue::from(*n)),
            }
        }
        a
    });
    // The reference language fills a gap, so a text missing in one file reads as Danish, never
    // as its key (the locale test keeps the files complete).
    for l in [locale, Locale::Da] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(key.id()).and_then(|m| m.value()) {
            CURRENT_FORMAT_LOCALE.with(|c| c.set(l));
            let mut errors = vec![];
            let out = b.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            return match out {
                Cow::Borrowed(s) => s.to_string(),
                Cow::Owned(s) => s,
            };
        }
    }
    key.id().to_string()
}

/// The language the page guard chose for this request (server/src/page_guard.rs).
pub fn request_locale() -> Locale {
    leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Locale>().copied())
        .unwrap_or_default()
}

/// The browser files' texts in one language, placeholders left as `{$name}`: what the islands
/// read (see browser.rs), served as a file under /pkg named by its language and content hash,
/// so the browser and the service worker keep it for good and no page carries it. Made once
/// per language.
pub struct BrowserTexts {
    /// The file's name below /pkg: `texts-<code>.<hash>.json`.
    pub name: String,
    pub json: String,
}

impl BrowserTexts {
    /// Where a page finds the file: `pkg_dir` is the site's (`/pkg`).
    pub fn href(&self, pkg_dir: &str) -> String {
        format!("/{pkg_dir}/{}", self.name)
    }

    /// This release's file in the language of a texts file `name` of any release (a page
    /// still open through a rolling upgrade asks for its own); none when `name` is no texts
    /// file or its language is not ours.
    pub fn of_file_name(name: &str) -> Option<&'static BrowserTexts> {
        let code = name.strip_prefix(TEXTS_FILE_PREFIX)?.strip_suffix(".json")?.split('.').next()?;
        Some(browser_texts(Locale::parse(code)?))
    }
}

pub fn browser_texts(locale: Locale) -> &'static BrowserTexts {
    static TEXTS: OnceLock<[BrowserTexts; 4]> = OnceLock::new();
    let all = TEXTS.get_or_init(|| {
        Locale::ALL.map(|l| {
            let b = bundle(l);
            let texts: BTreeMap<&str, String> = k::BROWSER
                .iter()
                .filter_map(|id| {
                    let pattern = b.get_message(id).or_else(|| bundle(Locale::Da).get_message(id))?.value()?;
                    let mut errors = vec![];
                    // Without arguments Fluent writes a placeholder as `{$name}`.
                    Some((*id, b.format_pattern(pattern, None, &mut errors).into_owned()))
                })
                .collect();
            let json = serde_json::to_string(&texts).unwrap_or_default();
            let hash = sha2::Sha256::digest(json.as_bytes());
            let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
            BrowserTexts { name: format!("{TEXTS_FILE_PREFIX}{}.{hex}.json", l.code()), json }
        })
    });
    &all[locale.index()]
}

/// What every texts file's name starts with, before its language code.
const TEXTS_FILE_PREFIX: &str = "texts-";

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeSet;

    fn resources(locale: Locale) -> Vec<(&'static str, ast::Resource<&'static str>)> {
        k::SOURCES
            .iter()
            .filter(|(code, _, _)| *code == locale.code())
            .map(|(_, file, text)| (*file, fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{}/{file}: {e:?}", locale.code()))))
            .collect()
    }

    fn variables<'a>(pattern: &ast::Pattern<&'a str>, out: &mut BTreeSet<&'a str>, selects: &mut bool) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out, selects);
            }
        }
    }

    fn expression_vars<'a>(e: &ast::Expression<&'a str>, out: &mut BTreeSet<&'a str>, selects: &mut bool) {
        match e {
            ast::Expression::Select { selector, variants } => {
                *selects = true;
                inline_vars(selector, out, selects);
                for v in variants {
                    variables(&v.value, out, selects);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, out, selects),
        }
    }

    fn inline_vars<'a>(i: &ast::InlineExpression<&'a str>, out: &mut BTreeSet<&'a str>, selects: &mut bool) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name);
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out, selects),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, out, selects);
                }
            }
            _ => {}
        }
    }

    /// Every message of a locale: its placeholders, and whether it chooses by a value.
    fn messages(locale: Locale) -> BTreeMap<String, (String, BTreeSet<&'static str>, bool)> {
        let mut out = BTreeMap::new();
        for (file, res) in resources(locale) {
            for entry in &res.body {
                match entry {
                    ast::Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        let mut selects = false;
                        let value = m.value.as_ref().unwrap_or_else(|| panic!("{}: {} has no value", locale.code(), m.id.name));
                        variables(value, &mut vars, &mut selects);
                        assert!(out.insert(m.id.name.to_string(), (file.to_string(), vars, selects)).is_none(), "{} twice in {}", m.id.name, locale.code());
                    }
                    ast::Entry::Junk { content } => panic!("{}/{file} cannot be read near: {content}", locale.code()),
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn every_locale_has_every_key_in_the_same_file_with_the_same_placeholders() {
        let reference = messages(Locale::Da);
        assert_eq!(reference.len(), k::ALL.len(), "build.rs and the parser disagree on the Danish keys");
        for locale in [Locale::En, Locale::Ar, Locale::Uk] {
            let other = messages(locale);
            let missing: Vec<_> = reference.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<_> = other.keys().filter(|id| !reference.contains_key(*id)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, not in Danish {extra:?}", locale.code());
            for (id, (file, vars, _)) in &reference {
                let (other_file, other_vars, _) = &other[id];
                assert_eq!(file, other_file, "{}: {id} belongs in {file}", locale.code());
                assert_eq!(vars, other_vars, "{}: {id} has other placeholders than Danish", locale.code());
            }
        }
    }

    #[test]
    fn a_texts_file_name_of_any_release_finds_this_release_s_file_in_its_language() {
        for locale in Locale::ALL {
            let ours = browser_texts(locale);
            assert!(std::ptr::eq(BrowserTexts::of_file_name(&ours.name).expect("our own name"), ours));
            let older = format!("texts-{}.0123456789abcdef.json", locale.code());
            assert!(std::ptr::eq(BrowserTexts::of_file_name(&older).expect("an older release's name"), ours));
        }
        for not_texts in ["texts-xx.0123.json", "texts-da.0123.js", "app.0123.css", "texts-.json", "", "texts-da"] {
            assert!(BrowserTexts::of_file_name(not_texts).is_none(), "{not_texts}");
        }
    }

    #[test]
    fn browser_texts_never_choose_by_a_value() {
        // The browser fills placeholders by plain replacement; plurals are the server's job.
        for locale in Locale::ALL {
            for (id, (file, _, selects)) in messages(locale) {
                assert!(!(selects && (file == "browser.ftl" || file == "errors.ftl")), "{}: {id} in {file} chooses by a value", locale.code());
            }
        }
    }

    #[test]
    fn texts_come_in_the_asked_language_with_plurals_and_local_digits() {
        // Arabic has a plural form for 3–10 ("ساعات") and another for 11–99 ("دقيقة"), and
        // each number is isolated so it keeps its order inside right-to-left text.
        let arabic = text(Locale::Ar, k::HOURS_MINUTES, &[("hours", Arg::Int(3)), ("minutes", Arg::Int(45))]);
        assert!(arabic.contains("ساعات") && arabic.contains("دقيقة") && arabic.contains("\u{2068}45\u{2069}"), "{arabic}");
        let two = text(Locale::Ar, k::HOURS_ONLY, &[("hours", Arg::Int(2))]);
        assert!(two.contains("ساعتان"), "{two}");
        let ukrainian = text(Locale::Uk, k::OUTBOX_HEADING, &[("count", Arg::Int(1234))]);
        assert!(ukrainian.contains("1\u{a0}234"), "{ukrainian}");
        assert_eq!(text(Locale::Da, k::HOURS_MINUTES, &[("hours", Arg::Int(3)), ("minutes", Arg::Int(45))]), "3 t 45 min");
        assert_ne!(text(Locale::Uk, k::NAV_TODAY, &[]), text(Locale::Da, k::NAV_TODAY, &[]));
    }

    #[test]
    fn the_browser_gets_its_texts_with_placeholders_to_fill() {
        for l in Locale::ALL {
            let json: BTreeMap<String, String> = serde_json::from_str(&browser_texts(l).json).unwrap();
            assert_eq!(json.len(), k::BROWSER.len());
            let name = &browser_texts(l).name;
            let hash = name.strip_prefix(&format!("texts-{}.", l.code())).and_then(|r| r.strip_suffix(".json")).unwrap_or_else(|| panic!("{name}"));
            assert!(hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{name}");
        }
        let names: BTreeSet<&str> = Locale::ALL.iter().map(|l| browser_texts(*l).name.as_str()).collect();
        assert_eq!(names.len(), Locale::ALL.len(), "one file per language");
        let da: BTreeMap<String, String> = serde_json::from_str(&browser_texts(Locale::Da).json).unwrap();
        assert!(da[k::PUNCH_STARTED_UNSENT.id()].contains("{$time}"), "{}", da[k::PUNCH_STARTED_UNSENT.id()]);
    }
}
