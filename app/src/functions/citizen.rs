//! The citizen's server functions. Fields arrive as typed; parsing and rules are the core's.
//! Those under `/api/outbox/` are idempotent by their `client_id`: the service worker may
//! keep them while offline and send them later, perhaps twice.
use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::{CitizenAbsence, CitizenHours, CitizenPlan, CitizenToday, Saved};

#[cfg(feature = "ssr")]
mod parse {
    use chrono::{DateTime, Utc};

    use crate::domain::error::{AppError, Field, Rule};

    pub fn id(raw: &str, field: Field) -> Result<i64, AppError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(AppError::invalid(Rule::Required, field));
        }
        raw.parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, field))
    }

    /// The phone's instant of a tap (RFC 3339), if it sent one.
    pub fn instant(raw: &str) -> Result<Option<DateTime<Utc>>, AppError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        DateTime::parse_from_rfc3339(raw)
            .map(|t| Some(t.with_timezone(&Utc)))
            .map_err(|_| AppError::invalid(Rule::InvalidTimestamp, Field::At))
    }
}

#[server]
pub async fn load_citizen_today() -> Result<CitizenToday, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::citizen::today(&db, &actor).await
}

/// A manual registration from the phone form.
#[server(endpoint = "outbox/register_hours")]
pub async fn register_hours(
    placement_id: String,
    date: String,
    start: String,
    end: String,
    break_minutes: String,
    note: String,
    client_id: String,
    overnight: Option<String>,
) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    use crate::domain::time_entry::{times_from_local_form, EntrySource};
    use crate::service::time_entries::{register, NewTimeEntry};

    let (db, actor, _) = super::ctx::outbox_actor().await?;
    let placement_id = parse::id(&placement_id, Field::PlacementId)?;
    let times = times_from_local_form(&date, &start, &end, &break_minutes, overnight.is_some())?;
    let input = NewTimeEntry { placement_id, times, note: Some(note), client_id: Some(client_id), source: EntrySource::Manual };
    register(&db, &actor, input).await.map(|(entry, _)| Saved { id: entry.id })
}

#[server(endpoint = "outbox/punch_in")]
pub async fn punch_in(placement_id: String, client_id: String, at: String) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    let (db, actor, _) = super::ctx::outbox_actor().await?;
    let placement_id = parse::id(&placement_id, Field::PlacementId)?;
    crate::service::punches::punch_in(&db, &actor, placement_id, parse::instant(&at)?, Some(&client_id)).await.map(|p| Saved { id: p.id })
}

#[server(endpoint = "outbox/punch_out")]
pub async fn punch_out(client_id: String, at: String, break_minutes: String, note: String) -> Result<Saved, AppError> {
    use crate::domain::time_entry::parse_break_minutes;
    let (db, actor, _) = super::ctx::outbox_actor().await?;
    let break_minutes = parse_break_minutes(&break_minutes)?;
    crate::service::punches::punch_out(&db, &actor, parse::instant(&at)?, break_minutes, Some(note), Some(&client_id)).await.map(|e| Saved { id: e.id })
}

#[server]
pub async fn cancel_punch() -> Result<(), AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::punches::cancel(&db, &actor).await
}

/// `view`: "uge" or "maaned"; `date`: any day of the period (empty: today).
#[server]
pub async fn load_citizen_hours(view: String, date: String) -> Result<CitizenHours, AppError> {
    use crate::domain::error::Field;
    use crate::domain::period::PeriodKind;
    let (db, actor, _) = super::ctx::actor().await?;
    let kind = PeriodKind::parse(view.trim()).unwrap_or(PeriodKind::Week);
    // A mistyped date in a shared link shows the current period rather than an error page.
    let day = crate::domain::local_time::parse_date(&date, Field::Date).ok();
    crate::service::citizen::hours(&db, &actor, kind, day).await
}

#[server]
pub async fn update_hours(
    id: String,
    date: String,
    start: String,
    end: String,
    break_minutes: String,
    note: String,
    overnight: Option<String>,
) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    use crate::domain::time_entry::times_from_local_form;
    let (db, actor, _) = super::ctx::actor().await?;
    let id = parse::id(&id, Field::Body)?;
    let times = times_from_local_form(&date, &start, &end, &break_minutes, overnight.is_some())?;
    crate::service::time_entries::update(&db, &actor, id, times, Some(note)).await.map(|e| Saved { id: e.id })
}

#[server]
pub async fn withdraw_hours(id: String) -> Result<(), AppError> {
    use crate::domain::error::Field;
    let (db, actor, _) = super::ctx::actor().await?;
    let id = parse::id(&id, Field::Body)?;
    crate::service::time_entries::withdraw(&db, &actor, id).await
}

#[server]
pub async fn load_citizen_plan() -> Result<CitizenPlan, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::citizen::plan(&db, &actor).await
}

/// A new private calendar address (the old one stops working).
#[server]
pub async fn renew_calendar_link() -> Result<String, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::shifts::renew_calendar(&db, &actor).await
}

#[server]
pub async fn load_citizen_absence() -> Result<CitizenAbsence, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::citizen::absence(&db, &actor).await
}

#[server(endpoint = "outbox/report_sick")]
pub async fn report_sick(from_date: String, to_date: String, note: String, client_id: String) -> Result<Saved, AppError> {
    use crate::service::absences::{report, AbsenceRequest};
    let (db, actor, _) = super::ctx::outbox_actor().await?;
    report(&db, &actor, AbsenceRequest::Sick { from: from_date, to: to_date }, Some(&note), Some(&client_id)).await.map(|(a, _)| Saved { id: a.id })
}

#[server(endpoint = "outbox/report_cannot_come")]
pub async fn report_cannot_come(shift_id: String, note: String, client_id: String) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    use crate::service::absences::{report, AbsenceRequest};
    let (db, actor, _) = super::ctx::outbox_actor().await?;
    let shift_id = parse::id(&shift_id, Field::ShiftId)?;
    report(&db, &actor, AbsenceRequest::Shift { shift_id }, Some(&note), Some(&client_id)).await.map(|(a, _)| Saved { id: a.id })
}
