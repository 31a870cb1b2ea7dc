//! The pages and their server functions through the real router, on SQLite and PostgreSQL.
use crate::support;

use app::db::Engine;
use app::domain::error::{AppError, Field, Rule};
use app::functions::auth::Login;
use app::functions::citizen::RegisterHours;
use app::functions::mentor::{ConfirmEntry, RejectEntry};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use leptos::server_fn::ServerFn;
use support::{app_error, Client, TestApp};

async fn page(c: &mut Client, path: &str) -> support::Reply {
    c.send(Method::GET, path, None, Body::empty()).await
}

fn location(r: &support::Reply) -> &str {
    r.headers.get("location").map(|l| l.to_str().unwrap()).unwrap_or("")
}

async fn logged_out_visitors_are_sent_to_login_and_users_to_their_page(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut anon = app.client();
    for path in ["/", "/borger", "/mentor", "/sagsbehandler"] {
        let r = page(&mut anon, path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(location(&r), "/login", "{path}");
    }
    let r = page(&mut anon, "/login").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Adgangskode"));

    let mut citizen = app.login("citizen@demo.fodfaeste.dk").await;
    let r = page(&mut citizen, "/").await;
    assert_eq!(location(&r), "/borger");
    let r = page(&mut citizen, "/mentor").await;
    assert_eq!(location(&r), "/borger");
    let r = page(&mut citizen, "/login").await;
    assert_eq!(location(&r), "/borger");

    // The citizen's page is rendered on the server with the placement and the form.
    let r = page(&mut citizen, "/borger").await;
    assert_eq!(r.status, StatusCode::OK);
    for text in ["Vestjysk Metal ApS", "Mette Madsen", "142,50 kr.", "Registrér timer", "Venter på godkendelse"] {
        assert!(r.body.contains(text), "{text} missing from the citizen page");
    }
    // Nothing of the other citizen.
    assert!(!r.body.contains("Ali Hassan"));
    assert!(!r.body.contains("Café Fællesskabet"));

    let mut caseworker = app.login("caseworker@demo.fodfaeste.dk").await;
    let r = page(&mut caseworker, "/sagsbehandler").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Camilla Borger") && r.body.contains("Ali Hassan"));

    // The service worker, stamped with the release, and the page it shows for unknown pages offline.
    let r = page(&mut anon, "/sw.js").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers["content-type"].to_str().unwrap().contains("javascript"));
    assert!(r.body.contains(&format!("const VERSION = '{}", env!("CARGO_PKG_VERSION"))));
    assert!(!r.body.contains("__FODFAESTE_VERSION__"));
    let r = page(&mut anon, "/offline").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Du er offline"));

    let r = page(&mut anon, "/findes-ikke").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    app.finish().await;
}

