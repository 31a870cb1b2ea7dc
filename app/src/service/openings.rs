//! Openings: made by caseworkers, or proposed by a company's mentor and then reviewed.
use crate::db::openings::{self as store, OpeningFilter};
use crate::db::{companies, users, Db};
use crate::domain::access::{self, Actor, Desk};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::opening::{self, OpeningInput, OpeningStatus, OpeningView};

pub async fn list(db: &Db, actor: &Actor, filter: OpeningFilter) -> Result<Vec<OpeningView>, AppError> {
    access::authorize_desk(actor, Desk::Openings)?;
    store::list(db, actor.municipality_id, filter).await
}

pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<OpeningView, AppError> {
    access::authorize_desk(actor, Desk::Openings)?;
    store::get(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)
}

/// A caseworker's opening at a company of the municipality; open at once.
pub async fn create(db: &Db, actor: &Actor, company_id: i64, input: &OpeningInput) -> Result<OpeningView, AppError> {
    access::authorize_desk(actor, Desk::Openings)?;
    let fields = opening::validate(input)?;
    if companies::get(db, actor.municipality_id, company_id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let id = store::insert(db, actor.municipality_id, company_id, &fields, None).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::OpeningCreate, &format!("opening:{id}")).await?;
    get(db, actor, id).await
}

pub async fn update(db: &Db, actor: &Actor, id: i64, input: &OpeningInput, status: &str) -> Result<OpeningView, AppError> {
    access::authorize_desk(actor, Desk::Openings)?;
    let fields = opening::validate(input)?;
    let status = OpeningStatus::parse(status).ok_or(AppError::invalid(Rule::InvalidStatus, Field::Status))?;
    opening::check_editable(get(db, actor, id).await?.review)?;
    store::update(db, actor.municipality_id, id, &fields, status).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::OpeningUpdate, &format!("opening:{id}")).await?;
    get(db, actor, id).await
}

/// "Tilbyd en opgave": a mentor proposes a task at their own company. It waits for a
/// caseworker and is not open for matching until approved.
pub async fn propose(db: &Db, actor: &Actor, input: &OpeningInput) -> Result<OpeningView, AppError> {
    access::authorize_desk(actor, Desk::ProposeOpening)?;
    let fields = opening::validate(input)?;
    let company_id = users::mentor_company(db, actor.municipality_id, actor.user_id).await?.ok_or(AppError::Forbidden)?;
    let id = store::insert(db, actor.municipality_id, company_id, &fields, Some(actor.user_id)).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::OpeningPropose, &format!("opening:{id}")).await?;
    store::get(db, actor.municipality_id, id).await?.ok_or(AppError::Internal)
}

/// The mentor's own proposals, newest first, with how each was decided.
pub async fn my_proposals(db: &Db, actor: &Actor) -> Result<Vec<OpeningView>, AppError> {
    access::authorize_desk(actor, Desk::ProposeOpening)?;
    store::list(db, actor.municipality_id, OpeningFilter { proposed_by: Some(actor.user_id), ..Default::default() }).await
}

/// Approve or decline a waiting proposal, once.
pub async fn review(db: &Db, actor: &Actor, id: i64, decision: &str, reason: &str) -> Result<OpeningView, AppError> {
    access::authorize_desk(actor, Desk::ReviewProposals)?;
    let decision = opening::parse_decision(decision, reason)?;
    let before = get(db, actor, id).await?;
    opening::check_reviewable(before.review)?;
    if !store::review(db, actor.municipality_id, id, &decision, actor.user_id).await? {
        return Err(AppError::AlreadyDecided);
    }
    let action = match decision {
        opening::Decision::Approve => crate::domain::audit::Action::OpeningApprove,
        opening::Decision::Decline { .. } => crate::domain::audit::Action::OpeningDecline,
    };
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, action, &format!("opening:{id}")).await?;
    get(db, actor, id).await
}
