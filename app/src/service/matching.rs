//! Matching: citizens ranked for an opening, and openings for a citizen, by the documented
//! score of `domain::matching`.
use crate::db::openings::OpeningFilter;
use crate::db::{citizens, openings, Db};
use crate::domain::access::{self, Actor, Desk};
use crate::domain::error::AppError;
use crate::domain::matching::{self, MatchView, OpeningSide};
use crate::domain::opening::OpeningView;
use crate::i18n::Locale;

/// The candidate with each part's reason in the reader's words.
fn view(locale: Locale, id: i64, mut parts: Vec<matching::ScorePart>, name: String, postcode: Option<String>) -> MatchView {
    for p in &mut parts {
        p.reason = crate::i18n::describe::match_reason(locale, &p.why);
    }
    MatchView { id, name, postcode, score: matching::total(&parts), parts }
}

fn side(o: &OpeningView) -> OpeningSide {
    OpeningSide { postcode: o.postcode.clone(), hours_per_week: o.hours_per_week, kind: o.kind }
}

/// The best `limit` citizens for an opening. Every citizen shown is audited.
pub async fn citizens_for(db: &Db, actor: &Actor, opening_id: i64, limit: usize, locale: Locale) -> Result<Vec<MatchView>, AppError> {
    access::authorize_desk(actor, Desk::Openings)?;
    let opening = openings::get(db, actor.municipality_id, opening_id).await?.ok_or(AppError::NotFound)?;
    let o = side(&opening);
    let scored = citizens::for_matching(db, actor.municipality_id, opening_id)
        .await?
        .into_iter()
        .map(|c| (c.id, matching::score(&c.side, &o), (c.name, c.side.postcode)))
        .collect();
    let shown: Vec<MatchView> = matching::rank(scored)
        .into_iter()
        .take(limit)
        .map(|(id, parts, (name, postcode))| view(locale, id, parts, name, postcode))
        .collect();
    let ids: Vec<i64> = shown.iter().map(|m| m.id).collect();
    crate::service::audit::read(db, actor, ids, crate::domain::audit::Action::MatchView, &format!("opening:{opening_id}")).await?;
    Ok(shown)
}

/// The open openings ranked for one citizen.
pub async fn openings_for(db: &Db, actor: &Actor, citizen_id: i64, limit: usize, locale: Locale) -> Result<Vec<MatchView>, AppError> {
    access::authorize_desk(actor, Desk::Openings)?;
    let citizen = citizens::get(db, actor.municipality_id, citizen_id).await?.ok_or(AppError::NotFound)?;
    let open = openings::list(db, actor.municipality_id, OpeningFilter { open_only: true, ..Default::default() }).await?;
    let scored = open
        .into_iter()
        .filter(|o| o.seats_taken < o.seats)
        .map(|o| (o.id, matching::score(&citizen.side, &side(&o)), (format!("{} – {}", o.title, o.company_name), o.postcode)))
        .collect();
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(citizen_id), crate::domain::audit::Action::MatchView, &format!("citizen:{citizen_id}")).await?;
    Ok(matching::rank(scored)
        .into_iter()
        .take(limit)
        .map(|(id, parts, (name, postcode))| view(locale, id, parts, name, postcode))
        .collect())
}
