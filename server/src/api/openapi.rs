use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Fodfæste API", version = "1", description = "Hours, placements and approvals for municipal employment programmes. Log in with POST /api/v1/session; the session cookie authenticates later calls. Instants are RFC 3339; errors are JSON {error, message, field}."),
    paths(
        super::session::login, super::session::logout, super::session::me,
        super::placements::list, super::placements::notes, super::placements::add_note, super::placements::auto_confirm,
        super::time_entries::list, super::time_entries::create, super::time_entries::get_one,
        super::time_entries::confirm, super::time_entries::reject, super::time_entries::confirm_many,
        super::time_entries::correct, super::time_entries::history,
        super::time_entries::update, super::time_entries::withdraw,
        super::punches::punch_in, super::punches::punch_out, super::punches::open, super::punches::cancel,
        super::shifts::list, super::shifts::create, super::shifts::update, super::shifts::cancel, super::shifts::attendance, super::shifts::calendar_link, super::shifts::renew_calendar_link, super::shifts::feed,
        super::absences::list, super::absences::create,
        super::reports::monthly_hours, super::reports::payroll, super::reports::lock_month, super::reports::reopen_month,
    ),
    components(schemas(super::ErrorBody))
)]
pub struct ApiDoc;

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
