use crate::domain::locale::Locale;
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
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| Ok(LoginRecord { user_id: col(&r, "id")?, password_hash: col(&r, "password_hash")? }))
        .transpose()
}

/// What a request needs to know of its user (`actor_and_me`, `session_store::user_of`): the
/// columns, and the joins from `users u`. Macros, so each statement stays one literal.
macro_rules! actor_columns {
    () => {
        "u.id, u.email, u.display_name, u.role, u.municipality_id, m.name AS municipality,
         COALESCE(u.language, c.language) AS language, m.accessibility_url, c.id AS citizen_id"
    };
}
macro_rules! actor_joins {
    () => {
        " JOIN municipalities m ON m.id = u.municipality_id LEFT JOIN citizens c ON c.user_id = u.id "
    };
}
pub(crate) use {actor_columns, actor_joins};

pub async fn actor_and_me(db: &Db, user_id: i64) -> Result<Option<(Actor, Me)>, AppError> {
    let row = sqlx::query(concat!("SELECT ", actor_columns!(), " FROM users u", actor_joins!(), "WHERE u.id = $1 AND u.is_active = 1"))
        .bind(user_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.as_ref().map(actor_and_me_of).transpose()
}

/// The user in a row selected with [`actor_columns`].
pub(crate) fn actor_and_me_of(r: &sqlx::any::AnyRow) -> Result<(Actor, Me), AppError> {
    let role_name: String = col(r, "role")?;
    let role = Role::parse(&role_name).ok_or(AppError::Internal)?;
    let actor = Actor { user_id: col(r, "id")?, municipality_id: col(r, "municipality_id")?, role, citizen_id: col(r, "citizen_id")? };
    let me = Me {
        id: actor.user_id,
        email: col(r, "email")?,
        name: col(r, "display_name")?,
        role,
        municipality: col(r, "municipality")?,
        language: col::<Option<String>>(r, "language")?.as_deref().and_then(Locale::parse),
        accessibility_url: col(r, "accessibility_url")?,
    };
    Ok((actor, me))
}

/// The user's language, saved so it follows them to every device; `None` forgets it.
pub async fn set_language(db: &Db, user_id: i64, language: Option<Locale>) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(language.map(Locale::code))
        .bind(user_id)
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(())
}

pub async fn municipality_id_by_name(db: &Db, name: &str) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT id FROM municipalities WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| col(&r, "id")).transpose()
}

pub async fn insert_municipality(db: &Db, name: &str) -> Result<i64, AppError> {
    let row = sqlx::query("INSERT INTO municipalities (name, created_at) VALUES ($1, $2) RETURNING id")
        .bind(name)
        .bind(now_ts())
        .fetch_one(&mut *db.write_conn().await?)
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
    .fetch_one(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    col(&row, "id")
}

pub async fn email_exists(db: &Db, email: &str) -> Result<bool, AppError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(col::<i64>(&row, "n")? > 0)
}

/// The logged-in user's own citizen record, if they have one: as found with the user, else
/// looked up.
pub async fn citizen_of(db: &Db, actor: &Actor) -> Result<Option<i64>, AppError> {
    match actor.citizen_id {
        Some(id) => Ok(Some(id)),
        None => citizen_of_user(db, actor.user_id).await,
    }
}

/// The citizen record of a citizen user.
async fn citizen_of_user(db: &Db, user_id: i64) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT id FROM citizens WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| col(&r, "id")).transpose()
}

/// Whether the user has a calendar feed. Only its hash is kept, so its address can be shown
/// once, when it is made.
pub async fn has_calendar_token(db: &Db, user_id: i64) -> Result<bool, AppError> {
    let row = sqlx::query("SELECT calendar_token_hash FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(row.map(|r| col::<Option<String>>(&r, "calendar_token_hash")).transpose()?.flatten().is_some())
}

pub async fn set_calendar_token(db: &Db, user_id: i64, token: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET calendar_token_hash = $1, calendar_token = NULL WHERE id = $2")
        .bind(super::secret_hash(token))
        .bind(user_id)
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(())
}

pub async fn user_by_calendar_token(db: &Db, token: &str) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT id FROM users WHERE calendar_token_hash = $1 AND is_active = 1")
        .bind(super::secret_hash(token))
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    row.map(|r| col(&r, "id")).transpose()
}

