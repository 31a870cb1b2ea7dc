//! The desk's server functions: companies, openings, proposals, matching and placements.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::company::CompanyView;
use crate::domain::error::AppError;
use crate::domain::matching::MatchView;
use crate::domain::models::Saved;
use crate::domain::opening::OpeningView;
use crate::domain::placement::PlacementRecord;

/// The companies page: the list and the proposals waiting for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompaniesPage {
    pub companies: Vec<CompanyView>,
    pub proposals: Vec<OpeningView>,
}

#[server]
pub async fn load_companies(q: String) -> Result<CompaniesPage, AppError> {
    use crate::db::openings::OpeningFilter;
    let (db, actor, _) = super::ctx::actor().await?;
    let companies = crate::service::companies::list(&db, &actor, &q).await?;
    let proposals = crate::service::openings::list(&db, &actor, OpeningFilter { waiting_only: true, ..Default::default() }).await?;
    Ok(CompaniesPage { companies, proposals })
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompanyPage {
    pub company: CompanyView,
    pub openings: Vec<OpeningView>,
    pub placements: Vec<PlacementRecord>,
}

#[server]
pub async fn load_company(id: i64) -> Result<CompanyPage, AppError> {
    use crate::db::openings::OpeningFilter;
    let (db, actor, _) = super::ctx::actor().await?;
    let company = crate::service::companies::get(&db, &actor, id).await?;
    let openings = crate::service::openings::list(&db, &actor, OpeningFilter { company_id: Some(id), ..Default::default() }).await?;
    let placements = crate::service::placing::of(&db, &actor, 0, id).await?;
    Ok(CompanyPage { company, openings, placements })
}

/// Creates (`id` 0) or changes a company.
#[allow(clippy::too_many_arguments)]
#[server]
pub async fn save_company(
    id: i64,
    cvr: String,
    name: String,
    #[server(default)] address: String,
    #[server(default)] postcode: String,
    #[server(default)] contact_name: String,
    #[server(default)] contact_phone: String,
    #[server(default)] contact_email: String,
    #[server(default)] social_enterprise_since: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = crate::domain::company::CompanyInput { cvr, name, address, postcode, contact_name, contact_phone, contact_email, social_enterprise_since };
    let saved = if id == 0 {
        crate::service::companies::create(&db, &actor, &input).await?
    } else {
        crate::service::companies::update(&db, &actor, id, &input).await?
    };
    Ok(Saved { id: saved.id })
}

/// Creates (`id` 0, at `company_id`) or changes an opening.
#[allow(clippy::too_many_arguments)]
#[server]
pub async fn save_opening(
    id: i64,
    #[server(default)] company_id: i64,
    kind: String,
    title: String,
    #[server(default)] tasks: String,
    #[server(default)] hours_per_week: String,
    #[server(default)] location: String,
    #[server(default)] postcode: String,
    #[server(default)] hourly_wage: String,
    #[server(default)] seats: String,
    #[server(default)] status: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = crate::domain::opening::OpeningInput { kind, title, tasks, hours_per_week, location, postcode, hourly_wage, seats };
    let saved = if id == 0 {
        crate::service::openings::create(&db, &actor, company_id, &input).await?
    } else {
        crate::service::openings::update(&db, &actor, id, &input, &status).await?
    };
    Ok(Saved { id: saved.id })
}

#[server]
pub async fn review_opening(id: i64, decision: String, #[server(default)] reason: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let o = crate::service::openings::review(&db, &actor, id, &decision, &reason).await?;
    Ok(Saved { id: o.id })
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpeningPage {
    pub opening: OpeningView,
    pub matches: Vec<MatchView>,
    pub placements: Vec<PlacementRecord>,
    /// The company's mentors: (user id, name).
    pub mentors: Vec<(i64, String)>,
}

#[server]
pub async fn load_opening(id: i64) -> Result<OpeningPage, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let opening = crate::service::openings::get(&db, &actor, id).await?;
    let matches = if opening.takes_placements() { crate::service::matching::citizens_for(&db, &actor, id, 50, crate::i18n::server::request_locale()).await? } else { vec![] };
    let placements = crate::service::placing::of(&db, &actor, id, 0).await?;
    let mentors = crate::db::users::company_mentors(&db, actor.municipality_id, opening.company_id).await?;
    Ok(OpeningPage { opening, matches, placements, mentors })
}

#[allow(clippy::too_many_arguments)]
#[server]
pub async fn create_placement(
    opening_id: i64,
    #[server(default)] citizen_id: String,
    #[server(default)] mentor_user_id: String,
    #[server(default)] starts_on: String,
    #[server(default)] ends_on: String,
    #[server(default)] weeks: String,
    #[server(default)] hours_per_week: String,
    #[server(default)] hourly_wage: String,
) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    let (db, actor, _) = super::ctx::actor().await?;
    let citizen_id = match citizen_id.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::CitizenId)),
        s => s.parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::CitizenId))?,
    };
    let mentor_user_id = match mentor_user_id.trim() {
        "" => None,
        s => Some(s.parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::MentorUserId))?),
    };
    let input = crate::domain::placement::PlacementInput {
        opening_id,
        citizen_id,
        mentor_user_id,
        starts_on,
        ends_on,
        weeks,
        agreed_hours_per_week: hours_per_week,
        hourly_wage,
    };
    let p = crate::service::placing::create(&db, &actor, &input).await?;
    Ok(Saved { id: p.id })
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacementPage {
    pub placement: PlacementRecord,
    pub notes: Vec<crate::domain::models::NoteView>,
    pub today: String,
}

