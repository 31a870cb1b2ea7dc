use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::{MentorHome, Saved};

#[server]
pub async fn load_mentor_home() -> Result<MentorHome, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::mentor_home(&db, &actor).await
}

#[server]
pub async fn confirm_entry(id: i64) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::time_entries::confirm(&db, &actor, id).await.map(|e| Saved { id: e.id })
}

#[server]
pub async fn reject_entry(id: i64, reason: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::time_entries::reject(&db, &actor, id, &reason).await.map(|e| Saved { id: e.id })
}
