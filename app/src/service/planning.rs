//! The Vagtplan: a mentor (or caseworker) plans, moves and cancels shifts, and sets a
//! placement's automatic confirmation. The citizen's plan and calendar feed read the same
//! rows, so they follow at once.
use chrono::{DateTime, NaiveDate, Utc};

use crate::db::shifts::{self as store, NewShifts, ShiftFilter};
use crate::db::{placements, Db};
use crate::domain::access::{self, Actor, Overview, PlacementAction};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::local_time;
use crate::domain::models::{AutoConfirmResult, MentorPlan, PlanPlacement, ShiftView};
use crate::domain::period::{Period, PeriodKind};
use crate::domain::shift_plan::{self, PlanContext};
use crate::domain::time_entry::{self, EntryStatus};

pub struct PlanRequest {
    pub placement_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// 1 for a single shift; otherwise the same weekday and times for this many weeks.
    pub repeat_weeks: u32,
}

/// Plans one shift or a weekly series; all of it or nothing.
pub async fn plan(db: &Db, actor: &Actor, req: PlanRequest) -> Result<Vec<ShiftView>, AppError> {
    let facts = placements::facts(db, req.placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::PlanShifts)?;
    let spans = shift_plan::occurrences(req.starts_at, req.ends_at, req.repeat_weeks)?;
    let (now, window, ended) = (Utc::now(), facts.window.clone(), facts.ended);
    let planned = spans.clone();
    let check = Box::new(move |others: &[(DateTime<Utc>, DateTime<Utc>)]| {
        shift_plan::check_plan(&planned, &PlanContext { now, placement: &window, placement_ended: ended, other_shifts: others })
    });
    let series_id = (req.repeat_weeks > 1).then(|| uuid::Uuid::new_v4().to_string());
    let new = NewShifts {
        municipality_id: facts.parties.municipality_id,
        placement_id: req.placement_id,
        citizen_id: facts.citizen_id,
        spans: &spans,
        series_id,
        created_by: actor.user_id,
    };
    let ids = store::insert_checked(db, new, check).await?;
    audit(db, actor, facts.citizen_id, crate::domain::audit::Action::ShiftPlan, &format!("placement:{}:{}", req.placement_id, ids.len())).await?;
    let (first, last) = (spans[0].0, spans[spans.len() - 1].1);
    let filter = ShiftFilter { placement_id: Some(req.placement_id), from: Some(first), to: Some(last), statuses: vec![], limit: 500 };
    Ok(store::list(db, access::visibility(actor), &filter).await?.into_iter().filter(|s| ids.contains(&s.id)).collect())
}

/// "Kopiér sidste uge" for one placement: last week's shifts into the week of `day`, by the
/// same rules as planning them; those already begun or planned are left out. The number copied.
pub async fn copy_last_week(db: &Db, actor: &Actor, placement_id: i64, day: NaiveDate) -> Result<usize, AppError> {
    use crate::domain::shift::ShiftStatus;
    let facts = placements::facts(db, placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::PlanShifts)?;
    let this = Period::containing(PeriodKind::Week, day);
    let vis = access::visibility(actor);
    let spans_of = |period: Period| async move {
        let (from, to) = period.instants();
        let filter = ShiftFilter { placement_id: Some(placement_id), from: Some(from), to: Some(to), statuses: vec![], limit: 200 };
        Ok::<_, AppError>(
            store::list(db, vis, &filter).await?.into_iter().filter(|s| s.status != ShiftStatus::Cancelled).map(|s| (s.starts_at, s.ends_at)).collect::<Vec<_>>(),
        )
    };
    let (last, planned) = (spans_of(this.previous()).await?, spans_of(this).await?);
    let now = Utc::now();
    let spans = shift_plan::copy_week(&last, &planned, now)?;
    if spans.is_empty() {
        return Ok(0);
    }
    let (window, ended) = (facts.window.clone(), facts.ended);
    let checked = spans.clone();
    let check = Box::new(move |others: &[(DateTime<Utc>, DateTime<Utc>)]| {
        shift_plan::check_plan(&checked, &PlanContext { now, placement: &window, placement_ended: ended, other_shifts: others })
    });
    let new = NewShifts {
        municipality_id: facts.parties.municipality_id,
        placement_id,
        citizen_id: facts.citizen_id,
        spans: &spans,
        series_id: None,
        created_by: actor.user_id,
    };
    let ids = store::insert_checked(db, new, check).await?;
    audit(db, actor, facts.citizen_id, crate::domain::audit::Action::ShiftPlan, &format!("placement:{placement_id}:{}", ids.len())).await?;
    Ok(ids.len())
}

