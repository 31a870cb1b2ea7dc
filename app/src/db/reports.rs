//! Sums for the monthly hours report, made by the database: one row per placement with hours
//! in the month, so a municipality of thousands of citizens is one query.
use chrono::{DateTime, Utc};

use crate::domain::error::AppError;
use crate::domain::report::PlacementMonth;
use crate::domain::time_entry::{Change, EntryStatus};

use super::{col, internal, Db};

pub struct MonthFilter {
    pub municipality_id: i64,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// 0: every company.
    pub company_id: i64,
    /// Only placements with an hourly wage (payroll).
    pub paid_only: bool,
}

/// Entries count in the month their start falls in (Copenhagen), as on the citizen's page.
pub async fn placement_months(db: &Db, f: &MonthFilter) -> Result<Vec<PlacementMonth>, AppError> {
    // Worked minutes per entry as the domain computes them: whole minutes between the
    // instants, less the break. What counts as approved is the schema's `approved_seconds`
    // (migration 0017), the same minutes when it is not 0.
    let minutes = "((e.ends_at - e.starts_at) / 60 - e.break_minutes)";
    let sql = format!(
        "SELECT p.citizen_id, c.name AS citizen_name, p.id AS placement_id, co.id AS company_id, co.name AS company_name,
                co.cvr, o.title AS opening_title, o.kind, p.hourly_wage_ore,
                CAST(SUM(e.approved_seconds / 60) AS BIGINT) AS approved_minutes,
                CAST(SUM(CASE WHEN e.approved_seconds <> 0 THEN 1 ELSE 0 END) AS BIGINT) AS approved_entries,
                CAST(SUM(CASE WHEN e.status = 'submitted' THEN {minutes} ELSE 0 END) AS BIGINT) AS waiting_minutes,
                CAST(SUM(CASE WHEN e.status = 'submitted' THEN 1 ELSE 0 END) AS BIGINT) AS waiting_entries
         FROM time_entries e
         JOIN placements p ON p.id = e.placement_id
         JOIN citizens c ON c.id = p.citizen_id
         JOIN companies co ON co.id = p.company_id
         JOIN openings o ON o.id = p.opening_id
         WHERE e.municipality_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3
           AND e.withdrawn_at IS NULL AND e.status <> 'rejected'
           AND ($4 = 0 OR p.company_id = $4) AND ($5 = 0 OR p.hourly_wage_ore IS NOT NULL)
         GROUP BY p.citizen_id, c.name, p.id, co.id, co.name, co.cvr, o.title, o.kind, p.hourly_wage_ore"
    );
    let rows = super::planned_for_its_values(db, &sql)
        .bind(f.municipality_id)
        .bind(f.from.timestamp())
        .bind(f.to.timestamp())
        .bind(f.company_id)
        .bind(i64::from(f.paid_only))
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    rows.iter()
        .map(|r| {
            Ok(PlacementMonth {
                citizen_id: col(r, "citizen_id")?,
                citizen_name: col(r, "citizen_name")?,
                placement_id: col(r, "placement_id")?,
                company_id: col(r, "company_id")?,
                company_name: col(r, "company_name")?,
                company_cvr: col(r, "cvr")?,
                opening_title: col(r, "opening_title")?,
                kind: col(r, "kind")?,
                hourly_wage_ore: col(r, "hourly_wage_ore")?,
                approved_minutes: col(r, "approved_minutes")?,
                approved_entries: col(r, "approved_entries")?,
                waiting_minutes: col(r, "waiting_minutes")?,
                waiting_entries: col(r, "waiting_entries")?,
            })
        })
        .collect()
}

pub async fn is_locked(db: &Db, municipality_id: i64, month: &str) -> Result<bool, AppError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM locked_months WHERE municipality_id = $1 AND month = $2")
        .bind(municipality_id)
        .bind(month)
        .fetch_one(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(col::<i64>(&row, "n")? > 0)
}

/// The company exists in the municipality (a payroll for another's company is NotFound).
pub async fn company_exists(db: &Db, municipality_id: i64, company_id: i64) -> Result<bool, AppError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM companies WHERE municipality_id = $1 AND id = $2")
        .bind(municipality_id)
        .bind(company_id)
        .fetch_one(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(col::<i64>(&row, "n")? > 0)
}

