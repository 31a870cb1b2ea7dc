//! Things only the browser has: its random numbers and its clock.

/// A UUID v4 for the next send of a form. Made on the phone, so a form filled in offline has
/// its id before any server answers; `crypto.getRandomValues` exists on every phone browser
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

/// Gives a form a fresh client id after a send, so the next registration is a new one.
pub fn renew_client_id(id: leptos::prelude::RwSignal<String>) {
    use leptos::prelude::Set;
    if let Some(next) = new_client_id() {
        id.set(next);
    }
}
