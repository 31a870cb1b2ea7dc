use chrono::NaiveDate;
use sqlx::any::AnyRow;

use crate::domain::access::{PlacementParties, Visibility};
use crate::domain::error::AppError;
use crate::domain::models::PlacementView;
use crate::domain::time_entry::PlacementWindow;

use super::{col, internal, Db};

/// `(municipality, citizen user or 0, mentor user or 0)`: bound as $1..$3 into
/// [`VISIBLE`], one static clause for every role.
pub(crate) fn visibility_binds(v: Visibility) -> (i64, i64, i64) {
    match v {
        Visibility::OwnAsCitizen { municipality_id, user_id } => (municipality_id, user_id, 0),
        Visibility::Mentored { municipality_id, user_id } => (municipality_id, 0, user_id),
        Visibility::Municipality { municipality_id } => (municipality_id, 0, 0),
    }
}

/// Needs `p` (placements) and `c` (citizens) in the query.
pub(crate) const VISIBLE: &str =
    "p.municipality_id = $1 AND ($2 = 0 OR c.user_id = $2) AND ($3 = 0 OR p.mentor_user_id = $3)";

pub struct PlacementFacts {
    pub parties: PlacementParties,
    pub window: PlacementWindow,
    pub citizen_id: i64,
    pub ended: bool,
    /// Off (None) or the minutes an entry may lie off its shift and be confirmed by itself.
    pub auto_confirm_minutes: Option<i64>,
}

pub async fn facts(db: &Db, placement_id: i64) -> Result<Option<PlacementFacts>, AppError> {
    let row = sqlx::query(
        "SELECT p.municipality_id, p.citizen_id, c.user_id AS citizen_user_id, p.mentor_user_id,
                p.status, p.starts_on, p.ends_on, p.auto_confirm_minutes
         FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE p.id = $1",
    )
    .bind(placement_id)
    .fetch_optional(&db.pool)
    .await
    .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    let status: String = col(&r, "status")?;
    let starts_on: String = col(&r, "starts_on")?;
    let ends_on: Option<String> = col(&r, "ends_on")?;
    let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| AppError::Internal);
    Ok(Some(PlacementFacts {
        parties: PlacementParties {
            municipality_id: col(&r, "municipality_id")?,
            citizen_user_id: col(&r, "citizen_user_id")?,
            mentor_user_id: col(&r, "mentor_user_id")?,
        },
        window: PlacementWindow {
            active: status == "active",
            starts_on: parse(&starts_on)?,
            ends_on: ends_on.as_deref().map(parse).transpose()?,
        },
        citizen_id: col(&r, "citizen_id")?,
        ended: status == "ended",
        auto_confirm_minutes: col(&r, "auto_confirm_minutes")?,
    }))
}

fn view(r: &AnyRow) -> Result<PlacementView, AppError> {
    Ok(PlacementView {
        id: col(r, "id")?,
        citizen_name: col(r, "citizen_name")?,
        company_name: col(r, "company_name")?,
        opening_title: col(r, "opening_title")?,
        kind: col(r, "kind")?,
        mentor_name: col(r, "mentor_name")?,
        hourly_wage_ore: col(r, "hourly_wage_ore")?,
        starts_on: col(r, "starts_on")?,
        ends_on: col(r, "ends_on")?,
        status: col(r, "status")?,
        auto_confirm_minutes: col(r, "auto_confirm_minutes")?,
    })
}

/// Turns automatic confirmation off (None) or on within `minutes`.
pub async fn set_auto_confirm(db: &Db, municipality_id: i64, placement_id: i64, minutes: Option<i64>) -> Result<(), AppError> {
    sqlx::query("UPDATE placements SET auto_confirm_minutes = $1 WHERE id = $2 AND municipality_id = $3")
        .bind(minutes)
        .bind(placement_id)
        .bind(municipality_id)
        .execute(&db.pool)
        .await
        .map_err(internal)?;
    Ok(())
}

pub async fn list_visible(db: &Db, v: Visibility) -> Result<Vec<PlacementView>, AppError> {
    let (m, cu, mu) = visibility_binds(v);
    let sql = format!(
        "SELECT p.id, c.name AS citizen_name, co.name AS company_name, o.title AS opening_title, o.kind,
                mu.display_name AS mentor_name, p.hourly_wage_ore, p.starts_on, p.ends_on, p.status, p.auto_confirm_minutes
         FROM placements p
         JOIN citizens c ON c.id = p.citizen_id
         JOIN companies co ON co.id = p.company_id
         JOIN openings o ON o.id = p.opening_id
         LEFT JOIN users mu ON mu.id = p.mentor_user_id
         WHERE {VISIBLE}
         ORDER BY p.starts_on DESC, p.id DESC"
    );
    let rows = sqlx::query(&sql).bind(m).bind(cu).bind(mu).fetch_all(&db.pool).await.map_err(internal)?;
    rows.iter().map(view).collect()
}
