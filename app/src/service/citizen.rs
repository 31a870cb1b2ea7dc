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

async fn citizen_id(db: &Db, actor: &Actor) -> Result<i64, AppError> {
    access::authorize_overview(actor, Overview::Citizen)?;
    users::citizen_of(db, actor).await?.ok_or(AppError::NotFound)
}

pub async fn today(db: &Db, actor: &Actor) -> Result<CitizenToday, AppError> {
    // Five or six reads and no write: one connection for all of them (Db::on_one_connection).
    let db = &db.on_one_connection().await?;
    let citizen_id = citizen_id(db, actor).await?;
    let vis = access::visibility(actor);
    let now = Utc::now();
    let all_placements = placements::list_visible(db, vis).await?;
    // An ended placement's hours of this month still count in the month's pay.
    let wages: HashMap<i64, Option<i64>> = all_placements.iter().map(|p| (p.id, p.hourly_wage_ore)).collect();
    let placements: Vec<_> = all_placements.into_iter().filter(|p| p.status == "active").collect();
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

    // Only needed when there is nothing to punch for: then the page says whom to call.
    let caseworker = if placements.is_empty() { crate::db::citizens::caseworker_contact(db, citizen_id).await? } else { None };
    let day = local_time::local_date(now).format("%Y-%m-%d").to_string();
    let sick_today = crate::db::absences::sick_days_overlap(db, citizen_id, &day, &day).await?;
    // One read serves both the last two weeks' entries and the month's sums.
    let (from, to) = Period::containing(PeriodKind::Month, local_time::local_date(now)).instants();
    let recent_from = now - Duration::days(14);
    let read = EntryFilter { from: Some(from.min(recent_from)), to: Some(to.max(now + Duration::days(2))), limit: 1000, ..Default::default() };
    let entries = entries_store::list(db, vis, &read).await?;
    let this_month = entries.iter().filter(|e| e.starts_at >= from && e.starts_at < to);
    let month = hours::totals(this_month.map(|e| (e.placement_id, e.status, e.worked_minutes, wages.get(&e.placement_id).copied().flatten())));
    let recent: Vec<_> = entries.iter().filter(|e| e.starts_at >= recent_from).take(5).cloned().collect();
    let paid = placements.iter().any(|p| p.hourly_wage_ore.is_some());
    Ok(CitizenToday {
        placements,
        caseworker,
        sick_today,
        next_shift,
        open_punch,
        today: local_time::local_date(now).format("%Y-%m-%d").to_string(),
        recent,
        month,
        paid,
        as_of: now,
    })
}

/// One week or month of the citizen's entries with its sums. `day` picks the period; none
/// means the current one.
pub async fn hours(db: &Db, actor: &Actor, kind: PeriodKind, day: Option<NaiveDate>) -> Result<CitizenHours, AppError> {
    let db = &db.on_one_connection().await?;
    citizen_id(db, actor).await?;
    let vis = access::visibility(actor);
    let period = Period::containing(kind, day.unwrap_or_else(|| local_time::local_date(Utc::now())));
    let (from, to) = period.instants();
    let entries = entries_store::list(db, vis, &EntryFilter { from: Some(from), to: Some(to), limit: 1000, ..Default::default() }).await?;
    let wages: HashMap<i64, Option<i64>> = placements::list_visible(db, vis).await?.into_iter().map(|p| (p.id, p.hourly_wage_ore)).collect();
    let totals = hours::totals(entries.iter().map(|e| (e.placement_id, e.status, e.worked_minutes, wages.get(&e.placement_id).copied().flatten())));
    let paid = wages.values().any(|w| w.is_some());
    Ok(CitizenHours { period, entries, totals, paid, as_of: Utc::now() })
}

/// The next four weeks of shifts.
pub async fn plan(db: &Db, actor: &Actor) -> Result<CitizenPlan, AppError> {
    let db = &db.on_one_connection().await?;
    citizen_id(db, actor).await?;
    let now = Utc::now();
    let shifts = shifts::list(
        db,
        access::visibility(actor),
        &shifts::ShiftFilter { from: Some(now), to: Some(now + Duration::days(28)), limit: 500, ..Default::default() },
    )
    .await?;
    let has_calendar = super::shifts::has_calendar(db, actor).await?;
    Ok(CitizenPlan { shifts, has_calendar, as_of: now })
}

pub async fn absence(db: &Db, actor: &Actor) -> Result<CitizenAbsence, AppError> {
    // Only reads: a citizen's reads of their own notices write no audit line.
    let db = &db.on_one_connection().await?;
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

/// "Hent mine data": everything held about the logged-in citizen. The download is itself
/// recorded (for the municipality; the citizen's own list shows what others did).
pub async fn export(db: &Db, actor: &Actor, session: &tower_sessions::Session) -> Result<crate::domain::audit::CitizenExport, AppError> {
    use crate::domain::audit::{Action, CitizenExport, ExportedChange};
    let citizen_id = citizen_id(db, actor).await?;
    let vis = access::visibility(actor);
    let person = crate::db::citizens::get_record(db, actor.municipality_id, citizen_id).await?.ok_or(AppError::NotFound)?;
    let mut placements_held = Vec::new();
    for p in placements::list_visible(db, vis).await? {
        if let Some(r) = placements::get_record(db, actor.municipality_id, p.id).await? {
            placements_held.push(r);
        }
    }
    let placement_ids: Vec<i64> = placements_held.iter().map(|p| p.id).collect();
    let time_entries = entries_store::list(db, vis, &EntryFilter { limit: 1_000_000, ..Default::default() }).await?;
    let entry_ids: Vec<i64> = time_entries.iter().map(|e| e.id).collect();
    let mut time_entry_changes = Vec::new();
    for chunk in entry_ids.chunks(500) {
        time_entry_changes.extend(entries_store::history_of(db, actor.municipality_id, chunk).await?.into_iter().map(|(time_entry_id, change)| ExportedChange { time_entry_id, change }));
    }
    let absences = crate::db::absences::list(db, vis, "0000-01-01", true, 1_000_000).await?;
    let shifts = shifts::list(db, vis, &shifts::ShiftFilter { limit: 1_000_000, ..Default::default() }).await?;
    let notes = crate::db::notes::list(db, actor.municipality_id, &placement_ids, true).await?;
    let logins = super::auth::my_logins(db, session).await?;
    let audit = crate::db::audit::about_citizen(db, actor.municipality_id, citizen_id, actor.user_id, 100_000).await?;
    let login_email = users::actor_and_me(db, actor.user_id).await?.map(|(_, me)| me.email);
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(citizen_id), Action::CitizenExport, &format!("citizen:{citizen_id}")).await?;
    Ok(CitizenExport {
        generated_at: Utc::now().timestamp(),
        person,
        login_email,
        placements: placements_held,
        time_entries,
        time_entry_changes,
        absences,
        shifts,
        notes,
        logins,
        audit,
    })
}
