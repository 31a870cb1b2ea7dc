//! The audit log: who read or changed a citizen's data, for the citizen to see
//! ("Hvem har set mine oplysninger") and for the municipality's admins to search.
//!
//! A read is recorded before its data leaves the server, and a line that cannot be written
//! fails the request: no citizen's data is shown without its line.
use crate::db::{audit as store, Db};
use crate::domain::access::{self, Actor, Overview};
use crate::domain::audit::{Action, AuditFilter, AuditLine};
use crate::domain::error::{AppError, Field};
use crate::domain::role::Role;

/// Records that `actor` read the data of `citizens` (`subject`: what exactly). A citizen's
/// reads of their own data are not recorded against them.
pub async fn read(db: &Db, actor: &Actor, citizens: impl IntoIterator<Item = i64>, action: Action, subject: &str) -> Result<(), AppError> {
    if actor.role == Role::Citizen {
        return Ok(());
    }
    let mut ids: Vec<i64> = citizens.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(());
    }
    store::write_many(db, actor.municipality_id, actor.user_id, &ids, action, subject).await
}

/// A mentor's page shows the citizens placed with the mentor: one line for each.
pub async fn mentor_read(db: &Db, actor: &Actor, action: Action) -> Result<(), AppError> {
    let citizens = crate::db::placements::current_citizens(db, access::visibility(actor)).await?;
    read(db, actor, citizens, action, "mentor").await
}

/// "Hvem har set mine oplysninger": the logged-in citizen's lines by others, newest first.
pub async fn seen_by_others(db: &Db, actor: &Actor, limit: i64) -> Result<Vec<AuditLine>, AppError> {
    access::authorize_overview(actor, Overview::Citizen)?;
    let citizen_id = crate::db::users::citizen_of(db, actor).await?.ok_or(AppError::NotFound)?;
    store::about_citizen(db, actor.municipality_id, citizen_id, actor.user_id, limit.clamp(1, 1000)).await
}

/// The admin's search; reading the log is itself logged.
pub async fn search(db: &Db, actor: &Actor, filter: &AuditFilter) -> Result<Vec<AuditLine>, AppError> {
    access::authorize_overview(actor, Overview::AuditLog)?;
    let from = filter.from.map(|d| crate::domain::local_time::day_span(d).0.timestamp());
    let to = filter.to.map(|d| crate::domain::local_time::day_span(d).1.timestamp());
    if let (Some(f), Some(t)) = (from, to) {
        if f >= t {
            return Err(AppError::invalid(crate::domain::error::Rule::ToBeforeFrom, Field::To));
        }
    }
    let limit = if filter.limit == 0 { 500 } else { filter.limit.min(10_000) };
    let lines = store::search(db, actor.municipality_id, &AuditFilter { limit, ..filter.clone() }, from, to).await?;
    store::write(db, actor.municipality_id, actor.user_id, filter.citizen_id, Action::AuditView, "audit").await?;
    Ok(lines)
}

/// The log as a spreadsheet opens it.
pub fn csv(lines: &[AuditLine], locale: crate::i18n::Locale) -> Result<String, AppError> {
    use crate::i18n::k;
    let header = [
        k::CSV_AUDIT_AT, k::CSV_AUDIT_USER_ID, k::CSV_AUDIT_USER, k::CSV_AUDIT_ROLE, k::CSV_AUDIT_ORGANISATION, k::CSV_AUDIT_ACTION,
        k::CSV_AUDIT_ACTION_CODE, k::CSV_AUDIT_CITIZEN_ID, k::CSV_AUDIT_CITIZEN, k::CSV_AUDIT_SUBJECT,
    ];
    super::reports::write_csv(
        locale,
        &header,
        lines.iter().map(|l| {
            let at = chrono::DateTime::from_timestamp(l.at, 0).unwrap_or_default();
            vec![
                crate::domain::local_time::local_naive(at).format("%Y-%m-%d %H:%M:%S").to_string(),
                l.actor_user_id.map(|i| i.to_string()).unwrap_or_default(),
                l.actor_name.clone().unwrap_or_default(),
                l.actor_role.map(|r| r.label_da().to_string()).unwrap_or_default(),
                l.organisation.clone().unwrap_or_default(),
                l.action.label_da().to_string(),
                l.action.as_str().to_string(),
                l.citizen_id.map(|i| i.to_string()).unwrap_or_default(),
                l.citizen_name.clone().unwrap_or_default(),
                l.subject.clone().unwrap_or_default(),
            ]
        }),
    )
}

/// Lines older than the retention are dropped (the server calls this hourly).
pub async fn forget_old(db: &Db, retention_days: i64) -> Result<u64, AppError> {
    store::forget_before(db, crate::db::now_ts() - retention_days.saturating_mul(86_400)).await
}
