use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;

use crate::domain::access::{PlacementParties, Visibility};
use crate::domain::audit::Action;
use crate::domain::error::AppError;
use crate::domain::models::{AutoRule, EntryChange, EntrySnapshot, TimeEntryView};
use crate::domain::time_entry::{Change, EntrySource, EntryStatus, EntryTimes};

use super::placements::visible;
use super::{col, internal, now_ts, ts, Db};

const SELECT_VIEW: &str = "SELECT e.id, e.placement_id, e.citizen_id, c.name AS citizen_name, co.name AS company_name,
        e.starts_at, e.ends_at, e.break_minutes, e.note, e.source, e.status, e.reject_reason, e.reject_code,
        e.client_id, du.display_name AS decided_by_name, e.correction_reason, e.auto_confirmed,
        p.municipality_id, c.user_id AS citizen_user_id, p.mentor_user_id
    FROM time_entries e
    JOIN placements p ON p.id = e.placement_id
    JOIN citizens c ON c.id = e.citizen_id
    JOIN companies co ON co.id = p.company_id
    LEFT JOIN users du ON du.id = e.decided_by";

fn view(r: &AnyRow) -> Result<(TimeEntryView, PlacementParties), AppError> {
    let starts_at = ts(col(r, "starts_at")?);
    let ends_at = ts(col(r, "ends_at")?);
    let break_minutes: i64 = col(r, "break_minutes")?;
    let source: String = col(r, "source")?;
    let status: String = col(r, "status")?;
    let times = EntryTimes { starts_at, ends_at, break_minutes };
    let entry = TimeEntryView {
        id: col(r, "id")?,
        placement_id: col(r, "placement_id")?,
        citizen_id: col(r, "citizen_id")?,
        citizen_name: col(r, "citizen_name")?,
        company_name: col(r, "company_name")?,
        starts_at,
        ends_at,
        break_minutes,
        worked_minutes: times.worked_minutes(),
        note: col(r, "note")?,
        source: EntrySource::parse(&source).ok_or(AppError::Internal)?,
        status: EntryStatus::parse(&status).ok_or(AppError::Internal)?,
        reject_reason: col(r, "reject_reason")?,
        reject_code: col::<Option<String>>(r, "reject_code")?.as_deref().and_then(crate::domain::time_entry::RejectCode::parse),
        client_id: col(r, "client_id")?,
        decided_by: col(r, "decided_by_name")?,
        correction_reason: col(r, "correction_reason")?,
        auto_confirmed: col::<i64>(r, "auto_confirmed")? != 0,
    };
    let parties = PlacementParties {
        municipality_id: col(r, "municipality_id")?,
        citizen_user_id: col(r, "citizen_user_id")?,
        mentor_user_id: col(r, "mentor_user_id")?,
    };
    Ok((entry, parties))
}

pub async fn get(db: &Db, id: i64) -> Result<Option<(TimeEntryView, PlacementParties)>, AppError> {
    let sql = format!("{SELECT_VIEW} WHERE e.id = $1 AND e.withdrawn_at IS NULL");
    let row = sqlx::query(&sql).bind(id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(view).transpose()
}

/// The entry a client id made, with the fingerprint of the request it came with.
pub async fn find_by_client_id(db: &Db, created_by: i64, client_id: &str) -> Result<Option<(i64, Option<String>)>, AppError> {
    let row = sqlx::query("SELECT id, client_fingerprint FROM time_entries WHERE created_by = $1 AND client_id = $2")
        .bind(created_by)
        .bind(client_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| Ok((col(&r, "id")?, col(&r, "client_fingerprint")?))).transpose()
}

pub struct NewEntry<'a> {
    pub municipality_id: i64,
    pub placement_id: i64,
    pub citizen_id: i64,
    pub times: EntryTimes,
    pub note: Option<&'a str>,
    pub source: EntrySource,
    pub client_id: Option<&'a str>,
    pub client_fingerprint: Option<&'a str>,
    pub created_by: i64,
}

