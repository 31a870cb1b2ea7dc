use app::db::Db;
use app::domain::models::Me;
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
#[utoipa::path(post, path = "/api/v1/session", request_body = LoginBody, tag = "session",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many failed logins for the account or from the address: try again after Retry-After seconds")))]
pub async fn login(Extension(db): Extension<Db>, client: super::Client, session: Session, ApiJson(body): ApiJson<LoginBody>) -> ApiResult<Json<Me>> {
    let me = app::service::auth::login(
        &db,
        &session,
        body.email.as_deref().unwrap_or(""),
        body.password.as_deref().unwrap_or(""),
        client.0,
    )
    .await?;
    Ok(Json(me))
}

/// Log out (ends the session; harmless when there is none).
#[utoipa::path(delete, path = "/api/v1/session", tag = "session", responses((status = 204)))]
pub async fn logout(session: Session) -> ApiResult<impl IntoResponse> {
    app::service::auth::logout(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who is logged in.
#[utoipa::path(get, path = "/api/v1/me", tag = "session",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(caller: Caller) -> Json<Me> {
    Json(caller.me)
}
