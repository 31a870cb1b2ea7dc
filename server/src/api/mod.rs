//! `/api/v1`: JSON for integrations and scripts. Thin adapters over `app::service`; every
//! error is JSON `{"error", "message", "field"}` with the status HTTP means for it.
pub mod absences;
pub mod audit;
pub mod citizens;
pub mod companies;
pub mod openapi;
pub mod openings;
pub mod placements;
pub mod punches;
pub mod goals;
pub mod reports;
pub mod social_enterprises;
pub mod session;
pub mod shifts;
pub mod time_entries;

use app::db::Db;
use app::domain::access::Actor;
use app::domain::error::{messages, AppError};
use app::domain::models::Me;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tower_sessions::Session;

pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/session", post(session::login).delete(session::logout))
        .route("/me", get(session::me))
        .route("/me/audit", get(audit::seen_by_others))
        .route("/me/export", get(audit::export))
        .route("/audit", get(audit::search))
        .route("/me/sessions", get(session::my_sessions).delete(session::end_my_sessions))
        .route("/me/sessions/{handle}", axum::routing::delete(session::end_my_session))
        .route("/users/{id}/sessions", axum::routing::delete(session::end_user_sessions))
        .route("/placements", get(placements::list).post(placements::create))
        .route("/placements/{id}", get(placements::get_one))
        .route("/placements/{id}/extend", post(placements::extend))
        .route("/placements/{id}/end", post(placements::end))
        .route("/placements/{id}/follow-up", post(placements::follow_up))
        .route("/companies", get(companies::list).post(companies::create))
        .route("/companies/{id}", get(companies::get_one).put(companies::update))
        .route("/citizens/{id}/matches", get(companies::citizen_matches))
        .route("/citizens", post(citizens::create))
        .route("/citizens/{id}", get(citizens::get_one).put(citizens::update))
        .route("/citizens/{id}/timeline", get(citizens::timeline))
        .route("/citizens/{id}/invite", post(citizens::invite))
        .route("/companies/{id}/mentors", post(citizens::invite_mentor))
        .route("/invitations/{token}", get(citizens::invitation).post(citizens::accept))
        .route("/users", get(citizens::users).post(citizens::invite_staff))
        .route("/users/{id}", axum::routing::put(citizens::change_user))
        .route("/openings", get(openings::list).post(openings::create))
        .route("/openings/proposals", get(openings::my_proposals).post(openings::propose))
        .route("/openings/{id}", get(openings::get_one).put(openings::update))
        .route("/openings/{id}/review", post(openings::review))
        .route("/openings/{id}/matches", get(openings::matches))
        .route("/placements/{id}/notes", get(placements::notes).post(placements::add_note))
        .route("/placements/{id}/auto-confirm", axum::routing::put(placements::auto_confirm))
        .route("/time-entries", get(time_entries::list).post(time_entries::create))
        .route("/time-entries/{id}", get(time_entries::get_one).patch(time_entries::update).delete(time_entries::withdraw))
        .route("/time-entries/confirm", post(time_entries::confirm_many))
        .route("/time-entries/{id}/confirm", post(time_entries::confirm))
        .route("/time-entries/{id}/correct", post(time_entries::correct))
        .route("/time-entries/{id}/history", get(time_entries::history))
        .route("/time-entries/{id}/reject", post(time_entries::reject))
        .route("/punches/in", post(punches::punch_in))
        .route("/punches/out", post(punches::punch_out))
        .route("/punches/open", get(punches::open).delete(punches::cancel))
        .route("/shifts", get(shifts::list).post(shifts::create))
        .route("/shifts/{id}", axum::routing::patch(shifts::update))
        .route("/shifts/{id}/cancel", post(shifts::cancel))
        .route("/shifts/{id}/attendance", post(shifts::attendance))
        .route("/me/calendar", get(shifts::calendar_link).post(shifts::renew_calendar_link))
        .route("/calendar/{file}", get(shifts::feed))
        .route("/absences", get(absences::list).post(absences::create))
        .route("/reports/monthly-hours", get(reports::monthly_hours))
        .route("/reports/payroll", get(reports::payroll))
        .route("/months/{month}/lock", post(reports::lock_month))
        .route("/months/{month}/reopen", post(reports::reopen_month))
        .route("/goals", get(goals::list).post(goals::create))
        .route("/goals/dashboard", get(goals::dashboard))
        .route("/goals/{id}", axum::routing::put(goals::update).delete(goals::delete))
        .route("/social-enterprises", get(social_enterprises::list).post(social_enterprises::create))
        .route("/social-enterprises/{id}", get(social_enterprises::get_one).put(social_enterprises::update))
        .route("/social-enterprises/{id}/partnerships", post(social_enterprises::add_partnership))
        .route("/openapi.json", get(openapi::document))
        .fallback(|| async { ApiError(AppError::NotFound) })
}

/// The JSON error body.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// A stable machine-readable code, e.g. `overlaps_other_entry`.
    pub error: String,
    pub message: String,
    /// The request field the error is about, when there is one.
    pub field: Option<String>,
}

pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = ErrorBody {
            error: self.0.code().to_string(),
            message: messages::en(&self.0),
            field: self.0.field().map(|f| f.as_str().to_string()),
        };
        let mut res = (status, Json(body)).into_response();
        crate::fn_status::add_retry_after(&self.0, &mut res);
        res
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// `Json<T>` whose rejection is our JSON 400 instead of axum's plain text.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(_) => Err(ApiError(AppError::MalformedRequest)),
        }
    }
}

/// Where the request came from (see `security::client_ip`).
pub struct Client(pub app::domain::throttle::ClientIp, pub app::domain::session::Device);

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Client(
            parts.extensions.get::<app::domain::throttle::ClientIp>().copied().unwrap_or_default(),
            parts.extensions.get::<app::domain::session::Device>().copied().unwrap_or_default(),
        ))
    }
}

/// The logged-in caller; 401 JSON when there is none.
pub struct Caller {
    pub db: Db,
    pub actor: Actor,
    pub me: Me,
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Extension(db) = Extension::<Db>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError(AppError::Internal))?;
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError(AppError::Internal))?;
        let (actor, me) = app::service::auth::current(&db, &session).await?;
        Ok(Caller { db, actor, me })
    }
}

/// Path ids that are not numbers name nothing that exists.
pub fn parse_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse().map_err(|_| ApiError(AppError::NotFound))
}
