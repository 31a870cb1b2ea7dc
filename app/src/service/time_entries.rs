use chrono::{DateTime, Duration, Utc};

use crate::db::time_entries::{self as store, EntryFilter, NewEntry};
use crate::db::{placements, Db};
use crate::domain::access::{self, Actor, PlacementAction};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::idempotency::Request;
use crate::domain::approval;
use crate::domain::models::{ConfirmResult, EntryChange, TimeEntryView};
use crate::domain::shift::ShiftStatus;
use crate::domain::time_entry::{self, EntryContext, EntrySource, EntryStatus, EntryTimes, RejectCode};

use super::idempotency::Key;

pub struct NewTimeEntry {
    pub placement_id: i64,
    pub times: EntryTimes,
    pub note: Option<String>,
    pub client_id: Option<String>,
    pub source: EntrySource,
}

/// The entry and whether this call created it (false: the client id was seen before, with
/// the same request).
pub async fn register(db: &Db, actor: &Actor, input: NewTimeEntry) -> Result<(TimeEntryView, bool), AppError> {
    let key = {
        let note = clean_note(input.note.as_deref())?;
        let t = input.times;
        let request = Request::RegisterHours { placement_id: input.placement_id, starts_at: t.starts_at, ends_at: t.ends_at, break_minutes: t.break_minutes, note };
        Key::new(input.client_id.as_deref(), &request)?
    };
    register_keyed(db, actor, NewTimeEntry { client_id: None, ..input }, key).await
}

/// As [`register`], under a key made by the caller: a punch-out's entry carries the tap's.
pub(crate) async fn register_keyed(db: &Db, actor: &Actor, input: NewTimeEntry, key: Option<Key>) -> Result<(TimeEntryView, bool), AppError> {
    let note = clean_note(input.note.as_deref())?;
    if let Some(k) = &key {
        if let Some((existing, stored)) = store::find_by_client_id(db, actor.user_id, &k.client_id).await? {
            k.replay(stored.as_deref())?;
            return Ok((get(db, actor, existing).await?, false));
        }
    }
    let facts = placements::facts(db, input.placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::RegisterHours)?;

    let t = input.times;
    let now = Utc::now();
    let window = facts.window.clone();
    let check = Box::new(move |others: &[_], locked: &[String]| {
        time_entry::validate(&t, &EntryContext { now, placement: &window, other_entries: others, locked_months: locked })
    });
    let inserted = store::insert_checked(
        db,
        NewEntry {
            municipality_id: facts.parties.municipality_id,
            placement_id: input.placement_id,
            citizen_id: facts.citizen_id,
            times: t,
            note,
            source: input.source,
            client_id: key.as_ref().map(|k| k.client_id.as_str()),
            client_fingerprint: key.as_ref().map(|k| k.fingerprint.as_str()),
            created_by: actor.user_id,
        },
        check,
    )
    .await?;
    match (inserted, key) {
        // Its audit line was stored with it.
        (Some(id), _) => {
            let entry = get(db, actor, id).await?;
            if auto_confirm_if_planned(db, &facts, &entry, actor.user_id).await? {
                return Ok((get(db, actor, id).await?, true));
            }
            Ok((entry, true))
        }
        // Lost a race with a send of the same key at the same moment: answer as it was
        // answered, if it was the same request.
        (None, Some(k)) => {
            let (id, stored) = store::find_by_client_id(db, actor.user_id, &k.client_id).await?.ok_or(AppError::Internal)?;
            k.replay(stored.as_deref())?;
            Ok((get(db, actor, id).await?, false))
        }
        (None, None) => Err(AppError::Internal),
    }
}

fn clean_note(note: Option<&str>) -> Result<Option<&str>, AppError> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note {
        time_entry::check_text(n, Field::Note)?;
    }
    Ok(note)
}

