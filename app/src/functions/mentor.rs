use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::{MentorHome, TimeEntryView};

#[server]
pub async fn load_mentor_home() -> Result<MentorHome, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::mentor_home(&db, &actor).await
}

#[server]
pub async fn confirm_entry(id: i64) -> Result<TimeEntryView, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::time_entries::confirm(&db, &actor, id).await
}

#[server]
pub async fn reject_entry(id: i64, reason: String) -> Result<TimeEntryView, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::time_entries::reject(&db, &actor, id, &reason).await
}
