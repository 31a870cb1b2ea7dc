//! A test app on a fresh database of either engine, driven in-process through the real
//! router (sessions, page guard, API, server functions) — no sockets, no mocks.
#![allow(dead_code)]

use app::db::{users, Db, Engine};
use app::domain::role::Role;
use app::service::auth::hash_password;
use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use serde_json::Value;
use server::{demo, router, ServerConfig};
use tower::ServiceExt;

/// The demo logins.
pub mod demo_users {
    pub const CITIZEN: &str = "citizen@demo.fodfaeste.dk";
    pub const CITIZEN2: &str = "citizen2@demo.fodfaeste.dk";
    pub const MENTOR: &str = "mentor@demo.fodfaeste.dk";
    pub const MENTOR2: &str = "mentor2@demo.fodfaeste.dk";
    pub const CASEWORKER: &str = "caseworker@demo.fodfaeste.dk";
}

/// A server function's error, as the browser receives it.
pub fn app_error(r: &Reply) -> app::domain::error::AppError {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not an AppError ({e}): {} {}", r.status, r.body))
}

/// The reply is the API's JSON error with this status, code and field.
pub fn assert_error(r: &Reply, status: u16, code: &str, field: Option<&str>) {
    let body = r.json();
    assert_eq!(r.status.as_u16(), status, "{body}");
    assert_eq!(body["error"], code, "{body}");
    assert_eq!(body["field"].as_str(), field, "{body}");
}

pub struct TestApp {
    pub db: Db,
    pub router: Router,
    cleanup: Option<(String, String)>,
    _dir: Option<tempfile_dir::TempDir>,
    /// The demo data's last history line: the demo writes its history without audit lines.
    demo_history: i64,
}

pub mod tempfile_dir {
    /// A directory removed on drop (std only, no extra crate).
    pub struct TempDir(pub std::path::PathBuf);
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn unique() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".into())
}

/// A new, empty database of `engine`: its URL, what to drop afterwards, and the folder of a
/// SQLite file (removed on drop).
pub async fn fresh_database(engine: Engine) -> (String, Option<(String, String)>, Option<tempfile_dir::TempDir>) {
        match engine {
            Engine::Sqlite => {
                let dir = std::env::temp_dir().join(format!("fodfaeste-test-{}", unique()));
                std::fs::create_dir_all(&dir).unwrap();
                (format!("sqlite://{}/test.db", dir.display()), None, Some(tempfile_dir::TempDir(dir)))
            }
            Engine::Postgres => {
                let admin = postgres_admin_url();
                let name = format!("fodfaeste_test_{}", unique());
                sqlx::any::install_default_drivers();
                let pool = sqlx::AnyPool::connect(&admin).await.expect("PostgreSQL must be running for the tests (scripts/setup.sh --test starts it)");
                sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
                pool.close().await;
                let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
                (format!("{base}/{name}"), Some((admin, name)), None)
            }
        }
}

pub async fn drop_database(cleanup: Option<(String, String)>) {
    if let Some((admin, name)) = cleanup {
        let pool = sqlx::AnyPool::connect(&admin).await.unwrap();
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&pool).await;
        pool.close().await;
    }
}

impl TestApp {
    /// A migrated database of `engine` with the demo municipality loaded.
    pub async fn new(engine: Engine) -> TestApp {
        Self::with_config(engine, ServerConfig::default()).await
    }

    /// As [`new`], served with `config` (say, logins that end within seconds).
    pub async fn with_config(engine: Engine, config: ServerConfig) -> TestApp {
        let (url, cleanup, dir) = fresh_database(engine).await;
        let db = Db::connect(Some(&url)).await.unwrap();
        assert_eq!(db.engine, engine);
        db.migrate().await.unwrap();
        assert!(matches!(demo::load(&db).await.unwrap(), demo::Loaded::Created));
        let options = LeptosOptions::builder().output_name("fodfaeste").build();
        let router = router(db.clone(), options, config);
        let demo_history = sqlx::query_scalar::<_, i64>("SELECT COALESCE(MAX(id), 0) FROM time_entry_history").fetch_one(&db.pool).await.unwrap();
        TestApp { db, router, cleanup, _dir: dir, demo_history }
    }

