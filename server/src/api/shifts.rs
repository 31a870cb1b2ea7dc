use std::collections::HashMap;

use app::domain::error::{AppError, Field, Rule};
use app::domain::models::ShiftView;
use axum::extract::{Path, Query};
use app::service::planning::PlanRequest;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration, Utc};
use serde::Serialize;

use super::time_entries::timestamp;
use super::{ApiError, ApiResult, Caller, ErrorBody};

/// Shifts the caller may see, overlapping `[from, to)` (default: now to four weeks ahead).
#[utoipa::path(get, path = "/shifts", tag = "shifts",
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
#[utoipa::path(post, path = "/shifts/{id}/attendance", tag = "shifts",
    params(("id" = i64, Path)), request_body = AttendanceBody,
    responses((status = 200, body = ShiftView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn attendance(caller: Caller, Path(id): Path<String>, super::ApiJson(body): super::ApiJson<AttendanceBody>) -> ApiResult<Json<ShiftView>> {
    let id = super::parse_id(&id)?;
    let raw = body.status.ok_or(AppError::invalid(Rule::Required, Field::Status))?;
    let to = app::domain::shift::ShiftStatus::parse(raw.trim()).ok_or(AppError::invalid(Rule::InvalidStatus, Field::Status))?;
    Ok(Json(app::service::shifts::mark_attendance(&caller.db, &caller.actor, id, to).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewShift {
    pub placement_id: Option<i64>,
    /// RFC 3339
    pub starts_at: Option<String>,
    /// RFC 3339; at most 16 hours after starts_at
    pub ends_at: Option<String>,
    /// 1 (default) for one shift, up to 26: the same weekday and Copenhagen wall-clock times
    /// each week.
    pub repeat_weeks: Option<i64>,
}

fn weeks(raw: Option<i64>) -> Result<u32, AppError> {
    u32::try_from(raw.unwrap_or(1)).map_err(|_| AppError::invalid(Rule::OutOfRange, Field::RepeatWeeks))
}

/// Plan a shift, or a weekly series of them, on a placement (its mentor, or a caseworker).
/// All or nothing: not in the past, inside the placement's period, 15 minutes to 16 hours,
/// and not over another shift of the citizen's.
#[utoipa::path(post, path = "/shifts", tag = "shifts", request_body = NewShift,
    responses((status = 201, body = Vec<ShiftView>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, super::ApiJson(body): super::ApiJson<NewShift>) -> ApiResult<(StatusCode, Json<Vec<ShiftView>>)> {
    let req = PlanRequest {
        placement_id: body.placement_id.ok_or(AppError::invalid(Rule::Required, Field::PlacementId))?,
        starts_at: timestamp(body.starts_at.as_deref().ok_or(AppError::invalid(Rule::Required, Field::StartsAt))?, Field::StartsAt)?,
        ends_at: timestamp(body.ends_at.as_deref().ok_or(AppError::invalid(Rule::Required, Field::EndsAt))?, Field::EndsAt)?,
        repeat_weeks: weeks(body.repeat_weeks)?,
    };
    let planned = app::service::planning::plan(&caller.db, &caller.actor, req).await?;
    Ok((StatusCode::CREATED, Json(planned)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct MoveShift {
    /// RFC 3339
    pub starts_at: Option<String>,
    /// RFC 3339
    pub ends_at: Option<String>,
}

/// Move a planned shift to new times (same rules as planning it).
#[utoipa::path(patch, path = "/shifts/{id}", tag = "shifts", params(("id" = i64, Path)), request_body = MoveShift,
    responses((status = 200, body = ShiftView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, super::ApiJson(body): super::ApiJson<MoveShift>) -> ApiResult<Json<ShiftView>> {
    let id = super::parse_id(&id)?;
    let starts_at = timestamp(body.starts_at.as_deref().ok_or(AppError::invalid(Rule::Required, Field::StartsAt))?, Field::StartsAt)?;
    let ends_at = timestamp(body.ends_at.as_deref().ok_or(AppError::invalid(Rule::Required, Field::EndsAt))?, Field::EndsAt)?;
    Ok(Json(app::service::planning::move_shift(&caller.db, &caller.actor, id, starts_at, ends_at).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
pub struct CancelShift {
    /// Shown to the citizen; optional, at most 500 characters.
    pub reason: Option<String>,
    /// Also cancel the later planned shifts of the same weekly series.
    pub following: Option<bool>,
}

/// Cancel a planned shift (or, with `following`, the rest of its series). Answers the
/// shifts it cancelled.
#[utoipa::path(post, path = "/shifts/{id}/cancel", tag = "shifts", params(("id" = i64, Path)), request_body = CancelShift,
    responses((status = 200, body = Vec<ShiftView>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cancel(caller: Caller, Path(id): Path<String>, super::ApiJson(body): super::ApiJson<CancelShift>) -> ApiResult<Json<Vec<ShiftView>>> {
    let id = super::parse_id(&id)?;
    let done = app::service::planning::cancel(&caller.db, &caller.actor, id, body.reason.as_deref(), body.following.unwrap_or(false)).await?;
    Ok(Json(done))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CalendarLink {
    /// Whether the caller has a feed.
    pub active: bool,
    /// Path of the private ICS feed: only in the answer that makes it (the server keeps a
    /// hash of its token, not the token), null otherwise.
    pub path: Option<String>,
}

/// The caller's private calendar feed address (citizens and mentors).
#[utoipa::path(get, path = "/me/calendar", tag = "shifts",
    responses((status = 200, body = CalendarLink), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn calendar_link(caller: Caller) -> ApiResult<Json<CalendarLink>> {
    Ok(Json(CalendarLink { active: app::service::shifts::has_calendar(&caller.db, &caller.actor).await?, path: None }))
}

/// Make a new calendar feed address; the old one stops working.
#[utoipa::path(post, path = "/me/calendar", tag = "shifts",
    responses((status = 200, body = CalendarLink), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn renew_calendar_link(caller: Caller) -> ApiResult<Json<CalendarLink>> {
    Ok(Json(CalendarLink { active: true, path: Some(app::service::shifts::renew_calendar(&caller.db, &caller.actor).await?) }))
}

/// The ICS feed of a citizen's or mentor's shifts (30 days back, 90 ahead). The token in
/// the address is the key: no session needed, so phone calendars can subscribe.
#[utoipa::path(get, path = "/calendar/{file}", tag = "shifts",
    params(("file" = String, Path, description = "The feed's token followed by .ics")),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many unknown tokens from the address")))]
pub async fn feed(axum::Extension(db): axum::Extension<app::db::Db>, client: super::Client, Path(file): Path<String>) -> Result<Response, ApiError> {
    let body = app::service::shifts::calendar_feed(&db, file.strip_suffix(".ics").unwrap_or(""), client.0).await?;
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8"), (header::CACHE_CONTROL, "private, max-age=300")],
        body,
    )
        .into_response())
}
