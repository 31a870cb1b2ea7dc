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
use axum::routing::get;
use axum::{Extension, Json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tower_sessions::Session;

/// The one list of the API's operations: each handler's `#[utoipa::path]` names its method and
/// path, and `routes!` makes both the route and the document's entry from it, so the router
/// and the OpenAPI document cannot drift apart. Paths are relative to `/api/v1`.
pub fn router<S: Clone + Send + Sync + 'static>() -> OpenApiRouter<S> {
    OpenApiRouter::new()
        .routes(routes!(session::login, session::logout))
        .routes(routes!(session::me))
        .routes(routes!(audit::seen_by_others))
        .routes(routes!(audit::export))
        .routes(routes!(audit::search))
        .routes(routes!(session::my_sessions, session::end_my_sessions))
        .routes(routes!(session::end_my_session))
        .routes(routes!(session::end_user_sessions))
        .routes(routes!(placements::list, placements::create))
        .routes(routes!(placements::get_one))
        .routes(routes!(placements::extend))
        .routes(routes!(placements::end))
        .routes(routes!(placements::follow_up))
        .routes(routes!(companies::list, companies::create))
        .routes(routes!(companies::get_one, companies::update))
        .routes(routes!(companies::citizen_matches))
        .routes(routes!(citizens::create))
        .routes(routes!(citizens::get_one, citizens::update))
        .routes(routes!(citizens::timeline))
        .routes(routes!(citizens::invite))
        .routes(routes!(citizens::invite_mentor))
        .routes(routes!(citizens::invitation, citizens::accept))
        .routes(routes!(citizens::users, citizens::invite_staff))
        .routes(routes!(citizens::change_user))
        .routes(routes!(openings::list, openings::create))
        .routes(routes!(openings::my_proposals, openings::propose))
        .routes(routes!(openings::get_one, openings::update))
        .routes(routes!(openings::review))
        .routes(routes!(openings::matches))
        .routes(routes!(placements::notes, placements::add_note))
        .routes(routes!(placements::auto_confirm))
        .routes(routes!(time_entries::list, time_entries::create))
        .routes(routes!(time_entries::get_one, time_entries::update, time_entries::withdraw))
        .routes(routes!(time_entries::confirm_many))
        .routes(routes!(time_entries::confirm))
        .routes(routes!(time_entries::correct))
        .routes(routes!(time_entries::history))
        .routes(routes!(time_entries::reject))
        .routes(routes!(punches::punch_in))
        .routes(routes!(punches::punch_out))
        .routes(routes!(punches::open, punches::cancel))
        .routes(routes!(shifts::list, shifts::create))
        .routes(routes!(shifts::update))
        .routes(routes!(shifts::cancel))
        .routes(routes!(shifts::attendance))
        .routes(routes!(shifts::calendar_link, shifts::renew_calendar_link))
        .routes(routes!(shifts::feed))
        .routes(routes!(absences::list, absences::create))
        .routes(routes!(reports::monthly_hours))
        .routes(routes!(reports::payroll))
        .routes(routes!(reports::lock_month))
        .routes(routes!(reports::reopen_month))
        .routes(routes!(goals::list, goals::create))
        .routes(routes!(goals::dashboard))
        .routes(routes!(goals::update, goals::delete))
        .routes(routes!(social_enterprises::list, social_enterprises::create))
        .routes(routes!(social_enterprises::get_one, social_enterprises::update))
        .routes(routes!(social_enterprises::add_partnership))
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
        // For [`speak_the_callers_language`], which knows the request.
        res.extensions_mut().insert(self.0);
        res
    }
}

/// An error's `message` in the language the caller asks for with `Accept-Language` (Danish,
/// Arabic or Ukrainian, from the locale files, as the pages say it); English, naming the
/// API's fields, when the caller asks for English or for none of them. `error` and `field`
/// never change: clients act on those.
pub async fn speak_the_callers_language(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    use app::domain::locale::Locale;
    let asked = req.headers().get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::from_accept_language);
    let mut res = next.run(req).await;
    let (Some(locale), Some(err)) = (asked.filter(|l| *l != Locale::En), res.extensions_mut().remove::<AppError>()) else { return res };
    let body = ErrorBody { error: err.code().to_string(), message: app::i18n::error_text_in(locale, &err), field: err.field().map(|f| f.as_str().to_string()) };
    let (mut parts, _) = res.into_parts();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    if let Ok(lang) = axum::http::HeaderValue::from_str(locale.code()) {
        parts.headers.insert(axum::http::header::CONTENT_LANGUAGE, lang);
    }
    let json = serde_json::to_vec(&body).unwrap_or_default();
    Response::from_parts(parts, axum::body::Body::from(json))
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
    /// The language of texts meant for people (CSV headings, timeline lines, match reasons),
    /// decided as for the pages: the user's choice, the language cookie, `Accept-Language`,
    /// else Danish. Codes and field names never change with it.
    pub locale: app::domain::locale::Locale,
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
        let accept = parts.headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        let locale = app::domain::locale::Locale::choose(me.language.map(|l| l.code()), crate::page_guard::lang_cookie(&parts.headers), accept);
        Ok(Caller { db, actor, me, locale })
    }
}

/// Path ids that are not numbers name nothing that exists.
pub fn parse_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse().map_err(|_| ApiError(AppError::NotFound))
}
