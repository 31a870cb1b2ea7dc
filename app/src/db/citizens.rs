//! Citizens as matching and the desk read them.
use sqlx::any::AnyRow;

use crate::domain::citizen_record::{CitizenFields, CitizenRecord};
use crate::domain::error::AppError;
use crate::domain::matching::CitizenSide;
use crate::domain::target_group::TargetGroup;

use super::{col, internal, now_ts, Db};

/// A citizen with what matching needs.
pub struct MatchCitizen {
    pub id: i64,
    pub name: String,
    pub side: CitizenSide,
}

const SELECT: &str = "SELECT c.id, c.name, c.postcode, c.target_group, c.wanted_hours_per_week,
        (SELECT COUNT(*) FROM placements p WHERE p.citizen_id = c.id AND p.status IN ('planned', 'active')) AS placements
    FROM citizens c";

fn citizen(r: &AnyRow) -> Result<MatchCitizen, AppError> {
    let group: String = col(r, "target_group")?;
    Ok(MatchCitizen {
        id: col(r, "id")?,
        name: col(r, "name")?,
        side: CitizenSide {
            postcode: col(r, "postcode")?,
            wanted_hours_per_week: col(r, "wanted_hours_per_week")?,
            target_group: TargetGroup::parse(&group),
            already_placed: col::<i64>(r, "placements")? > 0,
        },
    })
}

/// Citizens of the municipality who may be matched: not already in `opening_id`.
pub async fn for_matching(db: &Db, municipality_id: i64, opening_id: i64) -> Result<Vec<MatchCitizen>, AppError> {
    let sql = format!(
        "{SELECT} WHERE c.municipality_id = $1
           AND NOT EXISTS (SELECT 1 FROM placements x WHERE x.citizen_id = c.id AND x.opening_id = $2 AND x.status IN ('planned', 'active'))"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(opening_id).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(citizen).collect()
}

pub async fn get(db: &Db, municipality_id: i64, citizen_id: i64) -> Result<Option<MatchCitizen>, AppError> {
    let sql = format!("{SELECT} WHERE c.id = $1 AND c.municipality_id = $2");
    let row = sqlx::query(&sql).bind(citizen_id).bind(municipality_id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(citizen).transpose()
}

const RECORD: &str = "SELECT c.id, c.name, c.phone, c.email, c.postcode, c.target_group, c.referred_on, c.wanted_hours_per_week,
        c.accommodations, c.language, c.needs_interpreter, cw.display_name AS caseworker_name,
        CASE WHEN u.password_hash IS NOT NULL AND u.is_active = 1 THEN 1 ELSE 0 END AS can_log_in
    FROM citizens c LEFT JOIN users cw ON cw.id = c.caseworker_user_id LEFT JOIN users u ON u.id = c.user_id";

fn record(r: &AnyRow) -> Result<CitizenRecord, AppError> {
    let group: String = col(r, "target_group")?;
    Ok(CitizenRecord {
        id: col(r, "id")?,
        name: col(r, "name")?,
        phone: col(r, "phone")?,
        email: col(r, "email")?,
        postcode: col(r, "postcode")?,
        target_group: TargetGroup::parse(&group).ok_or(AppError::Internal)?,
        referred_on: col(r, "referred_on")?,
        wanted_hours_per_week: col(r, "wanted_hours_per_week")?,
        accommodations: col(r, "accommodations")?,
        caseworker_name: col(r, "caseworker_name")?,
        can_log_in: col::<i64>(r, "can_log_in")? == 1,
        language: col::<Option<String>>(r, "language")?.as_deref().and_then(crate::domain::locale::Locale::parse),
        needs_interpreter: col::<i64>(r, "needs_interpreter")? != 0,
    })
}

pub async fn get_record(db: &Db, municipality_id: i64, id: i64) -> Result<Option<CitizenRecord>, AppError> {
    let sql = format!("{RECORD} WHERE c.id = $1 AND c.municipality_id = $2");
    let row = sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(record).transpose()
}

/// A new citizen in `caseworker`'s caseload.
pub async fn insert(db: &Db, municipality_id: i64, f: &CitizenFields, caseworker: Option<i64>) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO citizens (municipality_id, name, phone, email, postcode, target_group, caseworker_user_id, referred_on,
            wanted_hours_per_week, accommodations, created_at, language, needs_interpreter)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(municipality_id)
    .bind(&f.name)
    .bind(&f.phone)
    .bind(&f.email)
    .bind(&f.postcode)
    .bind(f.target_group.as_str())
    .bind(caseworker)
    .bind(f.referred_on.map(|d| d.to_string()))
    .bind(f.wanted_hours_per_week)
    .bind(&f.accommodations)
    .bind(now_ts())
    .bind(f.language.map(|l| l.code()))
    .bind(i64::from(f.needs_interpreter))
    .fetch_one(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    col(&row, "id")
}

/// Changes the record; a citizen who can log in keeps the login e-mail in step.
pub async fn update(db: &Db, municipality_id: i64, id: i64, f: &CitizenFields) -> Result<bool, AppError> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE citizens SET name = $1, phone = $2, email = $3, postcode = $4, target_group = $5, referred_on = $6,
            wanted_hours_per_week = $7, accommodations = $8, language = $11, needs_interpreter = $12
         WHERE id = $9 AND municipality_id = $10",
    )
    .bind(&f.name)
    .bind(&f.phone)
    .bind(&f.email)
    .bind(&f.postcode)
    .bind(f.target_group.as_str())
    .bind(f.referred_on.map(|d| d.to_string()))
    .bind(f.wanted_hours_per_week)
    .bind(&f.accommodations)
    .bind(id)
    .bind(municipality_id)
    .bind(f.language.map(|l| l.code()))
    .bind(i64::from(f.needs_interpreter))
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    if let Some(email) = &f.email {
        sqlx::query("UPDATE users SET email = $1, display_name = $2 WHERE id = (SELECT user_id FROM citizens WHERE id = $3)")
            .bind(email)
            .bind(&f.name)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(super::users::email_taken)?;
    }
    tx.commit().await.map_err(internal)?;
    Ok(true)
}

