//! The audit log's storage: lines written by every read of a citizen's data and every
//! change, read back for the citizen ("Hvem har set mine oplysninger") and for admins.
//!
//! Lines that are not part of a change's own transaction are committed in groups: every
//! desk page writes lines before it answers, and one commit (on SQLite a write turn and an
//! fsync) per page view capped the desk pages at the rate of durable writes. Concurrent
//! requests hand their lines to one drain task, which commits all that are waiting in one
//! transaction and then answers each request; a request still answers only after its lines
//! are stored.
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

use crate::domain::audit::{entry_subject, Action, AuditFilter, AuditLine};
use crate::domain::error::AppError;
use crate::domain::role::Role;

use super::{col, internal, now_ts, Db};

// The column list every writer shares; a macro so that each statement stays one literal.
macro_rules! insert_into {
    () => {
        "INSERT INTO audit_events (municipality_id, actor_user_id, citizen_id, action, subject, at) "
    };
}

/// One line waiting for its commit.
struct Line {
    municipality_id: i64,
    actor: i64,
    citizen_id: Option<i64>,
    action: Action,
    subject: Arc<str>,
    at: i64,
}

struct Waiting {
    lines: Vec<Line>,
    answer: oneshot::Sender<Result<(), AppError>>,
}

#[derive(Default)]
struct Queue {
    waiting: Vec<Waiting>,
    /// A drain task is running and will take what is in `waiting`.
    draining: bool,
}

/// The lines waiting for the next group commit ([`Db`] holds one per pool).
#[derive(Default)]
pub(crate) struct Group {
    queue: Mutex<Queue>,
}

impl std::fmt::Debug for Group {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("audit::Group")
    }
}

impl Group {
    fn queue(&self) -> std::sync::MutexGuard<'_, Queue> {
        // The lock guards plain data and no code under it can panic halfway; a poisoned one is
        // still consistent.
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Hands `lines` to the group commit and waits until they are stored.
async fn store(db: &Db, lines: Vec<Line>) -> Result<(), AppError> {
    if lines.is_empty() {
        return Ok(());
    }
    let (answer, stored) = oneshot::channel();
    let start = {
        let mut queue = db.audit.queue();
        queue.waiting.push(Waiting { lines, answer });
        !std::mem::replace(&mut queue.draining, true)
    };
    if start {
        // A task of its own: a request that goes away mid-commit (its client hung up) must
        // not take the other requests' lines with it.
        tokio::spawn(drain(db.clone()));
    }
    stored.await.map_err(|_| AppError::Internal)?
}

/// Ends `draining` if the drain task is dropped before it empties the queue (the runtime
/// shutting down); those waiting then get an error instead of waiting for ever.
struct DrainGuard {
    group: Arc<Group>,
    finished: bool,
}

impl Drop for DrainGuard {
    fn drop(&mut self) {
        if !self.finished {
            let mut queue = self.group.queue();
            queue.draining = false;
            queue.waiting.clear();
        }
    }
}

async fn drain(db: Db) {
    let mut guard = DrainGuard { group: db.audit.clone(), finished: false };
    loop {
        let batch = {
            let mut queue = db.audit.queue();
            if queue.waiting.is_empty() {
                queue.draining = false;
                guard.finished = true;
                return;
            }
            std::mem::take(&mut queue.waiting)
        };
        match insert(&db, batch.iter().flat_map(|w| &w.lines)).await {
            Ok(()) => {
                for w in batch {
                    let _ = w.answer.send(Ok(()));
                }
            }
            // One request's line the database refused must not fail the others: each on its own.
            Err(Fault::Refused) if batch.len() > 1 => {
                for w in batch {
                    let done = insert(&db, w.lines.iter()).await.map_err(|_| AppError::Internal);
                    let _ = w.answer.send(done);
                }
            }
            // The store itself failed: trying again line by line would only make everyone wait.
            Err(_) => {
                for w in batch {
                    let _ = w.answer.send(Err(AppError::Internal));
                }
            }
        }
    }
}

/// Why a commit failed.
#[derive(Debug)]
enum Fault {
    /// The database refused a line (a constraint): the fault of the request it came with.
    Refused,
    /// The store failed (connection, disk, lock): the fault of no line.
    Store,
}

impl From<sqlx::Error> for Fault {
    fn from(err: sqlx::Error) -> Fault {
        let refused = matches!(&err, sqlx::Error::Database(d) if !matches!(d.kind(), sqlx::error::ErrorKind::Other));
        internal(err); // logged
        if refused { Fault::Refused } else { Fault::Store }
    }
}

/// SQLite's oldest limit is 999 bound values a statement; 6 a line.
const LINES_PER_STATEMENT: usize = 150;

async fn insert<'a>(db: &Db, lines: impl Iterator<Item = &'a Line>) -> Result<(), Fault> {
    let lines: Vec<&Line> = lines.collect();
    let mut tx = db.begin_write().await.map_err(|_| Fault::Store)?;
    for chunk in lines.chunks(LINES_PER_STATEMENT) {
        let values: Vec<String> = (0..chunk.len()).map(|i| {
            let p = i * 6;
            format!("(${}, ${}, ${}, ${}, ${}, ${})", p + 1, p + 2, p + 3, p + 4, p + 5, p + 6)
        }).collect();
        let sql = format!(concat!(insert_into!(), "VALUES {}"), values.join(", "));
        // Statements of every length would crowd the connection's statement cache.
        let mut query = sqlx::query(&sql).persistent(chunk.len() == 1);
        for l in chunk {
            query = query.bind(l.municipality_id).bind(l.actor).bind(l.citizen_id).bind(l.action.as_str()).bind(&*l.subject).bind(l.at);
        }
        query.execute(&mut *tx).await?;
    }
    Ok(tx.commit().await?)
}

