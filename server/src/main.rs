//! `fodfaeste`: serve (default), migrate, create-admin, demo-data.
use std::io::BufRead;
use std::process::ExitCode;

use app::db::session_store::DbSessionStore;
use app::db::{users, Db};
use app::domain::role::Role;
use app::service::auth::{hash_password, normalize_email};
use clap::{Parser, Subcommand};
use leptos::prelude::get_configuration;
use server::{demo, router, ServerConfig};

// See server/Cargo.toml: rendering pages is allocation-bound.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "fodfaeste", about = "Fodfæste: hours, placements and follow-up for municipal employment programmes")]
struct Cli {
    /// sqlite://path or postgres://…; default: SQLite file data/fodfaeste.db
    #[arg(long, env = "DATABASE_URL", global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Scale {
    Small,
    Large,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default). Address from LEPTOS_SITE_ADDR (default 127.0.0.1:3000).
    Serve,
    /// Create or upgrade the database schema, then exit.
    Migrate,
    /// Create an admin of a municipality (created if new). The password is read from stdin.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        municipality: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Load the demo municipality and its logins (password "demo-password"). Idempotent.
    DemoData {
        /// `large`: grow it to 5,000 citizens, 1,000 companies and two years of entries
        /// (about a million), the scale the desk's budgets are measured at.
        #[arg(long, value_enum, default_value = "small")]
        scale: Scale,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_sessions=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("fodfaeste: {msg}");
            ExitCode::FAILURE
        }
    }
}

async fn open_db(url: Option<&str>) -> Result<Db, String> {
    let db = Db::connect(url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    Ok(db)
}

async fn run(cli: Cli) -> Result<(), String> {
    let db = open_db(cli.database_url.as_deref()).await?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(db).await,
        Command::Migrate => {
            println!("database is up to date");
            Ok(())
        }
        Command::CreateAdmin { email, municipality, name } => create_admin(&db, &email, &municipality, &name).await,
        Command::DemoData { scale } => {
            match demo::load(&db).await.map_err(|e| e.to_string())? {
                demo::Loaded::Created => {
                    println!("demo data loaded: log in as citizen@demo.fodfaeste.dk (and others) with password {}", demo::DEMO_PASSWORD)
                }
                demo::Loaded::AlreadyThere => println!("demo data already loaded; nothing changed"),
            }
            if scale == Scale::Large {
                let started = std::time::Instant::now();
                match server::demo_large::grow(&db, server::demo_large::LARGE).await.map_err(|e| e.to_string())? {
                    server::demo_large::Grown::Grown { entries } => {
                        println!("grown to the large scale: {entries} entries in {:.1} s", started.elapsed().as_secs_f64())
                    }
                    server::demo_large::Grown::AlreadyGrown => println!("already at the large scale; nothing changed"),
                }
            }
            Ok(())
        }
    }
}

async fn create_admin(db: &Db, email: &str, municipality: &str, name: &str) -> Result<(), String> {
    let email = normalize_email(email);
    if !email.contains('@') {
        return Err(format!("{email:?} is not an email address"));
    }
    let municipality = municipality.trim();
    if municipality.is_empty() {
        return Err("--municipality must not be empty".into());
    }
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password).map_err(|e| format!("could not read the password from stdin: {e}"))?;
    let password = password.trim_end_matches(['\r', '\n']);
    let owner = app::domain::password::Owner { email: &email, name };
    app::domain::password::check(password, &owner).map_err(|e| format!("the password (read from stdin): {}", app::domain::error::messages::en(&e)))?;
    if users::email_exists(db, &email).await.map_err(|e| e.to_string())? {
        return Err(format!("a user with the email {email} already exists"));
    }
    let municipality_id = match users::municipality_id_by_name(db, municipality).await.map_err(|e| e.to_string())? {
        Some(id) => id,
        None => users::insert_municipality(db, municipality).await.map_err(|e| e.to_string())?,
    };
    let hash = hash_password(password).map_err(|e| e.to_string())?;
    users::insert_user(
        db,
        users::NewUser { municipality_id, email: &email, password_hash: &hash, role: Role::Admin, display_name: name, company_id: None },
    )
    .await
    .map_err(|e| e.to_string())?;
    println!("admin {email} created in {municipality}");
    Ok(())
}

async fn serve(db: Db) -> Result<(), String> {
    let conf = get_configuration(None).map_err(|e| format!("leptos configuration: {e}"))?;
    let mut options = conf.leptos_options;
    // cargo-leptos names the /pkg files by their hash and writes the hashes next to the
    // binary; pages must link those names (the service worker caches them for good).
    let beside_exe = std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join(options.hash_file.as_ref())));
    if beside_exe.is_some_and(|p| p.exists()) {
        options.hash_files = true;
    }
    let addr = options.site_addr;
    let secure_cookies = match std::env::var("FODFAESTE_SECURE_COOKIES").ok().as_deref() {
        Some("true") | Some("1") => true,
        Some("false") | Some("0") => false,
        _ => !addr.ip().is_loopback(),
    };
    let session_limits = app::domain::session::Limits::from_settings(|k| std::env::var(k).ok()).map_err(|e| e.to_string())?;
    let retention_days = match std::env::var("FODFAESTE_AUDIT_RETENTION_DAYS").ok().filter(|v| !v.trim().is_empty()) {
        None => app::domain::audit::DEFAULT_RETENTION_DAYS,
        Some(v) => app::domain::audit::parse_retention_days(&v)
            .ok_or_else(|| format!("FODFAESTE_AUDIT_RETENTION_DAYS={v:?} must be a whole number of days from 30 to 7320"))?,
    };
    let db = db.with_session_limits(session_limits);
    let store = DbSessionStore::new(db.clone());
    let sweeping = db.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "could not delete expired sessions");
            }
            let forget = app::db::now_ts() - app::domain::throttle::FORGET_AFTER_SECS;
            if let Err(e) = app::db::throttle::forget_before(&sweeping, forget).await {
                tracing::warn!(error = ?e, "could not forget old failed tries");
            }
            match app::service::audit::forget_old(&sweeping, retention_days).await {
                Ok(n) if n > 0 => tracing::info!(lines = n, retention_days, "dropped audit lines past their retention"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = ?e, "could not drop old audit lines"),
            }
        }
    });
    // A placement planned to start becomes active on its first day (Copenhagen), so hours can
    // be registered from the morning it starts.
    let activating = db.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        loop {
            tick.tick().await;
            if let Err(e) = app::service::placing::activate_due(&activating).await {
                tracing::warn!(error = %e, "could not activate placements that have started");
            }
        }
    });
    let app = router(db, options, ServerConfig { secure_cookies, session_limits });
    let listener = tokio::net::TcpListener::bind(&addr).await.map_err(|e| format!("could not listen on {addr}: {e}"))?;
    tracing::info!("listening on http://{addr}");
    // The peer's address reaches the throttles (security::client_ip).
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| e.to_string())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
