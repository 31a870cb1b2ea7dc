use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::{MentorHome, MentorToday, Saved};

#[server]
pub async fn load_mentor_home(page: String) -> Result<MentorHome, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    // A mistyped page number in a link shows the first page.
    crate::service::overview::mentor_home(&db, &actor, page.trim().parse().unwrap_or(1)).await
}

#[server]
pub async fn confirm_entry(id: i64) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::time_entries::confirm(&db, &actor, id).await.map(|e| Saved { id: e.id })
}

/// "Afvis": a quick reason (`quick`, a code) and/or words.
#[server]
pub async fn reject_entry(id: i64, reason: String, quick: Option<String>) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    use crate::domain::time_entry::RejectCode;
    let (db, actor, _) = super::ctx::actor().await?;
    let code = match quick.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        Some(q) => Some(RejectCode::parse(q).ok_or(AppError::invalid(Rule::InvalidKind, Field::Reason))?),
        None => None,
    };
    crate::service::time_entries::reject(&db, &actor, id, &reason, code).await.map(|e| Saved { id: e.id })
}

/// "Godkend alle": the ids the mentor saw, comma-separated, in one request; those that differ
/// from their plan (`deviating`) only when the mentor ticked them in.
#[server]
pub async fn confirm_entries(ids: String, deviating: Option<String>, with_deviating: Option<String>) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let chosen = match (with_deviating, deviating) {
        (Some(_), Some(more)) => format!("{ids},{more}"),
        _ => ids,
    };
    let ids = crate::domain::approval::parse_ids(&chosen)?;
    let done = crate::service::time_entries::confirm_many(&db, &actor, &ids).await?;
    Ok(Saved { id: done.confirmed.len() as i64 })
}

/// "Fortryd" after "Godkend", "Afvis" or "Ret": each entry is as it was before.
#[server]
pub async fn undo_decisions(ids: String) -> Result<Saved, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let ids = crate::domain::approval::parse_ids(&ids)?;
    let undone = crate::service::time_entries::undo_decisions(&db, &actor, &ids).await?;
    Ok(Saved { id: undone.len() as i64 })
}

/// A correction from the mentor's form, in Copenhagen local time like the citizen's.
#[server]
pub async fn correct_entry(id: String, date: String, start: String, end: String, break_minutes: String, reason: String, overnight: Option<String>) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    use crate::domain::time_entry::times_from_local_form;
    let (db, actor, _) = super::ctx::actor().await?;
    let id: i64 = id.trim().parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::Body))?;
    let times = times_from_local_form(&date, &start, &end, &break_minutes, overnight.is_some())?;
    crate::service::time_entries::correct(&db, &actor, id, times, &reason).await.map(|e| Saved { id: e.id })
}

#[server]
pub async fn load_mentor_today() -> Result<MentorToday, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::mentor_today(&db, &actor).await
}

/// "Mødt" or "Udeblevet" for one shift; `status` is attended or no_show.
#[server]
pub async fn mark_attendance(shift_id: String, status: String) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    use crate::domain::shift::ShiftStatus;
    let (db, actor, _) = super::ctx::actor().await?;
    let id: i64 = shift_id.trim().parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::ShiftId))?;
    let to = ShiftStatus::parse(status.trim()).ok_or(AppError::invalid(Rule::InvalidStatus, Field::Status))?;
    crate::service::shifts::mark_attendance(&db, &actor, id, to).await.map(|s| Saved { id: s.id })
}

#[server]
pub async fn load_mentor_notes() -> Result<Vec<crate::domain::models::PlacementNotes>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::notes::mentor_notes(&db, &actor).await
}

/// A follow-up note from the mentor's phone (always shared with the caseworker).
#[server]
pub async fn add_note(placement_id: String, body: String) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    let (db, actor, _) = super::ctx::actor().await?;
    let id: i64 = placement_id.trim().parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::PlacementId))?;
    crate::service::notes::add(&db, &actor, id, &body, None).await.map(|n| Saved { id: n.id })
}