/// One line.
pub async fn write(db: &Db, municipality_id: i64, actor: i64, citizen_id: Option<i64>, action: Action, subject: &str) -> Result<(), AppError> {
    store(db, vec![Line { municipality_id, actor, citizen_id, action, subject: subject.into(), at: now_ts() }]).await
}

/// One line about a time entry, against its citizen, in the caller's transaction: it is
/// stored with the change it tells of, or not at all, and costs no commit of its own.
pub async fn write_about_entry(conn: &mut sqlx::AnyConnection, municipality_id: i64, actor: i64, entry_id: i64, action: Action, at: i64) -> Result<(), AppError> {
    sqlx::query(concat!(insert_into!(), "SELECT $1, $2, citizen_id, $3, $4, $5 FROM time_entries WHERE id = $6"))
        .bind(municipality_id)
        .bind(actor)
        .bind(action.as_str())
        .bind(entry_subject(entry_id))
        .bind(at)
        .bind(entry_id)
        .execute(conn)
        .await
        .map_err(internal)?;
    Ok(())
}

/// One line per citizen, committed together.
pub async fn write_many(db: &Db, municipality_id: i64, actor: i64, citizen_ids: &[i64], action: Action, subject: &str) -> Result<(), AppError> {
    let at = now_ts();
    let subject: Arc<str> = subject.into();
    let lines = citizen_ids.iter().map(|&c| Line { municipality_id, actor, citizen_id: Some(c), action, subject: subject.clone(), at }).collect();
    store(db, lines).await
}

const LINE_SQL: &str = "SELECT a.at, a.actor_user_id, u.display_name AS actor_name, u.role AS actor_role,
        COALESCE(co.name, mu.name) AS organisation, a.action, a.citizen_id, c.name AS citizen_name, a.subject
     FROM audit_events a
     LEFT JOIN users u ON u.id = a.actor_user_id
     LEFT JOIN companies co ON co.id = u.company_id
     LEFT JOIN municipalities mu ON mu.id = u.municipality_id
     LEFT JOIN citizens c ON c.id = a.citizen_id";

fn line(r: &sqlx::any::AnyRow) -> Result<Option<AuditLine>, AppError> {
    let code: String = col(r, "action")?;
    // A code from an older release that no longer exists is left out, not a failure.
    let Some(action) = Action::parse(&code) else { return Ok(None) };
    let role: Option<String> = col(r, "actor_role")?;
    Ok(Some(AuditLine {
        at: col(r, "at")?,
        actor_user_id: col(r, "actor_user_id")?,
        actor_name: col(r, "actor_name")?,
        actor_role: role.as_deref().and_then(Role::parse),
        organisation: col(r, "organisation")?,
        action,
        citizen_id: col(r, "citizen_id")?,
        citizen_name: col(r, "citizen_name")?,
        subject: col(r, "subject")?,
    }))
}

/// Lines about a citizen written by anyone but the citizen's own login, newest first.
pub async fn about_citizen(db: &Db, municipality_id: i64, citizen_id: i64, own_user_id: i64, limit: i64) -> Result<Vec<AuditLine>, AppError> {
    let sql = format!(
        "{LINE_SQL} WHERE a.municipality_id = $1 AND a.citizen_id = $2 AND (a.actor_user_id IS NULL OR a.actor_user_id <> $3)
         ORDER BY a.at DESC, a.id DESC LIMIT $4"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(citizen_id).bind(own_user_id).bind(limit).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    Ok(rows.iter().map(line).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

/// The admin's view: the municipality's lines matching `filter`, newest first. `from`/`to`
/// are instants (seconds), the day bounds already turned into Copenhagen instants.
pub async fn search(db: &Db, municipality_id: i64, filter: &AuditFilter, from: Option<i64>, to: Option<i64>) -> Result<Vec<AuditLine>, AppError> {
    let sql = format!(
        "{LINE_SQL} WHERE a.municipality_id = $1
           AND ($2 = 0 OR a.citizen_id = $2)
           AND ($3 = 0 OR a.actor_user_id = $3)
           AND ($4 = '' OR a.action = $4)
           AND a.at >= $5 AND a.at < $6
         ORDER BY a.at DESC, a.id DESC LIMIT $7"
    );
    let rows = sqlx::query(&sql)
        .bind(municipality_id)
        .bind(filter.citizen_id.unwrap_or(0))
        .bind(filter.actor_user_id.unwrap_or(0))
        .bind(filter.action.map(Action::as_str).unwrap_or(""))
        .bind(from.unwrap_or(i64::MIN / 2))
        .bind(to.unwrap_or(i64::MAX / 2))
        .bind(filter.limit as i64)
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(rows.iter().map(line).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

/// Drops lines older than `before`; the number dropped.
pub async fn forget_before(db: &Db, before: i64) -> Result<u64, AppError> {
    let done = sqlx::query("DELETE FROM audit_events WHERE at < $1").bind(before).execute(&mut *db.write_conn().await?).await.map_err(internal)?;
    Ok(done.rows_affected())
}
