use app::domain::citizen_record::{CitizenInput, CitizenRecord};
use app::domain::invite::{InviteInfo, InviteLink};
use app::domain::models::Me;
use app::domain::timeline::TimelineItem;
use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use tower_sessions::Session;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

/// The address the caller reached us at, for the link inside a QR code.
fn site(headers: &HeaderMap) -> String {
    let get = |k: &str| headers.get(k).and_then(|v| v.to_str().ok()).map(str::to_string);
    let host = get("x-forwarded-host").or_else(|| get(header::HOST.as_str())).unwrap_or_else(|| "localhost".into());
    let scheme = get("x-forwarded-proto").unwrap_or_else(|| if host.starts_with("127.") || host.starts_with("localhost") { "http".into() } else { "https".into() });
    format!("{scheme}://{host}")
}

/// Create a citizen (caseworkers and admins); a caseworker's goes into their caseload.
#[utoipa::path(post, path = "/citizens", tag = "desk", request_body = CitizenInput,
    responses((status = 201, body = CitizenRecord), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<CitizenInput>) -> ApiResult<(StatusCode, Json<CitizenRecord>)> {
    Ok((StatusCode::CREATED, Json(app::service::citizens::create(&caller.db, &caller.actor, &body).await?)))
}

/// A citizen's record, accommodations included (caseworkers and admins; audited).
#[utoipa::path(get, path = "/citizens/{id}", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = CitizenRecord), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<CitizenRecord>> {
    Ok(Json(app::service::citizens::get(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

#[utoipa::path(put, path = "/citizens/{id}", tag = "desk", params(("id" = i64, Path)), request_body = CitizenInput,
    responses((status = 200, body = CitizenRecord), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<CitizenInput>) -> ApiResult<Json<CitizenRecord>> {
    Ok(Json(app::service::citizens::update(&caller.db, &caller.actor, parse_id(&id)?, &body).await?))
}

/// The citizen's timeline, newest first: placements, hours and changes, absences, notes.
#[utoipa::path(get, path = "/citizens/{id}/timeline", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<TimelineItem>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn timeline(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Vec<TimelineItem>>> {
    Ok(Json(app::service::citizens::timeline(&caller.db, &caller.actor, parse_id(&id)?, caller.locale).await?))
}

/// A one-time link (7 days) for the citizen to choose a password, with its QR code. The
/// citizen needs an e-mail to log in with.
#[utoipa::path(post, path = "/citizens/{id}/invite", tag = "desk", params(("id" = i64, Path)),
    responses((status = 201, body = InviteLink), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn invite(caller: Caller, headers: HeaderMap, Path(id): Path<String>) -> ApiResult<(StatusCode, Json<InviteLink>)> {
    let link = app::service::citizens::invite(&caller.db, &caller.actor, parse_id(&id)?, &site(&headers)).await?;
    Ok((StatusCode::CREATED, Json(link)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewMentor {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// A new mentor at the company, with an invitation link to choose a password.
#[utoipa::path(post, path = "/companies/{id}/mentors", tag = "desk", params(("id" = i64, Path)), request_body = NewMentor,
    responses((status = 201, body = InviteLink), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn invite_mentor(caller: Caller, headers: HeaderMap, Path(id): Path<String>, ApiJson(b): ApiJson<NewMentor>) -> ApiResult<(StatusCode, Json<InviteLink>)> {
    let link = app::service::citizens::invite_mentor(&caller.db, &caller.actor, parse_id(&id)?, &b.name, &b.email, &b.phone, &site(&headers)).await?;
    Ok((StatusCode::CREATED, Json(link)))
}

/// Who an invitation is for, while it can be taken (no login needed).
#[utoipa::path(get, path = "/invitations/{token}", tag = "session", params(("token" = String, Path)),
    responses((status = 200, body = InviteInfo), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many unknown tokens from the address: try again after Retry-After seconds")))]
pub async fn invitation(axum::Extension(db): axum::Extension<app::db::Db>, client: super::Client, Path(token): Path<String>) -> ApiResult<Json<InviteInfo>> {
    Ok(Json(app::service::invites::info(&db, &token, client.0).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct AcceptBody {
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_again: String,
}

/// Take an invitation: choose the password (8 to 128 characters, not a common one, not the
/// person's name or e-mail; typed twice) and be
/// logged in. It works once.
#[utoipa::path(post, path = "/invitations/{token}", tag = "session", params(("token" = String, Path)), request_body = AcceptBody,
    responses((status = 200, body = Me), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many unknown tokens from the address: try again after Retry-After seconds")))]
pub async fn accept(axum::Extension(db): axum::Extension<app::db::Db>, client: super::Client, session: Session, Path(token): Path<String>, ApiJson(b): ApiJson<AcceptBody>) -> ApiResult<Json<Me>> {
    Ok(Json(app::service::invites::accept(&db, &session, &token, &b.password, &b.password_again, client.0, client.1).await?))
}

/// The municipality's users (admins).
#[utoipa::path(get, path = "/users", tag = "admin",
    responses((status = 200, body = Vec<app::domain::staff::UserView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn users(caller: Caller) -> ApiResult<Json<Vec<app::domain::staff::UserView>>> {
    Ok(Json(app::service::users::list(&caller.db, &caller.actor).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewStaff {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    /// caseworker or admin
    #[serde(default)]
    pub role: String,
}

/// A new caseworker or admin, with an invitation link (admins).
#[utoipa::path(post, path = "/users", tag = "admin", request_body = NewStaff,
    responses((status = 201, body = InviteLink), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn invite_staff(caller: Caller, headers: HeaderMap, ApiJson(b): ApiJson<NewStaff>) -> ApiResult<(StatusCode, Json<InviteLink>)> {
    let link = app::service::users::invite_staff(&caller.db, &caller.actor, &b.name, &b.email, &b.role, &site(&headers)).await?;
    Ok((StatusCode::CREATED, Json(link)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct UserChange {
    /// caseworker or admin, for staff; absent keeps the role.
    #[serde(default)]
    pub role: String,
    /// false deactivates: the user can no longer log in, and any session ends.
    pub active: Option<bool>,
}

/// Change a user's role or deactivate them (admins). The municipality keeps one active admin.
#[utoipa::path(put, path = "/users/{id}", tag = "admin", params(("id" = i64, Path)), request_body = UserChange,
    responses((status = 200, body = app::domain::staff::UserView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn change_user(caller: Caller, Path(id): Path<String>, ApiJson(b): ApiJson<UserChange>) -> ApiResult<Json<app::domain::staff::UserView>> {
    use app::domain::error::{AppError, Field, Rule};
    let active = b.active.ok_or(AppError::invalid(Rule::Required, Field::Status))?;
    Ok(Json(app::service::users::change(&caller.db, &caller.actor, parse_id(&id)?, &b.role, active).await?))
}
