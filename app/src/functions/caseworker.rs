use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::CaseloadRow;

#[server]
pub async fn load_caseload() -> Result<Vec<CaseloadRow>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::caseload(&db, &actor).await
}