/// The rules a change of `entry` to `times` must pass, checked by storage under the
/// citizen's lock against the citizen's other entries (its own old period does not count).
async fn rules_for_change(db: &Db, entry: &TimeEntryView, times: EntryTimes) -> Result<Box<store::RuleCheck<'static>>, AppError> {
    let facts = placements::facts(db, entry.placement_id).await?.ok_or(AppError::NotFound)?;
    let now = Utc::now();
    let window = facts.window;
    Ok(Box::new(move |others: &[_], locked: &[String]| {
        time_entry::validate(&times, &EntryContext { now, placement: &window, other_entries: others, locked_months: locked })
    }))
}

/// The citizen corrects a waiting entry: new times and note, checked by the same rules as a
/// new registration (its own old period does not count as an overlap).
pub async fn update(db: &Db, actor: &Actor, id: i64, times: EntryTimes, note: Option<String>) -> Result<TimeEntryView, AppError> {
    let note = clean_note(note.as_deref())?;
    let (entry, parties) = store::get(db, id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &parties, PlacementAction::RegisterHours)?;
    time_entry::citizen_may_change(entry.status)?;
    let check = rules_for_change(db, &entry, times).await?;
    let before = EntryTimes { starts_at: entry.starts_at, ends_at: entry.ends_at, break_minutes: entry.break_minutes };
    let done = store::update_checked(
        db,
        parties.municipality_id,
        entry.citizen_id,
        id,
        (&before, entry.note.as_deref()),
        &times,
        note,
        actor.user_id,
        check,
    )
    .await?;
    if !done {
        return Err(AppError::NotEditable);
    }
    let edited = get(db, actor, id).await?;
    let facts = placements::facts(db, entry.placement_id).await?.ok_or(AppError::NotFound)?;
    if auto_confirm_if_planned(db, &facts, &edited, actor.user_id).await? {
        return get(db, actor, id).await;
    }
    Ok(edited)
}

/// Confirms a waiting entry by itself when its placement has automatic confirmation on and
/// the entry keeps to the shift planned for it. `by`: whose registration set it off.
pub async fn auto_confirm_if_planned(db: &Db, facts: &placements::PlacementFacts, entry: &TimeEntryView, by: i64) -> Result<bool, AppError> {
    let Some(minutes) = facts.auto_confirm_minutes else { return Ok(false) };
    if entry.status != EntryStatus::Submitted {
        return Ok(false);
    }
    let filter = crate::db::shifts::ShiftFilter {
        placement_id: Some(entry.placement_id),
        from: Some(entry.starts_at - Duration::days(1)),
        to: Some(entry.ends_at + Duration::days(1)),
        // A cancelled shift plans nothing.
        statuses: vec![ShiftStatus::Planned, ShiftStatus::Attended],
        limit: 50,
    };
    let vis = access::Visibility::Municipality { municipality_id: facts.parties.municipality_id };
    let shifts = crate::db::shifts::list(db, vis, &filter).await?;
    let planned = approval::planned_for(entry, &shifts);
    let kept = crate::domain::shift_plan::auto_confirms(
        Some(minutes),
        (entry.starts_at, entry.ends_at),
        planned.map(|s| (s.starts_at, s.ends_at, s.status)),
    );
    let Some(shift) = planned.filter(|_| kept) else { return Ok(false) };
    let rule = crate::domain::models::AutoRule { minutes, shift: crate::i18n::format::time_span(shift.starts_at, shift.ends_at) };
    if !store::auto_confirm(db, facts.parties.municipality_id, entry.id, by, &rule).await? {
        return Ok(false);
    }
    Ok(true)
}

/// The citizen withdraws a waiting entry; it leaves every list but keeps its history.
pub async fn withdraw(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let (entry, parties) = store::get(db, id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &parties, PlacementAction::RegisterHours)?;
    time_entry::citizen_may_change(entry.status)?;
    if !store::withdraw(db, parties.municipality_id, id, actor.user_id).await? {
        return Err(AppError::NotEditable);
    }
    Ok(())
}

pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<TimeEntryView, AppError> {
    let (entry, parties) = store::get(db, id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &parties, PlacementAction::View)?;
    Ok(entry)
}

/// As [`get`], for someone looking at the entry (the change paths above answer with the
/// entry too, and their change is what their line records).
pub async fn view(db: &Db, actor: &Actor, id: i64) -> Result<TimeEntryView, AppError> {
    let entry = get(db, actor, id).await?;
    super::audit::read(db, actor, [entry.citizen_id], crate::domain::audit::Action::TimeEntryView, &crate::domain::audit::entry_subject(id)).await?;
    Ok(entry)
}

pub async fn confirm(db: &Db, actor: &Actor, id: i64) -> Result<TimeEntryView, AppError> {
    decide(db, actor, id, EntryStatus::Confirmed, None, None).await
}

/// A rejection says why: a quick reason, words, or both.
pub async fn reject(db: &Db, actor: &Actor, id: i64, reason: &str, code: Option<RejectCode>) -> Result<TimeEntryView, AppError> {
    let reason = reason.trim();
    if reason.is_empty() && code.is_none() {
        return Err(AppError::invalid(Rule::Required, Field::Reason));
    }
    time_entry::check_text(reason, Field::Reason)?;
    decide(db, actor, id, EntryStatus::Rejected, Some(reason).filter(|r| !r.is_empty()), code).await
}

async fn decide(db: &Db, actor: &Actor, id: i64, status: EntryStatus, reason: Option<&str>, code: Option<RejectCode>) -> Result<TimeEntryView, AppError> {
    let (entry, parties) = store::get(db, id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &parties, PlacementAction::DecideHours)?;
    if entry.status != EntryStatus::Submitted {
        return Err(AppError::AlreadyDecided);
    }
    if !store::decide(db, parties.municipality_id, id, actor.user_id, status, reason, code).await? {
        return Err(AppError::AlreadyDecided);
    }
    get(db, actor, id).await
}

/// Confirms several entries in one request (a mentor's "the whole week"). Every id must be
/// one the actor may decide, or nothing changes; entries already decided are skipped, so a
/// second tap does no harm.
pub async fn confirm_many(db: &Db, actor: &Actor, ids: &[i64]) -> Result<ConfirmResult, AppError> {
    let unique = approval::distinct_ids(ids)?;
    let ids = &unique[..];
    let found = store::get_many(db, ids).await?;
    if found.len() != ids.len() {
        return Err(AppError::NotFound);
    }
    for (_, parties) in &found {
        access::authorize(actor, parties, PlacementAction::DecideHours)?;
    }
    let confirmed = store::confirm_many(db, actor.municipality_id, ids, actor.user_id).await?;
    let skipped = ids.iter().copied().filter(|id| !confirmed.contains(id)).collect();
    Ok(ConfirmResult { confirmed, skipped })
}

/// Takes back the actor's own confirmations, rejections and corrections of the last moments
/// ("Fortryd"): a confirmed or rejected entry waits again, a corrected one gets back its times
/// and the decision it had. Automatic confirmations are not taken back.
pub async fn undo_decisions(db: &Db, actor: &Actor, ids: &[i64]) -> Result<Vec<i64>, AppError> {
    let unique = approval::distinct_ids(ids)?;
    let found = store::get_many(db, &unique).await?;
    if found.len() != unique.len() {
        return Err(AppError::NotFound);
    }
    for (_, parties) in &found {
        access::authorize(actor, parties, PlacementAction::DecideHours)?;
    }
    let since = (Utc::now() - Duration::seconds(approval::UNDO_WINDOW_SECONDS)).timestamp();
    let mut undone = Vec::new();
    let mut decisions = Vec::new();
    for (entry, parties) in &found {
        match store::fresh_correction(db, parties.municipality_id, entry.id, actor.user_id, since).await? {
            Some((at, before, prior)) => {
                let now_times = EntryTimes { starts_at: entry.starts_at, ends_at: entry.ends_at, break_minutes: entry.break_minutes };
                let check = rules_for_change(db, entry, before).await?;
                let back = store::undo_correction(db, parties.municipality_id, entry.citizen_id, entry.id, (&now_times, at), (&before, &prior), actor.user_id, check);
                if back.await? {
                    undone.push(entry.id);
                }
            }
            None => decisions.push(entry.id),
        }
    }
    undone.extend(store::undo_decisions(db, actor.municipality_id, &decisions, actor.user_id, since).await?);
    if undone.is_empty() {
        return Err(AppError::invalid(Rule::UndoTooLate, Field::Ids));
    }
    Ok(undone)
}

