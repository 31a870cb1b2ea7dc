//! Server functions: the pages' door to the service layer. Each one is a thin adapter.
pub mod account;
pub mod auth;
pub mod caseworker;
pub mod citizen;
pub mod desk;
pub mod goals;
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
        leptos::prelude::use_context::<axum::http::request::Parts>().and_then(|parts| parts.extensions.get::<Db>().cloned()).ok_or(AppError::Internal)
    }

    pub async fn session() -> Result<Session, AppError> {
        leptos_axum::extract::<Session>().await.map_err(|_| AppError::Internal)
    }

    /// Where the request came from, as the server's `client_ip` layer decided.
    pub async fn client_ip() -> crate::domain::throttle::ClientIp {
        leptos_axum::extract::<Extension<crate::domain::throttle::ClientIp>>().await.map(|Extension(c)| c).unwrap_or_default()
    }

    /// The browser and system the request came from (the server's `client_ip` layer).
    pub async fn device() -> crate::domain::session::Device {
        leptos_axum::extract::<Extension<crate::domain::session::Device>>().await.map(|Extension(d)| d).unwrap_or_default()
    }

    /// The address the browser reached us at ("https://host"), for links printed as QR codes.
    pub async fn site() -> String {
        let headers = leptos_axum::extract::<axum::http::HeaderMap>().await.unwrap_or_default();
        let get = |k: &str| headers.get(k).and_then(|v| v.to_str().ok()).map(str::to_string);
        let host = get("x-forwarded-host").or_else(|| get("host")).unwrap_or_else(|| "localhost".into());
        let scheme = get("x-forwarded-proto").unwrap_or_else(|| if host.starts_with("127.") || host.starts_with("localhost") { "http".into() } else { "https".into() });
        format!("{scheme}://{host}")
    }

    /// As [`actor`], for a send the phone may have kept in its outbox: it names the user it
    /// was made by (`x-fodfaeste-user`), and is refused when someone else is logged in now
    /// (a shared phone), so it waits for its own user instead of being saved as another's.
    pub async fn outbox_actor() -> Result<(Db, Actor, Me), AppError> {
        let (db, actor, me) = actor().await?;
        let headers = leptos_axum::extract::<axum::http::HeaderMap>().await.unwrap_or_default();
        if let Some(owner) = headers.get(crate::pwa::OWNER_HEADER) {
            if owner.to_str().ok().and_then(|o| o.trim().parse::<i64>().ok()) != Some(actor.user_id) {
                return Err(AppError::OtherUser);
            }
        }
        Ok((db, actor, me))
    }

    /// The database and the logged-in user, or Unauthenticated.
    pub async fn actor() -> Result<(Db, Actor, Me), AppError> {
        let db = db().await?;
        // A page's loaders run inside the page request, which the page guard has already
        // looked the user up for; a server function posted from the browser has no such note.
        let found = leptos::prelude::use_context::<axum::http::request::Parts>()
            .and_then(|parts| Some((parts.extensions.get::<Actor>()?.clone(), parts.extensions.get::<Me>()?.clone())));
        if let Some((actor, me)) = found {
            return Ok((db, actor, me));
        }
        let session = session().await?;
        let (actor, me) = crate::service::auth::current(&db, &session).await?;
        Ok((db, actor, me))
    }
}
