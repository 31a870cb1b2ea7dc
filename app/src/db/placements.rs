use chrono::NaiveDate;
use sqlx::any::AnyRow;

use crate::domain::access::{PlacementParties, Visibility};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::opening::{takes_placements, OpeningKind, OpeningStatus, Review};
use crate::domain::placement::{Ending, FollowUp, FollowUpOutcome, Outcome, PlacementPlan, PlacementRecord};
use crate::domain::models::PlacementView;
use crate::domain::time_entry::PlacementWindow;

use super::clause::Clause;
use super::{col, internal, now_ts, Db};

/// Which placements `v` sees, as conditions over `p` (placements) and `c` (citizens) with the
/// municipality as `$1`; callers add their own filters. `None`: it sees none.
pub(crate) fn visible(v: Visibility) -> Option<Clause> {
    let (municipality_id, narrower) = parties(v)?;
    let mut w = Clause::new("p.municipality_id =", municipality_id);
    match narrower {
        Some(Party::Citizen(user_id)) => w.and("c.user_id =", user_id),
        Some(Party::Mentor(user_id)) => w.and("p.mentor_user_id =", user_id),
        None => &mut w,
    };
    Some(w)
}

/// Which citizens `v` sees, as conditions over `c` (citizens) with the municipality as `$1`:
/// a mentor those of the placements they mentor, by the same parties as [`visible`]. For
/// what belongs to a citizen rather than a placement (absences).
pub(crate) fn visible_citizens(v: Visibility) -> Option<Clause> {
    let (municipality_id, narrower) = parties(v)?;
    let mut w = Clause::new("c.municipality_id =", municipality_id);
    match narrower {
        Some(Party::Citizen(user_id)) => w.and("c.user_id =", user_id),
        Some(Party::Mentor(user_id)) => w.and_with(user_id, |n| {
            format!("EXISTS (SELECT 1 FROM placements p WHERE p.citizen_id = c.id AND p.municipality_id = $1 AND p.mentor_user_id = {n})")
        }),
        None => &mut w,
    };
    Some(w)
}

enum Party {
    Citizen(i64),
    Mentor(i64),
}

/// The municipality `v` sees within, and the party that narrows it to their own placements.
fn parties(v: Visibility) -> Option<(i64, Option<Party>)> {
    match v {
        Visibility::OwnAsCitizen { municipality_id, user_id } => Some((municipality_id, Some(Party::Citizen(user_id)))),
        Visibility::Mentored { municipality_id, user_id } => Some((municipality_id, Some(Party::Mentor(user_id)))),
        Visibility::Municipality { municipality_id } => Some((municipality_id, None)),
        Visibility::Nothing => None,
    }
}

pub struct PlacementFacts {
    pub parties: PlacementParties,
    pub window: PlacementWindow,
    pub citizen_id: i64,
    pub ended: bool,
    /// Off (None) or the minutes an entry may lie off its shift and be confirmed by itself.
    pub auto_confirm_minutes: Option<i64>,
}

pub async fn facts(db: &Db, placement_id: i64) -> Result<Option<PlacementFacts>, AppError> {
    let row = sqlx::query(
        "SELECT p.municipality_id, p.citizen_id, c.user_id AS citizen_user_id, p.mentor_user_id,
                p.status, p.starts_on, p.ends_on, p.auto_confirm_minutes
         FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE p.id = $1",
    )
    .bind(placement_id)
    .fetch_optional(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    let status: String = col(&r, "status")?;
    let starts_on: String = col(&r, "starts_on")?;
    let ends_on: Option<String> = col(&r, "ends_on")?;
    let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| AppError::Internal);
    Ok(Some(PlacementFacts {
        parties: PlacementParties {
            municipality_id: col(&r, "municipality_id")?,
            citizen_user_id: col(&r, "citizen_user_id")?,
            mentor_user_id: col(&r, "mentor_user_id")?,
        },
        window: PlacementWindow {
            active: status == "active",
            starts_on: parse(&starts_on)?,
            ends_on: ends_on.as_deref().map(parse).transpose()?,
        },
        citizen_id: col(&r, "citizen_id")?,
        ended: status == "ended",
        auto_confirm_minutes: col(&r, "auto_confirm_minutes")?,
    }))
}

