//! Storage. One set of queries serves SQLite (the embedded default) and PostgreSQL (chosen by
//! a `postgres://` DATABASE_URL) through sqlx's `Any` driver: `$n` placeholders, BIGINT
//! instants, TEXT dates. The rest of the app never knows which engine it talks to.
pub mod absences;
pub mod notes;
pub mod placements;
pub mod punches;
pub mod reports;
pub mod session_store;
pub mod shifts;
pub mod time_entries;
pub mod users;

use std::path::Path;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};

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
            options = options.max_connections(4).after_connect(|conn, _meta| {
                Box::pin(async move {
                    // WAL: readers never block the writer; busy_timeout rides out short locks.
                    conn.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
                        .await?;
                    Ok(())
                })
            });
        } else {
            options = options.max_connections(16);
        }
        let pool = options.connect(&url).await.map_err(DbSetupError::Connect)?;
        Ok(Db { pool, engine })
    }

    pub async fn migrate(&self) -> Result<(), DbSetupError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.map_err(DbSetupError::Migrate)
    }
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

/// Logs the detail of a storage failure and gives the caller a plain internal error.
pub fn internal(err: sqlx::Error) -> AppError {
    tracing::error!(error = %err, "database error");
    AppError::Internal
}

pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// ` AND <column> IN ('a', 'b')` for statuses taken from an enum (never from input text, so
/// inlining is safe); empty when there is no filter.
pub(crate) fn status_in(column: &str, statuses: &[&str]) -> String {
    if statuses.is_empty() {
        return String::new();
    }
    let list: Vec<String> = statuses.iter().map(|s| format!("'{s}'")).collect();
    format!(" AND {column} IN ({})", list.join(", "))
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
