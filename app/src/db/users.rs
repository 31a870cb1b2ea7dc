use crate::domain::access::Actor;
use crate::domain::error::AppError;
use crate::domain::models::Me;
use crate::domain::role::Role;

use super::{col, internal, now_ts, Db};

pub struct LoginRecord {
    pub user_id: i64,
    pub password_hash: Option<String>,
}

pub async fn find_login(db: &Db, email: &str) -> Result<Option<LoginRecord>, AppError> {
    let row = sqlx::query("SELECT id, password_hash FROM users WHERE email = $1 AND is_active = 1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal)?;
    row.map(|r| Ok(LoginRecord { user_id: col(&r, "id")?, password_hash: col(&r, "password_hash")? }))
        .transpose()
}

pub async fn actor_and_me(db: &Db, user_id: i64) -> Result<Option<(Actor, Me)>, AppError> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.display_name, u.role, u.municipality_id, m.name AS municipality
         FROM users u JOIN municipalities m ON m.id = u.municipality_id
         WHERE u.id = $1 AND u.is_active = 1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await
    .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    let role_name: String = col(&r, "role")?;
    let role = Role::parse(&role_name).ok_or(AppError::Internal)?;
    let actor = Actor { user_id: col(&r, "id")?, municipality_id: col(&r, "municipality_id")?, role };
    let me = Me {
        id: actor.user_id,
        email: col(&r, "email")?,
        name: col(&r, "display_name")?,
        role,
        municipality: col(&r, "municipality")?,
    };
    Ok(Some((actor, me)))
}

pub async fn municipality_id_by_name(db: &Db, name: &str) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT id FROM municipalities WHERE name = $1")
        .bind(name)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal)?;
    row.map(|r| col(&r, "id")).transpose()
}

pub async fn insert_municipality(db: &Db, name: &str) -> Result<i64, AppError> {
    let row = sqlx::query("INSERT INTO municipalities (name, created_at) VALUES ($1, $2) RETURNING id")
        .bind(name)
        .bind(now_ts())
        .fetch_one(&db.pool)
        .await
        .map_err(internal)?;
    col(&row, "id")
}

pub struct NewUser<'a> {
    pub municipality_id: i64,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub display_name: &'a str,
    pub company_id: Option<i64>,
}

pub async fn insert_user(db: &Db, u: NewUser<'_>) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO users (municipality_id, email, password_hash, role, display_name, company_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(u.municipality_id)
    .bind(u.email)
    .bind(u.password_hash)
    .bind(u.role.as_str())
    .bind(u.display_name)
    .bind(u.company_id)
    .bind(now_ts())
    .fetch_one(&db.pool)
    .await
    .map_err(internal)?;
    col(&row, "id")
}

pub async fn email_exists(db: &Db, email: &str) -> Result<bool, AppError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&db.pool)
        .await
        .map_err(internal)?;
    Ok(col::<i64>(&row, "n")? > 0)
}

/// The citizen record of a citizen user: (citizen id, municipality).
pub async fn citizen_of_user(db: &Db, user_id: i64) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT id FROM citizens WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal)?;
    row.map(|r| col(&r, "id")).transpose()
}

pub async fn calendar_token(db: &Db, user_id: i64) -> Result<Option<String>, AppError> {
    let row = sqlx::query("SELECT calendar_token FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal)?;
    Ok(row.map(|r| col::<Option<String>>(&r, "calendar_token")).transpose()?.flatten())
}

pub async fn set_calendar_token(db: &Db, user_id: i64, token: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET calendar_token = $1 WHERE id = $2")
        .bind(token)
        .bind(user_id)
        .execute(&db.pool)
        .await
        .map_err(internal)?;
    Ok(())
}

pub async fn user_by_calendar_token(db: &Db, token: &str) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT id FROM users WHERE calendar_token = $1 AND is_active = 1")
        .bind(token)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal)?;
    row.map(|r| col(&r, "id")).transpose()
}
