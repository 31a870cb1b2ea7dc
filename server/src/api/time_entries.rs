use std::collections::HashMap;

use app::domain::error::{AppError, Field, Rule};
use app::domain::models::{ConfirmResult, EntryChange, TimeEntryView};
use app::domain::time_entry::{EntrySource, EntryStatus, EntryTimes};
use app::service::time_entries::{self as svc, ListQuery, NewTimeEntry};
use axum::extract::{Path, Query};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

pub(crate) fn timestamp(raw: &str, field: Field) -> Result<DateTime<Utc>, AppError> {
    DateTime::parse_from_rfc3339(raw.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| AppError::invalid(Rule::InvalidTimestamp, field))
}

fn required<T>(v: Option<T>, field: Field) -> Result<T, AppError> {
    v.ok_or(AppError::invalid(Rule::Required, field))
}

/// List entries the caller may see. Filters: `placement_id`, `from`, `to` (RFC 3339, on the
/// start instant), `status`.
#[utoipa::path(get, path = "/time-entries", tag = "time entries",
    params(
        ("placement_id" = Option<i64>, Query),
        ("from" = Option<String>, Query, description = "RFC 3339, inclusive"),
        ("to" = Option<String>, Query, description = "RFC 3339, exclusive"),
        ("status" = Option<EntryStatus>, Query),
    ),
    responses((status = 200, body = Vec<TimeEntryView>), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(caller: Caller, Query(q): Query<HashMap<String, String>>) -> ApiResult<Json<Vec<TimeEntryView>>> {
    let placement_id = q
        .get("placement_id")
        .map(|s| s.trim().parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::PlacementId)))
        .transpose()?;
    let from = q.get("from").map(|s| timestamp(s, Field::From)).transpose()?;
    let to = q.get("to").map(|s| timestamp(s, Field::To)).transpose()?;
    let status = q
        .get("status")
        .map(|s| EntryStatus::parse(s.trim()).ok_or(AppError::invalid(Rule::InvalidStatus, Field::Status)))
        .transpose()?;
    let list = svc::list(&caller.db, &caller.actor, ListQuery { placement_id, from, to, status }).await?;
    Ok(Json(list))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct CreateTimeEntry {
    pub placement_id: Option<i64>,
    /// RFC 3339 instant, e.g. `2026-11-20T08:00:00+01:00`.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub break_minutes: Option<i64>,
    pub note: Option<String>,
    /// A UUID made by the client; sending the same one again returns the first entry.
    pub client_id: Option<String>,
}

/// Register worked hours (citizens, on their own placement).
#[utoipa::path(post, path = "/time-entries", tag = "time entries", request_body = CreateTimeEntry,
    responses((status = 201, body = TimeEntryView, description = "Created, or the entry first created with this client_id (header Idempotent-Replayed: true)"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "A rule broken, or `idempotency_key_reused`: this client_id came before with a different request (nothing changed)")))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<CreateTimeEntry>) -> ApiResult<Response> {
    let placement_id = required(body.placement_id, Field::PlacementId)?;
    let starts_at = timestamp(&required(body.starts_at, Field::StartsAt)?, Field::StartsAt)?;
    let ends_at = timestamp(&required(body.ends_at, Field::EndsAt)?, Field::EndsAt)?;
    let input = NewTimeEntry {
        placement_id,
        times: EntryTimes { starts_at, ends_at, break_minutes: body.break_minutes.unwrap_or(0) },
        note: body.note,
        client_id: body.client_id,
        source: EntrySource::Manual,
    };
    let (entry, created) = svc::register(&caller.db, &caller.actor, input).await?;
    let mut res = (StatusCode::CREATED, Json(entry)).into_response();
    if !created {
        res.headers_mut()
            .insert(HeaderName::from_static("idempotent-replayed"), HeaderValue::from_static("true"));
    }
    Ok(res)
}