    pub async fn finish(self) {
        self.assert_hour_sums_match().await;
        self.assert_changes_are_audited().await;
        // close() waits for every connection to come back; one a test left behind must not
        // hang the suite (the database is dropped WITH (FORCE) below anyway).
        if tokio::time::timeout(std::time::Duration::from_secs(20), self.db.pool.close()).await.is_err() {
            eprintln!("warning: a pool connection was not returned within 20 s");
        }
        drop_database(self.cleanup).await;
    }

    /// The database goes away under the running app (its pool is closed): every statement
    /// after this fails as an unreachable database does. End with [`finish_after_outage`].
    pub async fn take_database_down(&self) {
        self.db.pool.close().await;
    }

    /// Drops the database of a scenario that took it down (nothing left to check in it).
    pub async fn finish_after_outage(self) {
        drop_database(self.cleanup).await;
    }

    /// Every change the scenario made to an entry has its audit line, for the entry's citizen,
    /// by the same actor and of the same kind (they are written in one transaction), and no
    /// change has two. Counted per entry, actor and kind: a scenario may move a change's time.
    pub async fn assert_changes_are_audited(&self) {
        use app::domain::audit::Action;
        use app::domain::time_entry::Change;
        use std::collections::BTreeMap;
        type Key = (i64, Option<i64>, Option<i64>, &'static str);
        let mut history: BTreeMap<Key, i64> = BTreeMap::new();
        let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(
            "SELECT h.time_entry_id, e.citizen_id, h.changed_by, h.action FROM time_entry_history h
             JOIN time_entries e ON e.id = h.time_entry_id WHERE h.id > $1",
        )
        .bind(self.demo_history)
        .fetch_all(&self.db.pool)
        .await
        .unwrap();
        for (entry, citizen, by, code) in rows {
            let change = Change::parse(&code).unwrap_or_else(|| panic!("unknown history code {code}"));
            if let Some(action) = Action::of_entry_change(change) {
                *history.entry((entry, Some(citizen), Some(by), action.as_str())).or_default() += 1;
            }
        }
        let mut audit: BTreeMap<Key, i64> = BTreeMap::new();
        let rows: Vec<(String, Option<i64>, Option<i64>, String)> =
            sqlx::query_as("SELECT subject, citizen_id, actor_user_id, action FROM audit_events WHERE subject LIKE 'time_entry:%'")
                .fetch_all(&self.db.pool)
                .await
                .unwrap();
        for (subject, citizen, by, code) in rows {
            let Some(action) = Action::parse(&code) else { continue };
            // Reads of an entry (its view, its history) are not changes.
            if !Change::ALL.into_iter().any(|c| Action::of_entry_change(c) == Some(action)) {
                continue;
            }
            let entry: i64 = subject.strip_prefix(app::domain::audit::ENTRY_SUBJECT_PREFIX).unwrap().parse().unwrap();
            *audit.entry((entry, citizen, by, action.as_str())).or_default() += 1;
        }
        assert_eq!(audit, history, "audit lines of entry changes (left) against the entries' history (right)");
    }

    /// Whatever the scenario did to entries, each carries its Copenhagen date and the
    /// approved-hours sums the triggers keep equal a count made from scratch.
    pub async fn assert_hour_sums_match(&self) {
        use sqlx::Row;
        for r in sqlx::query("SELECT id, starts_at, work_day FROM time_entries").fetch_all(&self.db.pool).await.unwrap() {
            let starts_at = chrono::DateTime::from_timestamp(r.get::<i64, _>(1), 0).unwrap();
            assert_eq!(r.get::<Option<String>, _>(2), Some(app::db::time_entries::work_day(starts_at)), "entry {}", r.get::<i64, _>(0));
        }
        let counted = "SELECT te.municipality_id AS m, te.work_day AS day, p.company_id AS company_id, o.kind AS kind,
                              -(te.ends_at - te.starts_at - te.break_minutes * 60) AS seconds
                       FROM time_entries te JOIN placements p ON p.id = te.placement_id JOIN openings o ON o.id = p.opening_id
                       WHERE te.withdrawn_at IS NULL AND te.status IN ('confirmed', 'locked')";
        let daily = format!(
            "SELECT COUNT(*) FROM (SELECT m, day, kind FROM (
                SELECT municipality_id AS m, day, kind, seconds FROM approved_seconds_daily
                UNION ALL SELECT m, day, kind, seconds FROM ({counted}) c
             ) x GROUP BY m, day, kind HAVING SUM(seconds) <> 0) y"
        );
        assert_eq!(self.scalar(&daily).await, 0, "the daily sums of approved hours drifted");
        let monthly = format!(
            "SELECT COUNT(*) FROM (SELECT m, month, company_id, kind FROM (
                SELECT municipality_id AS m, month, company_id, kind, seconds FROM approved_seconds_monthly
                UNION ALL SELECT m, substr(day, 1, 7) AS month, company_id, kind, seconds FROM ({counted}) c
             ) x GROUP BY m, month, company_id, kind HAVING SUM(seconds) <> 0) y"
        );
        assert_eq!(self.scalar(&monthly).await, 0, "the monthly sums of approved hours drifted");
    }

    pub fn client(&self) -> Client {
        Client { router: self.router.clone(), cookie: None, lang_cookie: None, accept_language: None, peer: None }
    }

    /// Logs a demo user in through the API.
    pub async fn login(&self, email: &str) -> Client {
        let mut c = self.client();
        let (status, body) = c.post("/api/v1/session", serde_json::json!({"email": email, "password": demo::DEMO_PASSWORD})).await;
        assert_eq!(status, StatusCode::OK, "login {email}: {body}");
        c
    }

    pub async fn db_exec(&self, sql: &str) {
        sqlx::query(sql).execute(&self.db.pool).await.unwrap();
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        use sqlx::Row;
        sqlx::query(sql).fetch_one(&self.db.pool).await.unwrap().try_get::<i64, _>(0).unwrap()
    }

    /// A second municipality with a caseworker, a mentor and a citizen of its own.
    pub async fn other_municipality(&self) -> (Client, Client) {
        let m = users::insert_municipality(&self.db, "Anden Kommune").await.unwrap();
        let hash = hash_password(demo::DEMO_PASSWORD).unwrap();
        for (email, role) in [("cw@anden.dk", Role::Caseworker), ("mentor@anden.dk", Role::Mentor)] {
            users::insert_user(&self.db, users::NewUser { municipality_id: m, email, password_hash: &hash, role, display_name: "Anden", company_id: None })
                .await
                .unwrap();
        }
        (self.login("cw@anden.dk").await, self.login("mentor@anden.dk").await)
    }
}

