use std::collections::HashMap;

use app::domain::company::{CompanyInput, CompanyView};
use app::domain::matching::MatchView;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::Json;

use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

/// The municipality's companies by name (caseworkers and admins); `q` narrows by name or CVR.
#[utoipa::path(get, path = "/companies", tag = "desk",
    params(("q" = Option<String>, Query, description = "part of the name or CVR number")),
    responses((status = 200, body = Vec<CompanyView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list(caller: Caller, Query(q): Query<HashMap<String, String>>) -> ApiResult<Json<Vec<CompanyView>>> {
    let query = q.get("q").map(String::as_str).unwrap_or("");
    Ok(Json(app::service::companies::list(&caller.db, &caller.actor, query).await?))
}

/// Create a company. The CVR number must pass the modulus 11 check and be new in the
/// municipality; the caseworker who creates it becomes its contact.
#[utoipa::path(post, path = "/companies", tag = "desk", request_body = CompanyInput,
    responses((status = 201, body = CompanyView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<CompanyInput>) -> ApiResult<(StatusCode, Json<CompanyView>)> {
    Ok((StatusCode::CREATED, Json(app::service::companies::create(&caller.db, &caller.actor, &body).await?)))
}

#[utoipa::path(get, path = "/companies/{id}", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = CompanyView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<CompanyView>> {
    Ok(Json(app::service::companies::get(&caller.db, &caller.actor, parse_id(&id)?).await?))
}

/// Replace a company's record; an empty `social_enterprise_since` unmarks it.
#[utoipa::path(put, path = "/companies/{id}", tag = "desk", params(("id" = i64, Path)), request_body = CompanyInput,
    responses((status = 200, body = CompanyView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<CompanyInput>) -> ApiResult<Json<CompanyView>> {
    Ok(Json(app::service::companies::update(&caller.db, &caller.actor, parse_id(&id)?, &body).await?))
}

/// Open openings ranked for a citizen by the matching score, each with its parts.
#[utoipa::path(get, path = "/citizens/{id}/matches", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MatchView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn citizen_matches(caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Vec<MatchView>>> {
    Ok(Json(app::service::matching::openings_for(&caller.db, &caller.actor, parse_id(&id)?, 50, caller.locale).await?))
}