fn view(r: &AnyRow) -> Result<PlacementView, AppError> {
    Ok(PlacementView {
        id: col(r, "id")?,
        citizen_name: col(r, "citizen_name")?,
        company_name: col(r, "company_name")?,
        opening_title: col(r, "opening_title")?,
        kind: col(r, "kind")?,
        mentor_name: col(r, "mentor_name")?,
        hourly_wage_ore: col(r, "hourly_wage_ore")?,
        starts_on: col(r, "starts_on")?,
        ends_on: col(r, "ends_on")?,
        status: col(r, "status")?,
        auto_confirm_minutes: col(r, "auto_confirm_minutes")?,
    })
}

/// Turns automatic confirmation off (None) or on within `minutes`.
pub async fn set_auto_confirm(db: &Db, municipality_id: i64, placement_id: i64, minutes: Option<i64>) -> Result<(), AppError> {
    sqlx::query("UPDATE placements SET auto_confirm_minutes = $1 WHERE id = $2 AND municipality_id = $3")
        .bind(minutes)
        .bind(placement_id)
        .bind(municipality_id)
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(())
}

pub async fn list_visible(db: &Db, v: Visibility) -> Result<Vec<PlacementView>, AppError> {
    let Some(w) = visible(v) else { return Ok(vec![]) };
    let sql = format!(
        "SELECT p.id, c.name AS citizen_name, co.name AS company_name, o.title AS opening_title, o.kind,
                mu.display_name AS mentor_name, p.hourly_wage_ore, p.starts_on, p.ends_on, p.status, p.auto_confirm_minutes
         FROM placements p
         JOIN citizens c ON c.id = p.citizen_id
         JOIN companies co ON co.id = p.company_id
         JOIN openings o ON o.id = p.opening_id
         LEFT JOIN users mu ON mu.id = p.mentor_user_id
         WHERE {}
         ORDER BY p.starts_on DESC, p.id DESC",
        w.sql()
    );
    let rows = w.bind(sqlx::query(&sql)).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(view).collect()
}

const RECORD: &str = "SELECT p.id, p.citizen_id, c.name AS citizen_name, p.opening_id, o.title AS opening_title, o.kind,
        p.company_id, co.name AS company_name, p.mentor_user_id, mu.display_name AS mentor_name, cu.display_name AS caseworker_name,
        p.starts_on, p.ends_on, p.agreed_weeks, p.agreed_hours_per_week, p.hourly_wage_ore, p.status, p.ended_on, p.outcome,
        p.outcome_note, p.follow_up_3_on, p.follow_up_3_outcome, p.follow_up_6_on, p.follow_up_6_outcome
    FROM placements p
    JOIN citizens c ON c.id = p.citizen_id
    JOIN openings o ON o.id = p.opening_id
    JOIN companies co ON co.id = p.company_id
    LEFT JOIN users mu ON mu.id = p.mentor_user_id
    LEFT JOIN users cu ON cu.id = p.caseworker_user_id";

fn record(r: &AnyRow) -> Result<PlacementRecord, AppError> {
    let kind: String = col(r, "kind")?;
    let outcome: Option<String> = col(r, "outcome")?;
    let f3: Option<String> = col(r, "follow_up_3_outcome")?;
    let f6: Option<String> = col(r, "follow_up_6_outcome")?;
    let follow = |s: Option<String>| s.as_deref().map(|s| FollowUpOutcome::parse(s).ok_or(AppError::Internal)).transpose();
    Ok(PlacementRecord {
        id: col(r, "id")?,
        citizen_id: col(r, "citizen_id")?,
        citizen_name: col(r, "citizen_name")?,
        opening_id: col(r, "opening_id")?,
        opening_title: col(r, "opening_title")?,
        kind: OpeningKind::parse(&kind).ok_or(AppError::Internal)?,
        company_id: col(r, "company_id")?,
        company_name: col(r, "company_name")?,
        mentor_user_id: col(r, "mentor_user_id")?,
        mentor_name: col(r, "mentor_name")?,
        caseworker_name: col(r, "caseworker_name")?,
        starts_on: col(r, "starts_on")?,
        ends_on: col(r, "ends_on")?,
        agreed_weeks: col(r, "agreed_weeks")?,
        agreed_hours_per_week: col(r, "agreed_hours_per_week")?,
        hourly_wage_ore: col(r, "hourly_wage_ore")?,
        status: col(r, "status")?,
        ended_on: col(r, "ended_on")?,
        outcome: outcome.as_deref().map(|s| Outcome::parse(s).ok_or(AppError::Internal)).transpose()?,
        outcome_note: col(r, "outcome_note")?,
        follow_up_3_on: col(r, "follow_up_3_on")?,
        follow_up_3_outcome: follow(f3)?,
        follow_up_6_on: col(r, "follow_up_6_on")?,
        follow_up_6_outcome: follow(f6)?,
    })
}

