use app::domain::social_enterprise::{InitiativeInput, InitiativeView, PartnershipInput};
use app::service::social_enterprises as service;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

/// The social-economic enterprise initiatives, newest first (admins and managers).
#[utoipa::path(get, path = "/social-enterprises", tag = "goals",
    responses((status = 200, body = Vec<InitiativeView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list(caller: Caller) -> ApiResult<Json<Vec<InitiativeView>>> {
    Ok(Json(service::list(&caller.db, &caller.actor).await?))
}

/// Start an initiative. `stage` is idea, in_progress, established (needs `company_id` and
/// `established_on`; the company is then a social-economic enterprise from that day) or
/// closed (needs `closed_on`).
#[utoipa::path(post, path = "/social-enterprises", tag = "goals", request_body = InitiativeInput,
    responses((status = 201, body = InitiativeView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<InitiativeInput>) -> ApiResult<(StatusCode, Json<InitiativeView>)> {
    Ok((StatusCode::CREATED, Json(service::save(&caller.db, &caller.actor, None, &body).await?)))
}

/// One initiative with its partnerships.
#[utoipa::path(get, path = "/social-enterprises/{id}", tag = "goals", params(("id" = i64, Path)),
    responses((status = 200, body = InitiativeView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<InitiativeView>> {
    Ok(Json(service::get(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

/// Replace an initiative's record, e.g. to move it to the next stage.
#[utoipa::path(put, path = "/social-enterprises/{id}", tag = "goals", params(("id" = i64, Path)), request_body = InitiativeInput,
    responses((status = 200, body = InitiativeView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<InitiativeInput>) -> ApiResult<Json<InitiativeView>> {
    Ok(Json(service::save(&caller.db, &caller.actor, Some(parse_id(&id)?), &body).await?))
}

/// A company that buys the enterprise's work, from `since`.
#[utoipa::path(post, path = "/social-enterprises/{id}/partnerships", tag = "goals", params(("id" = i64, Path)), request_body = PartnershipInput,
    responses((status = 201, body = InitiativeView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_partnership(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<PartnershipInput>) -> ApiResult<(StatusCode, Json<InitiativeView>)> {
    Ok((StatusCode::CREATED, Json(service::add_partnership(&caller.db, &caller.actor, parse_id(&id)?, &body).await?)))
}