pub struct Client {
    router: Router,
    /// The session cookie, "name=value".
    pub cookie: Option<String>,
    /// The language cookie, kept apart so a test can hold either alone.
    pub lang_cookie: Option<String>,
    /// What the browser's language settings send.
    pub accept_language: Option<String>,
    /// The address the requests come from, as a real connection would give it.
    pub peer: Option<std::net::SocketAddr>,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON ({}): {}", self.status, self.body))
    }
}

impl Client {
    fn from_peer(&self, mut req: Request<Body>) -> Request<Body> {
        if let Some(peer) = self.peer {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
        }
        req
    }

    /// Like a browser: a new session cookie replaces the old, an emptied one removes it.
    fn keep_cookie(&mut self, headers: &HeaderMap) {
        for set in headers.get_all(header::SET_COOKIE) {
            let pair = set.to_str().unwrap().split(';').next().unwrap().to_string();
            let slot = if pair.starts_with(app::domain::locale::LANG_COOKIE) { &mut self.lang_cookie } else { &mut self.cookie };
            *slot = if pair.ends_with('=') { None } else { Some(pair) };
        }
    }

    fn with_browser_headers(&self, mut req: axum::http::request::Builder) -> axum::http::request::Builder {
        let cookies: Vec<&str> = [&self.cookie, &self.lang_cookie].into_iter().flatten().map(String::as_str).collect();
        if !cookies.is_empty() {
            req = req.header(header::COOKIE, cookies.join("; "));
        }
        if let Some(l) = &self.accept_language {
            req = req.header(header::ACCEPT_LANGUAGE, l);
        }
        req
    }

    /// Every request goes out here, as from the browser: its cookies and language, its
    /// address, and the cookies the answer sets are kept.
    async fn exchange(&mut self, req: axum::http::request::Builder, body: Body) -> (StatusCode, HeaderMap, Vec<u8>) {
        let req = self.from_peer(self.with_browser_headers(req).body(body).unwrap());
        let res = self.router.clone().oneshot(req).await.unwrap();
        let (status, headers) = (res.status(), res.headers().clone());
        self.keep_cookie(&headers);
        (status, headers, res.into_body().collect().await.unwrap().to_bytes().to_vec())
    }

