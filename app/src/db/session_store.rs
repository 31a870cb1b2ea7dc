//! Login sessions live in the database (tower-sessions records), so any app server behind a
//! load balancer can answer any request. A row is found by the SHA-256 of the session id and
//! names its user, so all of a user's logins can be listed and ended; an ended login is a
//! deleted row, and nothing brings it back. How long a login lasts is domain/session.rs.
use async_trait::async_trait;
use sqlx::Row;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;

use super::{is_unique_violation, now_ts, secret_hash, Db};
use crate::domain::error::AppError;
use crate::domain::access::Actor;
use crate::domain::models::Me;
use crate::domain::session::{Browser, Device, LoginView, Os, Profile};

/// The record's keys the store reads (service/auth.rs writes them at login).
pub const USER_KEY: &str = "uid";
pub const PROFILE_KEY: &str = "profile";
pub const DEVICE_KEY: &str = "device";

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

/// The stored name of a session: never its id, which is the cookie.
pub fn handle(id: &Id) -> String {
    secret_hash(&id.to_string())
}

/// What a record says about its login.
struct Meta {
    user_id: Option<i64>,
    profile: Profile,
    device: Device,
}

impl Meta {
    fn of(record: &Record) -> Meta {
        let get = |k: &str| record.data.get(k).cloned();
        Meta {
            user_id: get(USER_KEY).and_then(|v| v.as_i64()),
            // A record without a profile gets the shorter limits.
            profile: get(PROFILE_KEY).and_then(|v| serde_json::from_value(v).ok()).unwrap_or(Profile::Desk),
            device: get(DEVICE_KEY).and_then(|v| serde_json::from_value(v).ok()).unwrap_or_default(),
        }
    }
}

impl DbSessionStore {
    /// The store keeps logins by `db`'s limits ([`Db::with_session_limits`]).
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }

    /// A connection for one write, on the process's turn to write (`Db::write_turn`).
    async fn writer(&self) -> Result<crate::db::WriteConn> {
        self.db.write_conn().await.map_err(app_backend)
    }

    /// Drops expired sessions; called now and then by the server.
    pub async fn delete_expired(&self) -> Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now_ts())
            .execute(&mut *self.writer().await?)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }
}

fn backend(e: sqlx::Error) -> Error {
    Error::Backend(e.to_string())
}

/// The store's error for a failure that came through the app's storage helpers.
fn app_backend(e: AppError) -> Error {
    Error::Backend(format!("{e:?}"))
}

fn encode(record: &Record) -> Result<String> {
    serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))
}