pub async fn get_record(db: &Db, municipality_id: i64, id: i64) -> Result<Option<PlacementRecord>, AppError> {
    let sql = format!("{RECORD} WHERE p.id = $1 AND p.municipality_id = $2");
    let row = sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(record).transpose()
}

/// A citizen's, an opening's or a company's placements (0: any), newest first.
pub async fn records(db: &Db, municipality_id: i64, citizen_id: i64, opening_id: i64, company_id: i64) -> Result<Vec<PlacementRecord>, AppError> {
    let sql = format!(
        "{RECORD} WHERE p.municipality_id = $1 AND ($2 = 0 OR p.citizen_id = $2) AND ($3 = 0 OR p.opening_id = $3)
           AND ($4 = 0 OR p.company_id = $4) ORDER BY p.starts_on DESC, p.id DESC"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(citizen_id).bind(opening_id).bind(company_id).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(record).collect()
}

pub struct NewPlacement<'a> {
    pub municipality_id: i64,
    pub opening_id: i64,
    pub citizen_id: i64,
    pub company_id: i64,
    pub mentor_user_id: Option<i64>,
    pub caseworker_user_id: i64,
    pub plan: &'a PlacementPlan,
}

/// Places a citizen in an opening. The opening's row is written first, so two caseworkers
/// placing into its last seat at once are taken one after the other; the seat count and the
/// "already in it" check run inside that. The opening is marked filled when its last seat goes.
pub async fn create(db: &Db, n: &NewPlacement<'_>) -> Result<i64, AppError> {
    let mut tx = db.begin_write().await?;
    let now = now_ts();
    let row = sqlx::query(
        "UPDATE openings SET updated_at = $1 WHERE id = $2 AND municipality_id = $3
         RETURNING status, review, CAST(seats AS BIGINT) AS seats,
           (SELECT COUNT(*) FROM placements p WHERE p.opening_id = openings.id AND p.status IN ('planned', 'active')) AS taken,
           (SELECT COUNT(*) FROM placements p WHERE p.opening_id = openings.id AND p.citizen_id = $4 AND p.status IN ('planned', 'active')) AS mine",
    )
    .bind(now)
    .bind(n.opening_id)
    .bind(n.municipality_id)
    .bind(n.citizen_id)
    .fetch_optional(&mut *tx)
    .await
    .map_err(internal)?
    .ok_or(AppError::NotFound)?;
    let status: String = col(&row, "status")?;
    let review: Option<String> = col(&row, "review")?;
    let seats: i64 = col(&row, "seats")?;
    let taken: i64 = col(&row, "taken")?;
    let mine: i64 = col(&row, "mine")?;
    let status = OpeningStatus::parse(&status).ok_or(AppError::Internal)?;
    if !takes_placements(status, review.as_deref().and_then(Review::parse)) {
        return Err(AppError::invalid(Rule::OpeningNotOpen, Field::OpeningId));
    }
    if mine > 0 {
        return Err(AppError::invalid(Rule::AlreadyPlaced, Field::CitizenId));
    }
    if taken >= seats {
        return Err(AppError::invalid(Rule::NoSeatsLeft, Field::OpeningId));
    }
    let p = n.plan;
    let row = sqlx::query(
        "INSERT INTO placements (municipality_id, citizen_id, opening_id, company_id, mentor_user_id, caseworker_user_id,
            starts_on, ends_on, agreed_weeks, agreed_hours_per_week, hourly_wage_ore, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
    )
    .bind(n.municipality_id)
    .bind(n.citizen_id)
    .bind(n.opening_id)
    .bind(n.company_id)
    .bind(n.mentor_user_id)
    .bind(n.caseworker_user_id)
    .bind(p.starts_on.to_string())
    .bind(p.ends_on.map(|d| d.to_string()))
    .bind(p.weeks)
    .bind(p.agreed_hours_per_week)
    .bind(p.hourly_wage_ore)
    .bind(p.status)
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(internal)?;
    let id: i64 = col(&row, "id")?;
    if taken + 1 >= seats {
        sqlx::query("UPDATE openings SET status = 'filled' WHERE id = $1").bind(n.opening_id).execute(&mut *tx).await.map_err(internal)?;
    }
    tx.commit().await.map_err(internal)?;
    Ok(id)
}