/// Calendar tokens kept in plain before migration 0011 become hashes; the feeds they open
/// keep working. A no-op once none is left.
pub(crate) async fn hash_plain_calendar_tokens(pool: &sqlx::AnyPool) -> Result<(), sqlx::Error> {
    use sqlx::Row;
    let rows = sqlx::query("SELECT id, calendar_token FROM users WHERE calendar_token IS NOT NULL").fetch_all(pool).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut tx = pool.begin().await?;
    for r in &rows {
        let token: String = r.try_get(1)?;
        sqlx::query("UPDATE users SET calendar_token_hash = $1, calendar_token = NULL WHERE id = $2")
            .bind(super::secret_hash(&token))
            .bind(r.try_get::<i64, _>(0)?)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// The company a mentor works at, when the user is a mentor of this municipality.
pub async fn mentor_company(db: &Db, municipality_id: i64, user_id: i64) -> Result<Option<i64>, AppError> {
    let row = sqlx::query("SELECT company_id FROM users WHERE id = $1 AND municipality_id = $2 AND role = 'mentor' AND is_active = 1")
        .bind(user_id)
        .bind(municipality_id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(row.map(|r| col::<Option<i64>>(&r, "company_id")).transpose()?.flatten())
}

/// The active mentors of a company: (user id, name), by name.
pub async fn company_mentors(db: &Db, municipality_id: i64, company_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    let rows = sqlx::query(
        "SELECT id, display_name FROM users WHERE municipality_id = $1 AND company_id = $2 AND role = 'mentor' AND is_active = 1
         ORDER BY display_name, id",
    )
    .bind(municipality_id)
    .bind(company_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    rows.iter().map(|r| Ok((col(r, "id")?, col(r, "display_name")?))).collect()
}

/// A unique e-mail clash as the field error it is; anything else is internal.
pub(crate) fn email_taken(e: sqlx::Error) -> AppError {
    if super::is_unique_violation(&e) {
        AppError::invalid(crate::domain::error::Rule::EmailTaken, crate::domain::error::Field::Email)
    } else {
        internal(e)
    }
}

/// A new mentor of a company, without a password until the invitation is taken.
pub async fn insert_mentor(db: &Db, municipality_id: i64, company_id: i64, email: &str, name: &str, phone: Option<&str>) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO users (municipality_id, email, password_hash, role, display_name, phone, company_id, created_at)
         VALUES ($1, $2, NULL, 'mentor', $3, $4, $5, $6) RETURNING id",
    )
    .bind(municipality_id)
    .bind(email)
    .bind(name)
    .bind(phone)
    .bind(company_id)
    .bind(now_ts())
    .fetch_one(&mut *db.write_conn().await?)
    .await
    .map_err(email_taken)?;
    col(&row, "id")
}

/// A successful login, for "Sidst logget ind".
pub async fn note_login(db: &Db, user_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET last_login_at = $1 WHERE id = $2").bind(super::now_ts()).bind(user_id).execute(&mut *db.write_conn().await?).await.map_err(internal)?;
    Ok(())
}

pub async fn list(db: &Db, municipality_id: i64) -> Result<Vec<crate::domain::staff::UserView>, AppError> {
    let rows = sqlx::query(
        "SELECT u.id, u.display_name, u.email, u.role, co.name AS company_name, CAST(u.is_active AS BIGINT) AS active, u.last_login_at,
                CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS can_log_in
         FROM users u LEFT JOIN companies co ON co.id = u.company_id
         WHERE u.municipality_id = $1
         ORDER BY CASE u.role WHEN 'admin' THEN 0 WHEN 'caseworker' THEN 1 WHEN 'mentor' THEN 2 ELSE 3 END, u.display_name, u.id",
    )
    .bind(municipality_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    rows.iter()
        .map(|r| {
            let role: String = col(r, "role")?;
            Ok(crate::domain::staff::UserView {
                id: col(r, "id")?,
                name: col(r, "display_name")?,
                email: col(r, "email")?,
                role: Role::parse(&role).ok_or(AppError::Internal)?,
                company_name: col(r, "company_name")?,
                active: col::<i64>(r, "active")? == 1,
                can_log_in: col::<i64>(r, "can_log_in")? == 1,
                last_login_at: col::<Option<i64>>(r, "last_login_at")?.map(super::ts),
            })
        })
        .collect()
}

/// Changes a user's role and activity, checked against the admins left, in one transaction
/// so two admins demoting each other at once cannot leave none.
pub async fn set_role_and_activity(
    db: &Db,
    municipality_id: i64,
    user_id: i64,
    role: Role,
    active: bool,
    check: impl FnOnce(Role, i64) -> Result<(), AppError>,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    // A write first: it serialises admin changes of the municipality on both engines.
    sqlx::query("UPDATE municipalities SET name = name WHERE id = $1").bind(municipality_id).execute(&mut *tx).await.map_err(internal)?;
    let row = sqlx::query("SELECT role FROM users WHERE id = $1 AND municipality_id = $2")
        .bind(user_id)
        .bind(municipality_id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    let current: String = col(&row, "role")?;
    let admins = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE municipality_id = $1 AND role = 'admin' AND is_active = 1")
        .bind(municipality_id)
        .fetch_one(&mut *tx)
        .await
        .map_err(internal)?;
    let current = Role::parse(&current).ok_or(AppError::Internal)?;
    check(current, col(&admins, "n")?)?;
    sqlx::query("UPDATE users SET role = $1, is_active = $2 WHERE id = $3")
        .bind(role.as_str())
        .bind(i64::from(active))
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    // A login made under the old role or before a deactivation ends for good: reactivating
    // the user later does not bring it back.
    if current != role || !active {
        super::session_store::end_for_user(&mut *tx, user_id, None).await?;
    }
    tx.commit().await.map_err(internal)?;
    Ok(())
}

/// A new caseworker or admin, without a password until the invitation is taken.
pub async fn insert_staff(db: &Db, municipality_id: i64, email: &str, name: &str, role: Role) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO users (municipality_id, email, password_hash, role, display_name, created_at) VALUES ($1, $2, NULL, $3, $4, $5) RETURNING id",
    )
    .bind(municipality_id)
    .bind(email)
    .bind(role.as_str())
    .bind(name)
    .bind(now_ts())
    .fetch_one(&mut *db.write_conn().await?)
    .await
    .map_err(email_taken)?;
    col(&row, "id")
}
