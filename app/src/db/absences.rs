use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;

use crate::domain::absence::AbsenceKind;
use crate::domain::access::Visibility;
use crate::domain::error::AppError;
use crate::domain::models::AbsenceView;

use super::placements::visible_citizens;
use super::{col, internal, now_ts, ts, Db};

fn view(r: &AnyRow, with_note: bool) -> Result<AbsenceView, AppError> {
    let kind: String = col(r, "kind")?;
    Ok(AbsenceView {
        id: col(r, "id")?,
        citizen_id: col(r, "citizen_id")?,
        citizen_name: col(r, "citizen_name")?,
        kind: if with_note { Some(AbsenceKind::parse(&kind).ok_or(AppError::Internal)?) } else { None },
        from_date: col(r, "from_date")?,
        to_date: col(r, "to_date")?,
        shift_id: col(r, "shift_id")?,
        note: if with_note { col(r, "note")? } else { None },
        client_id: if with_note { col(r, "client_id")? } else { None },
        created_at: ts(col(r, "created_at")?),
    })
}

/// Absences whose days reach `from_date` or later (YYYY-MM-DD compares as text), newest
/// first. A mentor sees those of citizens in placements they mentor; `with_note` decides
/// whether the kind and note leave storage at all.
pub async fn list(db: &Db, v: Visibility, from_date: &str, with_note: bool, limit: i64) -> Result<Vec<AbsenceView>, AppError> {
    let Some(mut w) = visible_citizens(v) else { return Ok(vec![]) };
    w.and_sql("a.municipality_id = $1").and_text("a.to_date >=", from_date);
    let limit = w.limit(limit);
    let sql = format!(
        "SELECT a.id, a.citizen_id, c.name AS citizen_name, a.kind, a.from_date, a.to_date, a.shift_id,
                a.note, a.client_id, a.created_at
         FROM absences a JOIN citizens c ON c.id = a.citizen_id
         WHERE {}
         ORDER BY a.from_date DESC, a.id DESC LIMIT {limit}",
        w.sql()
    );
    let rows = w.bind(sqlx::query(&sql)).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(|r| view(r, with_note)).collect()
}

/// The notice a client id made, with the fingerprint of the request it came with.
pub async fn find_by_client_id(db: &Db, created_by: i64, client_id: &str) -> Result<Option<(AbsenceView, Option<String>)>, AppError> {
    let row = sqlx::query(
        "SELECT a.id, a.citizen_id, c.name AS citizen_name, a.kind, a.from_date, a.to_date, a.shift_id,
                a.note, a.client_id, a.created_at, a.client_fingerprint
         FROM absences a JOIN citizens c ON c.id = a.citizen_id
         WHERE a.created_by = $1 AND a.client_id = $2",
    )
    .bind(created_by)
    .bind(client_id)
    .fetch_optional(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    row.map(|r| Ok((view(&r, true)?, col(&r, "client_fingerprint")?))).transpose()
}

pub struct NewAbsence<'a> {
    pub municipality_id: i64,
    pub citizen_id: i64,
    pub kind: AbsenceKind,
    pub from_date: &'a str,
    pub to_date: &'a str,
    pub note: Option<&'a str>,
    pub shift_id: Option<i64>,
    pub client_id: Option<&'a str>,
    pub client_fingerprint: Option<&'a str>,
    pub created_by: i64,
}

/// Which planned shifts the notice covers: the one shift, or every shift of the citizen
/// starting inside `[from, to)`.
pub enum Covers {
    Shift(i64),
    Span(DateTime<Utc>, DateTime<Utc>),
}

/// Whether a sick report of the citizen already covers any day from `from` to `to`
/// ("YYYY-MM-DD", which compare as text in date order).
pub async fn sick_days_overlap(db: &Db, citizen_id: i64, from: &str, to: &str) -> Result<bool, AppError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM absences WHERE citizen_id = $1 AND kind = 'sick' AND from_date <= $2 AND to_date >= $3")
        .bind(citizen_id)
        .bind(to)
        .bind(from)
        .fetch_one(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(col::<i64>(&row, "n")? > 0)
}

/// Stores the notice and marks the shifts it covers absent, in one transaction.
/// `Ok(None)`: this client id was stored already (a resend).
pub async fn insert(db: &Db, a: NewAbsence<'_>, covers: Covers) -> Result<Option<i64>, AppError> {
    let mut tx = db.begin_write().await?;
    let res = sqlx::query(
        "INSERT INTO absences (municipality_id, citizen_id, kind, from_date, to_date, note, shift_id, client_id, created_by, created_at, client_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(a.municipality_id)
    .bind(a.citizen_id)
    .bind(a.kind.as_str())
    .bind(a.from_date)
    .bind(a.to_date)
    .bind(a.note)
    .bind(a.shift_id)
    .bind(a.client_id)
    .bind(a.created_by)
    .bind(now_ts())
    .bind(a.client_fingerprint)
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match res {
        Ok(r) => col(&r, "id")?,
        Err(e) if super::is_unique_violation(&e) => return Ok(None),
        Err(e) => return Err(internal(e)),
    };
    let (sql, x, y) = match covers {
        Covers::Shift(shift_id) => ("UPDATE shifts SET status = 'absent', absence_id = $1 WHERE id = $2 AND status = 'planned' AND $3 = $3
              AND placement_id IN (SELECT id FROM placements WHERE citizen_id = $4)", shift_id, 0),
        Covers::Span(from, to) => ("UPDATE shifts SET status = 'absent', absence_id = $1 WHERE starts_at >= $2 AND starts_at < $3 AND status = 'planned'
              AND placement_id IN (SELECT id FROM placements WHERE citizen_id = $4)", from.timestamp(), to.timestamp()),
    };
    sqlx::query(sql)
        .bind(id)
        .bind(x)
        .bind(y)
        .bind(a.citizen_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok(Some(id))
}
