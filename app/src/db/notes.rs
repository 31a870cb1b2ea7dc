//! Follow-up notes on placements.
use crate::domain::error::AppError;
use crate::domain::models::NoteView;
use crate::domain::note::NoteVisibility;

use super::{col, internal, now_ts, ts, Db};

pub async fn insert(db: &Db, municipality_id: i64, placement_id: i64, author: i64, body: &str, visibility: NoteVisibility) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO follow_up_notes (municipality_id, placement_id, author_user_id, body, visibility, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(municipality_id)
    .bind(placement_id)
    .bind(author)
    .bind(body)
    .bind(visibility.as_str())
    .bind(now_ts())
    .fetch_one(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    col(&row, "id")
}

/// Notes of the placements, newest first; those kept to the caseworkers only when asked.
pub async fn list(db: &Db, municipality_id: i64, placement_ids: &[i64], with_caseworkers_own: bool) -> Result<Vec<NoteView>, AppError> {
    if placement_ids.is_empty() {
        return Ok(vec![]);
    }
    // Ids are integers the server holds, so they go into the statement as text.
    let list = placement_ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT n.id, n.placement_id, u.display_name, n.body, n.visibility, n.created_at
         FROM follow_up_notes n JOIN users u ON u.id = n.author_user_id
         WHERE n.municipality_id = $1 AND n.placement_id IN ({list}) AND ($2 = 1 OR n.visibility = 'shared_with_mentor')
         ORDER BY n.created_at DESC, n.id DESC"
    );
    let rows = sqlx::query(&sql)
        .bind(municipality_id)
        .bind(if with_caseworkers_own { 1_i64 } else { 0 })
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    rows.iter()
        .map(|r| {
            let visibility: String = col(r, "visibility")?;
            Ok(NoteView {
                id: col(r, "id")?,
                placement_id: col(r, "placement_id")?,
                author_name: col(r, "display_name")?,
                body: col(r, "body")?,
                visibility: NoteVisibility::parse(&visibility).ok_or(AppError::Internal)?,
                created_at: ts(col(r, "created_at")?),
            })
        })
        .collect()
}
