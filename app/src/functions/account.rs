//! "Din konto" for the citizen: who has seen their data, and all of it to take away; and the
//! admins' audit log.
use leptos::prelude::*;

use crate::domain::audit::{AuditLine, CitizenExport};
use crate::domain::error::AppError;

/// "Hvem har set mine oplysninger": the latest 200 lines by others.
#[server]
pub async fn who_saw_me() -> Result<Vec<AuditLine>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::audit::seen_by_others(&db, &actor, 200).await
}

/// "Hent mine data", for the page that shows it readable.
#[server]
pub async fn my_data() -> Result<CitizenExport, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let session = super::ctx::session().await?;
    crate::service::citizen::export(&db, &actor, &session).await
}

/// The admins' log view; every filter may be empty.
#[server]
pub async fn load_audit(
    #[server(default)] citizen_id: String,
    #[server(default)] user_id: String,
    #[server(default)] action: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<Vec<AuditLine>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let mut filter = crate::domain::audit::AuditFilter::parse(&citizen_id, &user_id, &action, &from, &to)?;
    filter.limit = 500;
    crate::service::audit::search(&db, &actor, &filter).await
}
