use app::domain::access;
use app::domain::error::{AppError, Field, Rule};
use app::domain::models::{AutoConfirmResult, NoteView, PlacementView};
use app::domain::note::NoteVisibility;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

/// Follow-up notes on a placement, newest first: its mentor reads those shared with mentors,
/// staff read all. Citizens have no access (403).
#[utoipa::path(get, path = "/api/v1/placements/{id}/notes", tag = "placements",
    params(("id" = i64, Path)),
    responses((status = 200, body = Vec<NoteView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn notes(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Vec<NoteView>>> {
    Ok(Json(app::service::notes::list(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewNote {
    /// At most 500 characters. Never health details.
    pub body: Option<String>,
    /// caseworkers or shared_with_mentor (default). A mentor's note is always shared.
    pub visibility: Option<String>,
}

/// Write a follow-up note on a placement (its mentor, or staff).
#[utoipa::path(post, path = "/api/v1/placements/{id}/notes", tag = "placements",
    params(("id" = i64, Path)), request_body = NewNote,
    responses((status = 201, body = NoteView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_note(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<NewNote>) -> ApiResult<(StatusCode, Json<NoteView>)> {
    let id = parse_id(&id)?;
    let visibility = body
        .visibility
        .map(|v| NoteVisibility::parse(v.trim()).ok_or(AppError::invalid(Rule::InvalidKind, Field::Visibility)))
        .transpose()?;
    let note = app::service::notes::add(&caller.db, &caller.actor, id, &body.body.unwrap_or_default(), visibility).await?;
    Ok((StatusCode::CREATED, Json(note)))
}

/// The placements the caller may see: a citizen their own, a mentor those they mentor,
/// staff their municipality's.
#[utoipa::path(get, path = "/api/v1/placements", tag = "placements",
    responses((status = 200, body = Vec<PlacementView>), (status = 401, body = ErrorBody)))]
pub async fn list(caller: Caller) -> ApiResult<Json<Vec<PlacementView>>> {
    let list = app::db::placements::list_visible(&caller.db, access::visibility(&caller.actor)).await?;
    Ok(Json(list))
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
    use serde::Deserialize;
    Option::<i64>::deserialize(d).map(Some)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct AutoConfirmBody {
    /// 5, 10, 15 or 30: entries within this many minutes of their planned shift are confirmed
    /// automatically; null or 0: off. Required, so an empty body changes nothing.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>)]
    pub auto_confirm_minutes: Option<Option<i64>>,
}

/// Turn a placement's automatic confirmation on or off (its mentor, or a caseworker).
/// Turned on, waiting entries that already keep to their shifts are confirmed at once.
#[utoipa::path(put, path = "/api/v1/placements/{id}/auto-confirm", tag = "placements",
    params(("id" = i64, Path)), request_body = AutoConfirmBody,
    responses((status = 200, body = AutoConfirmResult), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn auto_confirm(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<AutoConfirmBody>) -> ApiResult<Json<AutoConfirmResult>> {
    let id = parse_id(&id)?;
    let minutes = body.auto_confirm_minutes.ok_or(AppError::invalid(Rule::Required, Field::AutoConfirmMinutes))?;
    Ok(Json(app::service::planning::set_auto_confirm(&caller.db, &caller.actor, id, minutes).await?))
}
