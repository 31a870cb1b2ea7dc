use std::collections::HashMap;

use app::domain::error::{AppError, Field, Rule};
use app::domain::models::ShiftView;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration, Utc};
use serde::Serialize;

use super::time_entries::timestamp;
use super::{ApiError, ApiResult, Caller, ErrorBody};

/// Shifts the caller may see, overlapping `[from, to)` (default: now to four weeks ahead).
#[utoipa::path(get, path = "/api/v1/shifts", tag = "shifts",
    params(
        ("placement_id" = Option<i64>, Query),
        ("from" = Option<String>, Query, description = "RFC 3339"),
        ("to" = Option<String>, Query, description = "RFC 3339"),
    ),
    responses((status = 200, body = Vec<ShiftView>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(caller: Caller, Query(q): Query<HashMap<String, String>>) -> ApiResult<Json<Vec<ShiftView>>> {
    let placement_id = q
        .get("placement_id")
        .map(|s| s.trim().parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::PlacementId)))
        .transpose()?;
    let now = Utc::now();
    let from = q.get("from").map(|s| timestamp(s, Field::From)).transpose()?.unwrap_or(now);
    let to = q.get("to").map(|s| timestamp(s, Field::To)).transpose()?.unwrap_or(from + Duration::days(28));
    Ok(Json(app::service::shifts::list(&caller.db, &caller.actor, placement_id, from, to).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct AttendanceBody {
    /// attended or no_show
    pub status: Option<String>,
}

/// Mark a shift attended or no-show (its mentor, or a caseworker). A no-show only once the
/// shift has begun; a shift reported absent or cancelled is not marked.
#[utoipa::path(post, path = "/api/v1/shifts/{id}/attendance", tag = "shifts",
    params(("id" = i64, Path)), request_body = AttendanceBody,
    responses((status = 200, body = ShiftView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn attendance(caller: Caller, Path(id): Path<String>, super::ApiJson(body): super::ApiJson<AttendanceBody>) -> ApiResult<Json<ShiftView>> {
    let id = super::parse_id(&id)?;
    let raw = body.status.ok_or(AppError::invalid(Rule::Required, Field::Status))?;
    let to = app::domain::shift::ShiftStatus::parse(raw.trim()).ok_or(AppError::invalid(Rule::InvalidStatus, Field::Status))?;
    Ok(Json(app::service::shifts::mark_attendance(&caller.db, &caller.actor, id, to).await?))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CalendarLink {
    /// Path of the private ICS feed, or null before one is made.
    pub path: Option<String>,
}

/// The caller's private calendar feed address (citizens and mentors).
#[utoipa::path(get, path = "/api/v1/me/calendar", tag = "shifts",
    responses((status = 200, body = CalendarLink), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn calendar_link(caller: Caller) -> ApiResult<Json<CalendarLink>> {
    Ok(Json(CalendarLink { path: app::service::shifts::current_calendar_path(&caller.db, &caller.actor).await? }))
}

/// Make a new calendar feed address; the old one stops working.
#[utoipa::path(post, path = "/api/v1/me/calendar", tag = "shifts",
    responses((status = 200, body = CalendarLink), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn renew_calendar_link(caller: Caller) -> ApiResult<Json<CalendarLink>> {
    Ok(Json(CalendarLink { path: Some(app::service::shifts::renew_calendar(&caller.db, &caller.actor).await?) }))
}

/// The ICS feed of a citizen's or mentor's shifts (30 days back, 90 ahead). The token in
/// the address is the key: no session needed, so phone calendars can subscribe.
#[utoipa::path(get, path = "/api/v1/calendar/{token}.ics", tag = "shifts",
    params(("token" = String, Path)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = ErrorBody)))]
pub async fn feed(axum::Extension(db): axum::Extension<app::db::Db>, Path(file): Path<String>) -> Result<Response, ApiError> {
    let token = file.strip_suffix(".ics").ok_or(ApiError(AppError::NotFound))?;
    let body = app::service::shifts::calendar_feed(&db, token).await?;
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8"), (header::CACHE_CONTROL, "private, max-age=300")],
        body,
    )
        .into_response())
}
