use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::goal::{GoalInput, GoalsDashboard};
use crate::domain::models::Saved;

/// The goals dashboard for `fra`..`til` (empty: this calendar year).
#[server]
pub async fn load_goals(fra: String, til: String) -> Result<GoalsDashboard, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::goals::dashboard(&db, &actor, Some(&fra), Some(&til)).await
}

/// A goal's fields for its edit form.
#[server]
pub async fn load_goal(id: i64) -> Result<GoalInput, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::goals::input_of(&db, &actor, id).await
}

/// Defines a goal (`id` 0) or changes one.
#[server]
pub async fn save_goal(
    id: i64,
    #[server(default)] metric: String,
    #[server(default)] target: String,
    #[server(default)] period_start: String,
    #[server(default)] period_end: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = GoalInput { metric, target, period_start, period_end };
    let id = if id == 0 {
        crate::service::goals::create(&db, &actor, &input).await?
    } else {
        crate::service::goals::update(&db, &actor, id, &input).await?;
        id
    };
    Ok(Saved { id })
}

#[server]
pub async fn delete_goal(id: i64) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::goals::delete(&db, &actor, id).await?;
    Ok(Saved { id })
}

/// The social-economic enterprise initiatives, with who may follow one and which companies
/// it may be (for the forms).
#[server]
pub async fn load_initiatives() -> Result<crate::domain::social_enterprise::InitiativesPage, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let initiatives = crate::service::social_enterprises::list(&db, &actor).await?;
    let (advisors, companies) = crate::service::social_enterprises::choices(&db, &actor).await?;
    Ok(crate::domain::social_enterprise::InitiativesPage { initiatives, advisors, companies })
}

#[server]
pub async fn load_initiative(id: i64) -> Result<crate::domain::social_enterprise::InitiativePage, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let initiative = crate::service::social_enterprises::get(&db, &actor, id).await?;
    let (advisors, companies) = crate::service::social_enterprises::choices(&db, &actor).await?;
    Ok(crate::domain::social_enterprise::InitiativePage { initiative, advisors, companies })
}

/// Starts (`id` 0) or changes an initiative.
#[server]
#[allow(clippy::too_many_arguments)]
pub async fn save_initiative(
    id: i64,
    #[server(default)] name: String,
    #[server(default)] stage: String,
    #[server(default)] advisor_user_id: String,
    #[server(default)] company_id: String,
    #[server(default)] notes: String,
    #[server(default)] started_on: String,
    #[server(default)] established_on: String,
    #[server(default)] closed_on: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = crate::domain::social_enterprise::InitiativeInput { name, stage, advisor_user_id, company_id, notes, started_on, established_on, closed_on };
    let saved = crate::service::social_enterprises::save(&db, &actor, (id != 0).then_some(id), &input).await?;
    Ok(Saved { id: saved.id })
}

#[server]
pub async fn add_partnership(
    initiative_id: i64,
    #[server(default)] company_id: String,
    #[server(default)] description: String,
    #[server(default)] since: String,
) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let input = crate::domain::social_enterprise::PartnershipInput { company_id, description, since };
    crate::service::social_enterprises::add_partnership(&db, &actor, initiative_id, &input).await?;
    Ok(Saved { id: initiative_id })
}
