//! Storage. One set of queries serves SQLite (the embedded default) and PostgreSQL (chosen by
//! a `postgres://` DATABASE_URL) through sqlx's `Any` driver: `$n` placeholders, BIGINT
//! instants, TEXT dates. The rest of the app never knows which engine it talks to.
pub mod absences;
pub mod audit;
pub mod citizens;
pub(crate) mod clause;
pub mod companies;
pub mod goals;
pub mod invites;
pub mod notes;
pub mod openings;
pub mod placements;
pub mod punches;
pub mod reports;
pub mod session_store;
pub mod shifts;
pub mod social_enterprises;
pub mod throttle;
pub mod timeline;
pub mod time_entries;
pub mod users;

use std::path::Path;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use std::sync::Arc;

use sqlx::{AnyConnection, AnyPool, Executor};

use crate::domain::error::AppError;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

pub const DEFAULT_SQLITE_URL: &str = "sqlite://data/fodfaeste.db";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub engine: Engine,
    /// SQLite only: whose turn it is to write (see [`Db::write_turn`]).
    writes: Option<Arc<tokio::sync::Mutex<()>>>,
    /// How long logins last: the session store and the per-request lookup
    /// (`session_store::user_of`) both move a login's deadline by them.
    session_limits: crate::domain::session::Limits,
    /// Audit lines waiting for their group commit ([`audit`]).
    audit: Arc<audit::Group>,
    /// Set on a copy made by [`Db::on_one_connection`]: every read of the copy runs on this connection.
    held: Option<Arc<tokio::sync::Mutex<sqlx::pool::PoolConnection<sqlx::Any>>>>,
}

/// The connection one read statement runs on: `.fetch_one(&mut *db.reader().await?)`.
pub enum Reader<'a> {
    /// Taken from the pool for this statement, given back after it.
    Pooled(sqlx::pool::PoolConnection<sqlx::Any>),
    /// The one a reading copy holds ([`Db::on_one_connection`]).
    Held(tokio::sync::MutexGuard<'a, sqlx::pool::PoolConnection<sqlx::Any>>),
}

impl std::ops::Deref for Reader<'_> {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            Reader::Pooled(c) => c,
            Reader::Held(c) => c,
        }
    }
}

impl std::ops::DerefMut for Reader<'_> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            Reader::Pooled(c) => c,
            Reader::Held(c) => c,
        }
    }
}

/// A connection to write on that holds its turn (SQLite): a transaction ([`WriteTx`],
/// [`Db::begin_write`]) or a pool connection for one statement ([`WriteConn`],
/// [`Db::write_conn`]). It is used as the connection it wraps; the turn passes on when it
/// is dropped.
pub struct Write<C> {
    conn: C,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

/// Ends with `commit`, or rolls back when dropped.
pub type WriteTx = Write<sqlx::Transaction<'static, sqlx::Any>>;
pub type WriteConn = Write<sqlx::pool::PoolConnection<sqlx::Any>>;

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.conn.commit().await
    }
}

impl<C: std::ops::DerefMut<Target = AnyConnection>> std::ops::Deref for Write<C> {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.conn
    }
}

impl<C: std::ops::DerefMut<Target = AnyConnection>> std::ops::DerefMut for Write<C> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.conn
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbSetupError {
    #[error("DATABASE_URL must start with sqlite: or postgres:, got {0:?}")]
    UnsupportedUrl(String),
    #[error("could not create the data directory {0}: {1}")]
    DataDir(String, std::io::Error),
    #[error("could not connect to the database: {0}")]
    Connect(sqlx::Error),
    #[error("could not migrate the database: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("could not let the users table hold managers: {0}")]
    RebuildUsers(sqlx::Error),
    #[error("could not date the time entries from before migration 0008: {0}")]
    WorkDays(sqlx::Error),
    #[error("could not hash the calendar tokens from before migration 0011: {0}")]
    CalendarTokens(sqlx::Error),
}

