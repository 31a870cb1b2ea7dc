use std::collections::HashMap;

use app::domain::goal::{GoalInput, GoalProgress, GoalsDashboard};
use app::service::goals;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::reports::{csv_reply, wants_csv};
use super::{parse_id, ApiJson, ApiResult, Caller, ErrorBody};

/// Each goal of the municipality with its progress: the value today, the straight line to
/// the target, the forecast at the current pace and the burn-up points (admins and managers).
#[utoipa::path(get, path = "/goals", tag = "goals",
    responses((status = 200, body = Vec<GoalProgress>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list(caller: Caller) -> ApiResult<Json<Vec<GoalProgress>>> {
    Ok(Json(goals::list(&caller.db, &caller.actor).await?))
}

/// Define a goal: a metric, a whole-number target and a period of Copenhagen dates (both
/// days included, at most 10 years).
#[utoipa::path(post, path = "/goals", tag = "goals", request_body = GoalInput,
    responses((status = 201, body = GoalProgress), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<GoalInput>) -> ApiResult<(StatusCode, Json<GoalProgress>)> {
    let id = goals::create(&caller.db, &caller.actor, &body).await?;
    Ok((StatusCode::CREATED, Json(goals::one(&caller.db, &caller.actor, id).await?)))
}

#[utoipa::path(put, path = "/goals/{id}", tag = "goals", params(("id" = i64, Path)), request_body = GoalInput,
    responses((status = 200, body = GoalProgress), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(caller: Caller, Path(id): Path<String>, ApiJson(body): ApiJson<GoalInput>) -> ApiResult<Json<GoalProgress>> {
    let id = parse_id(&id)?;
    goals::update(&caller.db, &caller.actor, id, &body).await?;
    Ok(Json(goals::one(&caller.db, &caller.actor, id).await?))
}

#[utoipa::path(delete, path = "/goals/{id}", tag = "goals", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete(caller: Caller, Path(id): Path<String>) -> ApiResult<StatusCode> {
    goals::delete(&caller.db, &caller.actor, parse_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The whole dashboard: every goal, the funnel from referred to self-supporting and each
/// company's seats, placements and approved hours for `from`..`to` (the calendar year by
/// default). JSON, or CSV (semicolon-separated, UTF-8 with BOM) with `format=csv`.
#[utoipa::path(get, path = "/goals/dashboard", tag = "goals",
    params(
        ("from" = Option<String>, Query, description = "YYYY-MM-DD, first day of the funnel's span"),
        ("to" = Option<String>, Query, description = "YYYY-MM-DD, last day"),
        ("format" = Option<String>, Query, description = "json (default) or csv"),
    ),
    responses((status = 200, description = "JSON, or CSV when asked for", content((GoalsDashboard = "application/json"), (String = "text/csv"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn dashboard(caller: Caller, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> ApiResult<Response> {
    let csv = wants_csv(&q, &headers)?;
    let d = goals::dashboard(&caller.db, &caller.actor, q.get("from").map(String::as_str), q.get("to").map(String::as_str)).await?;
    if csv {
        let body = goals::dashboard_csv(&d, caller.locale)?;
        return Ok(csv_reply(&format!("maal-{}-{}.csv", d.span.first, d.span.last), body));
    }
    Ok(Json(d).into_response())
}
