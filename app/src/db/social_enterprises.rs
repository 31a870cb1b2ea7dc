//! Social-economic enterprise initiatives and their partnerships. Establishing one marks its
//! company in the same transaction, so the goal counts it from that day.
use chrono::NaiveDate;
use sqlx::any::AnyRow;

use crate::domain::error::{AppError, Field, Rule};
use crate::domain::social_enterprise::{Initiative, InitiativeView, Partnership, PartnershipView, Stage};

use super::{col, internal, is_unique_violation, now_ts, parse_day, Db};

fn optional_day(r: &AnyRow, name: &str) -> Result<Option<NaiveDate>, AppError> {
    col::<Option<String>>(r, name)?.map(|d| parse_day(&d)).transpose()
}

const SELECT: &str = "SELECT i.id, i.name, i.stage, i.advisor_user_id, u.display_name AS advisor_name, i.company_id,
        co.name AS company_name, i.notes, i.started_on, i.established_on, i.closed_on
    FROM social_enterprise_initiatives i
    LEFT JOIN users u ON u.id = i.advisor_user_id
    LEFT JOIN companies co ON co.id = i.company_id";

fn view(r: &AnyRow) -> Result<InitiativeView, AppError> {
    Ok(InitiativeView {
        id: col(r, "id")?,
        name: col(r, "name")?,
        stage: Stage::parse(&col::<String>(r, "stage")?).ok_or(AppError::Internal)?,
        advisor_user_id: col(r, "advisor_user_id")?,
        advisor_name: col(r, "advisor_name")?,
        company_id: col(r, "company_id")?,
        company_name: col(r, "company_name")?,
        notes: col(r, "notes")?,
        started_on: parse_day(&col::<String>(r, "started_on")?)?,
        established_on: optional_day(r, "established_on")?,
        closed_on: optional_day(r, "closed_on")?,
        partnerships: Vec::new(),
    })
}

pub async fn list(db: &Db, municipality_id: i64) -> Result<Vec<InitiativeView>, AppError> {
    let rows = sqlx::query(&format!("{SELECT} WHERE i.municipality_id = $1 ORDER BY i.started_on DESC, i.id DESC"))
        .bind(municipality_id)
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    rows.iter().map(view).collect()
}

