use app::domain::access;
use app::domain::error::{AppError, Field, Rule};
use app::domain::models::{AutoConfirmResult, NoteView, PlacementView};
use app::domain::note::NoteVisibility;
use app::domain::placement::{PlacementInput, PlacementRecord};
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

/// Follow-up notes on a placement, newest first: its mentor reads those shared with mentors,
/// staff read all. Citizens have no access (403).
#[utoipa::path(get, path = "/placements/{id}/notes", tag = "placements",
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
#[utoipa::path(post, path = "/placements/{id}/notes", tag = "placements",
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
#[utoipa::path(get, path = "/placements", tag = "placements",
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
#[utoipa::path(put, path = "/placements/{id}/auto-confirm", tag = "placements",
    params(("id" = i64, Path)), request_body = AutoConfirmBody,
    responses((status = 200, body = AutoConfirmResult), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn auto_confirm(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<AutoConfirmBody>) -> ApiResult<Json<AutoConfirmResult>> {
    let id = parse_id(&id)?;
    let minutes = body.auto_confirm_minutes.ok_or(AppError::invalid(Rule::Required, Field::AutoConfirmMinutes))?;
    Ok(Json(app::service::planning::set_auto_confirm(&caller.db, &caller.actor, id, minutes).await?))
}

/// Place a citizen in an opening (caseworkers and admins). Internships take `weeks` (4, 8 or
/// 13) and end after them; paid kinds take the opening's wage unless `hourly_wage` (kroner)
/// is given. It starts planned, or active from its first day.
#[utoipa::path(post, path = "/placements", tag = "placements", request_body = PlacementInput,
    responses((status = 201, body = PlacementRecord), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<PlacementInput>) -> ApiResult<(StatusCode, Json<PlacementRecord>)> {
    Ok((StatusCode::CREATED, Json(app::service::placing::create(&caller.db, &caller.actor, &body).await?)))
}

/// A placement's full record: terms, end, outcome and follow-ups (caseworkers and admins).
#[utoipa::path(get, path = "/placements/{id}", tag = "placements", params(("id" = i64, Path)),
    responses((status = 200, body = PlacementRecord), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<PlacementRecord>> {
    Ok(Json(app::service::placing::get(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct ExtendBody {
    /// The internship's new length in all, at most 26 weeks.
    #[serde(default, deserialize_with = "loose")]
    #[schema(value_type = i64)]
    pub weeks: String,
}

fn loose<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    use serde::Deserialize;
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// Extend an internship to a longer agreed length (at most 26 weeks).
#[utoipa::path(post, path = "/placements/{id}/extend", tag = "placements", params(("id" = i64, Path)), request_body = ExtendBody,
    responses((status = 200, body = PlacementRecord), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn extend(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<ExtendBody>) -> ApiResult<Json<PlacementRecord>> {
    Ok(Json(app::service::placing::extend(&caller.db, &caller.actor, parse_id(&id)?, &body.weeks).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct EndBody {
    /// YYYY-MM-DD, from the start to today.
    #[serde(default)]
    pub ended_on: String,
    /// ordinary_job, fleksjob, education, continued, dropped_out or other
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub note: String,
}

/// End a placement with its outcome; follow-ups fall due 3 and 6 months later, and planned
/// shifts after the end are cancelled.
#[utoipa::path(post, path = "/placements/{id}/end", tag = "placements", params(("id" = i64, Path)), request_body = EndBody,
    responses((status = 200, body = PlacementRecord), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn end(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<EndBody>) -> ApiResult<Json<PlacementRecord>> {
    Ok(Json(app::service::placing::end(&caller.db, &caller.actor, parse_id(&id)?, &body.ended_on, &body.outcome, &body.note).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct FollowUpBody {
    /// 3 or 6 (months after the end)
    #[serde(default, deserialize_with = "loose")]
    #[schema(value_type = i64)]
    pub which: String,
    /// ordinary_job, fleksjob, education, in_programme, on_benefits or other
    #[serde(default)]
    pub outcome: String,
}

/// Record the citizen's situation at the 3- or 6-month follow-up, once it is due.
#[utoipa::path(post, path = "/placements/{id}/follow-up", tag = "placements", params(("id" = i64, Path)), request_body = FollowUpBody,
    responses((status = 200, body = PlacementRecord), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn follow_up(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<FollowUpBody>) -> ApiResult<Json<PlacementRecord>> {
    Ok(Json(app::service::placing::follow_up(&caller.db, &caller.actor, parse_id(&id)?, &body.which, &body.outcome).await?))
}
