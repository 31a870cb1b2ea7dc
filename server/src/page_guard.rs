//! Sends each page request where the access policy says: logged-out visitors to the login
//! page, logged-in users to their own start page. It also decides the page's language (the
//! user's choice, else this browser's cookie, else `Accept-Language`), for the shell.
use app::db::Db;
use app::domain::access::{page_access, PageDecision};
use app::domain::error::AppError;
use app::i18n::k;
use app::service::auth;
use axum::extract::Request;
use app::domain::locale::{Locale, LANG_COOKIE};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use tower_sessions::Session;

pub async fn guard(Extension(db): Extension<Db>, session: Session, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let is_page = req.method() == Method::GET
        && !path.starts_with("/api/")
        && !path.starts_with("/pkg/")
        && !path.rsplit('/').next().unwrap_or("").contains('.');
    if !is_page {
        return next.run(req).await;
    }
    // The language rule reads its hints once: the user's choice (when the lookup found them),
    // this browser's cookie, `Accept-Language`. The trouble page needs it as much as the shell.
    let found = auth::current(&db, &session).await;
    let saved = found.as_ref().ok().and_then(|(_, me)| me.language);
    let locale = Locale::choose(saved.map(Locale::code), lang_cookie(req.headers()), req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
    let current = match found {
        Ok(found) => Some(found),
        Err(AppError::Unauthenticated) => None,
        // Not knowing who is asking is not the same as nobody being logged in: while the
        // database is down, a logged-in user is told to wait, not sent to log in again.
        Err(err) => return trouble_page(&err, locale),
    };
    let role = current.as_ref().map(|(actor, _)| actor.role);
    match page_access(path, role) {
        PageDecision::Allow => {
            req.extensions_mut().insert(locale);
            // The shell's header and the page's loaders read the user from here instead of
            // asking the database again (functions::ctx::actor).
            if let Some((actor, me)) = current {
                req.extensions_mut().insert(actor);
                req.extensions_mut().insert(me);
            }
            next.run(req).await
        }
        PageDecision::Redirect(to) => Redirect::to(to).into_response(),
    }
}

/// The page for a request the server cannot answer now: 503 with `Retry-After` while the
/// database is unreachable (the page reloads itself after that; the service worker shows the
/// copy it kept instead, if it has one), else the 500 of a fault of ours. Plain HTML without
/// scripts or styles, in the visitor's language.
fn trouble_page(err: &AppError, locale: Locale) -> Response {
    let escape = |text: String| html_escape::encode_text(&text).into_owned();
    let retry = matches!(err, AppError::Unavailable).then_some(crate::fn_status::UNAVAILABLE_RETRY_AFTER);
    let (title, body) = match retry {
        Some(_) => (escape(app::i18n::server::text(locale, k::PAGE_UNAVAILABLE_TITLE, &[])), escape(app::i18n::server::text(locale, k::PAGE_UNAVAILABLE_BODY, &[]))),
        None => (escape(app::i18n::error_text_in(locale, err)), String::new()),
    };
    let refresh = retry.map(|s| format!(r#"<meta http-equiv="refresh" content="{s}">"#)).unwrap_or_default();
    let html = format!(
        r#"<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{refresh}<title>{title}</title></head><body><main><h1>{title}</h1><p>{body}</p></main></body></html>"#,
        lang = locale.code(),
        dir = locale.direction().as_str(),
    );
    let status = axum::http::StatusCode::from_u16(err.status()).unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    let mut res = (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'"),
        ],
        html,
    )
        .into_response();
    crate::fn_status::add_retry_after(err, &mut res);
    res
}

/// The language cookie's value, if the browser sent one.
pub(crate) fn lang_cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .map(|(_, value)| value)
}