/// The citizen's counting periods near an entry and the municipality's closed months, as the
/// rules need them before an insert.
pub type RuleCheck<'a> = dyn FnOnce(&[(DateTime<Utc>, DateTime<Utc>)], &[String]) -> Result<(), AppError> + Send + 'a;

/// Checks and inserts the entry, its first history line and its audit line in one
/// transaction that holds the citizen's row lock, so two registrations of one citizen cannot
/// both pass the overlap rule. A unique violation on (created_by, client_id) comes back as `Ok(None)`: the same
/// registration arrived twice.
pub async fn insert_checked(db: &Db, e: NewEntry<'_>, check: Box<RuleCheck<'_>>) -> Result<Option<i64>, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    lock_citizen(&mut tx, e.citizen_id).await?;
    // A send of the same key that held the lock before us has made its entry: ours is a
    // resend, which its own entry must not refuse as an overlap.
    if let Some(client_id) = e.client_id {
        let seen = sqlx::query("SELECT id FROM time_entries WHERE created_by = $1 AND client_id = $2")
            .bind(e.created_by)
            .bind(client_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(internal)?;
        if seen.is_some() {
            return Ok(None);
        }
    }
    let (others, locked) = rule_inputs(&mut tx, e.citizen_id, e.municipality_id, &e.times, 0).await?;
    check(&others, &locked)?;
    let inserted = sqlx::query(
        "INSERT INTO time_entries (municipality_id, placement_id, citizen_id, starts_at, ends_at,
            break_minutes, note, source, client_id, status, created_by, created_at, updated_at, work_day, client_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'submitted', $10, $11, $11, $12, $13) RETURNING id",
    )
    .bind(e.municipality_id)
    .bind(e.placement_id)
    .bind(e.citizen_id)
    .bind(e.times.starts_at.timestamp())
    .bind(e.times.ends_at.timestamp())
    .bind(e.times.break_minutes)
    .bind(e.note)
    .bind(e.source.as_str())
    .bind(e.client_id)
    .bind(e.created_by)
    .bind(now)
    .bind(work_day(e.times.starts_at))
    .bind(e.client_fingerprint)
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match inserted {
        Ok(row) => col(&row, "id")?,
        Err(err) if super::is_unique_violation(&err) => return Ok(None),
        Err(err) => return Err(internal(err)),
    };
    let after = serde_json::json!({
        "starts_at": e.times.starts_at, "ends_at": e.times.ends_at,
        "break_minutes": e.times.break_minutes, "note": e.note, "status": "submitted",
    });
    history(&mut tx, e.municipality_id, id, e.created_by, now, Change::Submitted, None, Some(after), Why::None).await?;
    tx.commit().await.map_err(internal)?;
    Ok(Some(id))
}

/// Under the citizen's lock: the citizen's counting entries near `times` (except
/// `except_id`) and the municipality's closed months.
async fn rule_inputs(
    tx: &mut sqlx::AnyConnection,
    citizen_id: i64,
    municipality_id: i64,
    times: &EntryTimes,
    except_id: i64,
) -> Result<(Vec<(DateTime<Utc>, DateTime<Utc>)>, Vec<String>), AppError> {
    let rows = sqlx::query(
        "SELECT starts_at, ends_at FROM time_entries
         WHERE citizen_id = $1 AND status <> 'rejected' AND withdrawn_at IS NULL AND starts_at < $3 AND ends_at > $2 AND id <> $4",
    )
    .bind(citizen_id)
    .bind(times.starts_at.timestamp())
    .bind(times.ends_at.timestamp())
    .bind(except_id)
    .fetch_all(&mut *tx)
    .await
    .map_err(internal)?;
    let others = rows
        .iter()
        .map(|r| Ok((ts(col(r, "starts_at")?), ts(col(r, "ends_at")?))))
        .collect::<Result<Vec<_>, AppError>>()?;
    let locked = sqlx::query("SELECT month FROM locked_months WHERE municipality_id = $1")
        .bind(municipality_id)
        .fetch_all(&mut *tx)
        .await
        .map_err(internal)?
        .iter()
        .map(|r| col(r, "month"))
        .collect::<Result<Vec<String>, AppError>>()?;
    Ok((others, locked))
}

