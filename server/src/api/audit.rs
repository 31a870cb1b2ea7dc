//! The audit log: a citizen's own view and export, and the admins' search.
use std::collections::HashMap;

use app::domain::audit::{AuditFilter, AuditLine, CitizenExport};
use axum::extract::Query;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use tower_sessions::Session;

use super::reports::{csv_reply, wants_csv};
use super::{ApiResult, Caller, ErrorBody};

/// Who else read or changed the caller's data (citizens), newest first, at most 500 lines.
#[utoipa::path(get, path = "/me/audit", tag = "privacy",
    responses((status = 200, body = Vec<AuditLine>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn seen_by_others(caller: Caller) -> ApiResult<Json<Vec<AuditLine>>> {
    Ok(Json(app::service::audit::seen_by_others(&caller.db, &caller.actor, 500).await?))
}

/// Everything held about the calling citizen, as a JSON download (GDPR art. 15 and 20).
#[utoipa::path(get, path = "/me/export", tag = "privacy",
    responses((status = 200, body = CitizenExport), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn export(caller: Caller, session: Session) -> ApiResult<Response> {
    let data = app::service::citizen::export(&caller.db, &caller.actor, &session).await?;
    let mut res = Json(data).into_response();
    res.headers_mut().insert(header::CONTENT_DISPOSITION, header::HeaderValue::from_static("attachment; filename=\"fodfaeste-mine-data.json\""));
    Ok(res)
}

/// The municipality's audit log (admins), newest first: the latest 500 lines as JSON, 10,000
/// as CSV; every filter optional. JSON, or CSV with `format=csv` or `Accept: text/csv`.
#[utoipa::path(get, path = "/audit", tag = "admin",
    params(
        ("citizen_id" = Option<i64>, Query),
        ("user_id" = Option<i64>, Query, description = "who did it"),
        ("action" = Option<String>, Query, description = "an action code, such as citizen.view"),
        ("from" = Option<String>, Query, description = "YYYY-MM-DD, Copenhagen, inclusive"),
        ("to" = Option<String>, Query, description = "YYYY-MM-DD, Copenhagen, inclusive"),
        ("format" = Option<String>, Query, description = "json (default) or csv"),
    ),
    responses((status = 200, description = "JSON, or CSV when asked for", content((Vec<AuditLine> = "application/json"), (String = "text/csv"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn search(caller: Caller, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> ApiResult<Response> {
    let csv = wants_csv(&q, &headers)?;
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or("");
    let mut filter = AuditFilter::parse(get("citizen_id"), get("user_id"), get("action"), get("from"), get("to"))?;
    filter.limit = if csv { 10_000 } else { 500 };
    let lines = app::service::audit::search(&caller.db, &caller.actor, &filter).await?;
    if csv {
        return Ok(csv_reply("revisionslog.csv", app::service::audit::csv(&lines, caller.locale)?));
    }
    Ok(Json(lines).into_response())
}
