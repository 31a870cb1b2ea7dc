use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;

use crate::domain::error::AppError;
use crate::domain::models::OpenPunch;

use super::{col, internal, now_ts, ts, Db};

const SELECT_OPEN: &str = "SELECT pu.id, pu.placement_id, co.name AS company_name, pu.started_at
    FROM punches pu JOIN placements p ON p.id = pu.placement_id JOIN companies co ON co.id = p.company_id";

fn open_view(r: &AnyRow) -> Result<OpenPunch, AppError> {
    Ok(OpenPunch {
        id: col(r, "id")?,
        placement_id: col(r, "placement_id")?,
        company_name: col(r, "company_name")?,
        started_at: ts(col(r, "started_at")?),
    })
}

pub async fn open_of_citizen(db: &Db, citizen_id: i64) -> Result<Option<OpenPunch>, AppError> {
    let sql = format!("{SELECT_OPEN} WHERE pu.citizen_id = $1 AND pu.closed_at IS NULL");
    let row = sqlx::query(&sql).bind(citizen_id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(open_view).transpose()
}

/// What an earlier send of the same tap left behind, with the fingerprint of its request.
pub enum SeenTap {
    /// The punch-in is known (perhaps closed since).
    In { punch: OpenPunch, fingerprint: Option<String> },
    /// The punch-out is known: the entry it made.
    Out { time_entry_id: Option<i64>, fingerprint: Option<String> },
}

pub async fn find_in_tap(db: &Db, created_by: i64, client_id: &str) -> Result<Option<SeenTap>, AppError> {
    let row = sqlx::query(
        "SELECT pu.id, pu.placement_id, co.name AS company_name, pu.started_at, pu.in_fingerprint
         FROM punches pu JOIN placements p ON p.id = pu.placement_id JOIN companies co ON co.id = p.company_id
         WHERE pu.created_by = $1 AND pu.in_client_id = $2",
    )
        .bind(created_by)
        .bind(client_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(SeenTap::In { punch: open_view(&r)?, fingerprint: col(&r, "in_fingerprint")? }))
}

pub async fn find_out_tap(db: &Db, created_by: i64, client_id: &str) -> Result<Option<SeenTap>, AppError> {
    let row = sqlx::query("SELECT time_entry_id, out_fingerprint FROM punches WHERE created_by = $1 AND out_client_id = $2")
        .bind(created_by)
        .bind(client_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| Ok(SeenTap::Out { time_entry_id: col(&r, "time_entry_id")?, fingerprint: col(&r, "out_fingerprint")? })).transpose()
}

pub struct NewPunch<'a> {
    pub municipality_id: i64,
    pub placement_id: i64,
    pub citizen_id: i64,
    pub started_at: DateTime<Utc>,
    pub client_id: Option<&'a str>,
    pub fingerprint: Option<&'a str>,
    pub created_by: i64,
}

/// Opens a punch. `Ok(None)`: a unique index said no — the citizen already has an open punch
/// or this tap was stored by a send racing this one; the caller looks again.
pub async fn open(db: &Db, p: NewPunch<'_>) -> Result<Option<i64>, AppError> {
    let res = sqlx::query(
        "INSERT INTO punches (municipality_id, placement_id, citizen_id, started_at, in_client_id, created_by, created_at, in_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(p.municipality_id)
    .bind(p.placement_id)
    .bind(p.citizen_id)
    .bind(p.started_at.timestamp())
    .bind(p.client_id)
    .bind(p.created_by)
    .bind(now_ts())
    .bind(p.fingerprint)
    .fetch_one(&mut *db.write_conn().await?)
    .await;
    match res {
        Ok(r) => Ok(Some(col(&r, "id")?)),
        Err(e) if super::is_unique_violation(&e) => Ok(None),
        Err(e) => Err(internal(e)),
    }
}

/// Closes an open punch, pointing at the entry it became (none when cancelled).
/// False when it was no longer open.
/// `out`: the punch-out's client id and fingerprint.
pub async fn close(db: &Db, punch_id: i64, out: Option<(&str, &str)>, time_entry_id: Option<i64>) -> Result<bool, AppError> {
    let res = sqlx::query(
        "UPDATE punches SET closed_at = $1, out_client_id = $2, time_entry_id = $3, cancelled = $4, out_fingerprint = $6
         WHERE id = $5 AND closed_at IS NULL",
    )
    .bind(now_ts())
    .bind(out.map(|o| o.0))
    .bind(time_entry_id)
    .bind(if time_entry_id.is_none() { 1i64 } else { 0 })
    .bind(punch_id)
    .bind(out.map(|o| o.1))
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(res.rows_affected() == 1)
}

/// The first punch-in (not cancelled) of each of the placements in `[from, to)`.
pub async fn first_ins(db: &Db, municipality_id: i64, placement_ids: &[i64], from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<(i64, DateTime<Utc>)>, AppError> {
    if placement_ids.is_empty() {
        return Ok(vec![]);
    }
    // Ids are integers the server holds, so they go into the statement as text.
    let list = placement_ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT placement_id, MIN(started_at) AS started_at FROM punches
         WHERE municipality_id = $1 AND placement_id IN ({list}) AND cancelled = 0 AND started_at >= $2 AND started_at < $3
         GROUP BY placement_id"
    );
    let rows = sqlx::query(&sql)
        .bind(municipality_id)
        .bind(from.timestamp())
        .bind(to.timestamp())
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    rows.iter().map(|r| Ok((col(r, "placement_id")?, ts(col(r, "started_at")?)))).collect()
}