/// `expires_at` after a use at `$2`: the earlier of the idle deadline and the absolute end
/// (`$3` idle seconds, `$4` absolute seconds), from the row's own start.
const DEADLINE_SQL: &str = "CASE WHEN created_at + $4 < $2 + $3 THEN created_at + $4 ELSE $2 + $3 END";

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        let data = encode(record)?;
        let meta = Meta::of(record);
        let now = now_ts();
        let expires_at = self.db.session_limits().of(meta.profile).deadline(now, now);
        // A new id on the (astronomically rare) collision, never an overwrite of another session.
        loop {
            let res = sqlx::query(
                "INSERT INTO sessions (id_hash, user_id, profile, data, created_at, last_seen_at, expires_at, browser, os)
                 VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8)",
            )
            .bind(handle(&record.id))
            .bind(meta.user_id)
            .bind(meta.profile.as_str())
            .bind(&data)
            .bind(now)
            .bind(expires_at)
            .bind(meta.device.browser.as_str())
            .bind(meta.device.os.as_str())
            .execute(&mut *self.writer().await?)
            .await;
            match res {
                Ok(_) => return Ok(()),
                Err(e) if is_unique_violation(&e) => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
    }

    /// Only ever updates: a session ended meanwhile (another device's "log out everywhere",
    /// a deactivation) stays ended even when a request it began finishes after.
    async fn save(&self, record: &Record) -> Result<()> {
        let meta = Meta::of(record);
        let life = self.db.session_limits().of(meta.profile);
        let sql = format!(
            "UPDATE sessions SET data = $5, user_id = $6, profile = $7, last_seen_at = $2, expires_at = {DEADLINE_SQL}
             WHERE id_hash = $1 AND expires_at > $2"
        );
        sqlx::query(&sql)
            .bind(handle(&record.id))
            .bind(now_ts())
            .bind(life.idle)
            .bind(life.absolute)
            .bind(encode(record)?)
            .bind(meta.user_id)
            .bind(meta.profile.as_str())
            .execute(&mut *self.writer().await?)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let now = now_ts();
        let key = handle(id);
        let row = sqlx::query("SELECT data, profile, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2")
            .bind(&key)
            .bind(now)
            .fetch_optional(&self.db.pool)
            .await
            .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let data: String = row.try_get("data").map_err(backend)?;
        let profile: String = row.try_get("profile").map_err(backend)?;
        let created_at: i64 = row.try_get("created_at").map_err(backend)?;
        let last_seen_at: i64 = row.try_get("last_seen_at").map_err(backend)?;
        let mut expires_at: i64 = row.try_get("expires_at").map_err(backend)?;
        if let Some(moved) = touch(&self.db, &key, &profile, created_at, last_seen_at, now).await.map_err(app_backend)? {
            expires_at = moved;
        }
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(expires_at).map_err(|e| Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(handle(id))
            .execute(&mut *self.writer().await?)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// Use moves a login's idle deadline, written at most once a minute rather than on every
/// request; the new deadline when it was written.
async fn touch(db: &Db, key: &str, profile: &str, created_at: i64, last_seen_at: i64, now: i64) -> std::result::Result<Option<i64>, AppError> {
    let life = db.session_limits().of(Profile::parse(profile).unwrap_or(Profile::Desk));
    if now - last_seen_at < life.touch_after() {
        return Ok(None);
    }
    let sql = format!("UPDATE sessions SET last_seen_at = $2, expires_at = {DEADLINE_SQL} WHERE id_hash = $1 AND expires_at > $2");
    sqlx::query(&sql).bind(key).bind(now).bind(life.idle).bind(life.absolute).execute(&mut *db.write_conn().await?).await.map_err(super::internal)?;
    Ok(Some(life.deadline(created_at, now)))
}

/// The active user a session cookie's login belongs to, in one statement with the login
/// itself: every request asks this first, and the store's `load` (the record's data, then
/// the user) took two. Moves the login's deadline as `load` does. It reads what is stored,
/// so a session changed earlier in the same request is seen as it was.
pub async fn user_of(db: &Db, id: &Id) -> std::result::Result<Option<(Actor, Me)>, AppError> {
    use super::users::{actor_columns, actor_joins};
    let now = now_ts();
    let key = handle(id);
    let row = sqlx::query(concat!(
        "SELECT s.profile AS session_profile, s.created_at AS session_created_at, s.last_seen_at AS session_last_seen_at, ",
        actor_columns!(),
        " FROM sessions s JOIN users u ON u.id = s.user_id",
        actor_joins!(),
        "WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.is_active = 1"
    ))
    .bind(&key)
    .bind(now)
    .fetch_optional(&mut *db.reader().await?)
    .await
    .map_err(super::internal)?;
    let Some(row) = row else { return Ok(None) };
    let profile: String = super::col(&row, "session_profile")?;
    touch(db, &key, &profile, super::col(&row, "session_created_at")?, super::col(&row, "session_last_seen_at")?, now).await?;
    super::users::actor_and_me_of(&row).map(Some)
}

/// The user's logins that still work, newest use first; `this` is the asking session's handle.
pub async fn list_for_user(db: &Db, user_id: i64, this: Option<&str>) -> std::result::Result<Vec<LoginView>, AppError> {
    let rows = sqlx::query(
        "SELECT id_hash, browser, os, created_at, last_seen_at FROM sessions
         WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen_at DESC, created_at DESC",
    )
    .bind(user_id)
    .bind(now_ts())
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(super::internal)?;
    rows.iter()
        .map(|r| {
            let handle: String = super::col(r, "id_hash")?;
            Ok(LoginView {
                this_device: this == Some(handle.as_str()),
                handle,
                device: Device { browser: Browser::parse(&super::col::<String>(r, "browser")?), os: Os::parse(&super::col::<String>(r, "os")?) },
                created_at: super::col(r, "created_at")?,
                last_seen_at: super::col(r, "last_seen_at")?,
            })
        })
        .collect()
}

/// Ends every login of `user_id` but `keep` (a handle); the number ended. Takes any executor,
/// so a password or role change ends the logins in its own transaction.
pub async fn end_for_user<'e, E>(exec: E, user_id: i64, keep: Option<&str>) -> std::result::Result<u64, AppError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(exec)
        .await
        .map_err(super::internal)?;
    Ok(done.rows_affected())
}

/// Ends one of the user's logins; false when it is not theirs or already gone.
pub async fn end_one(db: &Db, user_id: i64, handle: &str) -> std::result::Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash = $2")
        .bind(user_id)
        .bind(handle)
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(super::internal)?;
    Ok(done.rows_affected() == 1)
}