#[server]
pub async fn load_placement(id: i64) -> Result<PlacementPage, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let placement = crate::service::placing::get(&db, &actor, id).await?;
    let notes = crate::service::notes::list(&db, &actor, id).await?;
    Ok(PlacementPage { placement, notes, today: crate::domain::local_time::local_date(chrono::Utc::now()).to_string() })
}

#[server]
pub async fn extend_placement(id: i64, weeks: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    Ok(Saved { id: crate::service::placing::extend(&db, &actor, id, &weeks).await?.id })
}

#[server]
pub async fn end_placement(id: i64, ended_on: String, #[server(default)] outcome: String, #[server(default)] outcome_note: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    Ok(Saved { id: crate::service::placing::end(&db, &actor, id, &ended_on, &outcome, &outcome_note).await?.id })
}

#[server]
pub async fn record_follow_up(id: i64, follow_up: String, #[server(default)] follow_up_outcome: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    Ok(Saved { id: crate::service::placing::follow_up(&db, &actor, id, &follow_up, &follow_up_outcome).await?.id })
}

#[server]
pub async fn add_placement_note(id: i64, #[server(default)] note: String, #[server(default)] visibility: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let visibility = crate::domain::note::NoteVisibility::parse(visibility.trim());
    Ok(Saved { id: crate::service::notes::add(&db, &actor, id, &note, visibility).await?.id })
}

/// "Tilbyd en opgave" from the mentor's phone.
#[allow(clippy::too_many_arguments)]
#[server]
pub async fn propose_opening(
    kind: String,
    title: String,
    #[server(default)] tasks: String,
    #[server(default)] hours_per_week: String,
    #[server(default)] postcode: String,
    #[server(default)] hourly_wage: String,
    #[server(default)] seats: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = crate::domain::opening::OpeningInput { kind, title, tasks, hours_per_week, location: String::new(), postcode, hourly_wage, seats };
    Ok(Saved { id: crate::service::openings::propose(&db, &actor, &input).await?.id })
}

#[server]
pub async fn load_my_proposals() -> Result<Vec<OpeningView>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::openings::my_proposals(&db, &actor).await
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CitizenPage {
    pub citizen: crate::domain::citizen_record::CitizenRecord,
    pub placements: Vec<PlacementRecord>,
    pub matches: Vec<MatchView>,
    pub timeline: Vec<crate::domain::timeline::TimelineItem>,
    /// This month and last: the month's first day and its hours and pay.
    #[serde(default)]
    pub months: Vec<(chrono::NaiveDate, crate::domain::hours::Totals)>,
}