/// The citizen's login user, made (without a password) when there is none yet.
pub async fn ensure_user(db: &Db, municipality_id: i64, citizen_id: i64, email: &str, name: &str) -> Result<i64, AppError> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query("SELECT user_id FROM citizens WHERE id = $1 AND municipality_id = $2")
        .bind(citizen_id)
        .bind(municipality_id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    if let Some(user) = col::<Option<i64>>(&row, "user_id")? {
        return Ok(user);
    }
    let row = sqlx::query(
        "INSERT INTO users (municipality_id, email, password_hash, role, display_name, created_at)
         VALUES ($1, $2, NULL, 'citizen', $3, $4) RETURNING id",
    )
    .bind(municipality_id)
    .bind(email)
    .bind(name)
    .bind(now_ts())
    .fetch_one(&mut *tx)
    .await
    .map_err(super::users::email_taken)?;
    let user: i64 = col(&row, "id")?;
    sqlx::query("UPDATE citizens SET user_id = $1 WHERE id = $2").bind(user).bind(citizen_id).execute(&mut *tx).await.map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok(user)
}

/// The phone numbers of citizens (those with one), for a mentor's "Ring".
pub async fn phones(db: &Db, municipality_id: i64, ids: &[i64]) -> Result<Vec<(i64, String)>, AppError> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    // Ids are integers the server holds, so they go into the statement as text.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!("SELECT id, phone FROM citizens WHERE municipality_id = $1 AND phone IS NOT NULL AND phone <> '' AND id IN ({list})");
    let rows = sqlx::query(&sql).bind(municipality_id).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    rows.iter().map(|r| Ok((col(r, "id")?, col(r, "phone")?))).collect()
}

/// The citizen's job consultant: name and phone.
pub async fn caseworker_contact(db: &Db, citizen_id: i64) -> Result<Option<crate::domain::models::Contact>, AppError> {
    let row = sqlx::query("SELECT u.display_name, u.phone FROM citizens c JOIN users u ON u.id = c.caseworker_user_id WHERE c.id = $1")
        .bind(citizen_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| Ok(crate::domain::models::Contact { name: col(&r, "display_name")?, phone: col(&r, "phone")? })).transpose()
}
