use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;

use crate::domain::access::Visibility;
use crate::domain::error::AppError;
use crate::domain::models::ShiftView;
use crate::domain::shift::ShiftStatus;

use super::placements::{visibility_binds, VISIBLE};
use super::{col, internal, ts, Db};

const SELECT_VIEW: &str = "SELECT s.id, s.placement_id, p.citizen_id, c.name AS citizen_name, co.name AS company_name,
        o.title AS opening_title, co.address, co.postcode, mu.display_name AS mentor_name,
        s.starts_at, s.ends_at, s.status
    FROM shifts s
    JOIN placements p ON p.id = s.placement_id
    JOIN citizens c ON c.id = p.citizen_id
    JOIN companies co ON co.id = p.company_id
    JOIN openings o ON o.id = p.opening_id
    LEFT JOIN users mu ON mu.id = p.mentor_user_id";

fn view(r: &AnyRow) -> Result<ShiftView, AppError> {
    let status: String = col(r, "status")?;
    Ok(ShiftView {
        id: col(r, "id")?,
        placement_id: col(r, "placement_id")?,
        citizen_id: col(r, "citizen_id")?,
        citizen_name: col(r, "citizen_name")?,
        company_name: col(r, "company_name")?,
        opening_title: col(r, "opening_title")?,
        address: col(r, "address")?,
        postcode: col(r, "postcode")?,
        mentor_name: col(r, "mentor_name")?,
        starts_at: ts(col(r, "starts_at")?),
        ends_at: ts(col(r, "ends_at")?),
        status: ShiftStatus::parse(&status).ok_or(AppError::Internal)?,
    })
}

#[derive(Clone, Debug, Default)]
pub struct ShiftFilter {
    pub placement_id: Option<i64>,
    /// Shifts that end after `from` and start before `to`.
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub statuses: Vec<ShiftStatus>,
    pub limit: i64,
}

pub async fn list(db: &Db, v: Visibility, f: &ShiftFilter) -> Result<Vec<ShiftView>, AppError> {
    let (m, cu, mu) = visibility_binds(v);
    let status_clause = super::status_in("s.status", &f.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    let sql = format!(
        "{SELECT_VIEW} WHERE {VISIBLE}
           AND ($4 = 0 OR s.placement_id = $4) AND s.ends_at > $5 AND s.starts_at < $6{status_clause}
         ORDER BY s.starts_at, s.id LIMIT $7"
    );
    let rows = sqlx::query(&sql)
        .bind(m)
        .bind(cu)
        .bind(mu)
        .bind(f.placement_id.unwrap_or(0))
        .bind(f.from.map(|t| t.timestamp()).unwrap_or(i64::MIN))
        .bind(f.to.map(|t| t.timestamp()).unwrap_or(i64::MAX))
        .bind(if f.limit > 0 { f.limit } else { 500 })
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
    rows.iter().map(view).collect()
}

/// Moves a shift from `from` to `to` (attendance); false when someone changed it first.
pub async fn set_status(db: &Db, municipality_id: i64, id: i64, from: ShiftStatus, to: ShiftStatus) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE shifts SET status = $1 WHERE id = $2 AND municipality_id = $3 AND status = $4")
        .bind(to.as_str())
        .bind(id)
        .bind(municipality_id)
        .bind(from.as_str())
        .execute(&db.pool)
        .await
        .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// A shift with the citizen it belongs to, for checks before a change.
pub async fn get(db: &Db, v: Visibility, id: i64) -> Result<Option<(ShiftView, i64)>, AppError> {
    let (m, cu, mu) = visibility_binds(v);
    let sql = format!("{SELECT_VIEW} WHERE {VISIBLE} AND s.id = $4");
    let row = sqlx::query(&sql)
        .bind(m)
        .bind(cu)
        .bind(mu)
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal)?;
    row.map(|r| Ok((view(&r)?, col(&r, "citizen_id")?))).transpose()
}
