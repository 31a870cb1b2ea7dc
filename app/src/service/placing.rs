//! Placements from the desk: a citizen placed in an opening, an internship extended, a
//! placement ended with its outcome, and the follow-ups after it.
use crate::db::placements::{self as store, NewPlacement};
use crate::db::{citizens, openings, users, Db};
use crate::domain::access::{self, Actor, Desk};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::local_time::local_date;
use crate::domain::placement::{self, PlacementInput, PlacementRecord};

fn today() -> chrono::NaiveDate {
    local_date(chrono::Utc::now())
}

/// A placement's record; reading it is written to the audit log under its citizen.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<PlacementRecord, AppError> {
    access::authorize_desk(actor, Desk::Placements)?;
    let r = store::get_record(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(r.citizen_id), crate::domain::audit::Action::PlacementView, &format!("placement:{id}")).await?;
    Ok(r)
}

/// The record before a change: checked and read without an audit line, since the change
/// writes its own and the answer is read (and audited) once after it.
async fn before_change(db: &Db, actor: &Actor, id: i64) -> Result<PlacementRecord, AppError> {
    access::authorize_desk(actor, Desk::Placements)?;
    store::get_record(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)
}

/// The placements of an opening (or of a company); each citizen shown is audited.
pub async fn of(db: &Db, actor: &Actor, opening_id: i64, company_id: i64) -> Result<Vec<PlacementRecord>, AppError> {
    access::authorize_desk(actor, Desk::Placements)?;
    let list = store::records(db, actor.municipality_id, 0, opening_id, company_id).await?;
    let citizens: Vec<i64> = list.iter().map(|r| r.citizen_id).collect();
    let subject = if opening_id != 0 { format!("opening:{opening_id}") } else { format!("company:{company_id}") };
    crate::service::audit::read(db, actor, citizens, crate::domain::audit::Action::PlacementList, &subject).await?;
    Ok(list)
}

pub async fn create(db: &Db, actor: &Actor, input: &PlacementInput) -> Result<PlacementRecord, AppError> {
    access::authorize_desk(actor, Desk::Placements)?;
    let m = actor.municipality_id;
    let opening = openings::get(db, m, input.opening_id).await?.ok_or(AppError::invalid(Rule::Required, Field::OpeningId))?;
    if citizens::get(db, m, input.citizen_id).await?.is_none() {
        return Err(AppError::invalid(Rule::Required, Field::CitizenId));
    }
    if let Some(mentor) = input.mentor_user_id {
        if !users::company_mentors(db, m, opening.company_id).await?.iter().any(|(id, _)| *id == mentor) {
            return Err(AppError::invalid(Rule::MentorNotAtCompany, Field::MentorUserId));
        }
    }
    let plan = placement::plan(opening.kind, opening.hourly_wage_ore, input, today())?;
    let id = store::create(
        db,
        &NewPlacement {
            municipality_id: m,
            opening_id: opening.id,
            citizen_id: input.citizen_id,
            company_id: opening.company_id,
            mentor_user_id: input.mentor_user_id,
            caseworker_user_id: actor.user_id,
            plan: &plan,
        },
    )
    .await?;
    crate::db::audit::write(db, m, actor.user_id, Some(input.citizen_id), crate::domain::audit::Action::PlacementCreate, &format!("placement:{id}")).await?;
    get(db, actor, id).await
}

pub async fn extend(db: &Db, actor: &Actor, id: i64, weeks: &str) -> Result<PlacementRecord, AppError> {
    let before = before_change(db, actor, id).await?;
    if before.status == "ended" {
        return Err(AppError::invalid(Rule::PlacementEnded, Field::Weeks));
    }
    let starts_on = crate::domain::local_time::parse_date(&before.starts_on, Field::StartsOn).map_err(|_| AppError::Internal)?;
    let (weeks, ends_on) = placement::extend(before.kind, starts_on, before.agreed_weeks, weeks)?;
    if !store::extend(db, actor.municipality_id, id, weeks, ends_on).await? {
        return Err(AppError::invalid(Rule::PlacementEnded, Field::Weeks));
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(before.citizen_id), crate::domain::audit::Action::PlacementExtend, &format!("placement:{id}:weeks:{weeks}")).await?;
    get(db, actor, id).await
}

pub async fn end(db: &Db, actor: &Actor, id: i64, ended_on: &str, outcome: &str, note: &str) -> Result<PlacementRecord, AppError> {
    let before = before_change(db, actor, id).await?;
    let starts_on = crate::domain::local_time::parse_date(&before.starts_on, Field::StartsOn).map_err(|_| AppError::Internal)?;
    let ending = placement::end(starts_on, before.status == "ended", ended_on, outcome, note, today())?;
    if !store::end(db, actor.municipality_id, id, &ending, actor.user_id).await? {
        return Err(AppError::invalid(Rule::PlacementEnded, Field::EndedOn));
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(before.citizen_id), crate::domain::audit::Action::PlacementEnd, &format!("placement:{id}:{}", ending.outcome.as_str())).await?;
    get(db, actor, id).await
}

pub async fn follow_up(db: &Db, actor: &Actor, id: i64, which: &str, outcome: &str) -> Result<PlacementRecord, AppError> {
    let before = before_change(db, actor, id).await?;
    let due = match which.trim() {
        "6" => before.follow_up_6_on.as_deref(),
        _ => before.follow_up_3_on.as_deref(),
    };
    let due = due.map(|d| crate::domain::local_time::parse_date(d, Field::FollowUp)).transpose().map_err(|_| AppError::Internal)?;
    let (which, outcome) = placement::follow_up(which, due, outcome, today())?;
    store::record_follow_up(db, actor.municipality_id, id, which, outcome).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(before.citizen_id), crate::domain::audit::Action::PlacementFollowUp, &format!("placement:{id}")).await?;
    get(db, actor, id).await
}

pub async fn activate_due(db: &Db) -> Result<u64, AppError> {
    store::activate_due(db, today()).await
}