/// Moves a planned shift to new times, by the same rules as planning it.
pub async fn move_shift(db: &Db, actor: &Actor, id: i64, starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> Result<ShiftView, AppError> {
    let vis = access::visibility(actor);
    let (shift, _) = store::get(db, vis, id).await?.ok_or(AppError::NotFound)?;
    let facts = placements::facts(db, shift.placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::PlanShifts)?;
    shift_plan::check_changeable(shift.status)?;
    let (now, window, ended) = (Utc::now(), facts.window.clone(), facts.ended);
    let check = Box::new(move |others: &[(DateTime<Utc>, DateTime<Utc>)]| {
        shift_plan::check_shift(starts_at, ends_at, &PlanContext { now, placement: &window, placement_ended: ended, other_shifts: others })
    });
    if !store::move_checked(db, facts.parties.municipality_id, facts.citizen_id, id, (starts_at, ends_at), actor.user_id, check).await? {
        return Err(AppError::invalid(Rule::ShiftNotPlanned, Field::ShiftId));
    }
    audit(db, actor, facts.citizen_id, crate::domain::audit::Action::ShiftMove, &format!("shift:{id}")).await?;
    store::get(db, vis, id).await?.map(|(s, _)| s).ok_or(AppError::NotFound)
}

/// Cancels a planned shift, or with `following` the rest of its weekly series from it on.
/// The reason, if given, is shown to the citizen.
pub async fn cancel(db: &Db, actor: &Actor, id: i64, reason: Option<&str>, following: bool) -> Result<Vec<ShiftView>, AppError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if let Some(r) = reason {
        time_entry::check_text(r, Field::Reason)?;
    }
    let vis = access::visibility(actor);
    let (shift, _) = store::get(db, vis, id).await?.ok_or(AppError::NotFound)?;
    let facts = placements::facts(db, shift.placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::PlanShifts)?;
    shift_plan::check_changeable(shift.status)?;
    let ids = match (&shift.series_id, following) {
        (Some(series), true) => store::planned_in_series(db, facts.parties.municipality_id, series, shift.starts_at).await?,
        _ => vec![id],
    };
    let done = store::cancel(db, facts.parties.municipality_id, &ids, reason, actor.user_id).await?;
    if done.is_empty() {
        return Err(AppError::invalid(Rule::ShiftNotPlanned, Field::ShiftId));
    }
    audit(db, actor, facts.citizen_id, crate::domain::audit::Action::ShiftCancel, &format!("shift:{id}:{}", done.len())).await?;
    let filter = ShiftFilter { placement_id: Some(shift.placement_id), from: Some(shift.starts_at), to: None, statuses: vec![], limit: 1000 };
    Ok(store::list(db, vis, &filter).await?.into_iter().filter(|s| done.contains(&s.id)).collect())
}

/// Turns a placement's automatic confirmation off or on. Turned on, it also confirms the
/// waiting entries that already keep to their shifts, so the mentor's queue shrinks at once.
pub async fn set_auto_confirm(db: &Db, actor: &Actor, placement_id: i64, minutes: Option<i64>) -> Result<AutoConfirmResult, AppError> {
    let minutes = shift_plan::check_auto_confirm(minutes)?;
    let facts = placements::facts(db, placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::PlanShifts)?;
    placements::set_auto_confirm(db, facts.parties.municipality_id, placement_id, minutes).await?;
    let what = minutes.map(|m| format!("placement:{placement_id}:{m}")).unwrap_or(format!("placement:{placement_id}:off"));
    audit(db, actor, facts.citizen_id, crate::domain::audit::Action::PlacementAutoConfirm, &what).await?;
    let mut confirmed = Vec::new();
    if minutes.is_some() {
        let facts = placements::PlacementFacts { auto_confirm_minutes: minutes, ..facts };
        let filter = crate::db::time_entries::EntryFilter {
            placement_id: Some(placement_id),
            citizen_id: None,
            from: None,
            to: None,
            statuses: vec![EntryStatus::Submitted],
            caseworker_id: None,
            limit: 1000,
        };
        let vis = access::Visibility::Municipality { municipality_id: facts.parties.municipality_id };
        for entry in crate::db::time_entries::list(db, vis, &filter).await? {
            if super::time_entries::auto_confirm_if_planned(db, &facts, &entry, actor.user_id).await? {
                confirmed.push(entry.id);
            }
        }
    }
    Ok(AutoConfirmResult { placement_id, auto_confirm_minutes: minutes, confirmed })
}

/// The mentor's Vagtplan for the week holding `day`: each placement still running with the
/// week's shifts.
pub async fn mentor_plan(db: &Db, actor: &Actor, day: NaiveDate) -> Result<MentorPlan, AppError> {
    access::authorize_overview(actor, Overview::DecisionQueue)?;
    super::audit::mentor_read(db, actor, crate::domain::audit::Action::MentorPlan).await?;
    let week = Period::containing(PeriodKind::Week, day);
    let (from, to) = week.instants();
    let vis = access::visibility(actor);
    let filter = ShiftFilter { placement_id: None, from: Some(from), to: Some(to), statuses: vec![], limit: 2000 };
    let mut shifts = store::list(db, vis, &filter).await?;
    let placements = placements::list_visible(db, vis).await?.into_iter().filter(|p| p.status != "ended");
    let today = local_time::local_date(Utc::now());
    let default_day = if week.first <= today && today <= week.last { today } else { week.first };
    let placements = placements
        .map(|placement| {
            let (mine, rest): (Vec<_>, Vec<_>) = shifts.drain(..).partition(|s| s.placement_id == placement.id);
            shifts = rest;
            PlanPlacement { placement, shifts: mine }
        })
        .collect();
    Ok(MentorPlan {
        week_start: week.first,
        prev_param: week.previous().first.format("%Y-%m-%d").to_string(),
        next_param: week.next().first.format("%Y-%m-%d").to_string(),
        default_date: default_day.format("%Y-%m-%d").to_string(),
        placements,
    })
}

async fn audit(db: &Db, actor: &Actor, citizen_id: i64, action: crate::domain::audit::Action, target: &str) -> Result<(), AppError> {
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(citizen_id), action, target).await
}