    async fn reply(&mut self, req: axum::http::request::Builder, body: Body) -> Reply {
        let (status, headers, bytes) = self.exchange(req, body).await;
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn send(&mut self, method: Method, path: &str, content_type: Option<&str>, body: Body) -> Reply {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        self.reply(req, body).await
    }

    pub async fn get(&mut self, path: &str) -> (StatusCode, Value) {
        let r = self.send(Method::GET, path, None, Body::empty()).await;
        (r.status, r.json())
    }

    /// A GET with an Accept header, as a client asking for CSV sends it.
    pub async fn get_accepting(&mut self, path: &str, accept: &str) -> Reply {
        self.reply(Request::builder().method(Method::GET).uri(path).header(header::ACCEPT, accept), Body::empty()).await
    }

    /// A GET with these extra headers, its body as the bytes sent (compressed ones too).
    pub async fn get_bytes(&mut self, path: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, Vec<u8>) {
        self.exchange(with_headers(Request::builder().method(Method::GET).uri(path), headers), Body::empty()).await
    }

    pub async fn post(&mut self, path: &str, body: Value) -> (StatusCode, Value) {
        let r = self.send(Method::POST, path, Some("application/json"), Body::from(body.to_string())).await;
        (r.status, r.json())
    }

    pub async fn get_reply(&mut self, path: &str) -> Reply {
        self.send(Method::GET, path, None, Body::empty()).await
    }

    pub async fn post_reply(&mut self, path: &str, body: Value) -> Reply {
        self.send(Method::POST, path, Some("application/json"), Body::from(body.to_string())).await
    }

    /// Calls a server function the way the browser does (form-encoded POST).
    pub async fn server_fn(&mut self, path: &str, form: &[(&str, &str)]) -> Reply {
        let body: String = form
            .iter()
            .map(|(k, v)| format!("{}={}", k, urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        self.reply(req, Body::from(body)).await
    }
}

impl Client {
    /// A POST with these headers and this body as it is, as a hostile or broken client sends it.
    pub async fn raw(&mut self, path: &str, headers: &[(&str, &str)], body: impl Into<Body>) -> Reply {
        self.reply(with_headers(Request::builder().method(Method::POST).uri(path), headers), body.into()).await
    }

    /// A server function called as the outbox calls it: the form and the user it belongs to.
    pub async fn outbox_fn(&mut self, path: &str, owner: &str, form: &[(&str, &str)]) -> Reply {
        let body: String = form.iter().map(|(k, v)| format!("{}={}", k, urlencode(v))).collect::<Vec<_>>().join("&");
        let headers = [
            ("content-type", "application/x-www-form-urlencoded"),
            ("accept", "application/json"),
            (app::pwa::OWNER_HEADER, owner),
        ];
        self.raw(path, &headers, body).await
    }
}

/// The script nonce this response's Content-Security-Policy allows ("" when it names none).
pub fn csp_nonce(headers: &HeaderMap) -> String {
    let csp = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let script_src = csp.split(';').find(|d| d.trim_start().starts_with("script-src")).unwrap_or_default();
    script_src.split_whitespace().find_map(|w| w.strip_prefix("'nonce-")).map(|n| n.trim_end_matches('\'').to_string()).unwrap_or_default()
}

fn with_headers(mut req: axum::http::request::Builder, headers: &[(&str, &str)]) -> axum::http::request::Builder {
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A scenario takes seconds; one that hangs fails after five minutes instead of holding the
/// run. (The hang CI saw was leptos-rs/leptos#4773; `tests/render_while_routing.rs` keeps it
/// found.)
pub async fn within_limit<F, Fut>(scenario: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    if tokio::time::timeout(std::time::Duration::from_secs(300), scenario()).await.is_err() {
        panic!("the scenario did not finish within 5 minutes");
    }
}

/// Runs each named scenario once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both_engines {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    $crate::support::within_limit(|| super::$scenario(app::db::Engine::Sqlite)).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    $crate::support::within_limit(|| super::$scenario(app::db::Engine::Postgres)).await
                }
            }
        )*
    };
}