pub async fn extend(db: &Db, municipality_id: i64, id: i64, weeks: i64, ends_on: NaiveDate) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE placements SET agreed_weeks = $1, ends_on = $2, updated_at = $3 WHERE id = $4 AND municipality_id = $5 AND status <> 'ended'",
    )
    .bind(weeks)
    .bind(ends_on.to_string())
    .bind(now_ts())
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// Ends a placement that has not ended; false when it already had. Planned shifts after the
/// end are cancelled so nobody is expected at work.
pub async fn end(db: &Db, municipality_id: i64, id: i64, e: &Ending, by: i64) -> Result<bool, AppError> {
    let mut tx = db.begin_write().await?;
    let now = now_ts();
    let done = sqlx::query(
        "UPDATE placements SET status = 'ended', ended_on = $1, outcome = $2, outcome_note = $3, follow_up_3_on = $4,
            follow_up_6_on = $5, updated_at = $6 WHERE id = $7 AND municipality_id = $8 AND status <> 'ended'",
    )
    .bind(e.ended_on.to_string())
    .bind(e.outcome.as_str())
    .bind(&e.note)
    .bind(e.follow_up_3_on.to_string())
    .bind(e.follow_up_6_on.to_string())
    .bind(now)
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let (_, after_end) = crate::domain::local_time::day_span(e.ended_on);
    sqlx::query(
        "UPDATE shifts SET status = 'cancelled', cancel_reason = 'Forløbet er afsluttet', updated_by = $1, updated_at = $2
         WHERE placement_id = $3 AND status = 'planned' AND starts_at >= $4",
    )
    .bind(by)
    .bind(now)
    .bind(id)
    .bind(after_end.timestamp())
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

pub async fn record_follow_up(db: &Db, municipality_id: i64, id: i64, which: FollowUp, outcome: FollowUpOutcome) -> Result<(), AppError> {
    let column = match which {
        FollowUp::ThreeMonths => "follow_up_3_outcome",
        FollowUp::SixMonths => "follow_up_6_outcome",
    };
    sqlx::query(&format!("UPDATE placements SET {column} = $1, updated_at = $2 WHERE id = $3 AND municipality_id = $4"))
        .bind(outcome.as_str())
        .bind(now_ts())
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(())
}

/// Planned placements whose first day has come become active. Run at start and every few
/// minutes by the server; returns how many changed.
pub async fn activate_due(db: &Db, today: NaiveDate) -> Result<u64, AppError> {
    let done = sqlx::query("UPDATE placements SET status = 'active', updated_at = $1 WHERE status = 'planned' AND starts_on <= $2")
        .bind(now_ts())
        .bind(today.to_string())
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(done.rows_affected())
}

/// The citizens of the placements `v` sees that have not ended: whom a mentor's pages show.
pub async fn current_citizens(db: &Db, v: Visibility) -> Result<Vec<i64>, AppError> {
    let Some(w) = visible(v) else { return Ok(vec![]) };
    let sql = format!("SELECT DISTINCT p.citizen_id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE {} AND p.status <> 'ended'", w.sql());
    let rows = w.bind(sqlx::query(&sql)).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(|r| col(r, "citizen_id")).collect()
}
