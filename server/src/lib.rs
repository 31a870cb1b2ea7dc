#![recursion_limit = "256"]
//! The Fodfæste server: axum around the Leptos app, the /api/v1 JSON API, the page guard,
//! and the CLI's building blocks (demo data).
pub mod api;
pub mod assets;
pub mod demo;
pub mod demo_large;
mod fn_status;
pub mod page_guard;
pub mod security;
pub mod service_worker;

use app::app::{shell, App};
use app::db::session_store::DbSessionStore;
use app::db::Db;
use axum::{middleware, Extension, Router};
use leptos::prelude::LeptosOptions;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use tower_http::compression::CompressionLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

pub const SESSION_COOKIE: &str = "fodfaeste_session";

#[derive(Clone, Debug, Default)]
pub struct ServerConfig {
    /// Secure cookies everywhere except plain-http development on localhost.
    pub secure_cookies: bool,
    /// How long logins last (domain/session.rs; FODFAESTE_SESSION_* in main.rs).
    pub session_limits: app::domain::session::Limits,
}

/// The route list, generated once per process. Generating it renders the app with resource
/// loading switched off by a process-wide flag (leptos_server's `SuppressResourceLoad`): a page
/// whose resource first polls meanwhile, on another thread, waits forever
/// (leptos-rs/leptos#4773). The server builds one router, but the tests build one per scenario
/// while others render; that is the PostgreSQL "hang" CI saw.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(db: Db, leptos_options: LeptosOptions, config: ServerConfig) -> Router {
    let routes = route_list();
    // HSTS only where the cookies are secure, i.e. where the site is served over https.
    let policy = security::HeaderPolicy { hsts: config.secure_cookies, hashed_names: leptos_options.hash_files };
    let db = db.with_session_limits(config.session_limits);
    let sessions = SessionManagerLayer::new(DbSessionStore::new(db.clone()))
        .with_name(SESSION_COOKIE)
        .with_secure(config.secure_cookies)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        // The cookie lasts as long as the longest login may; the server ends each sooner
        // by its own limits (db/session_store.rs).
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(config.session_limits.longest())));
    let pkg = assets::Pkg::load(&leptos_options);
    let worker = service_worker::script(&service_worker::release_id(&leptos_options.hash_file));
    Router::new()
        .merge(api::openapi::build())
        .route("/sw.js", axum::routing::get(move || std::future::ready(worker.clone())))
        .nest_service("/pkg", tower::service_fn(move |req: axum::extract::Request| {
            let pkg = pkg.clone();
            async move { Ok::<_, std::convert::Infallible>(pkg.answer(req).await) }
        }))
        .leptos_routes(&leptos_options, routes, {
            let options = leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler(shell))
        .layer(middleware::from_fn(page_guard::guard))
        .layer(middleware::from_fn(fn_status::fix_status))
        .layer(middleware::from_fn(security::same_site_only))
        .layer(middleware::from_fn(security::client_ip))
        .layer(Extension(db))
        .layer(sessions)
        // Pages are compressed as they stream, each one anew, so cheaply: gzip rather than
        // brotli (at brotli's level 4 the server answered 40 % fewer pages a second,
        // scripts/bench.sh), at level 1, zlib-rs's quick path (server/Cargo.toml): I dag's 13.8 kB
        // become 5.8 kB, and level 2's 4.6 kB cost the caseworker's page 7 % of its throughput
        // (scripts/ab.sh). The /pkg files come already compressed, brotli at its best.
        .layer(CompressionLayer::new().no_br().quality(tower_http::CompressionLevel::Fastest))
        .layer(middleware::from_fn(move |req, next| security::headers(policy, req, next)))
        .with_state(leptos_options)
}