pub(crate) async fn lock_citizen(tx: &mut sqlx::AnyConnection, citizen_id: i64) -> Result<(), AppError> {
    // A write first: PostgreSQL locks the citizen's row, SQLite takes its write lock.
    sqlx::query("UPDATE citizens SET name = name WHERE id = $1")
        .bind(citizen_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    Ok(())
}

fn snapshot(t: &EntryTimes, note: Option<&str>) -> serde_json::Value {
    serde_json::json!({
        "starts_at": t.starts_at, "ends_at": t.ends_at, "break_minutes": t.break_minutes, "note": note,
    })
}

/// A transaction holding the citizen's lock in which `times` for `entry_id` passed the rules.
async fn checked_change<'c>(
    db: &Db,
    municipality_id: i64,
    citizen_id: i64,
    entry_id: i64,
    times: &EntryTimes,
    check: Box<RuleCheck<'c>>,
) -> Result<super::WriteTx, AppError> {
    let mut tx = db.begin_write().await?;
    lock_citizen(&mut tx, citizen_id).await?;
    let (others, locked) = rule_inputs(&mut tx, citizen_id, municipality_id, times, entry_id).await?;
    check(&others, &locked)?;
    Ok(tx)
}

/// The citizen's change of a waiting entry, checked under the citizen's lock like an
/// insert. `Ok(false)`: it was decided (or withdrawn) in the meantime.
#[allow(clippy::too_many_arguments)]
pub async fn update_checked(
    db: &Db,
    municipality_id: i64,
    citizen_id: i64,
    entry_id: i64,
    before: (&EntryTimes, Option<&str>),
    times: &EntryTimes,
    note: Option<&str>,
    by: i64,
    check: Box<RuleCheck<'_>>,
) -> Result<bool, AppError> {
    let now = now_ts();
    let mut tx = checked_change(db, municipality_id, citizen_id, entry_id, times, check).await?;
    let done = sqlx::query(
        "UPDATE time_entries SET starts_at = $1, ends_at = $2, break_minutes = $3, note = $4, updated_at = $5, work_day = $8
         WHERE id = $6 AND municipality_id = $7 AND status = 'submitted' AND withdrawn_at IS NULL",
    )
    .bind(times.starts_at.timestamp())
    .bind(times.ends_at.timestamp())
    .bind(times.break_minutes)
    .bind(note)
    .bind(now)
    .bind(entry_id)
    .bind(municipality_id)
    .bind(work_day(times.starts_at))
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let (bt, bn) = before;
    history(&mut tx, municipality_id, entry_id, by, now, Change::Edited, Some(snapshot(bt, bn)), Some(snapshot(times, note)), Why::None).await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// The citizen takes back a waiting entry. The row stays, hidden, for its history.
pub async fn withdraw(db: &Db, municipality_id: i64, entry_id: i64, by: i64) -> Result<bool, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE time_entries SET withdrawn_at = $1, updated_at = $1
         WHERE id = $2 AND municipality_id = $3 AND status = 'submitted' AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(entry_id)
    .bind(municipality_id)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    history(&mut tx, municipality_id, entry_id, by, now, Change::Withdrawn, None, None, Why::None).await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// Why a change was made: words a person wrote, or the rule that made it.
enum Why<'a> {
    None,
    Said(&'a str),
    Rule(&'a AutoRule),
}

/// One line of the entry's history and, for its citizen, the audit log's line of the change.
#[allow(clippy::too_many_arguments)]
async fn history(
    tx: &mut sqlx::AnyConnection,
    municipality_id: i64,
    entry_id: i64,
    by: i64,
    at: i64,
    change: Change,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    why: Why<'_>,
) -> Result<(), AppError> {
    let (reason, rule) = match why {
        Why::None => (None, None),
        Why::Said(r) => (Some(r), None),
        Why::Rule(rule) => (None, Some(rule)),
    };
    sqlx::query(
        "INSERT INTO time_entry_history (municipality_id, time_entry_id, changed_by, changed_at, action,
            before_json, after_json, reason, auto_minutes, auto_shift) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(municipality_id)
    .bind(entry_id)
    .bind(by)
    .bind(at)
    .bind(change.as_str())
    .bind(before.map(|v| v.to_string()))
    .bind(after.map(|v| v.to_string()))
    .bind(reason)
    .bind(rule.map(|r| r.minutes))
    .bind(rule.map(|r| r.shift.as_str()))
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    // The audit line is stored with the change it tells of, in the same commit, or not at all.
    match Action::of_entry_change(change) {
        Some(action) => super::audit::write_about_entry(tx, municipality_id, by, entry_id, action, at).await,
        None => Ok(()),
    }
}

/// Moves a submitted entry to confirmed or rejected. Returns false when it was no longer
/// submitted (someone else decided first).
pub async fn decide(
    db: &Db,
    municipality_id: i64,
    entry_id: i64,
    by: i64,
    status: EntryStatus,
    reason: Option<&str>,
    code: Option<crate::domain::time_entry::RejectCode>,
) -> Result<bool, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE time_entries SET status = $1, reject_reason = $2, reject_code = $7, decided_by = $3, decided_at = $4, updated_at = $4
         WHERE id = $5 AND municipality_id = $6 AND status = 'submitted'",
    )
    .bind(status.as_str())
    .bind(reason)
    .bind(by)
    .bind(now)
    .bind(entry_id)
    .bind(municipality_id)
    .bind(code.map(|c| c.as_str()))
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    history(
        &mut tx,
        municipality_id,
        entry_id,
        by,
        now,
        Change::decided(status),
        Some(serde_json::json!({ "status": "submitted" })),
        Some(match code {
            Some(c) => serde_json::json!({ "status": status.as_str(), "reject_code": c.as_str() }),
            None => serde_json::json!({ "status": status.as_str() }),
        }),
        reason.map(Why::Said).unwrap_or(Why::None),
    )
    .await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// Confirms, in one transaction, those of `ids` that still wait (the caller has checked that
/// the actor may decide every one of them). Returns the ids it confirmed.
pub async fn confirm_many(db: &Db, municipality_id: i64, ids: &[i64], by: i64) -> Result<Vec<i64>, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    let mut confirmed = Vec::new();
    for &id in ids {
        let done = sqlx::query(
            "UPDATE time_entries SET status = 'confirmed', reject_reason = NULL, decided_by = $1, decided_at = $2, updated_at = $2
             WHERE id = $3 AND municipality_id = $4 AND status = 'submitted' AND withdrawn_at IS NULL",
        )
        .bind(by)
        .bind(now)
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        if done.rows_affected() == 1 {
            let (b, a) = (serde_json::json!({ "status": "submitted" }), serde_json::json!({ "status": "confirmed" }));
            history(&mut tx, municipality_id, id, by, now, Change::Confirmed, Some(b), Some(a), Why::None).await?;
            confirmed.push(id);
        }
    }
    tx.commit().await.map_err(internal)?;
    Ok(confirmed)
}

