//! What the citizen's pages show, assembled from the same checked queries as the API.
use std::collections::HashMap;

use chrono::{Duration, NaiveDate, Utc};

use crate::db::time_entries::{self as entries_store, EntryFilter};
use crate::db::{placements, punches, shifts, users, Db};
use crate::domain::access::{self, Actor, Overview};
use crate::domain::error::AppError;
use crate::domain::hours;
use crate::domain::local_time;
use crate::domain::models::{CitizenAbsence, CitizenHours, CitizenPlan, CitizenToday};
use crate::domain::period::{Period, PeriodKind};
use crate::domain::shift::ShiftStatus;

fn as_of_da() -> String {
    let now = Utc::now();
    format!("{} kl. {}", local_time::local_date(now).format("%d-%m-%Y"), local_time::format_local_time(now))
}

async fn citizen_id(db: &Db, actor: &Actor) -> Result<i64, AppError> {
    access::authorize_overview(actor, Overview::Citizen)?;
    users::citizen_of_user(db, actor.user_id).await?.ok_or(AppError::NotFound)
}

pub async fn today(db: &Db, actor: &Actor) -> Result<CitizenToday, AppError> {
    let citizen_id = citizen_id(db, actor).await?;
    let vis = access::visibility(actor);
    let now = Utc::now();
    let placements: Vec<_> = placements::list_visible(db, vis).await?.into_iter().filter(|p| p.status == "active").collect();
    // The shift going on now, else the next one: the one to punch in for.
    let next_shift = shifts::list(
        db,
        vis,
        &shifts::ShiftFilter { from: Some(now), to: Some(now + Duration::days(31)), statuses: vec![ShiftStatus::Planned], limit: 1, ..Default::default() },
    )
    .await?
    .into_iter()
    .next();
    let open_punch = punches::open_of_citizen(db, citizen_id).await?;
    let recent = entries_store::list(db, vis, &EntryFilter { from: Some(now - Duration::days(14)), limit: 5, ..Default::default() }).await?;
    Ok(CitizenToday {
        placements,
        next_shift,
        open_punch,
        today: local_time::local_date(now).format("%Y-%m-%d").to_string(),
        recent,
        as_of_da: as_of_da(),
    })
}

/// One week or month of the citizen's entries with its sums. `day` picks the period; none
/// means the current one.
pub async fn hours(db: &Db, actor: &Actor, kind: PeriodKind, day: Option<NaiveDate>) -> Result<CitizenHours, AppError> {
    citizen_id(db, actor).await?;
    let vis = access::visibility(actor);
    let period = Period::containing(kind, day.unwrap_or_else(|| local_time::local_date(Utc::now())));
    let (from, to) = period.instants();
    let entries = entries_store::list(db, vis, &EntryFilter { from: Some(from), to: Some(to), limit: 1000, ..Default::default() }).await?;
    let wages: HashMap<i64, Option<i64>> = placements::list_visible(db, vis).await?.into_iter().map(|p| (p.id, p.hourly_wage_ore)).collect();
    let totals = hours::totals(entries.iter().map(|e| (e.status, e.worked_minutes, wages.get(&e.placement_id).copied().flatten())));
    let paid = wages.values().any(|w| w.is_some());
    Ok(CitizenHours { label: period.label_da(), period, entries, totals, paid, as_of_da: as_of_da() })
}

/// The next four weeks of shifts.
pub async fn plan(db: &Db, actor: &Actor) -> Result<CitizenPlan, AppError> {
    citizen_id(db, actor).await?;
    let now = Utc::now();
    let shifts = shifts::list(
        db,
        access::visibility(actor),
        &shifts::ShiftFilter { from: Some(now), to: Some(now + Duration::days(28)), limit: 500, ..Default::default() },
    )
    .await?;
    let calendar_path = super::shifts::current_calendar_path(db, actor).await?;
    Ok(CitizenPlan { shifts, calendar_path, as_of_da: as_of_da() })
}

pub async fn absence(db: &Db, actor: &Actor) -> Result<CitizenAbsence, AppError> {
    citizen_id(db, actor).await?;
    let now = Utc::now();
    let today = local_time::local_date(now);
    let from = (today - Duration::days(30)).format("%Y-%m-%d").to_string();
    let absences = super::absences::list(db, actor, &from).await?;
    let upcoming_shifts = shifts::list(
        db,
        access::visibility(actor),
        &shifts::ShiftFilter { from: Some(now), to: Some(now + Duration::days(28)), statuses: vec![ShiftStatus::Planned], limit: 100, ..Default::default() },
    )
    .await?;
    Ok(CitizenAbsence { absences, upcoming_shifts, today: today.format("%Y-%m-%d").to_string() })
}
