//! How long a login lasts. A citizen's or a mentor's own phone stays logged in for weeks (they
//! log in with one hand, on a bad connection); a desk login — caseworker, manager, admin —
//! sees many citizens' data and ends after a working day, or sooner when left alone.
//! Each limit can be set per installation (`FODFAESTE_SESSION_*`, see the README).
use serde::{Deserialize, Serialize};

use super::role::Role;

/// Which limits a login lives under; fixed when it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    Phone,
    Desk,
}

impl Profile {
    pub fn for_role(role: Role) -> Profile {
        match role {
            Role::Citizen | Role::Mentor => Profile::Phone,
            Role::Caseworker | Role::Admin | Role::Manager => Profile::Desk,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Phone => "phone",
            Profile::Desk => "desk",
        }
    }

    pub fn parse(s: &str) -> Option<Profile> {
        match s {
            "phone" => Some(Profile::Phone),
            "desk" => Some(Profile::Desk),
            _ => None,
        }
    }
}

/// Seconds a login may go unused, and seconds it may last at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifetime {
    pub idle: i64,
    pub absolute: i64,
}

impl Lifetime {
    /// When a login started at `created_at` and last used at `seen_at` stops working.
    pub fn deadline(self, created_at: i64, seen_at: i64) -> i64 {
        seen_at.saturating_add(self.idle).min(created_at.saturating_add(self.absolute))
    }

    /// How stale the last-used time may get before it is written again: often enough that
    /// the idle limit is measured to within a quarter of itself, at most once a minute.
    pub fn touch_after(self) -> i64 {
        (self.idle / 4).clamp(0, 60)
    }
}

const MINUTE: i64 = 60;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub phone: Lifetime,
    pub desk: Lifetime,
}

impl Default for Limits {
    /// Phone: 14 days unused, 60 days at most. Desk: 1 hour unused, 12 hours at most.
    fn default() -> Self {
        Limits {
            phone: Lifetime { idle: 14 * DAY, absolute: 60 * DAY },
            desk: Lifetime { idle: HOUR, absolute: 12 * HOUR },
        }
    }
}

/// A setting that is not a duration.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{name}={value:?} is not a duration such as 45m, 12h or 14d")]
pub struct BadLimit {
    pub name: String,
    pub value: String,
}

impl Limits {
    pub fn of(&self, profile: Profile) -> Lifetime {
        match profile {
            Profile::Phone => self.phone,
            Profile::Desk => self.desk,
        }
    }

    /// The defaults, with each setting `get` returns put in place.
    pub fn from_settings(get: impl Fn(&str) -> Option<String>) -> Result<Limits, BadLimit> {
        let mut limits = Limits::default();
        for (name, slot) in [
            ("FODFAESTE_SESSION_PHONE_IDLE", &mut limits.phone.idle),
            ("FODFAESTE_SESSION_PHONE_MAX", &mut limits.phone.absolute),
            ("FODFAESTE_SESSION_DESK_IDLE", &mut limits.desk.idle),
            ("FODFAESTE_SESSION_DESK_MAX", &mut limits.desk.absolute),
        ] {
            if let Some(value) = get(name).filter(|v| !v.trim().is_empty()) {
                *slot = parse_duration(&value).ok_or(BadLimit { name: name.into(), value })?;
            }
        }
        Ok(limits)
    }

    /// The longest any login may last: the cookie's own lifetime.
    pub fn longest(&self) -> i64 {
        self.phone.absolute.max(self.desk.absolute)
    }
}

/// "90s", "45m", "12h", "14d" to seconds; at least one second, at most ten years.
pub fn parse_duration(s: &str) -> Option<i64> {
    let s = s.trim();
    let unit = match s.chars().last()? {
        's' => 1,
        'm' => MINUTE,
        'h' => HOUR,
        'd' => DAY,
        _ => return None,
    };
    let n: i64 = s[..s.len() - 1].parse().ok()?;
    let secs = n.checked_mul(unit)?;
    (1..=3650 * DAY).contains(&secs).then_some(secs)
}

/// The browser a login was made in, for the list of one's logins. Only the family is kept:
/// enough for "Chrome on Android" and not a fingerprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Browser {
    Edge,
    Samsung,
    Opera,
    Firefox,
    Chrome,
    Safari,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Android,
    Ios,
    Windows,
    Mac,
    ChromeOs,
    Linux,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Device {
    pub browser: Browser,
    pub os: Os,
}

impl Default for Device {
    fn default() -> Self {
        Device { browser: Browser::Other, os: Os::Other }
    }
}

impl Device {
    /// From a `User-Agent` header. Order matters: Edge, Samsung and Opera also say Chrome,
    /// and Chrome also says Safari.
    pub fn from_user_agent(ua: &str) -> Device {
        let has = |s: &str| ua.contains(s);
        let browser = if has("Edg/") || has("EdgA/") || has("EdgiOS/") {
            Browser::Edge
        } else if has("SamsungBrowser/") {
            Browser::Samsung
        } else if has("OPR/") || has("OPiOS/") {
            Browser::Opera
        } else if has("Firefox/") || has("FxiOS/") {
            Browser::Firefox
        } else if has("Chrome/") || has("Chromium/") || has("CriOS/") {
            Browser::Chrome
        } else if has("Safari/") {
            Browser::Safari
        } else {
            Browser::Other
        };
        let os = if has("Android") {
            Os::Android
        } else if has("iPhone") || has("iPad") || has("iPod") {
            Os::Ios
        } else if has("Windows") {
            Os::Windows
        } else if has("CrOS") {
            Os::ChromeOs
        } else if has("Mac OS X") || has("Macintosh") {
            Os::Mac
        } else if has("Linux") {
            Os::Linux
        } else {
            Os::Other
        };
        Device { browser, os }
    }
}

