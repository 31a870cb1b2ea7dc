//! The page's side of the service worker (`public/sw.js`): it registers the worker, keeps
//! the outbox's state and whether we are online in signals, and asks the worker to send
//! what waits — on start, when the connection returns and when the app is shown again
//! (Background Sync is not in every browser; the worker uses it where it is).
use std::collections::HashMap;

use leptos::prelude::*;
use serde::Deserialize;

use crate::domain::error::AppError;
use crate::i18n::{error_text, k, t, tr};

/// The header an outbox send names its user in (the server refuses it for anyone else).
pub const OWNER_HEADER: &str = "x-fodfaeste-user";

/// What a waiting send is: the last part of its server function's path (`public/sw.js`
/// names it so). A kind this release does not know (a newer worker) still shows and sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    RegisterHours,
    PunchIn,
    PunchOut,
    ReportSick,
    ReportCannotCome,
    #[serde(other)]
    Other,
}

/// Waiting to be sent, or refused by the server for good (the citizen decides what then).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    Pending,
    Failed,
    #[serde(other)]
    Unknown,
}

impl OutboxKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::RegisterHours => "register_hours",
            OutboxKind::PunchIn => "punch_in",
            OutboxKind::PunchOut => "punch_out",
            OutboxKind::ReportSick => "report_sick",
            OutboxKind::ReportCannotCome => "report_cannot_come",
            OutboxKind::Other => "other",
        }
    }
}

/// A send waiting in (or refused from) the outbox, as the worker describes it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct OutboxItem {
    pub seq: u64,
    pub kind: OutboxKind,
    pub fields: HashMap<String, String>,
    pub state: OutboxState,
    /// The server's refusal (an `AppError` as JSON) when failed.
    pub error: Option<String>,
    #[serde(default)]
    pub needs_login: bool,
    /// The user the send was made by (the page's `data-user-id`).
    #[serde(default)]
    pub owner: Option<String>,
}

impl OutboxItem {
    fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }

    /// What the citizen sent, in words.
    pub fn describe(&self) -> String {
        match self.kind {
            OutboxKind::RegisterHours => tr(
                k::OUTBOX_HOURS,
                &[("date", day(self.field("date")).into()), ("start", self.field("start").into()), ("end", self.field("end").into())],
            ),
            OutboxKind::PunchIn => tr(k::OUTBOX_PUNCH_IN, &[("time", clock(self.field("at")).into())]),
            OutboxKind::PunchOut => tr(k::OUTBOX_PUNCH_OUT, &[("time", clock(self.field("at")).into())]),
            OutboxKind::ReportSick => tr(k::OUTBOX_SICK, &[("date", day(self.field("from_date")).into())]),
            OutboxKind::ReportCannotCome => t(k::OUTBOX_CANNOT_COME),
            OutboxKind::Other => t(k::OUTBOX_OTHER),
        }
    }

    /// The server's refusal, when it refused the send for good.
    pub fn refusal(&self) -> Option<AppError> {
        (self.state == OutboxState::Failed).then(|| {
            self.error
                .as_deref()
                .and_then(|e| serde_json::from_str::<AppError>(e).ok())
                .unwrap_or(AppError::MalformedRequest)
        })
    }

    pub fn status(&self) -> String {
        if let Some(why) = self.refusal() {
            tr(k::OUTBOX_REFUSED, &[("reason", error_text(&why).into())])
        } else if self.needs_login {
            t(k::OUTBOX_WAITING_LOGIN)
        } else {
            t(k::OUTBOX_WAITING)
        }
    }

    /// The tap's time of a punch, "HH:MM".
    pub fn at_clock(&self) -> String {
        clock(self.field("at"))
    }

    /// The tap's day of a punch, "YYYY-MM-DD" in Copenhagen.
    pub fn at_date(&self) -> String {
        local_date(self.field("at"))
    }

    /// A field as it was sent ("" when it was not).
    pub fn sent(&self, name: &str) -> String {
        self.field(name).to_string()
    }

    pub fn pending(&self) -> bool {
        self.state == OutboxState::Pending
    }
}

/// "24-11-2026" for the date input's "2026-11-24" (anything else as typed). Plain string
/// work: a date parser and formatter in the browser would cost the phone kilobytes.
fn day(raw: &str) -> String {
    let parts: Vec<&str> = raw.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}-{m}-{y}"),
        _ => raw.to_string(),
    }
}

