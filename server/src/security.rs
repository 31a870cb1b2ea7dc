//! What every response and every state-changing request goes through: the origin check
//! against cross-site requests (CSRF, login CSRF) and the security headers. The page's
//! Content-Security-Policy, which needs the render's nonce, is set by the shell (`app::app`).
use std::net::{IpAddr, SocketAddr};
use std::sync::OnceLock;

use app::domain::error::AppError;
use app::domain::throttle::ClientIp;
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;

use crate::fn_status::error_response;

/// Whether `headers` come from a page of this site. Browsers say where a request comes
/// from: `Sec-Fetch-Site` (every current one), else `Origin` (every cross-origin POST). A
/// request with neither is no browser's, so no victim's cookie rides on it (curl, scripts).
pub fn from_own_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin") | Ok("none"));
    }
    let Some(origin) = headers.get(header::ORIGIN) else { return true };
    let Ok(origin) = origin.to_str() else { return false };
    // "https://host[:port]": compared by host and port with the address the browser used.
    let Some((_, authority)) = origin.split_once("://") else { return false };
    let host = |name: &str| headers.get(name).and_then(|h| h.to_str().ok()).map(str::to_ascii_lowercase);
    let authority = authority.to_ascii_lowercase();
    [host("x-forwarded-host"), host(header::HOST.as_str())].into_iter().flatten().any(|h| h == authority)
}

/// Refuses a state-changing request that another site's page sent, with 403 and our JSON.
pub async fn same_site_only(req: Request, next: Next) -> Response {
    let changes_state = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes_state && !from_own_site(req.headers()) {
        return error_response(&AppError::CrossOrigin);
    }
    next.run(req).await
}

/// The proxies whose `X-Forwarded-For` is believed: `FODFAESTE_TRUSTED_PROXIES`, addresses
/// separated by commas (none by default: then the peer's own address counts).
fn trusted_proxies() -> &'static [IpAddr] {
    static PROXIES: OnceLock<Vec<IpAddr>> = OnceLock::new();
    PROXIES.get_or_init(|| {
        std::env::var("FODFAESTE_TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    })
}

/// Decides once per request where it came from ([`ClientIp`]), for the throttles.
pub async fn client_ip(mut req: Request, next: Next) -> Response {
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let forwarded = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    let client = ClientIp::from_parts(peer, forwarded, trusted_proxies());
    let device = app::domain::session::Device::from_user_agent(req.headers().get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or(""));
    req.extensions_mut().insert(client);
    // What a login made by this request is listed as ("Chrome on Android").
    req.extensions_mut().insert(device);
    next.run(req).await
}

/// What [`headers`] adds besides the fixed ones.
#[derive(Clone, Copy, Debug)]
pub struct HeaderPolicy {
    /// Only where the site is served over https.
    pub hsts: bool,
    /// The `/pkg` files are named by their content hash (release builds).
    pub hashed_names: bool,
}

/// The headers every answer carries. A page, JSON or CSV may hold a citizen's data and a
/// phone may be shared: none of it is kept in the browser's HTTP cache; public files are
/// (crate::assets).
pub async fn headers(policy: HeaderPolicy, req: Request, next: Next) -> Response {
    let hsts = policy.hsts;
    let path = req.uri().path();
    let public = crate::assets::is_public_file(path).then(|| path.to_string());
    let mut res = next.run(req).await;
    let status = res.status();
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Same-origin: Leptos sends a form posted without JavaScript back to its Referer, and no
    // address (say, a calendar link with its token) ever reaches another site.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if hsts {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    match public {
        Some(path) => {
            h.insert(header::CACHE_CONTROL, crate::assets::cache_control(&path, status, policy.hashed_names));
        }
        None => {
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn only_the_sites_own_pages_and_non_browsers_pass() {
        assert!(from_own_site(&headers(&[("host", "kommune.dk"), ("origin", "https://kommune.dk")])));
        assert!(from_own_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "http://127.0.0.1:3000")])));
        assert!(from_own_site(&headers(&[("host", "app:3000"), ("x-forwarded-host", "kommune.dk"), ("origin", "https://kommune.dk")])));
        assert!(from_own_site(&headers(&[("host", "kommune.dk")])), "curl sends neither");
        assert!(from_own_site(&headers(&[("sec-fetch-site", "same-origin"), ("origin", "https://kommune.dk")])));
        assert!(!from_own_site(&headers(&[("host", "kommune.dk"), ("origin", "http://evil.example")])));
        assert!(!from_own_site(&headers(&[("host", "kommune.dk"), ("origin", "null")])));
        assert!(!from_own_site(&headers(&[("host", "kommune.dk"), ("origin", "https://kommune.dk.evil.example")])));
        assert!(!from_own_site(&headers(&[("sec-fetch-site", "cross-site"), ("host", "kommune.dk"), ("origin", "https://kommune.dk")])));
        assert!(!from_own_site(&headers(&[("sec-fetch-site", "same-site")])));
    }
}
