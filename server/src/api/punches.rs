use app::domain::error::Field;
use app::domain::models::{OpenPunch, TimeEntryView};
use app::service::punches as svc;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

use super::time_entries::timestamp;
use super::{ApiJson, ApiResult, Caller, ErrorBody};

#[derive(Deserialize, utoipa::ToSchema)]
pub struct PunchInBody {
    pub placement_id: Option<i64>,
    /// When the citizen tapped, RFC 3339, for taps sent later from an offline phone.
    /// Left out: now. A time ahead of the server's clock counts as now.
    pub at: Option<String>,
    /// A UUID made by the client; the same tap sent twice opens one punch.
    pub client_id: Option<String>,
}

/// Punch in ("Jeg er mødt") on one's own active placement.
#[utoipa::path(post, path = "/punches/in", tag = "punch clock", request_body = PunchInBody,
    responses((status = 201, body = OpenPunch), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "Already punched in"),
        (status = 422, body = ErrorBody, description = "A rule broken, or `idempotency_key_reused`: this client_id came before with a different request (nothing changed)")))]
pub async fn punch_in(caller: Caller, ApiJson(body): ApiJson<PunchInBody>) -> ApiResult<(StatusCode, Json<OpenPunch>)> {
    let placement_id = body.placement_id.ok_or(app::domain::error::AppError::invalid(app::domain::error::Rule::Required, Field::PlacementId))?;
    let at = body.at.map(|s| timestamp(&s, Field::At)).transpose()?;
    let punch = svc::punch_in(&caller.db, &caller.actor, placement_id, at, body.client_id.as_deref()).await?;
    Ok((StatusCode::CREATED, Json(punch)))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct PunchOutBody {
    pub at: Option<String>,
    pub break_minutes: Option<i64>,
    pub note: Option<String>,
    /// A UUID made by the client; also the client id of the entry the punch becomes.
    pub client_id: Option<String>,
}

/// Punch out ("Jeg går hjem"): the open punch becomes a time entry waiting for approval.
#[utoipa::path(post, path = "/punches/out", tag = "punch clock", request_body = PunchOutBody,
    responses((status = 201, body = TimeEntryView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody, description = "Not punched in"), (status = 422, body = ErrorBody, description = "A rule broken, or `idempotency_key_reused`: this client_id came before with a different request (nothing changed)")))]
pub async fn punch_out(caller: Caller, ApiJson(body): ApiJson<PunchOutBody>) -> ApiResult<(StatusCode, Json<TimeEntryView>)> {
    let at = body.at.map(|s| timestamp(&s, Field::At)).transpose()?;
    let entry = svc::punch_out(&caller.db, &caller.actor, at, body.break_minutes.unwrap_or(0), body.note, body.client_id.as_deref()).await?;
    Ok((StatusCode::CREATED, Json(entry)))
}

/// The open punch, if any (`null` when not punched in).
#[utoipa::path(get, path = "/punches/open", tag = "punch clock",
    responses((status = 200, body = Option<OpenPunch>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn open(caller: Caller) -> ApiResult<Json<Option<OpenPunch>>> {
    Ok(Json(svc::open_punch(&caller.db, &caller.actor).await?))
}

/// Cancel the open punch (tapped by mistake, or forgotten and registered by hand instead).
#[utoipa::path(delete, path = "/punches/open", tag = "punch clock",
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn cancel(caller: Caller) -> ApiResult<StatusCode> {
    svc::cancel(&caller.db, &caller.actor).await?;
    Ok(StatusCode::NO_CONTENT)
}
