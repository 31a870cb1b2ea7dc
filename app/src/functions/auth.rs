use leptos::prelude::*;

use crate::domain::error::AppError;
use crate::domain::models::Me;

/// Logs in and answers with the path of the user's start page.
#[server]
pub async fn login(email: String, password: String) -> Result<String, AppError> {
    let db = super::ctx::db().await?;
    let session = super::ctx::session().await?;
    let me = crate::service::auth::login(&db, &session, &email, &password, super::ctx::client_ip().await, super::ctx::device().await).await?;
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

/// The logged-in user's logins on every device ("Dine enheder").
#[server]
pub async fn my_logins() -> Result<Vec<crate::domain::session::LoginView>, AppError> {
    let db = super::ctx::db().await?;
    let session = super::ctx::session().await?;
    crate::service::auth::my_logins(&db, &session).await
}

/// `scope`: "others" ends every login but this one, "all" this one too; the number ended.
#[server]
pub async fn end_logins(#[server(default)] scope: String) -> Result<u64, AppError> {
    use crate::domain::error::{Field, Rule};
    use crate::domain::session::EndScope;
    let scope = match scope.trim() {
        "others" => EndScope::Others,
        "all" => EndScope::All,
        _ => return Err(AppError::invalid(Rule::Required, Field::Scope)),
    };
    let db = super::ctx::db().await?;
    let session = super::ctx::session().await?;
    crate::service::auth::end_my_logins(&db, &session, scope).await
}

/// Ends one of the user's other logins, named by its handle from [`my_logins`].
#[server]
pub async fn end_login(#[server(default)] handle: String) -> Result<(), AppError> {
    let db = super::ctx::db().await?;
    let session = super::ctx::session().await?;
    if handle.trim().is_empty() {
        return Err(AppError::invalid(crate::domain::error::Rule::Required, crate::domain::error::Field::Handle));
    }
    crate::service::auth::end_my_login(&db, &session, &handle).await
}