impl Browser {
    pub fn as_str(self) -> &'static str {
        match self {
            Browser::Edge => "edge",
            Browser::Samsung => "samsung",
            Browser::Opera => "opera",
            Browser::Firefox => "firefox",
            Browser::Chrome => "chrome",
            Browser::Safari => "safari",
            Browser::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Browser {
        [Browser::Edge, Browser::Samsung, Browser::Opera, Browser::Firefox, Browser::Chrome, Browser::Safari]
            .into_iter()
            .find(|b| b.as_str() == s)
            .unwrap_or(Browser::Other)
    }

    /// Product names, the same in every language.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Browser::Edge => Some("Edge"),
            Browser::Samsung => Some("Samsung Internet"),
            Browser::Opera => Some("Opera"),
            Browser::Firefox => Some("Firefox"),
            Browser::Chrome => Some("Chrome"),
            Browser::Safari => Some("Safari"),
            Browser::Other => None,
        }
    }
}

impl Os {
    pub fn as_str(self) -> &'static str {
        match self {
            Os::Android => "android",
            Os::Ios => "ios",
            Os::Windows => "windows",
            Os::Mac => "mac",
            Os::ChromeOs => "chromeos",
            Os::Linux => "linux",
            Os::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Os {
        [Os::Android, Os::Ios, Os::Windows, Os::Mac, Os::ChromeOs, Os::Linux].into_iter().find(|o| o.as_str() == s).unwrap_or(Os::Other)
    }

    pub fn name(self) -> Option<&'static str> {
        match self {
            Os::Android => Some("Android"),
            Os::Ios => Some("iPhone/iPad"),
            Os::Windows => Some("Windows"),
            Os::Mac => Some("Mac"),
            Os::ChromeOs => Some("ChromeOS"),
            Os::Linux => Some("Linux"),
            Os::Other => None,
        }
    }
}

/// One of the user's logins, as "Dine enheder" lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LoginView {
    /// Names the login to end it: the stored hash of its id, never the id (the cookie) itself.
    pub handle: String,
    pub device: Device,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub this_device: bool,
}

/// Which of one's logins to end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndScope {
    /// Every login but the one asking.
    Others,
    /// Every login, the one asking too.
    All,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_live_under_the_desk_limits_and_phones_under_the_phone_limits() {
        assert_eq!(Profile::for_role(Role::Citizen), Profile::Phone);
        assert_eq!(Profile::for_role(Role::Mentor), Profile::Phone);
        for r in [Role::Caseworker, Role::Admin, Role::Manager] {
            assert_eq!(Profile::for_role(r), Profile::Desk);
        }
        let d = Limits::default();
        assert!(d.desk.idle < d.phone.idle && d.desk.absolute < d.phone.absolute);
        for p in [Profile::Phone, Profile::Desk] {
            assert_eq!(Profile::parse(p.as_str()), Some(p));
        }
    }

    #[test]
    fn the_deadline_is_the_earlier_of_idle_and_absolute() {
        let l = Lifetime { idle: 100, absolute: 1000 };
        assert_eq!(l.deadline(0, 0), 100);
        assert_eq!(l.deadline(0, 850), 950);
        assert_eq!(l.deadline(0, 950), 1000, "use never stretches a login past its absolute end");
        assert_eq!(Lifetime { idle: 4, absolute: 10 }.touch_after(), 1);
        assert_eq!(Limits::default().phone.touch_after(), 60);
    }

    #[test]
    fn settings_override_the_defaults_and_nonsense_is_refused() {
        let get = |n: &str| match n {
            "FODFAESTE_SESSION_DESK_IDLE" => Some("30m".to_string()),
            "FODFAESTE_SESSION_PHONE_MAX" => Some(" 90d ".to_string()),
            "FODFAESTE_SESSION_DESK_MAX" => Some(String::new()),
            _ => None,
        };
        let l = Limits::from_settings(get).unwrap();
        assert_eq!(l.desk.idle, 30 * 60);
        assert_eq!(l.phone.absolute, 90 * DAY);
        assert_eq!(l.desk.absolute, Limits::default().desk.absolute);
        for bad in ["0m", "-5m", "12", "h", "1.5h", "99999999999999d", "12 x"] {
            let err = Limits::from_settings(|n| (n == "FODFAESTE_SESSION_PHONE_IDLE").then(|| bad.to_string())).unwrap_err();
            assert_eq!(err.name, "FODFAESTE_SESSION_PHONE_IDLE", "{bad}");
        }
        assert_eq!(parse_duration("90s"), Some(90));
        assert_eq!(parse_duration("12h"), Some(12 * HOUR));
    }

    #[test]
    fn devices_are_told_apart_by_their_user_agents() {
        let cases = [
            ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36", Browser::Chrome, Os::Android),
            ("Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36", Browser::Samsung, Os::Android),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1", Browser::Safari, Os::Ios),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0", Browser::Edge, Os::Windows),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", Browser::Firefox, Os::Linux),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", Browser::Safari, Os::Mac),
            ("curl/8.5.0", Browser::Other, Os::Other),
            ("", Browser::Other, Os::Other),
        ];
        for (ua, browser, os) in cases {
            assert_eq!(Device::from_user_agent(ua), Device { browser, os }, "{ua}");
            assert_eq!(Browser::parse(browser.as_str()), browser);
            assert_eq!(Os::parse(os.as_str()), os);
        }
    }
}