/// Puts back to waiting those of `ids` that `by` confirmed or rejected at `since` or later
/// (not corrected, not automatic, not locked). Returns the ids it put back.
pub async fn undo_decisions(db: &Db, municipality_id: i64, ids: &[i64], by: i64, since: i64) -> Result<Vec<i64>, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    let mut undone = Vec::new();
    for &id in ids {
        let done = sqlx::query(
            "UPDATE time_entries SET status = 'submitted', reject_reason = NULL, reject_code = NULL, decided_by = NULL, decided_at = NULL, updated_at = $1
             WHERE id = $2 AND municipality_id = $3 AND status IN ('confirmed', 'rejected') AND decided_by = $4 AND decided_at >= $5
               AND correction_reason IS NULL AND auto_confirmed = 0 AND withdrawn_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .bind(municipality_id)
        .bind(by)
        .bind(since)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        if done.rows_affected() == 1 {
            let after = serde_json::json!({ "status": "submitted" });
            history(&mut tx, municipality_id, id, by, now, Change::Undone, None, Some(after), Why::None).await?;
            undone.push(id);
        }
    }
    tx.commit().await.map_err(internal)?;
    Ok(undone)
}

/// Confirms a waiting entry by its placement's rule; `by` is the user whose registration set
/// it off, `rule` what the history shows. False when it was no longer waiting.
pub async fn auto_confirm(db: &Db, municipality_id: i64, entry_id: i64, by: i64, rule: &AutoRule) -> Result<bool, AppError> {
    let now = now_ts();
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE time_entries SET status = 'confirmed', reject_reason = NULL, decided_by = NULL, decided_at = $1,
            updated_at = $1, auto_confirmed = 1
         WHERE id = $2 AND municipality_id = $3 AND status = 'submitted' AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(entry_id)
    .bind(municipality_id)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let (b, a) = (serde_json::json!({ "status": "submitted" }), serde_json::json!({ "status": "confirmed" }));
    history(&mut tx, municipality_id, entry_id, by, now, Change::AutoConfirmed, Some(b), Some(a), Why::Rule(rule)).await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// Entries by id (those not withdrawn), with who stands around each.
pub async fn get_many(db: &Db, ids: &[i64]) -> Result<Vec<(TimeEntryView, PlacementParties)>, AppError> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    // Ids are integers the server parsed, so they go into the statement as text.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!("{SELECT_VIEW} WHERE e.id IN ({list}) AND e.withdrawn_at IS NULL");
    let rows = sqlx::query(&sql).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(view).collect()
}

