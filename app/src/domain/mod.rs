//! The domain core: types, rules and the access policy. Compiles for the server and the
//! browser alike and holds no I/O, so every rule here is unit-tested natively.
/// A closed set of values kept as text in storage and the API, with its Danish label.
macro_rules! text_enum {
    ($name:ident { $($variant:ident = $key:literal, $da:literal;)+ }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s.trim() { $($key => Some($name::$variant),)+ _ => None }
            }

            pub fn label_da(self) -> &'static str {
                match self { $($name::$variant => $da),+ }
            }

            /// Its name in the locale files: `<enum>-<code>` in kebab case
            /// (`action-citizen-view`), where that vocabulary has moved there.
            pub fn label_key(self) -> Option<crate::i18n::Key> {
                crate::i18n::k::by_id(&format!("{}-{}", crate::domain::kebab(stringify!($name)), self.as_str().replace(['.', '_'], "-")))
            }

            /// Its name in the page's language (a unit test checks every code has one).
            pub fn label(self) -> String {
                self.label_key().map(crate::i18n::t).unwrap_or_else(|| self.label_da().to_string())
            }
        }
    };
}

/// Serde for a vocabulary that travels as one code per variant (`Variant = "code"`, the
/// variant's name in snake case, as the derive wrote it): the list, the codes, and reading
/// one back by a search of the list. The derived deserializer matches every code twice (as
/// text and as bytes) in visitors of its own, several kB of the phone's wasm per vocabulary;
/// this is one small loop. The match is exhaustive, so a variant cannot be left out.
macro_rules! wire_codes {
    ($name:ident { $($variant:ident = $code:literal,)+ }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Its code on the wire (JSON), e.g. in an error's `rule` and `field_id`.
            pub const fn wire_code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_wire_code(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.wire_code() == code)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.wire_code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str($crate::domain::ByWireCode($name::from_wire_code, stringify!($name)))
            }
        }
    };
}

/// Reads a [`wire_codes!`] vocabulary from its code; anything else is an "invalid value".
pub(crate) struct ByWireCode<T>(pub fn(&str) -> Option<T>, pub &'static str);

impl<'de, T> serde::de::Visitor<'de> for ByWireCode<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a {} code", self.1)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.0)(v).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
    }
}

/// "FollowUpOutcome" → "follow-up-outcome": a vocabulary's name as its keys begin.
pub fn kebab(name: &str) -> String {
    words_joined(name, '-')
}

/// "FollowUpOutcome" → "follow_up_outcome": a Rust name as serde and Leptos's macros spell it.
pub fn snake(name: &str) -> String {
    words_joined(name, '_')
}

fn words_joined(name: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(sep);
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Form fields arrive as text; API clients send numbers. Inputs take either, and null.
pub(crate) fn loose_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Loose {
        Text(String),
        Int(i64),
        Float(f64),
        Bool(bool),
        Null,
    }
    Ok(match <Loose as serde::Deserialize>::deserialize(d)? {
        Loose::Text(s) => s,
        Loose::Bool(b) => b.to_string(),
        Loose::Int(n) => n.to_string(),
        Loose::Float(f) => f.to_string(),
        Loose::Null => String::new(),
    })
}

pub mod absence;
pub mod access;
pub mod audit;
pub mod alerts;
pub mod approval;
pub mod caseload;
pub mod citizen_record;
pub mod company;
pub mod matching;
pub mod error;
pub mod goal;
pub mod goal_metrics;
pub mod hours;
pub mod idempotency;
pub mod locale;
pub mod invite;
pub mod local_time;
pub mod models;
pub mod money;
pub mod note;
pub mod opening;
pub mod period;
pub mod password;
pub mod placement;
pub mod punch;
pub mod report;
pub mod role;
pub mod search;
pub mod session;
pub mod shift;
pub mod staff;
pub mod shift_plan;
pub mod social_enterprise;
pub mod timeline;
pub mod target_group;
pub mod throttle;
pub mod time_entry;
