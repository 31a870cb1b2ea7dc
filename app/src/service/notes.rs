//! Follow-up notes: the mentor and the caseworker about how a placement goes.
use crate::db::{notes as store, placements, Db};
use crate::domain::access::{self, Actor, PlacementAction};
use crate::domain::error::AppError;
use crate::domain::models::{NoteView, PlacementNotes};
use crate::domain::note::{self, NoteVisibility};

pub async fn list(db: &Db, actor: &Actor, placement_id: i64) -> Result<Vec<NoteView>, AppError> {
    let facts = placements::facts(db, placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::FollowUp)?;
    super::audit::read(db, actor, [facts.citizen_id], crate::domain::audit::Action::NoteList, &format!("placement:{placement_id}")).await?;
    store::list(db, facts.parties.municipality_id, &[placement_id], note::reads_caseworker_notes(actor)).await
}

pub async fn add(db: &Db, actor: &Actor, placement_id: i64, body: &str, asked: Option<NoteVisibility>) -> Result<NoteView, AppError> {
    let body = note::check_body(body)?;
    let facts = placements::facts(db, placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::FollowUp)?;
    let visibility = note::visibility_for(actor, asked);
    let id = store::insert(db, facts.parties.municipality_id, placement_id, actor.user_id, &body, visibility).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(facts.citizen_id), crate::domain::audit::Action::NoteCreate, &format!("note:{id}")).await?;
    let notes = store::list(db, facts.parties.municipality_id, &[placement_id], note::reads_caseworker_notes(actor)).await?;
    notes.into_iter().find(|n| n.id == id).ok_or(AppError::Internal)
}

/// The mentor's placements, each with the notes the mentor may read.
pub async fn mentor_notes(db: &Db, actor: &Actor) -> Result<Vec<PlacementNotes>, AppError> {
    access::authorize_overview(actor, access::Overview::DecisionQueue)?;
    super::audit::mentor_read(db, actor, crate::domain::audit::Action::MentorNotes).await?;
    // The phone shows the placements that run now; an ended one's notes stay on the desk.
    let placements: Vec<_> = placements::list_visible(db, access::visibility(actor)).await?.into_iter().filter(|p| p.status != "ended").collect();
    let ids: Vec<i64> = placements.iter().map(|p| p.id).collect();
    let mut notes = store::list(db, actor.municipality_id, &ids, note::reads_caseworker_notes(actor)).await?;
    Ok(placements
        .into_iter()
        .map(|placement| {
            let (mine, rest): (Vec<_>, Vec<_>) = notes.drain(..).partition(|n| n.placement_id == placement.id);
            notes = rest;
            PlacementNotes { placement, notes: mine }
        })
        .collect())
}