/// The Vagtplan for the week holding `uge` (any date in it); a date that cannot be read
/// shows this week.
#[server]
pub async fn load_mentor_plan(uge: String) -> Result<crate::domain::models::MentorPlan, AppError> {
    use crate::domain::{error::Field, local_time};
    let (db, actor, _) = super::ctx::actor().await?;
    let day = local_time::parse_date(&uge, Field::Date).unwrap_or_else(|_| local_time::local_date(chrono::Utc::now()));
    crate::service::planning::mentor_plan(&db, &actor, day).await
}

#[cfg(feature = "ssr")]
fn form_id(raw: &str, field: crate::domain::error::Field) -> Result<i64, AppError> {
    raw.trim().parse().map_err(|_| AppError::invalid(crate::domain::error::Rule::InvalidNumber, field))
}

/// "Ny vagt": a date and two times in Copenhagen, repeated weekly for `repeat_weeks` weeks.
#[server]
pub async fn plan_shift(placement_id: String, date: String, start: String, end: String, repeat_weeks: String, overnight: Option<String>) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    let (db, actor, _) = super::ctx::actor().await?;
    let placement_id = form_id(&placement_id, Field::PlacementId)?;
    let (starts_at, ends_at) = crate::domain::local_time::shift_span_from_form(&date, &start, &end, overnight.is_some())?;
    let weeks = match repeat_weeks.trim() {
        "" => 1,
        w => w.parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::RepeatWeeks))?,
    };
    let req = crate::service::planning::PlanRequest { placement_id, starts_at, ends_at, repeat_weeks: weeks };
    let planned = crate::service::planning::plan(&db, &actor, req).await?;
    Ok(Saved { id: planned.len() as i64 })
}

/// "Kopiér sidste uge" for a placement, into the week of `uge`.
#[server]
pub async fn copy_last_week(placement_id: String, uge: String) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    let (db, actor, _) = super::ctx::actor().await?;
    let placement_id = form_id(&placement_id, Field::PlacementId)?;
    let day = crate::domain::local_time::parse_date(&uge, Field::Date)?;
    let copied = crate::service::planning::copy_last_week(&db, &actor, placement_id, day).await?;
    Ok(Saved { id: copied as i64 })
}

#[server]
pub async fn move_shift(shift_id: String, date: String, start: String, end: String, overnight: Option<String>) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    let (db, actor, _) = super::ctx::actor().await?;
    let id = form_id(&shift_id, Field::ShiftId)?;
    let (starts_at, ends_at) = crate::domain::local_time::shift_span_from_form(&date, &start, &end, overnight.is_some())?;
    crate::service::planning::move_shift(&db, &actor, id, starts_at, ends_at).await.map(|s| Saved { id: s.id })
}

/// "Aflys": one shift, or with the box ticked the rest of its weekly series.
#[server]
pub async fn cancel_shift(shift_id: String, reason: String, following: Option<String>) -> Result<Saved, AppError> {
    use crate::domain::error::Field;
    let (db, actor, _) = super::ctx::actor().await?;
    let id = form_id(&shift_id, Field::ShiftId)?;
    let done = crate::service::planning::cancel(&db, &actor, id, Some(&reason), following.is_some()).await?;
    Ok(Saved { id: done.len() as i64 })
}

/// "Godkend automatisk": off, or within 5, 10, 15 or 30 minutes of the plan.
#[server]
pub async fn set_auto_confirm(placement_id: String, minutes: String) -> Result<Saved, AppError> {
    use crate::domain::error::{Field, Rule};
    let (db, actor, _) = super::ctx::actor().await?;
    let placement_id = form_id(&placement_id, Field::PlacementId)?;
    let minutes = match minutes.trim() {
        "" | "0" | "fra" => None,
        m => Some(m.parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::AutoConfirmMinutes))?),
    };
    let done = crate::service::planning::set_auto_confirm(&db, &actor, placement_id, minutes).await?;
    Ok(Saved { id: done.confirmed.len() as i64 })
}