/// "HH:MM" in Copenhagen of an RFC 3339 instant the worker stamped. The browser has the
/// time zone rules already (Intl); the server and native tests use the domain's.
fn clock(at: &str) -> String {
    #[cfg(feature = "hydrate")]
    {
        crate::browser::copenhagen_clock(at).unwrap_or_else(|| "?".into())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        chrono::DateTime::parse_from_rfc3339(at)
            .map(|t| crate::domain::local_time::format_local_time(t.with_timezone(&chrono::Utc)))
            .unwrap_or_else(|_| "?".into())
    }
}

/// "YYYY-MM-DD" in Copenhagen of an RFC 3339 instant.
fn local_date(at: &str) -> String {
    #[cfg(feature = "hydrate")]
    {
        crate::browser::copenhagen_date(at).unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        chrono::DateTime::parse_from_rfc3339(at)
            .map(|t| crate::domain::local_time::local_date(t.with_timezone(&chrono::Utc)).format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }
}

/// The id of the user this page was rendered for (`data-user-id` in the header).
pub fn page_user() -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        let el = web_sys::window()?.document()?.query_selector("[data-user-id]").ok()??;
        el.get_attribute("data-user-id").filter(|u| !u.is_empty())
    }
    #[cfg(not(feature = "hydrate"))]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: &str, fields: &[(&str, &str)], state: &str, error: Option<&str>) -> OutboxItem {
        OutboxItem {
            seq: 1,
            kind: serde_json::from_value(serde_json::Value::String(kind.into())).unwrap(),
            fields: fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            state: serde_json::from_value(serde_json::Value::String(state.into())).unwrap(),
            error: error.map(str::to_string),
            needs_login: false,
            owner: None,
        }
    }

    #[test]
    fn outbox_items_read_with_copenhagen_times_and_the_servers_refusal() {
        let e = item("register_hours", &[("date", "2026-11-24"), ("start", "17:00"), ("end", "18:00")], "pending", None);
        // Day first, as the citizen typed it, whatever the language.
        assert!(e.describe().contains("24-11-2026 17:00–18:00"), "{}", e.describe());
        assert_ne!(e.status(), e.describe());
        // The worker stamps taps in UTC; the citizen reads Copenhagen time.
        let p = item("punch_in", &[("at", "2026-11-24T07:02:00.000Z")], "pending", None);
        assert!(p.describe().contains("08:02") && !p.describe().contains("07:02"), "{}", p.describe());
        let overlap = AppError::invalid(crate::domain::error::Rule::Overlap, crate::domain::error::Field::StartsAt);
        let body = serde_json::to_string(&overlap).unwrap();
        let refused = item("register_hours", &[], "failed", Some(&body));
        assert!(refused.status().ends_with(&crate::i18n::error_text(&overlap)), "{}", refused.status());
        assert_ne!(refused.status(), e.status());
        assert_eq!(p.at_date(), "2026-11-24");
        // A refusal we cannot read is still a refusal, never shown as waiting.
        let garbled = item("punch_out", &[], "failed", Some("<html>"));
        assert_eq!(garbled.refusal(), Some(AppError::MalformedRequest));
    }

    #[test]
    fn a_kind_or_state_from_a_newer_worker_still_reads() {
        let newer = item("report_overtime", &[], "retrying", None);
        assert_eq!((newer.kind, newer.state), (OutboxKind::Other, OutboxState::Unknown));
        assert_eq!(newer.describe(), crate::i18n::t(crate::i18n::k::OUTBOX_OTHER));
        assert!(!newer.pending() && newer.refusal().is_none());
    }
}

#[derive(Clone, Copy)]
pub struct Pwa {
    pub items: RwSignal<Vec<OutboxItem>>,
    pub online: RwSignal<bool>,
    /// The page is the copy the worker kept, served without a connection.
    pub offline_copy: RwSignal<bool>,
}

impl Pwa {
    fn new() -> Self {
        Pwa { items: RwSignal::new(vec![]), online: RwSignal::new(true), offline_copy: RwSignal::new(false) }
    }
}