impl Db {
    /// Connects to `url`, or to the SQLite file under `data/` when none is given.
    pub async fn connect(url: Option<&str>) -> Result<Db, DbSetupError> {
        sqlx::any::install_default_drivers();
        let url = url.filter(|u| !u.trim().is_empty()).unwrap_or(DEFAULT_SQLITE_URL);
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Engine::Postgres
        } else {
            return Err(DbSetupError::UnsupportedUrl(url.to_string()));
        };
        let url = match engine {
            Engine::Sqlite => sqlite_url_with_create(url)?,
            Engine::Postgres => url.to_string(),
        };
        let mut options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        if engine == Engine::Sqlite {
            // sqlx pings a pooled connection before every use by default. A SQLite connection
            // lives in this process and cannot be closed from the other end, and each ping was
            // a round trip to its worker thread: as many as the statements themselves.
            options = options.max_connections(4).test_before_acquire(false).after_connect(|conn, _meta| {
                Box::pin(async move {
                    // WAL: readers never block the writer; busy_timeout rides out short locks.
                    // FULL: an answered write survives a power cut, not only a killed process.
                    conn.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
                        .await?;
                    Ok(())
                })
            });
        } else {
            // The default ping before every use was one more round trip per statement. A
            // connection in steady use is known alive; one idle a while may have been cut (a
            // database restart, a balancer's idle timeout), so it is pinged and, if dead,
            // replaced before a request gets it.
            options = options
                .max_connections(16)
                .test_before_acquire(false)
                .before_acquire(|conn, meta| {
                    Box::pin(async move {
                        if meta.idle_for > Duration::from_secs(2) {
                            sqlx::Connection::ping(conn).await?;
                        }
                        Ok(true)
                    })
                })
                .after_connect(|conn, _meta| {
                    Box::pin(async move {
                        // Statements stay prepared with their plans; those whose plan depends
                        // on their values are made with `planned_for_its_values`.
                        // A request waits for a row lock 15 s at most and never leaves a
                        // transaction open: a stuck request fails instead of hanging the others.
                        conn.execute("SET lock_timeout = '15s'").await?;
                        conn.execute("SET idle_in_transaction_session_timeout = '60s'").await?;
                        Ok(())
                    })
                });
        }
        let pool = options.connect(&url).await.map_err(DbSetupError::Connect)?;
        let writes = (engine == Engine::Sqlite).then(|| Arc::new(tokio::sync::Mutex::new(())));
        Ok(Db { pool, engine, writes, session_limits: Default::default(), audit: Default::default(), held: None })
    }

    /// This handle with the server's login limits (FODFAESTE_SESSION_*).
    pub fn with_session_limits(mut self, limits: crate::domain::session::Limits) -> Db {
        self.session_limits = limits;
        self
    }

    pub fn session_limits(&self) -> crate::domain::session::Limits {
        self.session_limits
    }

    /// Waits for this process's turn to write. SQLite lets one connection write at a time,
    /// and a connection that finds the lock taken sleeps and retries (1 ms, 2, 5, … up to
    /// 100 ms per try) with no queue, so under 16 writers at once some waited 120 ms and more.
    /// Turns are given in arrival order instead, and no write meets the lock. Taken before a
    /// connection, so waiting writers leave the pool's connections to readers; never taken
    /// twice by one task. PostgreSQL locks rows and needs no turn (`None`).
    pub async fn write_turn(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        match &self.writes {
            Some(m) => Some(m.clone().lock_owned().await),
            None => None,
        }
    }

    /// The connection for one read statement: the held one of a reading copy, else one from
    /// the pool for this statement alone.
    pub async fn reader(&self) -> Result<Reader<'_>, AppError> {
        match &self.held {
            Some(held) => Ok(Reader::Held(held.lock().await)),
            None => self.pool.acquire().await.map(Reader::Pooled).map_err(internal),
        }
    }

    /// A copy of this handle whose reads all run on one connection, for a page's loader that
    /// reads several times. sqlx pings a connection each time it goes back to the pool: one
    /// more hop to SQLite's worker thread, one more round trip to PostgreSQL. Read one by one,
    /// each statement paid for two (under perf, the pings' wake-ups were a tenth of I dag's CPU).
    /// The copy may not write ([`Db::write_conn`], [`Db::begin_write`] refuse): a write would
    /// take a second connection while this one is held, and loaders holding all of the pool's
    /// could wait on each other.
    pub async fn on_one_connection(&self) -> Result<Db, AppError> {
        let conn = self.pool.acquire().await.map_err(internal)?;
        Ok(Db { held: Some(Arc::new(tokio::sync::Mutex::new(conn))), ..self.clone() })
    }

    fn refuse_write_while_reading(&self) -> Result<(), AppError> {
        match self.held {
            Some(_) => {
                tracing::error!("a write through a reading copy of the database handle (Db::on_one_connection)");
                Err(AppError::Internal)
            }
            None => Ok(()),
        }
    }

    /// A connection for a single write statement, on this process's turn to write
    /// ([`Db::write_turn`]): `.execute(&mut *db.write_conn().await?)`.
    pub async fn write_conn(&self) -> Result<WriteConn, AppError> {
        self.refuse_write_while_reading()?;
        let turn = self.write_turn().await;
        let conn = self.pool.acquire().await.map_err(internal)?;
        Ok(Write { conn, _turn: turn })
    }

    /// A write transaction, begun on this process's turn to write ([`Db::write_turn`]).
    pub async fn begin_write(&self) -> Result<WriteTx, AppError> {
        self.refuse_write_while_reading()?;
        let turn = self.write_turn().await;
        let tx = self.pool.begin().await.map_err(internal)?;
        Ok(Write { conn: tx, _turn: turn })
    }

    pub async fn migrate(&self) -> Result<(), DbSetupError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.map_err(DbSetupError::Migrate)?;
        if self.engine == Engine::Sqlite {
            admit_manager_role_sqlite(&self.pool).await.map_err(DbSetupError::RebuildUsers)?;
        }
        backfill_work_days(&self.pool).await.map_err(DbSetupError::WorkDays)?;
        users::hash_plain_calendar_tokens(&self.pool).await.map_err(DbSetupError::CalendarTokens)
    }
}

