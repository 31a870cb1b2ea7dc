use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::CaseloadRow;

#[server]
pub async fn load_caseload() -> Result<Vec<CaseloadRow>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::caseload(&db, &actor).await
}

/// The monthly hours page: `maaned` is "YYYY-MM"; empty means last month (the one the
/// benefit office asks for). With it: may this user lock and reopen months?
#[server]
pub async fn load_monthly_hours(maaned: String) -> Result<(crate::domain::report::MonthlyHoursReport, bool), AppError> {
    use crate::domain::access::{authorize_overview, Overview};
    let (db, actor, _) = super::ctx::actor().await?;
    let month = match maaned.trim() {
        "" => crate::domain::local_time::local_month(crate::domain::local_time::month_start(chrono::Utc::now()) - chrono::Duration::days(1)),
        m => m.to_string(),
    };
    let report = crate::service::reports::monthly_hours(&db, &actor, &month, None, false).await?;
    Ok((report, authorize_overview(&actor, Overview::MonthLocks).is_ok()))
}

#[server]
pub async fn lock_month(month: String) -> Result<crate::domain::models::Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let done = crate::service::reports::lock_month(&db, &actor, &month).await?;
    Ok(crate::domain::models::Saved { id: done.entries })
}

#[server]
pub async fn reopen_month(month: String, reason: String) -> Result<crate::domain::models::Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let done = crate::service::reports::reopen_month(&db, &actor, &month, &reason).await?;
    Ok(crate::domain::models::Saved { id: done.entries })
}
