//! Invitations, kept by the hash of their token.
use crate::domain::error::AppError;
use crate::domain::invite::InviteInfo;
use crate::domain::role::Role;

use super::{col, internal, now_ts, ts, Db};

pub async fn insert(db: &Db, municipality_id: i64, user_id: i64, token_hash: &str, by: i64, expires_at: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO invites (municipality_id, user_id, token_hash, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(municipality_id)
    .bind(user_id)
    .bind(token_hash)
    .bind(by)
    .bind(now_ts())
    .bind(expires_at)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(())
}

pub struct Found {
    pub invite_id: i64,
    pub user_id: i64,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub used: bool,
    pub info: InviteInfo,
}

pub async fn find(db: &Db, token_hash: &str) -> Result<Option<Found>, AppError> {
    let row = sqlx::query(
        "SELECT i.id, i.user_id, i.expires_at, i.used_at, u.display_name, u.email, u.role
         FROM invites i JOIN users u ON u.id = i.user_id WHERE i.token_hash = $1 AND u.is_active = 1",
    )
    .bind(token_hash)
    .fetch_optional(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    let role: String = col(&r, "role")?;
    Ok(Some(Found {
        invite_id: col(&r, "id")?,
        user_id: col(&r, "user_id")?,
        expires_at: ts(col(&r, "expires_at")?),
        used: col::<Option<i64>>(&r, "used_at")?.is_some(),
        info: InviteInfo { name: col(&r, "display_name")?, email: col(&r, "email")?, role: Role::parse(&role).ok_or(AppError::Internal)? },
    }))
}

/// Takes the invitation and sets the password in one go; false when someone was first (or
/// it expired in between). Older invitations of the same user stop working too.
pub async fn take(db: &Db, invite_id: i64, user_id: i64, password_hash: &str) -> Result<bool, AppError> {
    let mut tx = db.begin_write().await?;
    let now = now_ts();
    let done = sqlx::query("UPDATE invites SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1")
        .bind(now)
        .bind(invite_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("UPDATE invites SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL").bind(now).bind(user_id).execute(&mut *tx).await.map_err(internal)?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(password_hash).bind(user_id).execute(&mut *tx).await.map_err(internal)?;
    super::session_store::end_for_user(&mut *tx, user_id, None).await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}