/// Entries written before migration 0008 get their Copenhagen date, which the database
/// cannot work out itself; setting it fires the triggers that add them to the approved-hours
/// sums. Done in batches, once: afterwards no entry lacks it and this is one quick query.
async fn backfill_work_days(pool: &AnyPool) -> Result<(), sqlx::Error> {
    use sqlx::Row;
    loop {
        let rows = sqlx::query("SELECT id, starts_at FROM time_entries WHERE work_day IS NULL ORDER BY id LIMIT 5000")
            .fetch_all(pool)
            .await?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = pool.begin().await?;
        for r in &rows {
            let starts_at = chrono::DateTime::from_timestamp(r.try_get::<i64, _>(1)?, 0)
                .ok_or_else(|| sqlx::Error::Protocol("a time entry starts outside chrono's range".into()))?;
            sqlx::query("UPDATE time_entries SET work_day = $1 WHERE id = $2")
                .bind(time_entries::work_day(starts_at))
                .bind(r.try_get::<i64, _>(0)?)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
}

/// SQLite cannot alter a CHECK constraint, so the users table is rebuilt once to admit the
/// manager role, the way SQLite's documentation prescribes: foreign keys off, copy into a
/// new table, swap, recreate the indexes, check every foreign key, commit.
async fn admit_manager_role_sqlite(pool: &AnyPool) -> Result<(), sqlx::Error> {
    const OLD: &str = "'caseworker', 'admin'))";
    const NEW: &str = "'caseworker', 'admin', 'manager'))";
    let mut conn = pool.acquire().await?;
    let table: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'")
        .fetch_one(&mut *conn)
        .await?;
    if table.contains(NEW) {
        return Ok(());
    }
    if !table.contains(OLD) || !table.starts_with("CREATE TABLE users (") {
        return Err(sqlx::Error::Protocol("users table is not the one migration 0001 made".into()));
    }
    let indexes: Vec<String> =
        sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'users' AND sql IS NOT NULL")
            .fetch_all(&mut *conn)
            .await?;
    let rebuilt = table.replacen("CREATE TABLE users (", "CREATE TABLE users_new (", 1).replacen(OLD, NEW, 1);
    conn.execute("PRAGMA foreign_keys = OFF").await?;
    let swapped = async {
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        tx.execute(rebuilt.as_str()).await?;
        tx.execute("INSERT INTO users_new SELECT * FROM users").await?;
        tx.execute("DROP TABLE users").await?;
        tx.execute("ALTER TABLE users_new RENAME TO users").await?;
        for index in &indexes {
            tx.execute(index.as_str()).await?;
        }
        let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *tx).await?;
        if !broken.is_empty() {
            return Err(sqlx::Error::Protocol(format!("{} foreign keys broken by the users rebuild", broken.len())));
        }
        tx.commit().await
    }
    .await;
    conn.execute("PRAGMA foreign_keys = ON").await?;
    swapped
}

/// Makes sure the file's directory exists and that SQLite may create the file.
fn sqlite_url_with_create(url: &str) -> Result<String, DbSetupError> {
    let rest = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbSetupError::DataDir(dir.display().to_string(), e))?;
        }
    }
    let query = if query.contains("mode=") {
        query.to_string()
    } else if query.is_empty() {
        "mode=rwc".to_string()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

/// A sum over the time entries of a period of any length, whose best plan depends on the
/// values it runs with. On PostgreSQL it is not kept prepared, so each run is planned for its
/// values: kept, it switched after five runs to a generic plan that cannot see the period, and
/// the monthly report went from 0.1 s to 5 s. Every other statement stays prepared with its
/// plan: planning all of them on every run was more than half of a page's time on PostgreSQL.
/// SQLite has no generic plans, so there it stays prepared too.
pub(crate) fn planned_for_its_values<'q>(db: &Db, sql: &'q str) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    sqlx::query(sql).persistent(db.engine == Engine::Sqlite)
}