pub async fn get(db: &Db, municipality_id: i64, id: i64) -> Result<Option<InitiativeView>, AppError> {
    let Some(row) = sqlx::query(&format!("{SELECT} WHERE i.municipality_id = $1 AND i.id = $2"))
        .bind(municipality_id)
        .bind(id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?
    else {
        return Ok(None);
    };
    let mut v = view(&row)?;
    let partners = sqlx::query(
        "SELECT pa.id, pa.company_id, co.name AS company_name, pa.description, pa.since
         FROM social_enterprise_partnerships pa JOIN companies co ON co.id = pa.company_id
         WHERE pa.initiative_id = $1 ORDER BY pa.since, pa.id",
    )
    .bind(id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    v.partnerships = partners
        .iter()
        .map(|r| {
            Ok(PartnershipView {
                id: col(r, "id")?,
                company_id: col(r, "company_id")?,
                company_name: col(r, "company_name")?,
                description: col(r, "description")?,
                since: parse_day(&col::<String>(r, "since")?)?,
            })
        })
        .collect::<Result<_, AppError>>()?;
    Ok(Some(v))
}

/// Saves an initiative (`id` None: a new one) and, once established, marks its company a
/// social-economic enterprise from that day unless it already was one earlier.
pub async fn save(db: &Db, municipality_id: i64, id: Option<i64>, i: &Initiative) -> Result<Option<i64>, AppError> {
    let now = now_ts();
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let mut tx = db.begin_write().await?;
    let saved = match id {
        None => {
            let row = sqlx::query(
                "INSERT INTO social_enterprise_initiatives (municipality_id, name, stage, advisor_user_id, company_id, notes,
                    started_on, established_on, closed_on, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            )
            .bind(municipality_id)
            .bind(&i.name)
            .bind(i.stage.as_str())
            .bind(i.advisor_user_id)
            .bind(i.company_id)
            .bind(&i.notes)
            .bind(i.started_on.to_string())
            .bind(date(i.established_on))
            .bind(date(i.closed_on))
            .bind(now)
            .fetch_one(&mut *tx)
            .await
            .map_err(internal)?;
            Some(col::<i64>(&row, "id")?)
        }
        Some(id) => {
            let done = sqlx::query(
                "UPDATE social_enterprise_initiatives SET name = $1, stage = $2, advisor_user_id = $3, company_id = $4, notes = $5,
                    started_on = $6, established_on = $7, closed_on = $8, updated_at = $9
                 WHERE id = $10 AND municipality_id = $11",
            )
            .bind(&i.name)
            .bind(i.stage.as_str())
            .bind(i.advisor_user_id)
            .bind(i.company_id)
            .bind(&i.notes)
            .bind(i.started_on.to_string())
            .bind(date(i.established_on))
            .bind(date(i.closed_on))
            .bind(now)
            .bind(id)
            .bind(municipality_id)
            .execute(&mut *tx)
            .await
            .map_err(internal)?;
            (done.rows_affected() == 1).then_some(id)
        }
    };
    if saved.is_none() {
        return Ok(None);
    }
    if let Some((company, since)) = i.marks_company() {
        sqlx::query(
            "UPDATE companies SET is_social_enterprise = 1, social_enterprise_since = $1, updated_at = $2
             WHERE id = $3 AND municipality_id = $4 AND (social_enterprise_since IS NULL OR social_enterprise_since > $1)",
        )
        .bind(since.to_string())
        .bind(now)
        .bind(company)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    }
    tx.commit().await.map_err(internal)?;
    Ok(saved)
}

pub async fn add_partnership(db: &Db, municipality_id: i64, initiative_id: i64, p: &Partnership) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO social_enterprise_partnerships (municipality_id, initiative_id, company_id, description, since, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(municipality_id)
    .bind(initiative_id)
    .bind(p.company_id)
    .bind(&p.description)
    .bind(p.since.to_string())
    .bind(now_ts())
    .fetch_one(&mut *db.write_conn().await?)
    .await
    .map_err(|e| if is_unique_violation(&e) { AppError::invalid(Rule::PartnershipExists, Field::CompanyId) } else { internal(e) })?;
    col(&row, "id")
}

async fn exists(db: &Db, sql: &str, id: i64, municipality_id: i64) -> Result<bool, AppError> {
    let row = sqlx::query(sql).bind(id).bind(municipality_id).fetch_one(&mut *db.reader().await?).await.map_err(internal)?;
    Ok(col::<i64>(&row, "n")? > 0)
}

pub async fn company_in(db: &Db, municipality_id: i64, company_id: i64) -> Result<bool, AppError> {
    exists(db, "SELECT COUNT(*) AS n FROM companies WHERE id = $1 AND municipality_id = $2", company_id, municipality_id).await
}

/// A staff member of the municipality: a caseworker, an admin or a manager.
pub async fn advisor_in(db: &Db, municipality_id: i64, user_id: i64) -> Result<bool, AppError> {
    let sql = "SELECT COUNT(*) AS n FROM users WHERE id = $1 AND municipality_id = $2 AND role IN ('caseworker', 'admin', 'manager')";
    exists(db, sql, user_id, municipality_id).await
}

/// Staff who may follow an initiative, by name.
pub async fn advisors(db: &Db, municipality_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    let rows = sqlx::query(
        "SELECT id, display_name FROM users WHERE municipality_id = $1 AND role IN ('caseworker', 'admin', 'manager') AND is_active = 1
         ORDER BY display_name",
    )
    .bind(municipality_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    rows.iter().map(|r| Ok((col(r, "id")?, col(r, "display_name")?))).collect()
}