/// The outbox state. In the browser there is one per page, shared by every island: islands
/// hydrate apart from each other, so a context could not carry it. [`start`] makes it under
/// the page's root owner before any island hydrates. On the server each render gets its
/// own (empty) one.
pub fn use_pwa() -> Pwa {
    #[cfg(feature = "hydrate")]
    {
        thread_local! { static PWA: Pwa = Pwa::new(); }
        PWA.with(|p| *p)
    }
    #[cfg(not(feature = "hydrate"))]
    Pwa::new()
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    use super::{OutboxItem, Pwa};

    #[derive(serde::Deserialize)]
    struct WorkerMessage {
        #[serde(rename = "type")]
        kind: String,
        #[serde(default)]
        items: Vec<OutboxItem>,
        #[serde(default)]
        sent: u32,
    }

    pub fn post(message: &str) {
        let Some(window) = web_sys::window() else { return };
        let container = window.navigator().service_worker();
        let Ok(msg) = js_sys::JSON::parse(message) else { return };
        if let Some(worker) = container.controller() {
            let _ = worker.post_message(&msg);
            return;
        }
        // Not controlled yet (the first visit): wait for the worker to be ready.
        if let Ok(ready) = container.ready() {
            let cb: Closure<dyn FnMut(wasm_bindgen::JsValue)> = Closure::once(move |reg: wasm_bindgen::JsValue| {
                if let Some(active) = reg.dyn_ref::<web_sys::ServiceWorkerRegistration>().and_then(|r| r.active()) {
                    let _ = active.post_message(&msg);
                }
            });
            let _ = ready.then(&cb);
            cb.forget();
        }
    }

    fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut() + 'static) {
        let cb = Closure::<dyn FnMut()>::new(f);
        let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }

    pub fn start(pwa: Pwa) {
        let Some(window) = web_sys::window() else { return };
        let navigator = window.navigator();
        pwa.online.set(navigator.on_line());
        if let Some(body) = window.document().and_then(|d| d.body()) {
            pwa.offline_copy.set(body.has_attribute("data-offline-copy"));
        }
        // Ask the browser not to evict the outbox and the kept pages under storage pressure.
        if let Ok(storage) = js_sys::Reflect::get(&navigator, &"storage".into()) {
            if let Some(storage) = storage.dyn_ref::<web_sys::StorageManager>() {
                let _ = storage.persist();
            }
        }
        let container = navigator.service_worker();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Ok(json) = js_sys::JSON::stringify(&e.data()) else { return };
            let json: String = json.into();
            if let Ok(msg) = serde_json::from_str::<WorkerMessage>(&json) {
                if msg.kind == "outbox" {
                    if msg.sent > 0 {
                        // What the page shows is the server's, rendered before the sends arrived.
                        crate::browser::reload_unless_typing();
                    }
                    // Another user's sends (a shared phone) are theirs: not shown here.
                    let me = super::page_user();
                    let mine: Vec<OutboxItem> = msg.items.into_iter().filter(|i| i.owner.is_none() || i.owner == me).collect();
                    if pwa.items.with_untracked(|now| *now != mine) {
                        pwa.items.set(mine);
                    }
                }
            }
        });
        container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let _ = container.register("/sw.js");

        listen(&window, "online", move || {
            pwa.online.set(true);
            // The connection is back: try now, whatever the worker's back-off says.
            post(r#"{"type":"flush","force":true}"#);
        });
        // "online" can come before the connection really carries traffic, and a phone can be
        // online while the server is out of reach: while sends wait, keep asking.
        let retry = Closure::<dyn FnMut()>::new(move || {
            let waiting = pwa.items.with_untracked(|items| items.iter().any(|i| i.pending()));
            if waiting && pwa.online.get_untracked() {
                post(r#"{"type":"flush"}"#);
            }
        });
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(retry.as_ref().unchecked_ref(), 4000);
        retry.forget();
        listen(&window, "offline", move || pwa.online.set(false));
        if let Some(document) = window.document() {
            let d = document.clone();
            listen(&document, "visibilitychange", move || {
                if d.visibility_state() == web_sys::VisibilityState::Visible {
                    post(r#"{"type":"flush"}"#);
                }
            });
        }
        // Tell the worker whose page this is: it sends only that user's items.
        if let Some(user) = super::page_user() {
            post(&serde_json::json!({ "type": "hello", "user": user }).to_string());
        }
        post(r#"{"type":"status"}"#);
        post(r#"{"type":"flush"}"#);
    }
}

/// Starts the worker and the listeners (in the browser; nothing on the server).
pub fn start() {
    #[cfg(feature = "hydrate")]
    browser::start(use_pwa());
}

/// Asks the worker to send what waits now.
pub fn flush() {
    #[cfg(feature = "hydrate")]
    browser::post(r#"{"type":"flush"}"#);
}

/// Removes a refused item after the citizen has read why.
pub fn dismiss(_seq: u64) {
    #[cfg(feature = "hydrate")]
    browser::post(&format!(r#"{{"type":"dismiss","seq":{_seq}}}"#));
}

/// At logout: the pages kept for offline use hold the user's data, and the outbox their
/// sends (the user has agreed to drop those); the worker forgets both. The message names the
/// leaving user, so another user's items stay even if the worker missed this page's hello.
pub fn forget_pages() {
    #[cfg(feature = "hydrate")]
    browser::post(&serde_json::json!({ "type": "logout", "user": page_user() }).to_string());
}
