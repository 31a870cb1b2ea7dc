use std::collections::HashMap;

use app::domain::error::{AppError, Field, Rule};
use app::domain::report::{MonthLock, MonthlyHoursReport};
use axum::extract::Query;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::{ApiResult, Caller, ErrorBody};

/// CSV when asked for by `format=csv` (a link can set that) or `Accept: text/csv`.
pub(super) fn wants_csv(q: &HashMap<String, String>, headers: &HeaderMap) -> Result<bool, AppError> {
    match q.get("format").map(|f| f.trim()) {
        Some("csv") => return Ok(true),
        Some("json") => return Ok(false),
        Some(_) => return Err(AppError::invalid(Rule::InvalidKind, Field::Format)),
        None => {}
    }
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or("");
    Ok(accept.contains("text/csv"))
}

fn company(q: &HashMap<String, String>) -> Result<Option<i64>, AppError> {
    q.get("company_id")
        .map(|s| s.trim().parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::CompanyId)))
        .transpose()
}

fn month(q: &HashMap<String, String>) -> &str {
    q.get("month").map(String::as_str).unwrap_or("")
}

pub(super) fn csv_reply(name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

/// Approved hours and pay per citizen and placement in a month, for the benefit office
/// (caseworkers and admins; the whole municipality, or one company with `company_id`).
/// JSON, or CSV (semicolon-separated, UTF-8 with BOM, decimal commas) with `format=csv` or
/// `Accept: text/csv`.
#[utoipa::path(get, path = "/reports/monthly-hours", tag = "reports",
    params(
        ("month" = String, Query, description = "YYYY-MM, a Copenhagen calendar month"),
        ("company_id" = Option<i64>, Query),
        ("format" = Option<String>, Query, description = "json (default) or csv"),
    ),
    responses((status = 200, description = "JSON, or CSV when asked for", content((MonthlyHoursReport = "application/json"), (String = "text/csv"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "`month` (or, for payroll, `company_id`) missing")))]
pub async fn monthly_hours(caller: Caller, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> ApiResult<Response> {
    let csv = wants_csv(&q, &headers)?;
    let report = app::service::reports::monthly_hours(&caller.db, &caller.actor, month(&q), company(&q)?, false).await?;
    if csv {
        let body = app::service::reports::monthly_hours_csv(&report, caller.locale)?;
        return Ok(csv_reply(&format!("maanedstimer-{}.csv", report.month), body));
    }
    Ok(Json(report).into_response())
}

/// Payroll for one company's paid placements in a month: hours, wage and pay per citizen.
/// JSON, or CSV with `format=csv` or `Accept: text/csv`.
#[utoipa::path(get, path = "/reports/payroll", tag = "reports",
    params(
        ("month" = String, Query, description = "YYYY-MM"),
        ("company_id" = i64, Query),
        ("format" = Option<String>, Query, description = "json (default) or csv"),
    ),
    responses((status = 200, description = "JSON, or CSV when asked for", content((MonthlyHoursReport = "application/json"), (String = "text/csv"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn payroll(caller: Caller, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> ApiResult<Response> {
    let csv = wants_csv(&q, &headers)?;
    let company_id = company(&q)?.ok_or(AppError::invalid(Rule::Required, Field::CompanyId))?;
    let report = app::service::reports::monthly_hours(&caller.db, &caller.actor, month(&q), Some(company_id), true).await?;
    if csv {
        let body = app::service::reports::payroll_csv(&report, caller.locale)?;
        return Ok(csv_reply(&format!("loen-{}-{company_id}.csv", report.month), body));
    }
    Ok(Json(report).into_response())
}

/// Lock a month (admins): it must be over, with no entry still waiting; its approved entries
/// become locked. Locking again changes nothing.
#[utoipa::path(post, path = "/months/{month}/lock", tag = "reports",
    params(("month" = String, Path, description = "YYYY-MM")),
    responses((status = 200, body = MonthLock), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn lock_month(caller: Caller, axum::extract::Path(month): axum::extract::Path<String>) -> ApiResult<Json<MonthLock>> {
    Ok(Json(app::service::reports::lock_month(&caller.db, &caller.actor, &month).await?))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct ReopenBody {
    /// Required; kept in the history of every entry of the month.
    pub reason: Option<String>,
}

/// Reopen a locked month with a reason (admins): its entries are confirmed again.
#[utoipa::path(post, path = "/months/{month}/reopen", tag = "reports",
    params(("month" = String, Path, description = "YYYY-MM")), request_body = ReopenBody,
    responses((status = 200, body = MonthLock), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reopen_month(
    caller: Caller,
    axum::extract::Path(month): axum::extract::Path<String>,
    super::ApiJson(body): super::ApiJson<ReopenBody>,
) -> ApiResult<Json<MonthLock>> {
    let reason = body.reason.unwrap_or_default();
    Ok(Json(app::service::reports::reopen_month(&caller.db, &caller.actor, &month, &reason).await?))
}
