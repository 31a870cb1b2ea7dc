use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;

use crate::domain::access::Visibility;
use crate::domain::error::AppError;
use crate::domain::models::ShiftView;
use crate::domain::shift::ShiftStatus;

use super::placements::visible;
use super::{col, internal, now_ts, ts, Db};

type Span = (DateTime<Utc>, DateTime<Utc>);
/// The planning rules, given the citizen's other shifts that hold time near the new ones.
pub type PlanCheck<'a> = dyn FnOnce(&[Span]) -> Result<(), AppError> + Send + 'a;

const SELECT_VIEW: &str = "SELECT s.id, s.placement_id, p.citizen_id, c.name AS citizen_name, co.name AS company_name,
        o.title AS opening_title, co.address, co.postcode, mu.display_name AS mentor_name,
        s.starts_at, s.ends_at, s.status, s.series_id, s.cancel_reason
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
        series_id: col(r, "series_id")?,
        cancel_reason: col(r, "cancel_reason")?,
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
    let Some(mut w) = visible(v) else { return Ok(vec![]) };
    w.and_some("s.placement_id =", f.placement_id)
        .and_some("s.ends_at >", f.from.map(|t| t.timestamp()))
        .and_some("s.starts_at <", f.to.map(|t| t.timestamp()))
        .and_in("s.status", &f.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    let limit = w.limit(f.limit);
    let sql = format!("{SELECT_VIEW} WHERE {} ORDER BY s.starts_at, s.id LIMIT {limit}", w.sql());
    let rows = w
        .bind(sqlx::query(&sql))
        .fetch_all(&mut *db.reader().await?)
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
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// A shift with the citizen it belongs to, for checks before a change.
pub async fn get(db: &Db, v: Visibility, id: i64) -> Result<Option<(ShiftView, i64)>, AppError> {
    let Some(mut w) = visible(v) else { return Ok(None) };
    w.and("s.id =", id);
    let sql = format!("{SELECT_VIEW} WHERE {}", w.sql());
    let row = w
        .bind(sqlx::query(&sql))
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| Ok((view(&r)?, col(&r, "citizen_id")?))).transpose()
}

/// Under the citizen's lock: the citizen's shifts (any placement) that hold time in
/// `[from, to)`, except `except_id`.
async fn holding(tx: &mut sqlx::AnyConnection, citizen_id: i64, from: i64, to: i64, except_id: i64) -> Result<Vec<Span>, AppError> {
    let rows = sqlx::query(
        "SELECT s.starts_at, s.ends_at FROM shifts s JOIN placements p ON p.id = s.placement_id
         WHERE p.citizen_id = $1 AND s.status NOT IN ('cancelled', 'absent') AND s.starts_at < $3 AND s.ends_at > $2 AND s.id <> $4",
    )
    .bind(citizen_id)
    .bind(from)
    .bind(to)
    .bind(except_id)
    .fetch_all(&mut *tx)
    .await
    .map_err(internal)?;
    rows.iter().map(|r| Ok((ts(col(r, "starts_at")?), ts(col(r, "ends_at")?)))).collect()
}

pub struct NewShifts<'a> {
    pub municipality_id: i64,
    pub placement_id: i64,
    pub citizen_id: i64,
    pub spans: &'a [Span],
    /// Shared by the shifts of one weekly plan; none for a single shift.
    pub series_id: Option<String>,
    pub created_by: i64,
}

/// Checks and inserts a plan's shifts in one transaction holding the citizen's lock, so two
/// mentors cannot book the same hours. All or none.
pub async fn insert_checked(db: &Db, n: NewShifts<'_>, check: Box<PlanCheck<'_>>) -> Result<Vec<i64>, AppError> {
    let (Some(first), Some(last)) = (n.spans.iter().map(|s| s.0).min(), n.spans.iter().map(|s| s.1).max()) else {
        return Ok(vec![]);
    };
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    super::time_entries::lock_citizen(&mut tx, n.citizen_id).await?;
    let others = holding(&mut tx, n.citizen_id, first.timestamp(), last.timestamp(), 0).await?;
    check(&others)?;
    let mut ids = Vec::with_capacity(n.spans.len());
    for (s, e) in n.spans {
        let row = sqlx::query(
            "INSERT INTO shifts (municipality_id, placement_id, starts_at, ends_at, status, series_id, created_by, created_at)
             VALUES ($1, $2, $3, $4, 'planned', $5, $6, $7) RETURNING id",
        )
        .bind(n.municipality_id)
        .bind(n.placement_id)
        .bind(s.timestamp())
        .bind(e.timestamp())
        .bind(n.series_id.as_deref())
        .bind(n.created_by)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(internal)?;
        ids.push(col(&row, "id")?);
    }
    tx.commit().await.map_err(internal)?;
    Ok(ids)
}

/// Moves a planned shift, checked under the citizen's lock. False: it is no longer planned.
pub async fn move_checked(db: &Db, municipality_id: i64, citizen_id: i64, id: i64, to: Span, by: i64, check: Box<PlanCheck<'_>>) -> Result<bool, AppError> {
    let mut tx = db.begin_write().await?;
    super::time_entries::lock_citizen(&mut tx, citizen_id).await?;
    let others = holding(&mut tx, citizen_id, to.0.timestamp(), to.1.timestamp(), id).await?;
    check(&others)?;
    let done = sqlx::query(
        "UPDATE shifts SET starts_at = $1, ends_at = $2, updated_by = $3, updated_at = $4
         WHERE id = $5 AND municipality_id = $6 AND status = 'planned'",
    )
    .bind(to.0.timestamp())
    .bind(to.1.timestamp())
    .bind(by)
    .bind(now_ts())
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// The planned shifts of a series from `from` on (a series cancelled "from here").
pub async fn planned_in_series(db: &Db, municipality_id: i64, series_id: &str, from: DateTime<Utc>) -> Result<Vec<i64>, AppError> {
    let rows = sqlx::query(
        "SELECT id FROM shifts WHERE municipality_id = $1 AND series_id = $2 AND starts_at >= $3 AND status = 'planned' ORDER BY starts_at",
    )
    .bind(municipality_id)
    .bind(series_id)
    .bind(from.timestamp())
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    rows.iter().map(|r| col(r, "id")).collect()
}

/// Cancels the shifts among `ids` still planned, with the reason the citizen reads; the
/// ones it cancelled.
pub async fn cancel(db: &Db, municipality_id: i64, ids: &[i64], reason: Option<&str>, by: i64) -> Result<Vec<i64>, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    let mut done = Vec::with_capacity(ids.len());
    for &id in ids {
        let r = sqlx::query(
            "UPDATE shifts SET status = 'cancelled', cancel_reason = $1, updated_by = $2, updated_at = $3
             WHERE id = $4 AND municipality_id = $5 AND status = 'planned'",
        )
        .bind(reason)
        .bind(by)
        .bind(now)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        if r.rows_affected() == 1 {
            done.push(id);
        }
    }
    tx.commit().await.map_err(internal)?;
    Ok(done)
}