/// A mentor's or caseworker's correction: new times, checked under the citizen's lock by the
/// same rules as a registration, and the entry confirmed as corrected. `Ok(false)`: it was
/// rejected, locked or withdrawn in the meantime.
#[allow(clippy::too_many_arguments)]
pub async fn correct_checked(
    db: &Db,
    municipality_id: i64,
    citizen_id: i64,
    entry_id: i64,
    before: &EntryTimes,
    times: &EntryTimes,
    reason: &str,
    by: i64,
    check: Box<RuleCheck<'_>>,
) -> Result<bool, AppError> {
    let now = now_ts();
    let mut tx = checked_change(db, municipality_id, citizen_id, entry_id, times, check).await?;
    let prior = prior_decision(&mut tx, entry_id).await?;
    let done = sqlx::query(
        "UPDATE time_entries SET starts_at = $1, ends_at = $2, break_minutes = $3, status = 'confirmed',
            reject_reason = NULL, decided_by = $4, decided_at = $5, updated_at = $5, correction_reason = $8, auto_confirmed = 0,
            work_day = $9
         WHERE id = $6 AND municipality_id = $7 AND status IN ('submitted', 'confirmed') AND withdrawn_at IS NULL",
    )
    .bind(times.starts_at.timestamp())
    .bind(times.ends_at.timestamp())
    .bind(times.break_minutes)
    .bind(by)
    .bind(now)
    .bind(entry_id)
    .bind(municipality_id)
    .bind(reason)
    .bind(work_day(times.starts_at))
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    // The decision the correction replaced rides along in the history, so "Fortryd" can put
    // it back exactly; readers of the history see only the times.
    let mut before_json = times_json(before);
    before_json["prior"] = serde_json::to_value(&prior).map_err(|_| AppError::Internal)?;
    history(&mut tx, municipality_id, entry_id, by, now, Change::Corrected, Some(before_json), Some(times_json(times)), Why::Said(reason)).await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

fn times_json(t: &EntryTimes) -> serde_json::Value {
    serde_json::json!({ "starts_at": t.starts_at, "ends_at": t.ends_at, "break_minutes": t.break_minutes })
}

/// How an entry stood before a correction: waiting, or decided by whom and when.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PriorDecision {
    pub status: String,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
    pub correction_reason: Option<String>,
    pub auto_confirmed: i64,
}

