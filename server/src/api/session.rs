use app::db::Db;
use app::domain::models::Me;
use app::domain::session::{EndScope, LoginView};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Json};
use serde::Deserialize;
use tower_sessions::Session;

use super::{ApiJson, ApiResult, Caller, ErrorBody};

#[derive(Deserialize, utoipa::ToSchema)]
pub struct LoginBody {
    pub email: Option<String>,
    pub password: Option<String>,
}

/// Log in; the answer sets the session cookie.
#[utoipa::path(post, path = "/session", request_body = LoginBody, tag = "session",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many failed logins for the account or from the address: try again after Retry-After seconds")))]
pub async fn login(Extension(db): Extension<Db>, client: super::Client, session: Session, ApiJson(body): ApiJson<LoginBody>) -> ApiResult<Json<Me>> {
    let me = app::service::auth::login(
        &db,
        &session,
        body.email.as_deref().unwrap_or(""),
        body.password.as_deref().unwrap_or(""),
        client.0,
        client.1,
    )
    .await?;
    Ok(Json(me))
}

/// Log out (ends the session; harmless when there is none).
#[utoipa::path(delete, path = "/session", tag = "session", responses((status = 204)))]
pub async fn logout(session: Session) -> ApiResult<impl IntoResponse> {
    app::service::auth::logout(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who is logged in.
#[utoipa::path(get, path = "/me", tag = "session",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(caller: Caller) -> Json<Me> {
    Json(caller.me)
}

/// The caller's logins on every device, the one asking marked `this_device`.
#[utoipa::path(get, path = "/me/sessions", tag = "session",
    responses((status = 200, body = Vec<LoginView>), (status = 401, body = ErrorBody)))]
pub async fn my_sessions(Extension(db): Extension<Db>, session: Session) -> ApiResult<Json<Vec<LoginView>>> {
    Ok(Json(app::service::auth::my_logins(&db, &session).await?))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct EndQuery {
    /// `others` (the default) keeps the asking login; `all` ends it too.
    pub scope: Option<String>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Ended {
    /// How many logins were ended.
    pub ended: u64,
}

/// Log out on every other device, or on all of them (`scope=all`).
#[utoipa::path(delete, path = "/me/sessions", tag = "session", params(EndQuery),
    responses((status = 200, body = Ended), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn end_my_sessions(Extension(db): Extension<Db>, session: Session, Query(q): Query<EndQuery>) -> ApiResult<Json<Ended>> {
    use app::domain::error::{AppError, Field, Rule};
    let scope = match q.scope.as_deref().map(str::trim) {
        None | Some("others") => EndScope::Others,
        Some("all") => EndScope::All,
        Some(_) => return Err(AppError::invalid(Rule::Required, Field::Scope).into()),
    };
    Ok(Json(Ended { ended: app::service::auth::end_my_logins(&db, &session, scope).await? }))
}

/// Log out one of the caller's other devices, named by `handle` from the list.
#[utoipa::path(delete, path = "/me/sessions/{handle}", tag = "session", params(("handle" = String, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn end_my_session(Extension(db): Extension<Db>, session: Session, Path(handle): Path<String>) -> ApiResult<StatusCode> {
    app::service::auth::end_my_login(&db, &session, &handle).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Log a user of the municipality out on every device (admins).
#[utoipa::path(delete, path = "/users/{id}/sessions", tag = "admin", params(("id" = i64, Path)),
    responses((status = 200, body = Ended), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn end_user_sessions(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Ended>> {
    let id = super::parse_id(&id)?;
    Ok(Json(Ended { ended: app::service::users::end_sessions(&caller.db, &caller.actor, id).await? }))
}