/// A mentor or caseworker corrects the times of a waiting or confirmed entry, with a reason
/// the citizen sees; the entry is then confirmed as corrected and the history keeps both.
pub async fn correct(db: &Db, actor: &Actor, id: i64, times: EntryTimes, reason: &str) -> Result<TimeEntryView, AppError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::CorrectionReason));
    }
    time_entry::check_text(reason, Field::CorrectionReason)?;
    let (entry, parties) = store::get(db, id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &parties, PlacementAction::DecideHours)?;
    match entry.status {
        EntryStatus::Submitted | EntryStatus::Confirmed => {}
        EntryStatus::Rejected => return Err(AppError::AlreadyDecided),
        EntryStatus::Locked => return Err(AppError::invalid(Rule::MonthLocked, Field::StartsAt)),
    }
    let check = rules_for_change(db, &entry, times).await?;
    let before = EntryTimes { starts_at: entry.starts_at, ends_at: entry.ends_at, break_minutes: entry.break_minutes };
    if !store::correct_checked(db, parties.municipality_id, entry.citizen_id, id, &before, &times, reason, actor.user_id, check).await? {
        return Err(AppError::AlreadyDecided);
    }
    get(db, actor, id).await
}

/// Every change of an entry since it was registered, for anyone who may see the entry.
pub async fn history(db: &Db, actor: &Actor, id: i64) -> Result<Vec<EntryChange>, AppError> {
    let (entry, parties) = store::get(db, id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &parties, PlacementAction::View)?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(entry.citizen_id), crate::domain::audit::Action::TimeEntryHistory, &crate::domain::audit::entry_subject(id)).await?;
    let changes = store::history_of(db, parties.municipality_id, &[id]).await?;
    Ok(changes.into_iter().map(|(_, c)| c).collect())
}

pub struct ListQuery {
    pub placement_id: Option<i64>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub status: Option<EntryStatus>,
}

pub async fn list(db: &Db, actor: &Actor, q: ListQuery) -> Result<Vec<TimeEntryView>, AppError> {
    if let Some(pid) = q.placement_id {
        // A placement outside the actor's sight answers 404, not an empty list.
        let facts = placements::facts(db, pid).await?.ok_or(AppError::NotFound)?;
        access::authorize(actor, &facts.parties, PlacementAction::View)?;
    }
    if let (Some(from), Some(to)) = (q.from, q.to) {
        if to <= from {
            return Err(AppError::invalid(Rule::EndNotAfterStart, Field::To));
        }
    }
    let filter = EntryFilter {
        placement_id: q.placement_id,
        citizen_id: None,
        from: q.from,
        to: q.to,
        statuses: q.status.into_iter().collect(),
        caseworker_id: None,
        limit: 1000,
    };
    let entries = store::list(db, access::visibility(actor), &filter).await?;
    let subject = q.placement_id.map(|p| format!("placement:{p}")).unwrap_or_else(|| "time_entries".into());
    super::audit::read(db, actor, entries.iter().map(|e| e.citizen_id), crate::domain::audit::Action::TimeEntryList, &subject).await?;
    Ok(entries)
}

/// How far back the pages look.
pub fn recent_window() -> Duration {
    Duration::days(62)
}
