//! The rows behind a citizen's timeline, newest first and bounded per kind.
use crate::domain::error::AppError;
use crate::domain::time_entry::{Change, EntryTimes};
use crate::domain::timeline::{TimelineEvent, TimelineItem, TimelineKind, LIMIT};

use super::{col, internal, ts, Db};

fn item(at: i64, kind: TimelineKind, event: TimelineEvent) -> TimelineItem {
    TimelineItem { at: ts(at), kind, event, text: String::new() }
}

pub async fn for_citizen(db: &Db, municipality_id: i64, citizen_id: i64) -> Result<Vec<TimelineItem>, AppError> {
    let mut out = Vec::new();
    let limit = LIMIT as i64;
    let rows = sqlx::query(
        "SELECT p.created_at, p.starts_on, p.ends_on, p.ended_on, p.outcome, p.updated_at, o.title, co.name AS company_name
         FROM placements p JOIN openings o ON o.id = p.opening_id JOIN companies co ON co.id = p.company_id
         WHERE p.citizen_id = $1 AND p.municipality_id = $2 ORDER BY p.created_at DESC LIMIT $3",
    )
    .bind(citizen_id)
    .bind(municipality_id)
    .bind(limit)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    for r in &rows {
        let title: String = col(r, "title")?;
        let company: String = col(r, "company_name")?;
        let starts_on: String = col(r, "starts_on")?;
        let created = TimelineEvent::PlacementCreated { title: title.clone(), company: company.clone(), starts_on };
        out.push(item(col(r, "created_at")?, TimelineKind::Placement, created));
        let ended: Option<String> = col(r, "ended_on")?;
        let outcome: Option<String> = col(r, "outcome")?;
        if let (Some(ended_on), Some(at)) = (ended, col::<Option<i64>>(r, "updated_at")?) {
            let outcome = outcome.as_deref().and_then(crate::domain::placement::Outcome::parse);
            out.push(item(at, TimelineKind::Placement, TimelineEvent::PlacementEnded { title, company, ended_on, outcome }));
        }
    }
    let rows = sqlx::query(
        "SELECT h.changed_at, h.action, h.reason, h.auto_minutes, h.auto_shift, e.starts_at, e.ends_at, e.break_minutes, u.display_name
         FROM time_entry_history h JOIN time_entries e ON e.id = h.time_entry_id JOIN users u ON u.id = h.changed_by
         WHERE e.citizen_id = $1 AND h.municipality_id = $2 ORDER BY h.changed_at DESC LIMIT $3",
    )
    .bind(citizen_id)
    .bind(municipality_id)
    .bind(limit)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    for r in &rows {
        let action: String = col(r, "action")?;
        let (s, e): (i64, i64) = (col(r, "starts_at")?, col(r, "ends_at")?);
        let reason: Option<String> = col(r, "reason")?;
        let by: String = col(r, "display_name")?;
        let kind = if Change::parse(&action) == Some(Change::Submitted) { TimelineKind::Entry } else { TimelineKind::Change };
        out.push(item(col(r, "changed_at")?, kind, TimelineEvent::Hours {
            action,
            starts_at: ts(s),
            ends_at: ts(e),
            worked_minutes: EntryTimes { starts_at: ts(s), ends_at: ts(e), break_minutes: col(r, "break_minutes")? }.worked_minutes(),
            by,
            reason,
            auto_rule: super::time_entries::auto_rule(r)?,
        }));
    }
    let rows = sqlx::query(
        "SELECT created_at, kind, from_date, to_date, note FROM absences WHERE citizen_id = $1 AND municipality_id = $2
         ORDER BY created_at DESC LIMIT $3",
    )
    .bind(citizen_id)
    .bind(municipality_id)
    .bind(limit)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    for r in &rows {
        let kind: String = col(r, "kind")?;
        let kind = crate::domain::absence::AbsenceKind::parse(&kind);
        let (from_date, to_date): (String, String) = (col(r, "from_date")?, col(r, "to_date")?);
        let note: Option<String> = col(r, "note")?;
        out.push(item(col(r, "created_at")?, TimelineKind::Absence, TimelineEvent::Absence { kind, from_date, to_date, note }));
    }
    let rows = sqlx::query(
        "SELECT n.created_at, n.body, n.visibility, u.display_name FROM follow_up_notes n
         JOIN placements p ON p.id = n.placement_id JOIN users u ON u.id = n.author_user_id
         WHERE p.citizen_id = $1 AND n.municipality_id = $2 ORDER BY n.created_at DESC LIMIT $3",
    )
    .bind(citizen_id)
    .bind(municipality_id)
    .bind(limit)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    for r in &rows {
        let author: String = col(r, "display_name")?;
        let body: String = col(r, "body")?;
        let caseworkers_only = col::<String>(r, "visibility")? == "caseworkers";
        out.push(item(col(r, "created_at")?, TimelineKind::Note, TimelineEvent::Note { author, body, caseworkers_only }));
    }
    Ok(out)
}
