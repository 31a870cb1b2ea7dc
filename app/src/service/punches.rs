//! "Jeg er mødt" / "Jeg går hjem". Each tap carries a client id; a tap that arrives twice (an
//! answer lost on a bad connection, the outbox sending again) changes nothing the second time.
use chrono::{DateTime, Utc};

use crate::db::punches::{self as store, NewPunch, SeenTap};
use crate::db::{placements, users, Db};
use crate::domain::access::{self, Actor, PlacementAction, SelfService};
use crate::domain::error::AppError;
use crate::domain::models::{OpenPunch, TimeEntryView};
use crate::domain::punch;
use crate::domain::time_entry::{EntrySource, EntryTimes};

use crate::domain::idempotency::Request;

use super::idempotency::Key;
use super::time_entries::{self, NewTimeEntry};

async fn own_citizen(db: &Db, actor: &Actor) -> Result<i64, AppError> {
    access::authorize_self_service(actor, SelfService::Punch)?;
    users::citizen_of(db, actor).await?.ok_or(AppError::NotFound)
}

pub async fn open_punch(db: &Db, actor: &Actor) -> Result<Option<OpenPunch>, AppError> {
    let citizen_id = own_citizen(db, actor).await?;
    store::open_of_citizen(db, citizen_id).await
}

pub async fn punch_in(db: &Db, actor: &Actor, placement_id: i64, at: Option<DateTime<Utc>>, client_id: Option<&str>) -> Result<OpenPunch, AppError> {
    let citizen_id = own_citizen(db, actor).await?;
    let key = Key::new(client_id, &Request::PunchIn { placement_id, at })?;
    if let Some(k) = &key {
        if let Some(SeenTap::In { punch, fingerprint }) = store::find_in_tap(db, actor.user_id, &k.client_id).await? {
            // Seen before: answered as then, even if the punch has been closed since.
            k.replay(fingerprint.as_deref())?;
            return Ok(punch);
        }
    }
    let facts = placements::facts(db, placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::RegisterHours)?;
    if !facts.window.active {
        return Err(AppError::invalid(crate::domain::error::Rule::PlacementNotActive, crate::domain::error::Field::PlacementId));
    }
    let started_at = punch::tap_instant(at, Utc::now())?;
    let new = NewPunch {
        municipality_id: facts.parties.municipality_id,
        placement_id,
        citizen_id,
        started_at,
        client_id: key.as_ref().map(|k| k.client_id.as_str()),
        fingerprint: key.as_ref().map(|k| k.fingerprint.as_str()),
        created_by: actor.user_id,
    };
    if store::open(db, new).await?.is_none() {
        // Either this very tap raced itself, or another punch is open.
        if let Some(k) = &key {
            if let Some(SeenTap::In { punch, fingerprint }) = store::find_in_tap(db, actor.user_id, &k.client_id).await? {
                k.replay(fingerprint.as_deref())?;
                return Ok(punch);
            }
        }
        return Err(AppError::PunchAlreadyOpen);
    }
    store::open_of_citizen(db, citizen_id).await?.ok_or(AppError::Internal)
}

/// Closes the open punch into a time entry, through the same rules as any registration.
/// On a broken rule (say, 20 hours after a forgotten punch-out) the punch stays open and
/// the citizen may cancel it and register by hand.
pub async fn punch_out(
    db: &Db,
    actor: &Actor,
    at: Option<DateTime<Utc>>,
    break_minutes: i64,
    note: Option<String>,
    client_id: Option<&str>,
) -> Result<TimeEntryView, AppError> {
    let citizen_id = own_citizen(db, actor).await?;
    let key = Key::new(client_id, &Request::PunchOut { at, break_minutes, note: note.as_deref() })?;
    if let Some(k) = &key {
        if let Some(SeenTap::Out { time_entry_id: Some(id), fingerprint }) = store::find_out_tap(db, actor.user_id, &k.client_id).await? {
            k.replay(fingerprint.as_deref())?;
            return time_entries::get(db, actor, id).await;
        }
    }
    let open = store::open_of_citizen(db, citizen_id).await?.ok_or(AppError::NoOpenPunch)?;
    let ends_at = punch::punch_out_instant(open.started_at, at, Utc::now())?;
    let input = NewTimeEntry {
        placement_id: open.placement_id,
        times: EntryTimes { starts_at: open.started_at, ends_at, break_minutes },
        note,
        client_id: None,
        source: EntrySource::Punch,
    };
    // The entry shares the tap's key: a resend after the entry was made finds it.
    let (entry, _) = time_entries::register_keyed(db, actor, input, key.clone()).await?;
    store::close(db, open.id, key.as_ref().map(|k| (k.client_id.as_str(), k.fingerprint.as_str())), Some(entry.id)).await?;
    Ok(entry)
}

/// Drops an open punch (a tap by mistake, or a forgotten punch-out to register by hand).
pub async fn cancel(db: &Db, actor: &Actor) -> Result<(), AppError> {
    let citizen_id = own_citizen(db, actor).await?;
    let open = store::open_of_citizen(db, citizen_id).await?.ok_or(AppError::NoOpenPunch)?;
    store::close(db, open.id, None, None).await?;
    Ok(())
}
