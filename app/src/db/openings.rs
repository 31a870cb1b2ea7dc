//! Openings: made by caseworkers or proposed by mentors, with the seats their placements take.
use sqlx::any::AnyRow;

use crate::domain::error::AppError;
use crate::domain::opening::{Decision, OpeningFields, OpeningKind, OpeningStatus, OpeningView, Review};

use super::{col, internal, now_ts, ts, Db};

const SELECT: &str = "SELECT o.id, o.municipality_id, o.company_id, co.name AS company_name, o.kind, o.title, o.tasks, o.hours_per_week,
        o.location, o.postcode, o.hourly_wage_ore, CAST(o.seats AS BIGINT) AS seats, o.status, o.review, o.review_reason,
        pu.display_name AS proposed_by_name, o.created_at,
        (SELECT COUNT(*) FROM placements p WHERE p.opening_id = o.id AND p.status IN ('planned', 'active')) AS seats_taken
    FROM openings o JOIN companies co ON co.id = o.company_id LEFT JOIN users pu ON pu.id = o.proposed_by";

fn view(r: &AnyRow) -> Result<OpeningView, AppError> {
    let kind: String = col(r, "kind")?;
    let status: String = col(r, "status")?;
    let review: Option<String> = col(r, "review")?;
    Ok(OpeningView {
        id: col(r, "id")?,
        company_id: col(r, "company_id")?,
        company_name: col(r, "company_name")?,
        kind: OpeningKind::parse(&kind).ok_or(AppError::Internal)?,
        title: col(r, "title")?,
        tasks: col(r, "tasks")?,
        hours_per_week: col(r, "hours_per_week")?,
        location: col(r, "location")?,
        postcode: col(r, "postcode")?,
        hourly_wage_ore: col(r, "hourly_wage_ore")?,
        seats: col(r, "seats")?,
        seats_taken: col(r, "seats_taken")?,
        status: OpeningStatus::parse(&status).ok_or(AppError::Internal)?,
        review: review.as_deref().map(|s| Review::parse(s).ok_or(AppError::Internal)).transpose()?,
        review_reason: col(r, "review_reason")?,
        proposed_by_name: col(r, "proposed_by_name")?,
        created_at: ts(col(r, "created_at")?),
    })
}

/// A caseworker's opening (`proposed_by` None, open at once) or a mentor's proposal
/// (waiting for review, and not open until approved).
pub async fn insert(db: &Db, municipality_id: i64, company_id: i64, f: &OpeningFields, proposed_by: Option<i64>) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO openings (municipality_id, company_id, kind, title, tasks, hours_per_week, location, postcode,
            hourly_wage_ore, seats, status, review, proposed_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11, $12, $13, $13) RETURNING id",
    )
    .bind(municipality_id)
    .bind(company_id)
    .bind(f.kind.as_str())
    .bind(&f.title)
    .bind(&f.tasks)
    .bind(f.hours_per_week)
    .bind(&f.location)
    .bind(&f.postcode)
    .bind(f.hourly_wage_ore)
    .bind(f.seats)
    .bind(proposed_by.map(|_| Review::Waiting.as_str()))
    .bind(proposed_by)
    .bind(now_ts())
    .fetch_one(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    col(&row, "id")
}

pub async fn update(db: &Db, municipality_id: i64, id: i64, f: &OpeningFields, status: OpeningStatus) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE openings SET kind = $1, title = $2, tasks = $3, hours_per_week = $4, location = $5, postcode = $6,
            hourly_wage_ore = $7, seats = $8, status = $9, updated_at = $10
         WHERE id = $11 AND municipality_id = $12",
    )
    .bind(f.kind.as_str())
    .bind(&f.title)
    .bind(&f.tasks)
    .bind(f.hours_per_week)
    .bind(&f.location)
    .bind(&f.postcode)
    .bind(f.hourly_wage_ore)
    .bind(f.seats)
    .bind(status.as_str())
    .bind(now_ts())
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// Decides a waiting proposal; false when it was no longer waiting (someone else was first).
pub async fn review(db: &Db, municipality_id: i64, id: i64, decision: &Decision, by: i64) -> Result<bool, AppError> {
    let (review, status, reason) = match decision {
        Decision::Approve => (Review::Approved, OpeningStatus::Open, None),
        Decision::Decline { reason } => (Review::Declined, OpeningStatus::Closed, Some(reason.as_str())),
    };
    let done = sqlx::query(
        "UPDATE openings SET review = $1, status = $2, review_reason = $3, reviewed_by = $4, reviewed_at = $5, updated_at = $5
         WHERE id = $6 AND municipality_id = $7 AND review = 'waiting'",
    )
    .bind(review.as_str())
    .bind(status.as_str())
    .bind(reason)
    .bind(by)
    .bind(now_ts())
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

pub async fn get(db: &Db, municipality_id: i64, id: i64) -> Result<Option<OpeningView>, AppError> {
    let sql = format!("{SELECT} WHERE o.id = $1 AND o.municipality_id = $2");
    let row = sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(view).transpose()
}

/// Which openings a list shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct OpeningFilter {
    pub company_id: Option<i64>,
    /// Only those that take placements now.
    pub open_only: bool,
    /// Only proposals waiting for review.
    pub waiting_only: bool,
    /// Only those this user proposed.
    pub proposed_by: Option<i64>,
}

pub async fn list(db: &Db, municipality_id: i64, f: OpeningFilter) -> Result<Vec<OpeningView>, AppError> {
    let mut sql = format!("{SELECT} WHERE o.municipality_id = $1 AND ($2 = 0 OR o.company_id = $2) AND ($3 = 0 OR o.proposed_by = $3)");
    if f.open_only {
        sql.push_str(" AND o.status = 'open' AND (o.review IS NULL OR o.review = 'approved')");
    }
    if f.waiting_only {
        sql.push_str(" AND o.review = 'waiting'");
    }
    sql.push_str(" ORDER BY o.created_at DESC, o.id DESC");
    let rows = sqlx::query(&sql)
        .bind(municipality_id)
        .bind(f.company_id.unwrap_or(0))
        .bind(f.proposed_by.unwrap_or(0))
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    rows.iter().map(view).collect()
}
