//! Companies of a municipality, with the counts the desk lists them by.
use sqlx::any::AnyRow;

use crate::domain::company::{CompanyFields, CompanyView};
use crate::domain::error::{AppError, Field, Rule};

use super::{col, internal, is_unique_violation, now_ts, Db};

const SELECT: &str = "SELECT co.id, co.municipality_id, co.cvr, co.name, co.address, co.postcode, co.contact_name, co.contact_phone,
        co.contact_email, CAST(co.is_social_enterprise AS BIGINT) AS is_social_enterprise, co.social_enterprise_since,
        co.caseworker_user_id, u.display_name AS caseworker_name,
        (SELECT COUNT(*) FROM openings o WHERE o.company_id = co.id AND o.status = 'open'
            AND (o.review IS NULL OR o.review = 'approved')) AS open_openings,
        (SELECT COUNT(*) FROM openings o WHERE o.company_id = co.id AND o.review = 'waiting') AS waiting_proposals,
        (SELECT COUNT(*) FROM placements p WHERE p.company_id = co.id AND p.status IN ('planned', 'active')) AS active_placements
    FROM companies co LEFT JOIN users u ON u.id = co.caseworker_user_id";

fn view(r: &AnyRow) -> Result<CompanyView, AppError> {
    Ok(CompanyView {
        id: col(r, "id")?,
        cvr: col(r, "cvr")?,
        name: col(r, "name")?,
        address: col(r, "address")?,
        postcode: col(r, "postcode")?,
        contact_name: col(r, "contact_name")?,
        contact_phone: col(r, "contact_phone")?,
        contact_email: col(r, "contact_email")?,
        is_social_enterprise: col::<i64>(r, "is_social_enterprise")? != 0,
        social_enterprise_since: col(r, "social_enterprise_since")?,
        caseworker_user_id: col(r, "caseworker_user_id")?,
        caseworker_name: col(r, "caseworker_name")?,
        open_openings: col(r, "open_openings")?,
        waiting_proposals: col(r, "waiting_proposals")?,
        active_placements: col(r, "active_placements")?,
    })
}

fn taken(e: sqlx::Error) -> AppError {
    if is_unique_violation(&e) {
        AppError::invalid(Rule::CvrTaken, Field::Cvr)
    } else {
        internal(e)
    }
}

pub async fn insert(db: &Db, municipality_id: i64, f: &CompanyFields, caseworker: Option<i64>) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO companies (municipality_id, cvr, name, address, postcode, contact_name, contact_phone, contact_email,
            is_social_enterprise, social_enterprise_since, caseworker_user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(municipality_id)
    .bind(&f.cvr)
    .bind(&f.name)
    .bind(&f.address)
    .bind(&f.postcode)
    .bind(&f.contact_name)
    .bind(&f.contact_phone)
    .bind(&f.contact_email)
    .bind(i64::from(f.social_enterprise_since.is_some()))
    .bind(f.social_enterprise_since.map(|d| d.to_string()))
    .bind(caseworker)
    .bind(now_ts())
    .fetch_one(&mut *db.reader().await?)
    .await
    .map_err(taken)?;
    col(&row, "id")
}

/// False when there is no such company in the municipality.
pub async fn update(db: &Db, municipality_id: i64, id: i64, f: &CompanyFields) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE companies SET cvr = $1, name = $2, address = $3, postcode = $4, contact_name = $5, contact_phone = $6,
            contact_email = $7, is_social_enterprise = $8, social_enterprise_since = $9, updated_at = $10
         WHERE id = $11 AND municipality_id = $12",
    )
    .bind(&f.cvr)
    .bind(&f.name)
    .bind(&f.address)
    .bind(&f.postcode)
    .bind(&f.contact_name)
    .bind(&f.contact_phone)
    .bind(&f.contact_email)
    .bind(i64::from(f.social_enterprise_since.is_some()))
    .bind(f.social_enterprise_since.map(|d| d.to_string()))
    .bind(now_ts())
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(taken)?;
    Ok(done.rows_affected() == 1)
}

pub async fn get(db: &Db, municipality_id: i64, id: i64) -> Result<Option<CompanyView>, AppError> {
    let sql = format!("{SELECT} WHERE co.id = $1 AND co.municipality_id = $2");
    let row = sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(&mut *db.reader().await?).await.map_err(internal)?;
    row.as_ref().map(view).transpose()
}

/// The municipality's companies by name; `query` narrows by any part of the name (any case,
/// any script: `domain::search`) or of the CVR number.
pub async fn list(db: &Db, municipality_id: i64, query: &str) -> Result<Vec<CompanyView>, AppError> {
    let sql = format!("{SELECT} WHERE co.municipality_id = $1 ORDER BY co.name, co.id");
    let rows = sqlx::query(&sql).bind(municipality_id).fetch_all(&mut *db.reader().await?).await.map_err(internal)?;
    let q = crate::domain::search::fold(query);
    let all: Vec<CompanyView> = rows.iter().map(view).collect::<Result<_, _>>()?;
    Ok(all.into_iter().filter(|c| crate::domain::search::holds(&c.name, &q) || c.cvr.contains(&q)).collect())
}
