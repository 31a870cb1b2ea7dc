use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::{CitizenHome, TimeEntryView};

#[server]
pub async fn load_citizen_home() -> Result<CitizenHome, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::overview::citizen_home(&db, &actor).await
}

/// A manual registration from the phone form; all fields arrive as typed, parsing is ours.
#[server]
pub async fn register_hours(
    placement_id: String,
    date: String,
    start: String,
    end: String,
    break_minutes: String,
    note: String,
    client_id: String,
) -> Result<TimeEntryView, AppError> {
    use crate::domain::error::{Field, Rule};
    use crate::domain::time_entry::{times_from_local_form, EntrySource};
    use crate::service::time_entries::{register, NewTimeEntry};

    let (db, actor, _) = super::ctx::actor().await?;
    let placement_id: i64 = placement_id
        .trim()
        .parse()
        .map_err(|_| AppError::invalid(Rule::Required, Field::PlacementId))?;
    let times = times_from_local_form(&date, &start, &end, &break_minutes)?;
    let input = NewTimeEntry {
        placement_id,
        times,
        note: Some(note),
        client_id: Some(client_id),
        source: EntrySource::Manual,
    };
    register(&db, &actor, input).await.map(|(entry, _)| entry)
}
