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
