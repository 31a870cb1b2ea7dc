//! The audit log's storage: lines written by every read of a citizen's data and every
//! change, read back for the citizen ("Hvem har set mine oplysninger") and for admins.
use crate::domain::audit::{entry_subject, Action, AuditFilter, AuditLine};
use crate::domain::error::AppError;
use crate::domain::role::Role;

use super::{col, internal, now_ts, Db};

// The column list every writer shares; a macro so that each statement stays one literal.
macro_rules! insert_into {
    () => {
        "INSERT INTO audit_events (municipality_id, actor_user_id, citizen_id, action, subject, at) "
    };
}

/// One line.
pub async fn write(db: &Db, municipality_id: i64, actor: i64, citizen_id: Option<i64>, action: Action, subject: &str) -> Result<(), AppError> {
    sqlx::query(concat!(insert_into!(), "VALUES ($1, $2, $3, $4, $5, $6)"))
        .bind(municipality_id)
        .bind(actor)
        .bind(citizen_id)
        .bind(action.as_str())
        .bind(subject)
        .bind(now_ts())
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(())
}

/// One line about a time entry, against its citizen, in the caller's transaction: it is
/// stored with the change it tells of, or not at all, and costs no commit of its own.
pub async fn write_about_entry(conn: &mut sqlx::AnyConnection, municipality_id: i64, actor: i64, entry_id: i64, action: Action, at: i64) -> Result<(), AppError> {
    sqlx::query(concat!(insert_into!(), "SELECT $1, $2, citizen_id, $3, $4, $5 FROM time_entries WHERE id = $6"))
        .bind(municipality_id)
        .bind(actor)
        .bind(action.as_str())
        .bind(entry_subject(entry_id))
        .bind(at)
        .bind(entry_id)
        .execute(conn)
        .await
        .map_err(internal)?;
    Ok(())
}

/// One line per citizen, in statements of at most 500 rows and one commit.
pub async fn write_many(db: &Db, municipality_id: i64, actor: i64, citizen_ids: &[i64], action: Action, subject: &str) -> Result<(), AppError> {
    let at = now_ts();
    let mut tx = db.begin_write().await?;
    for chunk in citizen_ids.chunks(500) {
        // Ids are integers from our own queries; the rest is bound.
        let values: Vec<String> = chunk.iter().map(|c| format!("($1, $2, {c}, $3, $4, $5)")).collect();
        let sql = format!(concat!(insert_into!(), "VALUES {}"), values.join(", "));
        sqlx::query(&sql).bind(municipality_id).bind(actor).bind(action.as_str()).bind(subject).bind(at).execute(&mut *tx).await.map_err(internal)?;
    }
    tx.commit().await.map_err(internal)
}

const LINE_SQL: &str = "SELECT a.at, a.actor_user_id, u.display_name AS actor_name, u.role AS actor_role,
        COALESCE(co.name, mu.name) AS organisation, a.action, a.citizen_id, c.name AS citizen_name, a.subject
     FROM audit_events a
     LEFT JOIN users u ON u.id = a.actor_user_id
     LEFT JOIN companies co ON co.id = u.company_id
     LEFT JOIN municipalities mu ON mu.id = u.municipality_id
     LEFT JOIN citizens c ON c.id = a.citizen_id";

fn line(r: &sqlx::any::AnyRow) -> Result<Option<AuditLine>, AppError> {
    let code: String = col(r, "action")?;
    // A code from an older release that no longer exists is left out, not a failure.
    let Some(action) = Action::parse(&code) else { return Ok(None) };
    let role: Option<String> = col(r, "actor_role")?;
    Ok(Some(AuditLine {
        at: col(r, "at")?,
        actor_user_id: col(r, "actor_user_id")?,
        actor_name: col(r, "actor_name")?,
        actor_role: role.as_deref().and_then(Role::parse),
        organisation: col(r, "organisation")?,
        action,
        citizen_id: col(r, "citizen_id")?,
        citizen_name: col(r, "citizen_name")?,
        subject: col(r, "subject")?,
    }))
}

/// Lines about a citizen written by anyone but the citizen's own login, newest first.
pub async fn about_citizen(db: &Db, municipality_id: i64, citizen_id: i64, own_user_id: i64, limit: i64) -> Result<Vec<AuditLine>, AppError> {
    let sql = format!(
        "{LINE_SQL} WHERE a.municipality_id = $1 AND a.citizen_id = $2 AND (a.actor_user_id IS NULL OR a.actor_user_id <> $3)
         ORDER BY a.at DESC, a.id DESC LIMIT $4"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(citizen_id).bind(own_user_id).bind(limit).fetch_all(&db.pool).await.map_err(internal)?;
    Ok(rows.iter().map(line).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

/// The admin's view: the municipality's lines matching `filter`, newest first. `from`/`to`
/// are instants (seconds), the day bounds already turned into Copenhagen instants.
pub async fn search(db: &Db, municipality_id: i64, filter: &AuditFilter, from: Option<i64>, to: Option<i64>) -> Result<Vec<AuditLine>, AppError> {
    let sql = format!(
        "{LINE_SQL} WHERE a.municipality_id = $1
           AND ($2 = 0 OR a.citizen_id = $2)
           AND ($3 = 0 OR a.actor_user_id = $3)
           AND ($4 = '' OR a.action = $4)
           AND a.at >= $5 AND a.at < $6
         ORDER BY a.at DESC, a.id DESC LIMIT $7"
    );
    let rows = sqlx::query(&sql)
        .bind(municipality_id)
        .bind(filter.citizen_id.unwrap_or(0))
        .bind(filter.actor_user_id.unwrap_or(0))
        .bind(filter.action.map(Action::as_str).unwrap_or(""))
        .bind(from.unwrap_or(i64::MIN / 2))
        .bind(to.unwrap_or(i64::MAX / 2))
        .bind(filter.limit as i64)
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
    Ok(rows.iter().map(line).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

/// Drops lines older than `before`; the number dropped.
pub async fn forget_before(db: &Db, before: i64) -> Result<u64, AppError> {
    let done = sqlx::query("DELETE FROM audit_events WHERE at < $1").bind(before).execute(&mut *db.write_conn().await?).await.map_err(internal)?;
    Ok(done.rows_affected())
}
