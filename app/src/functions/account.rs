//! "Din konto" for the citizen: who has seen their data, and all of it to take away; and the
//! admins' audit log.
use leptos::prelude::*;

use crate::domain::audit::{AuditLine, CitizenExport};
use crate::domain::error::AppError;

/// "Hvem har set mine oplysninger": the latest 200 lines by others.
#[server]
pub async fn who_saw_me() -> Result<Vec<AuditLine>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    crate::service::audit::seen_by_others(&db, &actor, 200).await
}

/// "Hent mine data", for the page that shows it readable.
#[server]
pub async fn my_data() -> Result<CitizenExport, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let session = super::ctx::session().await?;
    crate::service::citizen::export(&db, &actor, &session).await
}

/// The admins' log view; every filter may be empty.
#[server]
pub async fn load_audit(
    #[server(default)] citizen_id: String,
    #[server(default)] user_id: String,
    #[server(default)] action: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<Vec<AuditLine>, AppError> {
    let (db, actor, _) = super::ctx::actor().await?;
    let mut filter = crate::domain::audit::AuditFilter::parse(&citizen_id, &user_id, &action, &from, &to)?;
    filter.limit = 500;
    crate::service::audit::search(&db, &actor, &filter).await
}

/// Chooses the page language. Saved on the user when logged in, so it follows them to every
/// device, and in this browser's cookie, for the login page. Then back to `back`.
#[server]
pub async fn set_language(#[server(default)] lang: String, #[server(default)] back: String) -> Result<(), AppError> {
    use crate::domain::error::{Field, Rule};
    use crate::domain::locale::{local_path, Locale, LANG_COOKIE};
    let locale = Locale::parse(&lang).ok_or(AppError::invalid(Rule::InvalidKind, Field::Language))?;
    if let Ok((db, actor, _)) = super::ctx::actor().await {
        crate::db::users::set_language(&db, actor.user_id, Some(locale)).await?;
    }
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", locale.code());
        if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
            response.append_header(axum::http::header::SET_COOKIE, value);
        }
    }
    leptos_axum::redirect(local_path(&back));
    Ok(())
}
