use std::collections::HashMap;

use app::db::openings::OpeningFilter;
use app::domain::error::{AppError, Field, Rule};
use app::domain::matching::MatchView;
use app::domain::opening::{OpeningInput, OpeningView};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::Json;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

fn flag(q: &HashMap<String, String>, key: &str) -> bool {
    matches!(q.get(key).map(String::as_str), Some("true" | "1"))
}

/// Openings of the municipality, newest first (caseworkers and admins).
#[utoipa::path(get, path = "/openings", tag = "desk",
    params(("company_id" = Option<i64>, Query), ("open" = Option<bool>, Query, description = "only those taking placements"),
        ("waiting" = Option<bool>, Query, description = "only proposals waiting for review")),
    responses((status = 200, body = Vec<OpeningView>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list(caller: Caller, Query(q): Query<HashMap<String, String>>) -> ApiResult<Json<Vec<OpeningView>>> {
    let company_id = q
        .get("company_id")
        .map(|s| s.trim().parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::CompanyId)))
        .transpose()?;
    let filter = OpeningFilter { company_id, open_only: flag(&q, "open"), waiting_only: flag(&q, "waiting"), proposed_by: None };
    Ok(Json(app::service::openings::list(&caller.db, &caller.actor, filter).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewOpening {
    #[serde(default)]
    pub company_id: i64,
    #[serde(flatten)]
    pub opening: OpeningInput,
}

/// Create an opening at a company; open at once. `hourly_wage` is in kroner (required for
/// paid kinds); views give `hourly_wage_ore`.
#[utoipa::path(post, path = "/openings", tag = "desk", request_body = NewOpening,
    responses((status = 201, body = OpeningView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<NewOpening>) -> ApiResult<(StatusCode, Json<OpeningView>)> {
    Ok((StatusCode::CREATED, Json(app::service::openings::create(&caller.db, &caller.actor, body.company_id, &body.opening).await?)))
}

#[utoipa::path(get, path = "/openings/{id}", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = OpeningView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<OpeningView>> {
    Ok(Json(app::service::openings::get(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct OpeningUpdate {
    #[serde(flatten)]
    pub opening: OpeningInput,
    /// open, filled or closed
    #[serde(default)]
    pub status: String,
}

/// Replace an opening's terms and status. A proposal is reviewed first (422).
#[utoipa::path(put, path = "/openings/{id}", tag = "desk", params(("id" = i64, Path)), request_body = OpeningUpdate,
    responses((status = 200, body = OpeningView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<OpeningUpdate>) -> ApiResult<Json<OpeningView>> {
    Ok(Json(app::service::openings::update(&caller.db, &caller.actor, parse_id(&id)?, &body.opening, &body.status).await?))
}

/// "Tilbyd en opgave": a mentor proposes a task at their own company. It waits for a
/// caseworker's review and is not open until approved.
#[utoipa::path(post, path = "/openings/proposals", tag = "desk", request_body = OpeningInput,
    responses((status = 201, body = OpeningView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn propose(caller: Caller, ApiJson(body): ApiJson<OpeningInput>) -> ApiResult<(StatusCode, Json<OpeningView>)> {
    Ok((StatusCode::CREATED, Json(app::service::openings::propose(&caller.db, &caller.actor, &body).await?)))
}

/// The calling mentor's own proposals and how each was decided.
#[utoipa::path(get, path = "/openings/proposals", tag = "desk",
    responses((status = 200, body = Vec<OpeningView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn my_proposals(caller: Caller) -> ApiResult<Json<Vec<OpeningView>>> {
    Ok(Json(app::service::openings::my_proposals(&caller.db, &caller.actor).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct ReviewBody {
    /// approve or decline
    #[serde(default)]
    pub decision: String,
    /// Required to decline; the mentor reads it.
    #[serde(default)]
    pub reason: String,
}

/// Approve (it opens) or decline (it closes, with a reason) a waiting proposal. Deciding
/// one that is already decided is 409.
#[utoipa::path(post, path = "/openings/{id}/review", tag = "desk", params(("id" = i64, Path)), request_body = ReviewBody,
    responses((status = 200, body = OpeningView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn review(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<ReviewBody>) -> ApiResult<Json<OpeningView>> {
    Ok(Json(app::service::openings::review(&caller.db, &caller.actor, parse_id(&id)?, &body.decision, &body.reason).await?))
}

/// Citizens ranked for an opening by the matching score, each with its parts (best 50).
#[utoipa::path(get, path = "/openings/{id}/matches", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MatchView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn matches(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Vec<MatchView>>> {
    Ok(Json(app::service::matching::citizens_for(&caller.db, &caller.actor, parse_id(&id)?, 50, caller.locale).await?))
}
