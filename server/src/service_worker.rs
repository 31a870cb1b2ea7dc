//! `/sw.js`: the service worker, stamped with this release's id so that a new release is a
//! new worker to the browser (which compares the script byte for byte).
use axum::http::header;
use axum::response::IntoResponse;

const SCRIPT: &str = include_str!("../../public/sw.js");

/// The release: the asset hashes cargo-leptos wrote next to the binary, or the version.
pub fn release_id(hash_file: &str) -> String {
    let hashes = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join(hash_file)))
        .and_then(|path| std::fs::read_to_string(path).ok());
    match hashes {
        Some(h) => {
            let mut id: u64 = 0xcbf29ce484222325;
            for b in h.bytes() {
                id = (id ^ b as u64).wrapping_mul(0x100000001b3);
            }
            format!("{}-{id:016x}", env!("CARGO_PKG_VERSION"))
        }
        None => env!("CARGO_PKG_VERSION").to_string(),
    }
}

pub fn script(release: &str) -> impl IntoResponse + Clone {
    let body = SCRIPT.replace("__FODFAESTE_VERSION__", release);
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")],
        body,
    )
}
