use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::CaseloadRow;

#[server]
pub async fn load_caseload() -> Result<Vec<CaseloadRow>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::caseload(&db, &actor).await
}

/// The monthly hours page: `maaned` is "YYYY-MM"; empty means this month.
#[server]
pub async fn load_monthly_hours(maaned: String) -> Result<crate::domain::report::MonthlyHoursReport, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let month = match maaned.trim() {
        "" => crate::domain::local_time::local_month(chrono::Utc::now()),
        m => m.to_string(),
    };
    crate::service::reports::monthly_hours(&db, &actor, &month, None, false).await
}