fn as_refs<'a>(f: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    f.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn server_functions_register_and_decide_through_the_same_rules(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut anon = app.client();
    let r = anon.server_fn(RegisterHours::PATH, &[("placement_id", "1")]).await;
    assert!(!r.status.is_success());

    let mut citizen = app.client();
    let r = citizen.server_fn(Login::PATH, &[("email", "citizen@demo.fodfaeste.dk"), ("password", "demo-password")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body, "\"/borger\"");
    let placement = app.scalar("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.email = 'citizen@demo.fodfaeste.dk'").await.to_string();
    let yesterday = (app::domain::local_time::local_date(chrono::Utc::now()) - chrono::Duration::days(1)).format("%d-%m-%Y").to_string();
    let form = |start: &'static str, end: &'static str, brk: &'static str, client: &'static str| {
        vec![("placement_id", placement.clone()), ("date", yesterday.clone()), ("start", start.into()), ("end", end.into()),
             ("break_minutes", brk.into()), ("note", String::new()), ("client_id", client.into())]
    };

    // The service worker keeps sends to /api/outbox/ while offline; a refusal must answer
    // 4xx (shown at once), not 500 (which it would keep and send again).
    assert_eq!(RegisterHours::PATH, "/api/outbox/register_hours");
    let f = form("17.00", "18", "60", "b9a7e1c4-2f0e-4d8e-8a3c-6c1d2e3f4a5b");
    let r = citizen.server_fn(RegisterHours::PATH, &as_refs(&f)).await;
    assert_eq!(app_error(&r), AppError::invalid(Rule::BreakNotShorter, Field::BreakMinutes));
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let f = form("17.00", "halv syv", "0", "b9a7e1c4-2f0e-4d8e-8a3c-6c1d2e3f4a5b");
    let r = citizen.server_fn(RegisterHours::PATH, &as_refs(&f)).await;
    assert_eq!(app_error(&r), AppError::invalid(Rule::InvalidTime, Field::EndsAt));

    // An end before the start is a question on "Gået", not a silent night shift…
    let f = form("14:00", "10:00", "0", "6d1f0a8e-3b2c-4e5f-9a7b-8c9d0e1f2a3b");
    let r = citizen.server_fn(RegisterHours::PATH, &as_refs(&f)).await;
    assert_eq!(app_error(&r), AppError::invalid(Rule::EndsBeforeStart, Field::EndsAt));
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ends_before_start"), "{}", r.body);
    // …and with "Gik hjem efter midnat" ticked it is one: 22:00 to 06:00 the next morning.
    let mut night = form("22:00", "06:00", "0", "6d1f0a8e-3b2c-4e5f-9a7b-8c9d0e1f2a3c");
    night.push(("overnight", "ja".into()));
    let r = citizen.server_fn(RegisterHours::PATH, &as_refs(&night)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let made: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let minutes = app.scalar(&format!("SELECT (ends_at - starts_at) / 60 FROM time_entries WHERE id = {}", made["id"])).await;
    assert!(minutes == 8 * 60 || minutes == 7 * 60 || minutes == 9 * 60, "a night, not a day: {minutes}");

    let f = form("17.00", "1830", "10", "b9a7e1c4-2f0e-4d8e-8a3c-6c1d2e3f4a5b");
    let r = citizen.server_fn(RegisterHours::PATH, &as_refs(&f)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let created: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let worked = app.scalar(&format!("SELECT (ends_at - starts_at) / 60 - break_minutes FROM time_entries WHERE id = {}", created["id"])).await;
    assert_eq!(worked, 80, "17.00 to 18.30 with 10 minutes of break");
    // A double tap sends the same form twice: still one entry.
    let r = citizen.server_fn(RegisterHours::PATH, &as_refs(&f)).await;
    let again: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(again["id"], created["id"]);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE client_id = 'b9a7e1c4-2f0e-4d8e-8a3c-6c1d2e3f4a5b'").await, 1);

    let id = created["id"].to_string();
    let r = citizen.server_fn(ConfirmEntry::PATH, &[("id", id.as_str())]).await;
    assert_eq!(app_error(&r), AppError::Forbidden);

    let mut mentor2 = app.client();
    mentor2.server_fn(Login::PATH, &[("email", "mentor2@demo.fodfaeste.dk"), ("password", "demo-password")]).await;
    let r = mentor2.server_fn(ConfirmEntry::PATH, &[("id", id.as_str())]).await;
    assert_eq!(app_error(&r), AppError::NotFound);

    let mut mentor = app.client();
    mentor.server_fn(Login::PATH, &[("email", "mentor@demo.fodfaeste.dk"), ("password", "demo-password")]).await;
    let r = mentor.server_fn(RejectEntry::PATH, &[("id", id.as_str()), ("reason", "")]).await;
    assert_eq!(app_error(&r), AppError::invalid(Rule::Required, Field::Reason));
    let r = mentor.server_fn(RejectEntry::PATH, &[("id", id.as_str()), ("reason", ""), ("quick", "fik_fri")]).await;
    assert_eq!(app_error(&r), AppError::invalid(Rule::InvalidKind, Field::Reason));
    let r = mentor.server_fn(RejectEntry::PATH, &[("id", id.as_str()), ("reason", "Forkert dag"), ("quick", "not_here")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = mentor.server_fn(ConfirmEntry::PATH, &[("id", id.as_str())]).await;
    assert_eq!(app_error(&r), AppError::AlreadyDecided);

    let r = page(&mut citizen, "/borger").await;
    assert!(r.body.contains("Afvist: Var her ikke. Forkert dag"), "the quick reason in words, then the mentor's");
    assert!(r.body.contains("Registrér igen"), "a rejected entry can be registered again");
    app.finish().await;
}

async fn each_role_loads_only_its_own_overview(engine: Engine) {
    use app::functions::auth::{CurrentUser, Logout};
    use app::functions::caseworker::LoadCaseload;
    use app::functions::citizen::LoadCitizenToday;
    use app::functions::mentor::LoadMentorHome;

    let app = TestApp::new(engine).await;
    let mut mentor = app.login("mentor@demo.fodfaeste.dk").await;
    let r = page(&mut mentor, "/mentor").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Camilla Borger") && r.body.contains("Godkend"));
    // Another mentor's citizen, and what only caseworkers may know, stay out of the page.
    assert!(!r.body.contains("Ali Hassan"));
    assert!(!r.body.contains("Korte dage i starten"));
    assert!(!r.body.contains("cash_benefit"));

    let r = mentor.server_fn(LoadMentorHome::PATH, &[("page", "1")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let home: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let waiting: Vec<&serde_json::Value> =
        home["groups"].as_array().unwrap().iter().flat_map(|g| g["rows"].as_array().unwrap()).map(|r| &r["entry"]).collect();
    assert!(!waiting.is_empty());
    assert!(waiting.iter().all(|e| e["citizen_name"] == "Camilla Borger" && e["status"] == "submitted"));

    let r = mentor.server_fn(LoadCaseload::PATH, &[]).await;
    assert_eq!(app_error(&r), AppError::Forbidden);
    let r = mentor.server_fn(LoadCitizenToday::PATH, &[]).await;
    assert_eq!(app_error(&r), AppError::Forbidden);

    let mut citizen = app.login("citizen2@demo.fodfaeste.dk").await;
    let r = citizen.server_fn(LoadCitizenToday::PATH, &[]).await;
    let home: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(home["placements"].as_array().unwrap().len(), 1);
    assert_eq!(home["placements"][0]["company_name"], "Café Fællesskabet");
    assert!(home["recent"].as_array().unwrap().iter().all(|e| e["citizen_name"] == "Ali Hassan"));
    let r = citizen.server_fn(LoadMentorHome::PATH, &[("page", "1")]).await;
    assert_eq!(app_error(&r), AppError::Forbidden);

    let mut caseworker = app.login("caseworker@demo.fodfaeste.dk").await;
    let r = caseworker.server_fn(LoadCaseload::PATH, &[]).await;
    let rows: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let names: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["citizen_name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ali Hassan", "Camilla Borger", "Jonas Nielsen"]);

    let r = caseworker.server_fn(CurrentUser::PATH, &[]).await;
    assert!(r.body.contains("Karen Jobkonsulent"));
    caseworker.server_fn(Logout::PATH, &[]).await;
    let r = caseworker.server_fn(CurrentUser::PATH, &[]).await;
    assert_eq!(app_error(&r), AppError::Unauthenticated);
    let r = page(&mut caseworker, "/sagsbehandler").await;
    assert_eq!(location(&r), "/login");
    app.finish().await;
}

/// A form posted before the page's wasm has loaded goes back to its page, which says what was
/// done; a refusal goes back with its error and no answer.
async fn a_plain_form_post_comes_back_with_its_answer(engine: Engine) {
    use app::functions::citizen::ReportSick;
    let app = TestApp::new(engine).await;
    let mut citizen = app.login(support::demo_users::CITIZEN).await;
    let today = app::domain::local_time::local_date(chrono::Utc::now()).format("%Y-%m-%d").to_string();
    let body = format!("from_date={today}&to_date={today}&note=&client_id={}", uuid::Uuid::new_v4());
    let headers = [
        ("content-type", "application/x-www-form-urlencoded"),
        ("accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
        ("referer", "http://localhost/borger/fravaer?svar=registered#sick"),
    ];
    let r = citizen.raw(ReportSick::PATH, &headers, body).await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    assert_eq!(location(&r), "http://localhost/borger/fravaer?svar=sick#sick");
    let shown = page(&mut citizen, "/borger/fravaer?svar=sick").await;
    assert!(shown.body.contains("Du er meldt syg."), "the page says it");

    let again = format!("from_date={today}&to_date={today}&note=&client_id={}", uuid::Uuid::new_v4());
    let r = citizen.raw(ReportSick::PATH, &headers, again).await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    assert!(location(&r).contains("__err") && !location(&r).contains("svar="), "{}", location(&r));
    app.finish().await;
}

/// While the database cannot be reached, a logged-in user's page is a 503 that says so in the
/// user's language and reloads itself, not the login page (the login is still there once the
/// database is back), and the API and the outbox's sends get 503 `unavailable` with
/// `Retry-After`, which the outbox waits out and sends again.
async fn a_database_outage_is_a_503_to_wait_out_not_a_logout(engine: Engine) {
    use app::functions::citizen::RegisterHours;
    let app = TestApp::new(engine).await;
    let mut citizen = app.login(support::demo_users::CITIZEN).await;
    citizen.accept_language = Some("ar,da;q=0.5".into());
    let mut anon = app.client();
    let me = app.scalar(&format!("SELECT id FROM users WHERE email = '{}'", support::demo_users::CITIZEN)).await.to_string();
    let placement = app.scalar(&format!("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.email = '{}' AND p.status = 'active'", support::demo_users::CITIZEN)).await.to_string();
    app.take_database_down().await;

    let r = page(&mut citizen, "/borger").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert_eq!(r.headers["retry-after"], "5");
    assert_eq!(r.headers["cache-control"], "no-store");
    assert!(r.body.contains(r#"<html lang="ar" dir="rtl">"#), "{}", r.body);
    assert!(r.body.contains(r#"http-equiv="refresh" content="5""#));
    assert!(r.body.contains(&app::i18n::server::text(app::domain::locale::Locale::Ar, app::i18n::k::PAGE_UNAVAILABLE_TITLE, &[])));
    assert!(!r.body.contains("<script"), "no script, so no nonce needed");

    // Nobody logged in is still sent to log in: that needs no database.
    let r = page(&mut anon, "/borger").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/login");

    let r = citizen.get_reply("/api/v1/time-entries").await;
    support::assert_error(&r, 503, "unavailable", None);
    assert_eq!(r.headers["retry-after"], "5");

    let today = app::domain::local_time::local_date(chrono::Utc::now()).format("%Y-%m-%d").to_string();
    let id = uuid::Uuid::new_v4().to_string();
    let form = [("placement_id", placement.as_str()), ("date", today.as_str()), ("start", "08:00"), ("end", "12:00"), ("break_minutes", "0"), ("note", ""), ("client_id", id.as_str())];
    let r = citizen.outbox_fn(RegisterHours::PATH, &me, &form).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert_eq!(app_error(&r), AppError::Unavailable);
    assert_eq!(r.headers["retry-after"], "5");
    app.finish_after_outage().await;
}

/// The page with this response's CSP nonce written as "NONCE", so two renders compare.
fn without_nonce(headers: &axum::http::HeaderMap, body: &[u8]) -> String {
    let nonce = support::csp_nonce(headers);
    assert!(nonce.len() >= 16, "{headers:?}");
    String::from_utf8(body.to_vec()).expect("a page is UTF-8").replace(&nonce, "NONCE")
}

/// Pages are gzipped as they stream (never brotli, which costs too much per page), and the
/// stream is whole: it unpacks to the page sent uncompressed, flushes between chunks included.
async fn a_gzipped_page_unpacks_to_the_same_page(engine: Engine) {
    use std::io::Read;
    let app = TestApp::new(engine).await;
    let unpack = |gz: &[u8]| {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(gz).read_to_end(&mut out).expect("a whole gzip stream");
        out
    };
    let mut anon = app.client();
    let (status, plain_h, plain) = anon.get_bytes("/login", &[("accept-encoding", "identity")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(plain_h.get("content-encoding").is_none());
    let (status, gz_h, gz) = anon.get_bytes("/login", &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(gz_h.get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"));
    assert!(gz.len() * 4 < plain.len() * 3, "compressed: {} of {} bytes", gz.len(), plain.len());
    assert_eq!(without_nonce(&gz_h, &unpack(&gz)), without_nonce(&plain_h, &plain));

    // I dag streams its loaded part after the frame. Only its "as of" line (the instant of
    // the render) and the nonce differ between two renders.
    let mut citizen = app.login("citizen@demo.fodfaeste.dk").await;
    let (_, plain_h, plain) = citizen.get_bytes("/borger", &[("accept-encoding", "identity")]).await;
    let (status, gz_h, gz) = citizen.get_bytes("/borger", &[("accept-encoding", "gzip")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(gz_h.get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"));
    let without_as_of = |page: String| {
        let start = page.find("<p data-as-of=").expect("I dag says when it was loaded");
        let end = start + page[start..].find("</p>").unwrap();
        format!("{}{}", &page[..start], &page[end..])
    };
    let page = without_as_of(without_nonce(&gz_h, &unpack(&gz)));
    assert_eq!(page, without_as_of(without_nonce(&plain_h, &plain)));
    assert!(page.contains("</body></html>"), "the whole document came");
    app.finish().await;
}

/// A page's loader reads on one held connection (Db::on_one_connection). A reading copy never writes,
/// and loaders holding connections never starve the writes and audit lines beside them: on
/// SQLite the pool has four connections, and here 56 pages load while 12 entries are saved.
async fn loaders_hold_one_connection_and_leave_the_rest_to_writes(engine: Engine) {
    let app = TestApp::new(engine).await;
    let reads = app.db.on_one_connection().await.unwrap();
    assert!(matches!(reads.begin_write().await, Err(AppError::Internal)));
    assert!(matches!(reads.write_conn().await, Err(AppError::Internal)));
    // Two reads in a row on the held connection, and the copy's reads see what is stored.
    for _ in 0..2 {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&mut *reads.reader().await.unwrap()).await.unwrap();
        assert_eq!(n, app.scalar("SELECT COUNT(*) FROM users").await);
    }
    drop(reads);

    let citizen = app.login("citizen@demo.fodfaeste.dk").await;
    let mentor = app.login("mentor@demo.fodfaeste.dk").await;
    let caseworker = app.login("caseworker@demo.fodfaeste.dk").await;
    let (status, placements) = app.login("citizen@demo.fodfaeste.dk").await.get("/api/v1/placements").await;
    assert_eq!(status, StatusCode::OK);
    let placement = placements[0]["id"].as_i64().unwrap();
    let before = app.scalar("SELECT COUNT(*) FROM time_entries").await;
    let mut tasks = tokio::task::JoinSet::new();
    let pages = [
        (&citizen, "/borger"),
        (&citizen, "/borger/timer"),
        (&citizen, "/borger/plan"),
        (&citizen, "/borger/fravaer"),
        (&mentor, "/mentor"),
        (&mentor, "/mentor/i-dag"),
        (&caseworker, "/sagsbehandler"),
    ];
    for i in 0..56 {
        let (who, path) = pages[i % pages.len()];
        let mut c = app.client();
        c.cookie = who.cookie.clone();
        tasks.spawn(async move { (path.to_string(), page(&mut c, path).await.status) });
    }
    for i in 0..12i64 {
        let mut c = app.client();
        c.cookie = citizen.cookie.clone();
        // Distinct half hours late in the evenings of the last days: no two overlap.
        let day = chrono::Utc::now() - chrono::Duration::days(1 + i / 2);
        let start = day.date_naive().and_hms_opt(20, 0, 0).unwrap().and_utc() + chrono::Duration::minutes(30 * (i % 2));
        let body = serde_json::json!({
            "placement_id": placement,
            "starts_at": start.to_rfc3339(),
            "ends_at": (start + chrono::Duration::minutes(25)).to_rfc3339(),
        });
        tasks.spawn(async move { ("a registration".to_string(), c.post("/api/v1/time-entries", body).await.0) });
    }
    while let Some(done) = tasks.join_next().await {
        let (what, status) = done.unwrap();
        assert!(status == StatusCode::OK || status == StatusCode::CREATED, "{what}: {status}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries").await, before + 12);
    app.finish().await;
}

on_both_engines!(
    a_database_outage_is_a_503_to_wait_out_not_a_logout,
    loaders_hold_one_connection_and_leave_the_rest_to_writes,
    a_gzipped_page_unpacks_to_the_same_page,
    a_plain_form_post_comes_back_with_its_answer,    logged_out_visitors_are_sent_to_login_and_users_to_their_page,
    server_functions_register_and_decide_through_the_same_rules,
    each_role_loads_only_its_own_overview,
);
