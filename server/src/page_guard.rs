//! Sends each page request where the access policy says: logged-out visitors to the login
//! page, logged-in users to their own start page. It also decides the page's language (the
//! user's choice, else this browser's cookie, else `Accept-Language`), for the shell.
use app::db::Db;
use app::domain::access::{page_access, PageDecision};
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
    let current = auth::current(&db, &session).await.ok();
    let role = current.as_ref().map(|(actor, _)| actor.role);
    match page_access(path, role) {
        PageDecision::Allow => {
            let saved = current.as_ref().and_then(|(_, me)| me.language);
            let locale = Locale::choose(saved.map(Locale::code), lang_cookie(req.headers()), req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
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