async fn prior_decision(tx: &mut sqlx::AnyConnection, entry_id: i64) -> Result<PriorDecision, AppError> {
    let r = sqlx::query("SELECT status, decided_by, decided_at, correction_reason, auto_confirmed FROM time_entries WHERE id = $1")
        .bind(entry_id)
        .fetch_one(&mut *tx)
        .await
        .map_err(internal)?;
    Ok(PriorDecision {
        status: col(&r, "status")?,
        decided_by: col(&r, "decided_by")?,
        decided_at: col(&r, "decided_at")?,
        correction_reason: col(&r, "correction_reason")?,
        auto_confirmed: col(&r, "auto_confirmed")?,
    })
}

/// The last correction of an entry, when it is the entry's last change and `by` made it at
/// `since` or later: when it was made, the times before it and the decision it replaced.
pub async fn fresh_correction(db: &Db, municipality_id: i64, entry_id: i64, by: i64, since: i64) -> Result<Option<(i64, EntryTimes, PriorDecision)>, AppError> {
    let row = sqlx::query(
        "SELECT changed_by, changed_at, action, before_json FROM time_entry_history
         WHERE municipality_id = $1 AND time_entry_id = $2 ORDER BY changed_at DESC, id DESC LIMIT 1",
    )
    .bind(municipality_id)
    .bind(entry_id)
    .fetch_optional(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    let (changed_by, at, action): (i64, i64, String) = (col(&r, "changed_by")?, col(&r, "changed_at")?, col(&r, "action")?);
    if action != "corrected" || changed_by != by || at < since {
        return Ok(None);
    }
    let before: Option<String> = col(&r, "before_json")?;
    let Some(before) = before.and_then(|j| serde_json::from_str::<serde_json::Value>(&j).ok()) else { return Ok(None) };
    let snapshot: EntrySnapshot = serde_json::from_value(before.clone()).map_err(|_| AppError::Internal)?;
    let (Some(starts_at), Some(ends_at), Some(break_minutes)) = (snapshot.starts_at, snapshot.ends_at, snapshot.break_minutes) else {
        return Ok(None);
    };
    // A correction stored before the prior decision was kept took a waiting entry.
    let prior = before.get("prior").and_then(|p| serde_json::from_value(p.clone()).ok()).unwrap_or(PriorDecision {
        status: EntryStatus::Submitted.as_str().into(),
        ..PriorDecision::default()
    });
    Ok(Some((at, EntryTimes { starts_at, ends_at, break_minutes }, prior)))
}

/// Takes back a correction `by` made at `corrected_at`: the times and the decision before it
/// return, checked under the citizen's lock like any change. `Ok(false)`: the entry changed
/// since.
#[allow(clippy::too_many_arguments)]
pub async fn undo_correction(
    db: &Db,
    municipality_id: i64,
    citizen_id: i64,
    entry_id: i64,
    corrected: (&EntryTimes, i64),
    back: (&EntryTimes, &PriorDecision),
    by: i64,
    check: Box<RuleCheck<'_>>,
) -> Result<bool, AppError> {
    let (now_times, corrected_at) = corrected;
    let (times, prior) = back;
    let now = now_ts();
    let mut tx = checked_change(db, municipality_id, citizen_id, entry_id, times, check).await?;
    let done = sqlx::query(
        "UPDATE time_entries SET starts_at = $1, ends_at = $2, break_minutes = $3, status = $4, decided_by = $5, decided_at = $6,
            correction_reason = $7, auto_confirmed = $8, updated_at = $9, work_day = $10
         WHERE id = $11 AND municipality_id = $12 AND status = 'confirmed' AND decided_by = $13 AND decided_at = $14
           AND correction_reason IS NOT NULL AND withdrawn_at IS NULL",
    )
    .bind(times.starts_at.timestamp())
    .bind(times.ends_at.timestamp())
    .bind(times.break_minutes)
    .bind(&prior.status)
    .bind(prior.decided_by)
    .bind(prior.decided_at)
    .bind(prior.correction_reason.as_deref())
    .bind(prior.auto_confirmed)
    .bind(now)
    .bind(work_day(times.starts_at))
    .bind(entry_id)
    .bind(municipality_id)
    .bind(by)
    .bind(corrected_at)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let mut after = times_json(times);
    after["status"] = serde_json::Value::String(prior.status.clone());
    history(&mut tx, municipality_id, entry_id, by, now, Change::Undone, Some(times_json(now_times)), Some(after), Why::None).await?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// The history lines of the given entries, oldest first, with who made each.
pub async fn history_of(db: &Db, municipality_id: i64, ids: &[i64]) -> Result<Vec<(i64, EntryChange)>, AppError> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    // Ids are integers the server holds, so they go into the statement as text.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT h.time_entry_id, h.changed_at, u.display_name, h.action, h.before_json, h.after_json, h.reason,
                h.auto_minutes, h.auto_shift
         FROM time_entry_history h JOIN users u ON u.id = h.changed_by
         WHERE h.municipality_id = $1 AND h.time_entry_id IN ({list})
         ORDER BY h.changed_at, h.id"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter()
        .map(|r| {
            let parse = |name: &str| -> Result<Option<EntrySnapshot>, AppError> {
                let raw: Option<String> = col(r, name)?;
                Ok(raw.and_then(|j| serde_json::from_str(&j).ok()))
            };
            Ok((
                col(r, "time_entry_id")?,
                EntryChange {
                    at: ts(col(r, "changed_at")?),
                    by_name: col(r, "display_name")?,
                    action: col(r, "action")?,
                    before: parse("before_json")?,
                    after: parse("after_json")?,
                    reason: col(r, "reason")?,
                    auto_rule: auto_rule(r)?,
                },
            ))
        })
        .collect()
}

/// The rule of an automatic confirmation, from a history row that selected its two columns.
pub(crate) fn auto_rule(r: &sqlx::any::AnyRow) -> Result<Option<AutoRule>, AppError> {
    let minutes: Option<i64> = col(r, "auto_minutes")?;
    let shift: Option<String> = col(r, "auto_shift")?;
    Ok(minutes.zip(shift).map(|(minutes, shift)| AutoRule { minutes, shift }))
}

#[derive(Clone, Debug, Default)]
pub struct EntryFilter {
    pub placement_id: Option<i64>,
    pub citizen_id: Option<i64>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub statuses: Vec<EntryStatus>,
    /// Only citizens in this caseworker's caseload.
    pub caseworker_id: Option<i64>,
    pub limit: i64,
}

pub async fn list(db: &Db, v: Visibility, f: &EntryFilter) -> Result<Vec<TimeEntryView>, AppError> {
    let Some((sql, w)) = list_statement(v, f) else { return Ok(vec![]) };
    let rows = w.bind(sqlx::query(&sql)).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(|r| view(r).map(|(e, _)| e)).collect()
}

/// The list's statement for `v` and `f`, with its values; none when `v` sees nothing.
/// `scripts/lib/generic-plans.sql` runs the same texts (a test keeps them equal).
fn list_statement(v: Visibility, f: &EntryFilter) -> Option<(String, super::clause::Clause)> {
    let mut w = visible(v)?;
    // The entry's own municipality beside its placement's lets the database walk the entries'
    // (municipality, start) index newest first and stop at the limit: a caseworker's list
    // without filters took 3.5 s among 20 million entries, a sort of all the municipality's.
    w.and_sql("e.municipality_id = $1 AND e.withdrawn_at IS NULL")
        .and_some("e.placement_id =", f.placement_id)
        .and_some("e.citizen_id =", f.citizen_id)
        .and_some("e.starts_at >=", f.from.map(|t| t.timestamp()))
        .and_some("e.starts_at <", f.to.map(|t| t.timestamp()))
        .and_some("c.caseworker_user_id =", f.caseworker_id)
        .and_in("e.status", &f.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    let limit = w.limit(f.limit);
    Some((format!("{SELECT_VIEW} WHERE {} ORDER BY e.starts_at DESC, e.id DESC LIMIT {limit}", w.sql()), w))
}

pub struct CaseloadCitizen {
    pub citizen_id: i64,
    pub name: String,
    pub placement: Option<String>,
    /// The active placement's kind and agreed end.
    pub kind: Option<String>,
    pub ends_on: Option<chrono::NaiveDate>,
}

/// Citizens of a caseworker (or, for `caseworker_user_id` 0, of the whole municipality).
pub async fn caseload_citizens(db: &Db, municipality_id: i64, caseworker_user_id: i64) -> Result<Vec<CaseloadCitizen>, AppError> {
    let rows = sqlx::query(
        "SELECT c.id, c.name,
            (SELECT co.name || ' – ' || o.title FROM placements p
               JOIN companies co ON co.id = p.company_id JOIN openings o ON o.id = p.opening_id
              WHERE p.citizen_id = c.id AND p.status = 'active' ORDER BY p.starts_on DESC LIMIT 1) AS placement,
            (SELECT o.kind FROM placements p JOIN openings o ON o.id = p.opening_id
              WHERE p.citizen_id = c.id AND p.status = 'active' ORDER BY p.starts_on DESC LIMIT 1) AS kind,
            (SELECT p.ends_on FROM placements p
              WHERE p.citizen_id = c.id AND p.status = 'active' ORDER BY p.starts_on DESC LIMIT 1) AS ends_on
         FROM citizens c
         WHERE c.municipality_id = $1 AND ($2 = 0 OR c.caseworker_user_id = $2)
         ORDER BY c.name",
    )
    .bind(municipality_id)
    .bind(caseworker_user_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    rows.iter()
        .map(|r| {
            let ends_on: Option<String> = col(r, "ends_on")?;
            Ok(CaseloadCitizen {
                citizen_id: col(r, "id")?,
                name: col(r, "name")?,
                placement: col(r, "placement")?,
                kind: col(r, "kind")?,
                ends_on: ends_on.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            })
        })
        .collect()
}


/// The Copenhagen date an entry belongs to, stored beside it: the approved-hours sums are
/// kept per day by triggers, and SQLite cannot tell a time zone.
pub fn work_day(starts_at: chrono::DateTime<chrono::Utc>) -> String {
    crate::domain::local_time::local_date(starts_at).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The scale script's check of PostgreSQL's generic plans (`scripts/lib/generic-plans.sql`)
    /// is only worth its figures while it runs the statements the list writes.
    #[test]
    fn the_generic_plan_check_runs_the_lists_own_statements() {
        let script = include_str!("../../../scripts/lib/generic-plans.sql");
        let statement = |name: &str| {
            let line = script.lines().find(|l| l.starts_with(&format!("PREPARE {name}("))).unwrap_or_else(|| panic!("PREPARE {name} missing"));
            let select = script.lines().find_map(|l| l.strip_prefix("\\set sel '")).and_then(|l| l.strip_suffix('\'')).expect("\\set sel");
            let (_, rest) = line.split_once(" AS :sel ").expect("AS :sel");
            words(&format!("{select} {}", rest.trim_end_matches(';')))
        };
        let t = DateTime::<Utc>::from_timestamp(1_700_000_000, 0);
        let (m, u) = (1, 2);
        let shapes = [
            ("citizen_today", Visibility::OwnAsCitizen { municipality_id: m, user_id: u }, EntryFilter { from: t, to: t, limit: 1000, ..Default::default() }),
            ("all_of_municipality", Visibility::Municipality { municipality_id: m }, EntryFilter { limit: 1000, ..Default::default() }),
            ("mentor_queue", Visibility::Mentored { municipality_id: m, user_id: u }, EntryFilter { statuses: vec![EntryStatus::Submitted], limit: 2000, ..Default::default() }),
            ("caseload", Visibility::Municipality { municipality_id: m }, EntryFilter { from: t, caseworker_id: Some(u), limit: 5000, ..Default::default() }),
            ("municipality_month", Visibility::Municipality { municipality_id: m }, EntryFilter { from: t, to: t, limit: 1000, ..Default::default() }),
        ];
        for (name, v, f) in shapes {
            let (sql, _) = list_statement(v, &f).expect("a visibility that sees");
            assert_eq!(statement(name), words(&sql), "{name}");
        }
        assert!(list_statement(Visibility::Nothing, &EntryFilter::default()).is_none());
    }
}
