use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Fodfæste API", version = "1", description = "Hours, placements and approvals for municipal employment programmes. Log in with POST /api/v1/session; the session cookie authenticates later calls. Instants are RFC 3339; errors are JSON {error, message, field}."),
    paths(
        super::session::login, super::session::logout, super::session::me,
        super::audit::seen_by_others, super::audit::export, super::audit::search,
        super::session::my_sessions, super::session::end_my_sessions, super::session::end_my_session, super::session::end_user_sessions,
        super::placements::list, super::placements::notes, super::placements::add_note, super::placements::auto_confirm,
        super::placements::create, super::placements::get_one, super::placements::extend, super::placements::end, super::placements::follow_up,
        super::companies::list, super::companies::create, super::companies::get_one, super::companies::update, super::companies::citizen_matches,
        super::openings::list, super::openings::create, super::openings::get_one, super::openings::update,
        super::citizens::create, super::citizens::get_one, super::citizens::update, super::citizens::timeline, super::citizens::invite,
        super::citizens::invite_mentor, super::citizens::invitation, super::citizens::accept,
        super::citizens::users, super::citizens::invite_staff, super::citizens::change_user,
        super::openings::propose, super::openings::my_proposals, super::openings::review, super::openings::matches,
        super::time_entries::list, super::time_entries::create, super::time_entries::get_one,
        super::time_entries::confirm, super::time_entries::reject, super::time_entries::confirm_many,
        super::time_entries::correct, super::time_entries::history,
        super::time_entries::update, super::time_entries::withdraw,
        super::punches::punch_in, super::punches::punch_out, super::punches::open, super::punches::cancel,
        super::shifts::list, super::shifts::create, super::shifts::update, super::shifts::cancel, super::shifts::attendance, super::shifts::calendar_link, super::shifts::renew_calendar_link, super::shifts::feed,
        super::absences::list, super::absences::create,
        super::reports::monthly_hours, super::reports::payroll, super::reports::lock_month, super::reports::reopen_month,
        super::goals::list, super::goals::create, super::goals::update, super::goals::delete, super::goals::dashboard,
        super::social_enterprises::list, super::social_enterprises::create, super::social_enterprises::get_one,
        super::social_enterprises::update, super::social_enterprises::add_partnership,
    ),
    components(schemas(super::ErrorBody))
)]
pub struct ApiDoc;

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
