//! Follow-up notes on a placement: short lines from the mentor and the caseworker about how
//! it goes. A caseworker may keep one to the caseworkers; a mentor's is always shared.
use serde::{Deserialize, Serialize};

use super::access::Actor;
use super::error::{AppError, Field, Rule};
use super::role::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NoteVisibility {
    /// Only the municipality's caseworkers (and admins) read it.
    Caseworkers,
    /// The mentor of the placement reads it too.
    SharedWithMentor,
}

impl NoteVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteVisibility::Caseworkers => "caseworkers",
            NoteVisibility::SharedWithMentor => "shared_with_mentor",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "caseworkers" => Some(NoteVisibility::Caseworkers),
            "shared_with_mentor" => Some(NoteVisibility::SharedWithMentor),
            _ => None,
        }
    }
}

/// Whether `actor` reads notes kept to the caseworkers.
pub fn reads_caseworker_notes(actor: &Actor) -> bool {
    matches!(actor.role, Role::Caseworker | Role::Admin)
}

/// The visibility a new note gets: a mentor's is always shared (they could not read it
/// back otherwise); a caseworker chooses, shared by default.
pub fn visibility_for(actor: &Actor, asked: Option<NoteVisibility>) -> NoteVisibility {
    if reads_caseworker_notes(actor) {
        asked.unwrap_or(NoteVisibility::SharedWithMentor)
    } else {
        NoteVisibility::SharedWithMentor
    }
}

/// A note's text: required, at most 500 characters.
pub fn check_body(body: &str) -> Result<String, AppError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Note));
    }
    super::time_entry::check_text(body, Field::Note)?;
    Ok(body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role) -> Actor {
        Actor { user_id: 1, municipality_id: 1, role, citizen_id: None }
    }

    #[test]
    fn mentors_share_every_note_and_never_read_the_caseworkers_own() {
        let mentor = actor(Role::Mentor);
        assert_eq!(visibility_for(&mentor, Some(NoteVisibility::Caseworkers)), NoteVisibility::SharedWithMentor);
        assert!(!reads_caseworker_notes(&mentor));
        let cw = actor(Role::Caseworker);
        assert_eq!(visibility_for(&cw, Some(NoteVisibility::Caseworkers)), NoteVisibility::Caseworkers);
        assert_eq!(visibility_for(&cw, None), NoteVisibility::SharedWithMentor);
        assert!(reads_caseworker_notes(&cw));
        assert_eq!(check_body("  "), Err(AppError::invalid(Rule::Required, Field::Note)));
        assert_eq!(check_body(&"x".repeat(501)), Err(AppError::invalid(Rule::TextTooLong, Field::Note)));
        assert_eq!(check_body(" Godt i gang "), Ok("Godt i gang".into()));
    }
}
