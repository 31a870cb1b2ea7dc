//! The languages Fodfæste speaks. Stored on the user and in the `lang` cookie by code; each
//! is named in its own language, so a reader who cannot read Danish still finds theirs.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Da,
    En,
    Ar,
    Uk,
}

/// Which way a language's lines run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// In the order the language menu lists them: Danish first, the case file's language.
    pub const ALL: [Locale; 4] = [Locale::Da, Locale::En, Locale::Ar, Locale::Uk];

    /// The BCP 47 code: `lang` on the page, the cookie, the database.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Da => "da",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Uk => "uk",
        }
    }

    /// The language's place in `ALL`: tables with one entry per language are arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn parse(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's own name for itself; never translated.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Da => "Dansk",
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Uk => "Українська",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The first language of an `Accept-Language` header Fodfæste speaks, by the sender's
    /// weights (`q`); ties keep the sender's order. `None` when it speaks none of them.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut offers: Vec<(u16, usize, Locale)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let locale = Locale::parse(pieces.next()?)?;
                let q = pieces
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .next()
                    .map(|q| q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q)).map(|q| (q * 1000.0) as u16))
                    .unwrap_or(Some(1000))?;
                (q > 0).then_some((q, i, locale))
            })
            .collect();
        offers.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        offers.first().map(|o| o.2)
    }

    /// The page's language: the user's saved choice, else this browser's cookie, else what the
    /// browser asks for, else Danish.
    pub fn choose(saved: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        saved
            .and_then(Locale::parse)
            .or_else(|| cookie.and_then(Locale::parse))
            .or_else(|| accept_language.and_then(Locale::from_accept_language))
            .unwrap_or_default()
    }
}

/// Where to go back to after choosing a language: a path on this site, never another site
/// (`//evil.example`, `https://…`, `/\\evil`); anything else is the start page.
pub fn local_path(back: &str) -> &str {
    let ok = back.starts_with('/') && !back.starts_with("//") && !back.contains('\\') && !back.chars().any(char::is_control);
    if ok { back } else { "/" }
}

/// The cookie that keeps a browser's language before (and after) login.
pub const LANG_COOKIE: &str = "fodfaeste_lang";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_fall_to_the_language() {
        for (i, l) in Locale::ALL.into_iter().enumerate() {
            assert_eq!(Locale::parse(l.code()), Some(l));
            assert_eq!(l.index(), i, "{} has its place in ALL", l.code());
        }
        assert_eq!(Locale::parse("ar-SY"), Some(Locale::Ar));
        assert_eq!(Locale::parse("UK_ua"), Some(Locale::Uk));
        assert_eq!(Locale::parse("de"), None);
        assert_eq!(Locale::parse(""), None);
    }

    #[test]
    fn accept_language_follows_weights_then_order() {
        assert_eq!(Locale::from_accept_language("ar-SY,ar;q=0.9,en-US;q=0.8,en;q=0.7"), Some(Locale::Ar));
        assert_eq!(Locale::from_accept_language("de-DE,de;q=0.9,uk;q=0.8,en;q=0.5"), Some(Locale::Uk));
        assert_eq!(Locale::from_accept_language("en;q=0.2, da;q=0.8"), Some(Locale::Da));
        assert_eq!(Locale::from_accept_language("en;q=0, fr"), None);
        assert_eq!(Locale::from_accept_language("en;q=banana, uk"), Some(Locale::Uk));
        assert_eq!(Locale::from_accept_language("*"), None);
        assert_eq!(Locale::from_accept_language(""), None);
    }

    #[test]
    fn the_saved_choice_beats_the_cookie_beats_the_browser() {
        assert_eq!(Locale::choose(Some("uk"), Some("ar"), Some("en")), Locale::Uk);
        assert_eq!(Locale::choose(None, Some("ar"), Some("en")), Locale::Ar);
        assert_eq!(Locale::choose(Some("xx"), Some("nonsense"), Some("en-GB")), Locale::En);
        assert_eq!(Locale::choose(None, None, Some("fr")), Locale::Da);
        assert_eq!(Locale::Ar.direction(), Direction::Rtl);
        assert_eq!(Locale::Uk.direction().as_str(), "ltr");
    }

    #[test]
    fn going_back_stays_on_this_site() {
        assert_eq!(local_path("/borger/timer?visning=uge"), "/borger/timer?visning=uge");
        for away in ["//evil.example/x", "https://evil.example", "/\\evil.example", "", "borger", "/a\nb"] {
            assert_eq!(local_path(away), "/", "{away:?}");
        }
    }
}