#[server]
pub async fn load_citizen(id: i64) -> Result<CitizenPage, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let citizen = crate::service::citizens::get(&db, &actor, id).await?;
    let placements = crate::db::placements::records(&db, actor.municipality_id, id, 0, 0).await?;
    let matches = crate::service::matching::openings_for(&db, &actor, id, 10, crate::i18n::server::request_locale()).await?;
    let timeline = crate::service::citizens::timeline(&db, &actor, id, crate::i18n::server::request_locale()).await?;
    let months = crate::service::citizens::months(&db, &actor, id, &placements).await?;
    Ok(CitizenPage { citizen, placements, matches, timeline, months })
}

/// Creates (`id` 0) or changes a citizen.
#[allow(clippy::too_many_arguments)]
#[server]
pub async fn save_citizen(
    id: i64,
    name: String,
    #[server(default)] phone: String,
    #[server(default)] email: String,
    #[server(default)] postcode: String,
    #[server(default)] target_group: String,
    #[server(default)] referred_on: String,
    #[server(default)] wanted_hours_per_week: String,
    #[server(default)] accommodations: String,
    #[server(default)] language: String,
    #[server(default)] needs_interpreter: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = crate::domain::citizen_record::CitizenInput {
        name,
        phone,
        email,
        postcode,
        target_group,
        referred_on,
        wanted_hours_per_week,
        accommodations,
        language,
        needs_interpreter,
    };
    let saved = if id == 0 {
        crate::service::citizens::create(&db, &actor, &input).await?
    } else {
        crate::service::citizens::update(&db, &actor, id, &input).await?
    };
    Ok(Saved { id: saved.id })
}

#[server]
pub async fn invite_citizen(id: i64) -> Result<crate::domain::invite::InviteLink, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::citizens::invite(&db, &actor, id, &super::ctx::site().await).await
}

#[server]
pub async fn invite_mentor(company_id: i64, #[server(default)] name: String, #[server(default)] email: String, #[server(default)] phone: String) -> Result<crate::domain::invite::InviteLink, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::citizens::invite_mentor(&db, &actor, company_id, &name, &email, &phone, &super::ctx::site().await).await
}

#[server]
pub async fn load_invite(token: String) -> Result<crate::domain::invite::InviteInfo, AppError> {
    let db = super::ctx::db().await?;
    crate::service::invites::info(&db, &token, super::ctx::client_ip().await).await
}

/// Chooses the password and logs in; the answer is where to go.
#[server]
pub async fn accept_invite(token: String, #[server(default)] password: String, #[server(default)] password_again: String) -> Result<String, AppError> {
    let db = super::ctx::db().await?;
    let session = super::ctx::session().await?;
    let me = crate::service::invites::accept(&db, &session, &token, &password, &password_again, super::ctx::client_ip().await, super::ctx::device().await).await?;
    Ok(me.role.home_path().to_string())
}

#[server]
pub async fn load_users() -> Result<Vec<crate::domain::staff::UserView>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::users::list(&db, &actor).await
}

#[server]
pub async fn change_user(id: i64, #[server(default)] role: String, #[server(default)] active: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let u = crate::service::users::change(&db, &actor, id, &role, active == "true").await?;
    Ok(Saved { id: u.id })
}

/// Logs a user out on every device (admins).
#[server]
pub async fn end_user_sessions(id: i64) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::users::end_sessions(&db, &actor, id).await?;
    Ok(Saved { id })
}

#[server]
pub async fn invite_staff(#[server(default)] name: String, #[server(default)] email: String, #[server(default)] role: String) -> Result<crate::domain::invite::InviteLink, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::users::invite_staff(&db, &actor, &name, &email, &role, &super::ctx::site().await).await
}
