//! Sends each page request where the access policy says: logged-out visitors to the login
//! page, logged-in users to their own start page.
use app::db::Db;
use app::domain::access::{page_access, PageDecision};
use app::service::auth;
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use tower_sessions::Session;

pub async fn guard(Extension(db): Extension<Db>, session: Session, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let is_page = req.method() == Method::GET
        && !path.starts_with("/api/")
        && !path.starts_with("/pkg/")
        && !path.rsplit('/').next().unwrap_or("").contains('.');
    if !is_page {
        return next.run(req).await;
    }
    let role = auth::current(&db, &session).await.ok().map(|(actor, _)| actor.role);
    match page_access(path, role) {
        PageDecision::Allow => next.run(req).await,
        PageDecision::Redirect(to) => Redirect::to(to).into_response(),
    }
}