#[utoipa::path(get, path = "/time-entries/{id}", tag = "time entries",
    params(("id" = i64, Path)),
    responses((status = 200, body = TimeEntryView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<TimeEntryView>> {
    Ok(Json(svc::view(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

/// Confirm a waiting entry (its mentor, or a caseworker).
#[utoipa::path(post, path = "/time-entries/{id}/confirm", tag = "time entries",
    params(("id" = i64, Path)),
    responses((status = 200, body = TimeEntryView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn confirm(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<TimeEntryView>> {
    Ok(Json(svc::confirm(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct RejectBody {
    pub reason: Option<String>,
    /// A quick reason, worded in each reader's language; `reason` may then be left out.
    pub code: Option<app::domain::time_entry::RejectCode>,
}

/// Reject a waiting entry with a reason the citizen will read: words, a quick reason code,
/// or both.
#[utoipa::path(post, path = "/time-entries/{id}/reject", tag = "time entries",
    params(("id" = i64, Path)), request_body = RejectBody,
    responses((status = 200, body = TimeEntryView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reject(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<RejectBody>) -> ApiResult<Json<TimeEntryView>> {
    let id = parse_id(&id)?;
    let reason = body.reason.unwrap_or_default();
    Ok(Json(svc::reject(&caller.db, &caller.actor, id, &reason, body.code).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct ConfirmManyBody {
    /// The entries to confirm (at most 200), e.g. one citizen's week.
    pub ids: Option<Vec<i64>>,
}

/// Confirm several waiting entries in one request (a mentor's "the whole week"). Every id
/// must be one the caller may decide, or nothing changes (404/403); entries already decided
/// are listed as skipped.
#[utoipa::path(post, path = "/time-entries/confirm", tag = "time entries",
    request_body = ConfirmManyBody,
    responses((status = 200, body = ConfirmResult), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn confirm_many(caller: Caller, ApiJson(body): ApiJson<ConfirmManyBody>) -> ApiResult<Json<ConfirmResult>> {
    Ok(Json(svc::confirm_many(&caller.db, &caller.actor, &body.ids.unwrap_or_default()).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct CorrectBody {
    /// RFC 3339; left out: unchanged.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub break_minutes: Option<i64>,
    /// Why; the citizen sees it. Required.
    pub reason: Option<String>,
}

/// Correct the times of a waiting or confirmed entry (its mentor, or a caseworker), with a
/// reason. The entry is confirmed as corrected; its history keeps before and after.
#[utoipa::path(post, path = "/time-entries/{id}/correct", tag = "time entries",
    params(("id" = i64, Path)), request_body = CorrectBody,
    responses((status = 200, body = TimeEntryView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn correct(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<CorrectBody>) -> ApiResult<Json<TimeEntryView>> {
    let id = parse_id(&id)?;
    let current = svc::get(&caller.db, &caller.actor, id).await?;
    let starts_at = body.starts_at.map(|s| timestamp(&s, Field::StartsAt)).transpose()?.unwrap_or(current.starts_at);
    let ends_at = body.ends_at.map(|s| timestamp(&s, Field::EndsAt)).transpose()?.unwrap_or(current.ends_at);
    let times = EntryTimes { starts_at, ends_at, break_minutes: body.break_minutes.unwrap_or(current.break_minutes) };
    Ok(Json(svc::correct(&caller.db, &caller.actor, id, times, &body.reason.unwrap_or_default()).await?))
}

/// Every change of an entry after it was registered: who, when, before, after and why.
#[utoipa::path(get, path = "/time-entries/{id}/history", tag = "time entries",
    params(("id" = i64, Path)),
    responses((status = 200, body = Vec<EntryChange>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn history(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Vec<EntryChange>>> {
    Ok(Json(svc::history(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct UpdateTimeEntry {
    /// RFC 3339; left out: unchanged.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub break_minutes: Option<i64>,
    /// Left out: unchanged; empty: removed.
    pub note: Option<String>,
}

/// Correct a waiting entry (the citizen's own). Decided entries answer 409.
#[utoipa::path(patch, path = "/time-entries/{id}", tag = "time entries",
    params(("id" = i64, Path)), request_body = UpdateTimeEntry,
    responses((status = 200, body = TimeEntryView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<UpdateTimeEntry>) -> ApiResult<Json<TimeEntryView>> {
    let id = parse_id(&id)?;
    let current = svc::get(&caller.db, &caller.actor, id).await?;
    let starts_at = body.starts_at.map(|s| timestamp(&s, Field::StartsAt)).transpose()?.unwrap_or(current.starts_at);
    let ends_at = body.ends_at.map(|s| timestamp(&s, Field::EndsAt)).transpose()?.unwrap_or(current.ends_at);
    let times = EntryTimes { starts_at, ends_at, break_minutes: body.break_minutes.unwrap_or(current.break_minutes) };
    let note = body.note.or(current.note);
    Ok(Json(svc::update(&caller.db, &caller.actor, id, times, note).await?))
}

/// Withdraw a waiting entry (the citizen's own). It leaves every list; its history stays.
#[utoipa::path(delete, path = "/time-entries/{id}", tag = "time entries",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn withdraw(caller: Caller, Path(id): Path<String>) -> ApiResult<StatusCode> {
    svc::withdraw(&caller.db, &caller.actor, parse_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}
