//! Absence notices from the citizen, and who may read them.
use chrono::{Duration, NaiveTime, Utc};

use crate::db::absences::{self as store, Covers, NewAbsence};
use crate::db::{shifts, users, Db};
use crate::domain::absence::{self, AbsenceKind};
use crate::domain::access::{self, Actor, SelfService};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::local_time;
use crate::domain::models::AbsenceView;
use crate::domain::shift::ShiftStatus;
use crate::domain::time_entry;

use crate::domain::idempotency::Request;

use super::idempotency::Key;

pub enum AbsenceRequest {
    /// "Jeg er syg" from `from` to `to` (Copenhagen dates, as typed).
    Sick { from: String, to: String },
    /// "Jeg kan ikke komme" to one planned shift.
    Shift { shift_id: i64 },
}

/// The notice and whether this call stored it (false: the client id was seen before, with
/// the same request).
pub async fn report(db: &Db, actor: &Actor, req: AbsenceRequest, note: Option<&str>, client_id: Option<&str>) -> Result<(AbsenceView, bool), AppError> {
    access::authorize_self_service(actor, SelfService::ReportAbsence)?;
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note {
        time_entry::check_text(n, Field::Note)?;
    }
    // Read as typed first: a resend is recognised by what it says, before today's rules.
    let sick_days = match &req {
        AbsenceRequest::Sick { from, to } => {
            let from = local_time::parse_date(from, Field::FromDate)?;
            // One day is the common case: an empty "to" means the same day.
            let to = if to.trim().is_empty() { from } else { local_time::parse_date(to, Field::ToDate)? };
            Some((from, to))
        }
        AbsenceRequest::Shift { .. } => None,
    };
    let request = match (&req, sick_days) {
        (AbsenceRequest::Shift { shift_id }, _) => Request::ReportCannotCome { shift_id: *shift_id, note },
        (_, Some((from, to))) => Request::ReportSick { from, to, note },
        (AbsenceRequest::Sick { .. }, None) => return Err(AppError::Internal),
    };
    let key = Key::new(client_id, &request)?;
    if let Some(k) = &key {
        if let Some((seen, stored)) = store::find_by_client_id(db, actor.user_id, &k.client_id).await? {
            k.replay(stored.as_deref())?;
            return Ok((seen, false));
        }
    }
    let citizen_id = users::citizen_of(db, actor).await?.ok_or(AppError::NotFound)?;
    let today = local_time::local_date(Utc::now());
    let (kind, from, to, shift_id, covers) = match (req, sick_days) {
        (AbsenceRequest::Sick { .. }, Some((from, to))) => {
            absence::validate_range(from, to, today)?;
            // A second tap or a second phone: the days are reported already.
            if store::sick_days_overlap(db, citizen_id, &from.to_string(), &to.to_string()).await? {
                return Err(AppError::invalid(Rule::AlreadyReported, Field::FromDate));
            }
            let at = |d: chrono::NaiveDate| local_time::to_utc(d.and_time(NaiveTime::MIN), Field::FromDate);
            let span = Covers::Span(at(from)?, at(to + Duration::days(1))?);
            (AbsenceKind::Sick, from, to, None, span)
        }
        (AbsenceRequest::Shift { shift_id }, _) => {
            let (shift, owner) = shifts::get(db, access::visibility(actor), shift_id).await?.ok_or(AppError::NotFound)?;
            if owner != citizen_id {
                return Err(AppError::NotFound);
            }
            if shift.status != ShiftStatus::Planned || shift.ends_at <= Utc::now() {
                return Err(AppError::invalid(Rule::ShiftNotPlanned, Field::ShiftId));
            }
            let day = local_time::local_date(shift.starts_at);
            (AbsenceKind::Other, day, day, Some(shift_id), Covers::Shift(shift_id))
        }
        (AbsenceRequest::Sick { .. }, None) => return Err(AppError::Internal),
    };
    let (from_s, to_s) = (from.format("%Y-%m-%d").to_string(), to.format("%Y-%m-%d").to_string());
    let new = NewAbsence {
        municipality_id: actor.municipality_id,
        citizen_id,
        kind,
        from_date: &from_s,
        to_date: &to_s,
        note,
        shift_id,
        client_id: key.as_ref().map(|k| k.client_id.as_str()),
        client_fingerprint: key.as_ref().map(|k| k.fingerprint.as_str()),
        created_by: actor.user_id,
    };
    let stored = store::insert(db, new, covers).await?;
    let view = match (stored, &key) {
        (_, Some(k)) => {
            let (view, fingerprint) = store::find_by_client_id(db, actor.user_id, &k.client_id).await?.ok_or(AppError::Internal)?;
            // Lost a race with a send of the same key: only the same request may share it.
            k.replay(fingerprint.as_deref())?;
            view
        }
        (Some(id), None) => list(db, actor, &from_s).await?.into_iter().find(|a| a.id == id).ok_or(AppError::Internal)?,
        (None, None) => return Err(AppError::Internal),
    };
    if stored.is_some() {
        crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(citizen_id), crate::domain::audit::Action::AbsenceCreate, &format!("absence:{}", view.id)).await?;
    }
    Ok((view, stored.is_some()))
}

/// Notices that reach `from_date` or later, as the actor may read them.
pub async fn list(db: &Db, actor: &Actor, from_date: &str) -> Result<Vec<AbsenceView>, AppError> {
    let with_note = access::sees_absence_notes(actor);
    let notices = store::list(db, access::visibility(actor), from_date, with_note, 500).await?;
    super::audit::read(db, actor, notices.iter().map(|n| n.citizen_id), crate::domain::audit::Action::AbsenceList, "absences").await?;
    Ok(notices)
}