/// A database error as the caller sees it: [`AppError::Unavailable`] (503, try again) when
/// the database cannot be reached or is briefly busy, which no request could avoid;
/// [`AppError::Internal`] (500) for anything else, a fault of ours.
pub fn internal(err: sqlx::Error) -> AppError {
    if is_unavailable(&err) {
        tracing::warn!(error = %err, "database unavailable");
        AppError::Unavailable
    } else {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|c| unavailable_code(&c)),
        _ => false,
    }
}

/// PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (shutting down, starting
/// up); SQLite's BUSY with its extended codes, after the busy timeout ran out (LOCKED arises
/// only within one connection's shared cache, which the pool does not use).
fn unavailable_code(code: &str) -> bool {
    (code.starts_with("08") && code != "08P01") || code.starts_with("57P") || matches!(code, "5" | "261" | "517" | "773")
}

pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// `<column> IN ('a', 'b')` for statuses taken from an enum (never from input text, so
/// inlining is safe); none when there is no filter.
pub(crate) fn status_in(column: &str, statuses: &[&str]) -> Option<String> {
    (!statuses.is_empty()).then(|| in_list(column, statuses.iter().copied()))
}

/// `<column> IN (…)` over the approved statuses. `EntryStatus::APPROVED` is an array of fixed,
/// non-zero length, so the list is never empty and the condition needs no `Option`.
pub(crate) fn approved_in(column: &str) -> String {
    in_list(column, crate::domain::time_entry::EntryStatus::APPROVED.iter().map(|s| s.as_str()))
}

/// The quoting of both: the codes are the enums' own constants, never user input.
fn in_list<'a>(column: &str, codes: impl Iterator<Item = &'a str>) -> String {
    let list: Vec<String> = codes.map(|c| format!("'{c}'")).collect();
    format!("{column} IN ({})", list.join(", "))
}

/// A stored `YYYY-MM-DD` date; anything else in the column is a storage fault.
pub(crate) fn parse_day(s: &str) -> Result<chrono::NaiveDate, AppError> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| AppError::Internal)
}

/// How a secret (an invitation or calendar token, a session id) is stored: its SHA-256 in hex.
/// The secrets are 128+ random bits, so a fast hash is enough; a leaked table holds no key.
pub fn secret_hash(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(secret.trim().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub fn now_ts() -> i64 {
    chrono::Utc::now().timestamp()
}

pub(crate) fn ts(secs: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// Reads a column, turning a type mismatch into a logged internal error.
pub(crate) fn col<'r, T>(row: &'r AnyRow, name: &str) -> Result<T, AppError>
where
    T: sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    use sqlx::Row;
    row.try_get(name).map_err(internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_conditions_quote_the_codes_and_no_filter_is_none() {
        assert_eq!(approved_in("te.status"), "te.status IN ('confirmed', 'locked')");
        assert_eq!(status_in("status", &["submitted"]).as_deref(), Some("status IN ('submitted')"));
        assert_eq!(status_in("status", &[]), None);
    }

    #[test]
    fn an_unreachable_database_is_unavailable_and_anything_else_internal() {
        assert_eq!(internal(sqlx::Error::PoolTimedOut), AppError::Unavailable);
        assert_eq!(internal(sqlx::Error::PoolClosed), AppError::Unavailable);
        assert_eq!(internal(sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionReset))), AppError::Unavailable);
        assert_eq!(internal(sqlx::Error::RowNotFound), AppError::Internal);
        assert_eq!(internal(sqlx::Error::Protocol("bad message".into())), AppError::Internal);
        // admin_shutdown, cannot_connect_now, connection_failure; SQLite BUSY and BUSY_TIMEOUT.
        for code in ["57P01", "57P03", "08006", "5", "773"] {
            assert!(unavailable_code(code), "{code}");
        }
        // query_canceled, protocol_violation, unique_violation; SQLite CONSTRAINT_UNIQUE and
        // LOCKED (shared cache only).
        for code in ["57014", "08P01", "23505", "2067", "6"] {
            assert!(!unavailable_code(code), "{code}");
        }
    }
}
