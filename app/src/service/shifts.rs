//! Shifts as the citizen and mentor read them, and the private calendar feed of them.
use chrono::{DateTime, Duration, Utc};

use crate::db::shifts::{self as store, ShiftFilter};
use crate::db::{placements, users, Db};
use crate::domain::access::{self, Actor, PlacementAction, SelfService};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::models::ShiftView;
use crate::domain::shift::ShiftStatus;

pub async fn list(db: &Db, actor: &Actor, placement_id: Option<i64>, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<ShiftView>, AppError> {
    if let Some(pid) = placement_id {
        let facts = placements::facts(db, pid).await?.ok_or(AppError::NotFound)?;
        access::authorize(actor, &facts.parties, PlacementAction::View)?;
    }
    if to <= from {
        return Err(AppError::invalid(Rule::EndNotAfterStart, Field::To));
    }
    let filter = ShiftFilter { placement_id, from: Some(from), to: Some(to), statuses: vec![], limit: 2000 };
    let shifts = store::list(db, access::visibility(actor), &filter).await?;
    let subject = placement_id.map(|p| format!("placement:{p}")).unwrap_or_else(|| "shifts".into());
    super::audit::read(db, actor, shifts.iter().map(|s| s.citizen_id), crate::domain::audit::Action::ShiftList, &subject).await?;
    Ok(shifts)
}

/// The mentor (or caseworker) marks a shift attended or no-show. A no-show shows on the
/// caseworker's desk at once.
pub async fn mark_attendance(db: &Db, actor: &Actor, id: i64, to: ShiftStatus) -> Result<ShiftView, AppError> {
    let vis = access::visibility(actor);
    let (shift, _) = store::get(db, vis, id).await?.ok_or(AppError::NotFound)?;
    let facts = placements::facts(db, shift.placement_id).await?.ok_or(AppError::NotFound)?;
    access::authorize(actor, &facts.parties, PlacementAction::MarkAttendance)?;
    crate::domain::shift::check_attendance(shift.status, to, shift.starts_at, Utc::now())?;
    if shift.status != to && !store::set_status(db, facts.parties.municipality_id, id, shift.status, to).await? {
        return Err(AppError::AlreadyDecided);
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(facts.citizen_id), crate::domain::audit::Action::shift_marked(to), &format!("shift:{id}")).await?;
    store::get(db, vis, id).await?.map(|(s, _)| s).ok_or(AppError::NotFound)
}

/// Where the feed lives; the token in it is the only key, so it is long and random.
pub fn calendar_path(token: &str) -> String {
    format!("/api/v1/calendar/{token}.ics")
}

/// Whether the actor has a feed; its address is not kept, only a hash of its token.
pub async fn has_calendar(db: &Db, actor: &Actor) -> Result<bool, AppError> {
    access::authorize_self_service(actor, SelfService::CalendarFeed)?;
    users::has_calendar_token(db, actor.user_id).await
}

/// A new feed address; the old one stops working at once.
pub async fn renew_calendar(db: &Db, actor: &Actor) -> Result<String, AppError> {
    access::authorize_self_service(actor, SelfService::CalendarFeed)?;
    let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
    users::set_calendar_token(db, actor.user_id, &token).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::CalendarRenew, "calendar").await?;
    Ok(calendar_path(&token))
}

/// The feed for a token: the owner's shifts from 30 days back to 90 days ahead. An unknown
/// (or renewed-away) token is NotFound.
pub async fn calendar_feed(db: &Db, token: &str, client: crate::domain::throttle::ClientIp) -> Result<String, AppError> {
    use icalendar::{Calendar, Component, EventLike, EventStatus};

    let guard = super::throttle::Guard::tokens("calendar", client);
    guard.check(db).await?;
    let valid = token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit());
    let found = if valid { users::user_by_calendar_token(db, token).await? } else { None };
    let Some(user_id) = found else {
        guard.failed(db).await?;
        return Err(AppError::NotFound);
    };
    let (actor, me) = users::actor_and_me(db, user_id).await?.ok_or(AppError::NotFound)?;
    // A calendar asks without a session or a language: the owner's saved one speaks.
    let lang = me.language.unwrap_or_default();
    let say = |key, args: &[(&str, crate::i18n::Arg)]| crate::i18n::tr_in(lang, key, args);
    use crate::i18n::k;
    access::authorize_self_service(&actor, SelfService::CalendarFeed)?;
    let now = Utc::now();
    let filter = ShiftFilter { from: Some(now - Duration::days(30)), to: Some(now + Duration::days(90)), limit: 5000, ..Default::default() };
    let shifts = store::list(db, access::visibility(&actor), &filter).await?;
    let mut cal = Calendar::new();
    cal.name(&say(k::CALENDAR_FEED_NAME, &[])).append_property(("X-PUBLISHED-TTL", "PT1H"));
    for s in shifts {
        let summary = match actor.role {
            crate::domain::role::Role::Mentor => format!("{} – {}", s.citizen_name, s.opening_title),
            _ => format!("{} – {}", s.company_name, s.opening_title),
        };
        let mut ev = icalendar::Event::new();
        ev.uid(&format!("shift-{}@fodfaeste", s.id)).summary(&summary).starts(s.starts_at).ends(s.ends_at);
        if let Some(place) = s.place() {
            ev.location(&place);
        }
        let mut description = say(k::CALENDAR_FEED_STATUS, &[("status", say(s.status.label_key(), &[]).into())]);
        if let Some(m) = &s.mentor_name {
            description.push('\n');
            description.push_str(&say(k::CALENDAR_FEED_MENTOR, &[("name", m.into())]));
        }
        ev.description(&description);
        if matches!(s.status, ShiftStatus::Cancelled | ShiftStatus::Absent) {
            ev.status(EventStatus::Cancelled);
        }
        cal.push(ev.done());
    }
    Ok(cal.done().to_string())
}
