//! The failure counts behind `domain::throttle`.
use super::{col, internal, Db};

/// Failures counted under `key` and when the last one was (seconds since the epoch).
pub async fn get(db: &Db, key: &str) -> Result<Option<(i64, i64)>, crate::domain::error::AppError> {
    let row = sqlx::query("SELECT failures, last_failure_at FROM throttle WHERE key = $1")
        .bind(key)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| Ok((col(&r, "failures")?, col(&r, "last_failure_at")?))).transpose()
}

/// One more failure under `key` at `now`; counts older than `forget_before` start over.
pub async fn failed(db: &Db, key: &str, now: i64, forget_before: i64) -> Result<(), crate::domain::error::AppError> {
    sqlx::query(
        "INSERT INTO throttle (key, failures, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
            failures = CASE WHEN throttle.last_failure_at < $3 THEN 1 ELSE throttle.failures + 1 END,
            last_failure_at = $2",
    )
    .bind(key)
    .bind(now)
    .bind(forget_before)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(())
}

/// Counts for made-up e-mails and passing addresses are not kept past their use; called now
/// and then by the server, not on every failure (a burst would sweep the table each time).
pub async fn forget_before(db: &Db, before: i64) -> Result<u64, crate::domain::error::AppError> {
    let done = sqlx::query("DELETE FROM throttle WHERE last_failure_at < $1").bind(before).execute(&mut *db.write_conn().await?).await.map_err(internal)?;
    Ok(done.rows_affected())
}

pub async fn clear(db: &Db, key: &str) -> Result<(), crate::domain::error::AppError> {
    sqlx::query("DELETE FROM throttle WHERE key = $1").bind(key).execute(&mut *db.write_conn().await?).await.map_err(internal)?;
    Ok(())
}
