//! Server functions: the pages' door to the service layer. Each one is a thin adapter.
pub mod auth;
pub mod caseworker;
pub mod citizen;
pub mod mentor;

#[cfg(feature = "ssr")]
pub(crate) mod ctx {
    use axum::Extension;
    use tower_sessions::Session;

    use crate::db::Db;
    use crate::domain::access::Actor;
    use crate::domain::error::AppError;
    use crate::domain::models::Me;

    pub async fn db() -> Result<Db, AppError> {
        let Extension(db) = leptos_axum::extract::<Extension<Db>>().await.map_err(|_| AppError::Internal)?;
        Ok(db)
    }

    pub async fn session() -> Result<Session, AppError> {
        leptos_axum::extract::<Session>().await.map_err(|_| AppError::Internal)
    }

    /// The database and the logged-in user, or Unauthenticated.
    pub async fn actor() -> Result<(Db, Actor, Me), AppError> {
        let db = db().await?;
        let session = session().await?;
        let (actor, me) = crate::service::auth::current(&db, &session).await?;
        Ok((db, actor, me))
    }
}