/// Locks a month: its confirmed entries become locked, each with a history line, in one
/// transaction. `check` gets the number of entries still waiting and may refuse. Locking a
/// locked month again changes nothing. The number of entries locked.
pub async fn lock_month(
    db: &Db,
    f: &MonthFilter,
    month: &str,
    by: i64,
    check: impl FnOnce(i64) -> Result<(), AppError>,
) -> Result<i64, AppError> {
    let now = super::now_ts();
    let mut tx = db.begin_write().await?;
    let waiting = sqlx::query(
        "SELECT COUNT(*) AS n FROM time_entries WHERE municipality_id = $1 AND starts_at >= $2 AND starts_at < $3
           AND status = 'submitted' AND withdrawn_at IS NULL",
    )
    .bind(f.municipality_id)
    .bind(f.from.timestamp())
    .bind(f.to.timestamp())
    .fetch_one(&mut *tx)
    .await
    .map_err(internal)?;
    check(col(&waiting, "n")?)?;
    let added = sqlx::query("INSERT INTO locked_months (municipality_id, month, locked_by, locked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(f.municipality_id)
        .bind(month)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    if added.rows_affected() == 0 {
        return Ok(0);
    }
    let n = change_status(&mut tx, f, by, now, (EntryStatus::Confirmed, EntryStatus::Locked), None).await?;
    tx.commit().await.map_err(internal)?;
    Ok(n)
}

/// Reopens a locked month with a reason: its entries are confirmed again and can be
/// corrected. False when it was not locked.
pub async fn reopen_month(db: &Db, f: &MonthFilter, month: &str, by: i64, reason: &str) -> Result<Option<i64>, AppError> {
    let now = super::now_ts();
    let mut tx = db.begin_write().await?;
    let gone = sqlx::query("DELETE FROM locked_months WHERE municipality_id = $1 AND month = $2")
        .bind(f.municipality_id)
        .bind(month)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    if gone.rows_affected() == 0 {
        return Ok(None);
    }
    let n = change_status(&mut tx, f, by, now, (EntryStatus::Locked, EntryStatus::Confirmed), Some(reason)).await?;
    tx.commit().await.map_err(internal)?;
    Ok(Some(n))
}

/// Moves the month's entries from one status to another with a history line each, in two
/// statements whatever the number of entries.
async fn change_status(
    tx: &mut sqlx::AnyConnection,
    f: &MonthFilter,
    by: i64,
    now: i64,
    (from, to): (EntryStatus, EntryStatus),
    reason: Option<&str>,
) -> Result<i64, AppError> {
    let action = if to == EntryStatus::Locked { Change::Locked } else { Change::Reopened };
    let (from, to) = (from.as_str(), to.as_str());
    sqlx::query(
        "INSERT INTO time_entry_history (municipality_id, time_entry_id, changed_by, changed_at, action, before_json, after_json, reason)
         SELECT municipality_id, id, $1, $2, $3, $4, $5, $6 FROM time_entries
         WHERE municipality_id = $7 AND starts_at >= $8 AND starts_at < $9 AND status = $10 AND withdrawn_at IS NULL",
    )
    .bind(by)
    .bind(now)
    .bind(action.as_str())
    .bind(format!("{{\"status\":\"{from}\"}}"))
    .bind(format!("{{\"status\":\"{to}\"}}"))
    .bind(reason)
    .bind(f.municipality_id)
    .bind(f.from.timestamp())
    .bind(f.to.timestamp())
    .bind(from)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    let done = sqlx::query(
        "UPDATE time_entries SET status = $1, updated_at = $2
         WHERE municipality_id = $3 AND starts_at >= $4 AND starts_at < $5 AND status = $6 AND withdrawn_at IS NULL",
    )
    .bind(to)
    .bind(now)
    .bind(f.municipality_id)
    .bind(f.from.timestamp())
    .bind(f.to.timestamp())
    .bind(from)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    Ok(done.rows_affected() as i64)
}
