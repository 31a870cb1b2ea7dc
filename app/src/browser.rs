//! Things only the browser has: its random numbers and its clock.

/// A UUID v4 for one send, made on the phone at the moment the send is made (never rendered
/// into a page, which the service worker may keep and serve again); `crypto.getRandomValues` exists on every phone browser
/// we serve, `randomUUID` does not.
#[cfg(feature = "hydrate")]
pub fn new_client_id() -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut b = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut b).ok()?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Some(format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]))
}

#[cfg(not(feature = "hydrate"))]
pub fn new_client_id() -> Option<String> {
    None
}

/// Loads the page again from the server, after a send changed what it shows. The page is
/// server-rendered HTML with small interactive islands, so a fresh render is how new data
/// arrives (and how the worker's kept copy is renewed).
pub fn reload() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        mark_loading(&w);
        let _ = w.location().reload();
    }
}

/// "https://host" of the page, for links to hand over.
pub fn origin() -> String {
    #[cfg(feature = "hydrate")]
    if let Some(o) = web_sys::window().and_then(|w| w.location().origin().ok()) {
        return o;
    }
    String::new()
}

/// The browser's print dialog.
pub fn print() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Opens `url` as a new page load, e.g. the record a form has just created.
pub fn go_to(url: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        mark_loading(&w);
        let _ = w.location().assign(url);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = url;
}

/// As [`reload`], unless the person is typing in a field: what they typed weighs more than
/// fresh figures, which come with the next page anyway.
pub fn reload_unless_typing() {
    #[cfg(feature = "hydrate")]
    {
        let typing = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !typing {
            reload();
        }
    }
}

/// Runs `f` once every island has hydrated, then tells tests (and styles) the page is live:
/// `data-hydrated` on the body. Islands hydrate one after the other, in the page's order,
/// after `hydrate()` returns, and a lazy one first fetches its part of the wasm; the last
/// island of every page ([`crate::components::IslandsWoken`]) therefore calls
/// [`islands_woken`], which runs `f`. State that differs from what the server rendered
/// (offline, the outbox) must only be set from here: set earlier, an island would render
/// differently from its HTML and fail to hydrate.
pub fn after_islands(f: impl FnOnce() + 'static) {
    #[cfg(feature = "hydrate")]
    AFTER_ISLANDS.with(|after| *after.borrow_mut() = Some(Box::new(f)));
    #[cfg(not(feature = "hydrate"))]
    let _ = f;
}

#[cfg(feature = "hydrate")]
thread_local! {
    static AFTER_ISLANDS: std::cell::RefCell<Option<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(None) };
}

/// Every island before the last has hydrated: runs what [`after_islands`] was given, in the
/// next task (the last island is itself still hydrating now).
#[cfg(feature = "hydrate")]
pub fn islands_woken() {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(f) = AFTER_ISLANDS.with(|after| after.borrow_mut().take()) {
            f();
        }
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
}

/// The page is on its way out: it is no longer the hydrated one tests may act on.
#[cfg(feature = "hydrate")]
fn mark_loading(w: &web_sys::Window) {
    if let Some(body) = w.document().and_then(|d| d.body()) {
        let _ = body.remove_attribute("data-hydrated");
    }
}

/// "HH:MM" in Europe/Copenhagen of an RFC 3339 instant, by the browser's own time zone data.
#[cfg(feature = "hydrate")]
pub fn copenhagen_clock(at: &str) -> Option<String> {
    // en-GB writes 08:02; da-DK would write 08.02.
    copenhagen(at, "en-GB", &[("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23")], false)
}

/// "YYYY-MM-DD" in Europe/Copenhagen of an RFC 3339 instant (sv-SE writes dates so).
#[cfg(feature = "hydrate")]
pub fn copenhagen_date(at: &str) -> Option<String> {
    copenhagen(at, "sv-SE", &[("year", "numeric"), ("month", "2-digit"), ("day", "2-digit")], true)
}

#[cfg(feature = "hydrate")]
fn copenhagen(at: &str, locale: &str, parts: &[(&str, &str)], date_part: bool) -> Option<String> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(at));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"timeZone".into(), &"Europe/Copenhagen".into()).ok()?;
    for (k, v) in parts {
        js_sys::Reflect::set(&options, &(*k).into(), &(*v).into()).ok()?;
    }
    if date_part {
        date.to_locale_date_string(locale, &options).as_string()
    } else {
        date.to_locale_time_string_with_options(locale, &options).as_string()
    }
}

/// This page's address with its query changed by `edit` (path and query, no origin).
#[cfg(feature = "hydrate")]
pub fn address_with(edit: impl FnOnce(&web_sys::UrlSearchParams)) -> Option<String> {
    let loc = web_sys::window()?.location();
    let params = web_sys::UrlSearchParams::new_with_str(&loc.search().ok()?).ok()?;
    edit(&params);
    let query = String::from(params.to_string());
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    Some(if query.is_empty() { path } else { format!("{path}?{query}") })
}

/// Puts `url` in the address bar without loading it.
#[cfg(feature = "hydrate")]
pub fn replace_address(url: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// The phone's clock in milliseconds; 0 outside the browser.
pub fn now_ms() -> f64 {
    #[cfg(feature = "hydrate")]
    return js_sys::Date::now();
    #[cfg(not(feature = "hydrate"))]
    0.0
}

/// An RFC 3339 instant in milliseconds, read by the browser.
pub fn instant_ms(at: &str) -> Option<f64> {
    #[cfg(feature = "hydrate")]
    {
        let ms = js_sys::Date::parse(at);
        return (!ms.is_nan()).then_some(ms);
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = at;
        None
    }
}
