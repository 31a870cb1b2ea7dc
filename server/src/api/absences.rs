use std::collections::HashMap;

use app::domain::absence::AbsenceKind;
use app::domain::error::{AppError, Field, Rule};
use app::domain::models::AbsenceView;
use app::service::absences::{self as svc, AbsenceRequest};
use axum::extract::Query;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration, Utc};
use serde::Deserialize;

use super::{ApiJson, ApiResult, Caller, ErrorBody};

/// Absence notices the caller may see that reach `from` (YYYY-MM-DD, default 30 days ago)
/// or later. Mentors get neither kind nor note.
#[utoipa::path(get, path = "/absences", tag = "absences",
    params(("from" = Option<String>, Query, description = "YYYY-MM-DD")),
    responses((status = 200, body = Vec<AbsenceView>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn list(caller: Caller, Query(q): Query<HashMap<String, String>>) -> ApiResult<Json<Vec<AbsenceView>>> {
    let from = match q.get("from") {
        Some(s) => chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| AppError::invalid(Rule::InvalidDate, Field::From))?,
        None => app::domain::local_time::local_date(Utc::now()) - Duration::days(30),
    };
    Ok(Json(svc::list(&caller.db, &caller.actor, &from.format("%Y-%m-%d").to_string()).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct CreateAbsence {
    /// `sick` (with from_date and optional to_date) or `other` (with shift_id).
    pub kind: Option<String>,
    pub from_date: Option<String>,
    pub to_date: Option<String>,
    pub shift_id: Option<i64>,
    /// Optional; never a diagnosis.
    pub note: Option<String>,
    pub client_id: Option<String>,
}

/// Report sickness for days, or that one cannot come to one shift (citizens). The shifts
/// covered are marked absent.
#[utoipa::path(post, path = "/absences", tag = "absences", request_body = CreateAbsence,
    responses((status = 201, body = AbsenceView, description = "Created, or the notice first sent with this client_id (header Idempotent-Replayed: true)"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "A rule broken, or `idempotency_key_reused`: this client_id came before with a different request (nothing changed)")))]
pub async fn create(caller: Caller, ApiJson(body): ApiJson<CreateAbsence>) -> ApiResult<Response> {
    let kind = body.kind.as_deref().map(str::trim).ok_or(AppError::invalid(Rule::Required, Field::Kind))?;
    let req = match AbsenceKind::parse(kind) {
        Some(AbsenceKind::Sick) => AbsenceRequest::Sick {
            from: body.from_date.ok_or(AppError::invalid(Rule::Required, Field::FromDate))?,
            to: body.to_date.unwrap_or_default(),
        },
        Some(AbsenceKind::Other) => AbsenceRequest::Shift { shift_id: body.shift_id.ok_or(AppError::invalid(Rule::Required, Field::ShiftId))? },
        None => return Err(AppError::invalid(Rule::InvalidKind, Field::Kind).into()),
    };
    let (absence, created) = svc::report(&caller.db, &caller.actor, req, body.note.as_deref(), body.client_id.as_deref()).await?;
    let mut res = (StatusCode::CREATED, Json(absence)).into_response();
    if !created {
        res.headers_mut().insert(HeaderName::from_static("idempotent-replayed"), HeaderValue::from_static("true"));
    }
    Ok(res)
}
