use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::Me;

/// Logs in and answers with the path of the user's start page.
#[server]
pub async fn login(email: String, password: String) -> Result<String, AppError> {
    let db = super::ctx::db().await?;
    let session = super::ctx::session().await?;
    let me = crate::service::auth::login(&db, &session, &email, &password, super::ctx::client_ip().await).await?;
    Ok(me.role.home_path().to_string())
}

#[server]
pub async fn logout() -> Result<(), AppError> {
    let session = super::ctx::session().await?;
    crate::service::auth::logout(&session).await?;
    leptos_axum::redirect("/login");
    Ok(())
}

#[server]
pub async fn current_user() -> Result<Me, AppError> {
    let (_, _, me) = super::ctx::actor().await?;
    Ok(me)
}
