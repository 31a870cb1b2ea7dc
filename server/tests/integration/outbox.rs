//! The phone's outbox against the real router, on SQLite and PostgreSQL: a client id replays
//! only the request it came with, a send kept for one user is never saved as another's,
//! concurrent identical sends make one record, and no malformed body gets a 5xx.
use crate::support;

use app::db::Engine;
use app::domain::error::AppError;
use app::functions::desk::LoadCitizen;
use app::functions::citizen::{PunchIn, PunchOut, RegisterHours, ReportCannotCome, ReportSick};
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use leptos::server_fn::ServerFn as _;
use serde_json::json;
use support::demo_users::*;
use support::{app_error, assert_error, TestApp};

fn yesterday() -> String {
    (app::domain::local_time::local_date(Utc::now()) - Duration::days(1)).format("%Y-%m-%d").to_string()
}

async fn user_id(app: &TestApp, email: &str) -> String {
    app.scalar(&format!("SELECT id FROM users WHERE email = '{email}'")).await.to_string()
}

async fn placement_of(app: &TestApp, email: &str) -> String {
    app.scalar(&format!("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.email = '{email}' AND p.status = 'active'")).await.to_string()
}

async fn a_key_replays_only_its_own_request(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut api = app.login(CITIZEN).await;
    let p: i64 = placement_of(&app, CITIZEN).await.parse().unwrap();
    let day = yesterday();
    let key = "7d0c6a1e-3b2f-4c5d-8e9f-0a1b2c3d4e01";
    let body = |note: &str| {
        json!({"placement_id": p, "starts_at": format!("{day}T20:00:00+01:00"), "ends_at": format!("{day}T20:30:00+01:00"),
               "break_minutes": 0, "note": note, "client_id": key})
    };
    let first = api.post_reply("/api/v1/time-entries", body("A")).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let again = api.post_reply("/api/v1/time-entries", body("A")).await;
    assert_eq!((again.status, again.json()["id"].clone()), (StatusCode::CREATED, first.json()["id"].clone()));
    assert_eq!(again.headers.get("idempotent-replayed").map(|v| v.to_str().unwrap()), Some("true"));
    // The bug this guards against: a second, different registration under the first one's key.
    let other = api.post_reply("/api/v1/time-entries", body("B")).await;
    assert_error(&other, 422, "idempotency_key_reused", Some("client_id"));
    let moved = api.post_reply("/api/v1/time-entries", json!({"placement_id": p, "starts_at": format!("{day}T21:00:00+01:00"),
        "ends_at": format!("{day}T21:30:00+01:00"), "note": "A", "client_id": key})).await;
    assert_error(&moved, 422, "idempotency_key_reused", Some("client_id"));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM time_entries WHERE client_id = '{key}'")).await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE note = 'B'").await, 0);

    // The phone's form names the same instants in local time: the same request, replayed.
    let mut phone = app.client();
    phone.server_fn(app::functions::auth::Login::PATH, &[("email", CITIZEN), ("password", "demo-password")]).await;
    let me = user_id(&app, CITIZEN).await;
    let form = |note: &str| {
        vec![("placement_id", p.to_string()), ("date", day.clone()), ("start", "20:00".to_string()), ("end", "20:30".to_string()),
             ("break_minutes", "0".to_string()), ("note", note.to_string()), ("client_id", key.to_string())]
    };
    let r = phone.outbox_fn(RegisterHours::PATH, &me, &as_refs(&form("A"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["id"], first.json()["id"]);
    let r = phone.outbox_fn(RegisterHours::PATH, &me, &as_refs(&form("B"))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(app_error(&r), AppError::IdempotencyKeyReused);
    assert_eq!(r.json()["error"], "idempotency_key_reused");

    // Punches: the same tap replays, a different one under its key is refused.
    let tap = (Utc::now() - Duration::hours(2)).to_rfc3339();
    let later = (Utc::now() - Duration::minutes(90)).to_rfc3339();
    let k_in = "7d0c6a1e-3b2f-4c5d-8e9f-0a1b2c3d4e02";
    let pin = |at: &str| vec![("placement_id", p.to_string()), ("client_id", k_in.to_string()), ("at", at.to_string())];
    let r = phone.outbox_fn(PunchIn::PATH, &me, &as_refs(&pin(&tap))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r2 = phone.outbox_fn(PunchIn::PATH, &me, &as_refs(&pin(&tap))).await;
    assert_eq!(r2.json()["id"], r.json()["id"]);
    let r3 = phone.outbox_fn(PunchIn::PATH, &me, &as_refs(&pin(&later))).await;
    assert_eq!(app_error(&r3), AppError::IdempotencyKeyReused);
    let k_out = "7d0c6a1e-3b2f-4c5d-8e9f-0a1b2c3d4e03";
    let pout = |brk: &str| vec![("client_id", k_out.to_string()), ("at", later.clone()), ("break_minutes", brk.to_string()), ("note", String::new())];
    let out = phone.outbox_fn(PunchOut::PATH, &me, &as_refs(&pout("0"))).await;
    assert_eq!(out.status, StatusCode::OK, "{}", out.body);
    let out2 = phone.outbox_fn(PunchOut::PATH, &me, &as_refs(&pout("0"))).await;
    assert_eq!(out2.json()["id"], out.json()["id"]);
    let out3 = phone.outbox_fn(PunchOut::PATH, &me, &as_refs(&pout("15"))).await;
    assert_eq!(app_error(&out3), AppError::IdempotencyKeyReused);
    // A punch-in sent again after its punch-out: answered as the first time, nothing reopened.
    let r4 = phone.outbox_fn(PunchIn::PATH, &me, &as_refs(&pin(&tap))).await;
    assert_eq!((r4.status, r4.json()["id"].clone()), (StatusCode::OK, r.json()["id"].clone()));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM punches WHERE closed_at IS NULL").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE source = 'punch'").await, 1);

    // Absences.
    let today = app::domain::local_time::local_date(Utc::now());
    let k_sick = "7d0c6a1e-3b2f-4c5d-8e9f-0a1b2c3d4e04";
    let sick = |to: String| vec![("from_date", today.format("%Y-%m-%d").to_string()), ("to_date", to), ("note", String::new()), ("client_id", k_sick.to_string())];
    let s1 = phone.outbox_fn(ReportSick::PATH, &me, &as_refs(&sick(String::new()))).await;
    assert_eq!(s1.status, StatusCode::OK, "{}", s1.body);
    let s2 = phone.outbox_fn(ReportSick::PATH, &me, &as_refs(&sick(today.format("%Y-%m-%d").to_string()))).await;
    assert_eq!(s2.json()["id"], s1.json()["id"], "an empty 'to' is the same day: the same request");
    let s3 = phone.outbox_fn(ReportSick::PATH, &me, &as_refs(&sick((today + Duration::days(2)).format("%Y-%m-%d").to_string()))).await;
    assert_eq!(app_error(&s3), AppError::IdempotencyKeyReused);
    let api_sick = api.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": today.format("%Y-%m-%d").to_string(), "note": "x", "client_id": k_sick})).await;
    assert_error(&api_sick, 422, "idempotency_key_reused", Some("client_id"));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM absences WHERE client_id = '{k_sick}'")).await, 1);
    app.finish().await;
}

fn as_refs<'a>(f: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    f.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn a_send_kept_for_one_user_is_never_saved_as_another(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut phone = app.client();
    phone.server_fn(app::functions::auth::Login::PATH, &[("email", CITIZEN2), ("password", "demo-password")]).await;
    let first_user = user_id(&app, CITIZEN).await;
    let p1 = placement_of(&app, CITIZEN).await;
    let p2 = placement_of(&app, CITIZEN2).await;
    let form = |p: &str, key: &'static str| {
        vec![("placement_id", p.to_string()), ("date", yesterday()), ("start", "06:00".to_string()), ("end", "06:30".to_string()),
             ("break_minutes", "0".to_string()), ("note", "shared phone".to_string()), ("client_id", key.to_string())]
    };
    // Camilla's item, sent while Ali is logged in on the same phone: refused as hers, kept.
    let r = phone.outbox_fn(RegisterHours::PATH, &first_user, &as_refs(&form(&p1, "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a01"))).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    assert_eq!(app_error(&r), AppError::OtherUser);
    // Even one for Ali's own placement: the item says whose it is, not the placement.
    let r = phone.outbox_fn(RegisterHours::PATH, &first_user, &as_refs(&form(&p2, "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a02"))).await;
    assert_eq!(app_error(&r), AppError::OtherUser);
    let r = phone.outbox_fn(PunchIn::PATH, "not-a-user", &[("placement_id", p2.as_str()), ("client_id", ""), ("at", "")]).await;
    assert_eq!(app_error(&r), AppError::OtherUser);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE note = 'shared phone'").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM punches").await, 0);
    // Ali's own item goes through.
    let ali = user_id(&app, CITIZEN2).await;
    let r = phone.outbox_fn(RegisterHours::PATH, &ali, &as_refs(&form(&p2, "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a03"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Logged out: 401, which the outbox keeps for a new login.
    let mut gone = app.client();
    let r = gone.outbox_fn(RegisterHours::PATH, &ali, &as_refs(&form(&p2, "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a04"))).await;
    assert_eq!((r.status, app_error(&r)), (StatusCode::UNAUTHORIZED, AppError::Unauthenticated));
    app.finish().await;
}

async fn two_tabs_sending_the_same_items_at_once_make_each_once(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut login = app.client();
    login.server_fn(app::functions::auth::Login::PATH, &[("email", CITIZEN2), ("password", "demo-password")]).await;
    let cookie = login.cookie.clone();
    let me = user_id(&app, CITIZEN2).await;
    let p = placement_of(&app, CITIZEN2).await;
    let mut tasks = Vec::new();
    for item in 0..6 {
        for _tab in 0..4 {
            let mut c = app.client();
            c.cookie = cookie.clone();
            let (me, p) = (me.clone(), p.clone());
            tasks.push(tokio::spawn(async move {
                let key = format!("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c{item:02}");
                let start = format!("{:02}:00", 8 + item);
                let end = format!("{:02}:30", 8 + item);
                let form = vec![("placement_id", p), ("date", yesterday()), ("start", start), ("end", end), ("break_minutes", "0".to_string()),
                    ("note", "tab".to_string()), ("client_id", key)];
                let r = c.outbox_fn(RegisterHours::PATH, &me, &as_refs(&form)).await;
                (item, r.status, r.body)
            }));
        }
    }
    let mut ids = std::collections::HashMap::new();
    for t in tasks {
        let (item, status, body) = t.await.unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
        let id = serde_json::from_str::<serde_json::Value>(&body).unwrap()["id"].as_i64().unwrap();
        assert_eq!(*ids.entry(item).or_insert(id), id, "item {item} answered with two different entries");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE note = 'tab'").await, 6);
    app.finish().await;
}

async fn no_malformed_body_gets_a_server_error(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut citizen = app.client();
    citizen.server_fn(app::functions::auth::Login::PATH, &[("email", CITIZEN2), ("password", "demo-password")]).await;
    let mut caseworker = app.client();
    caseworker.server_fn(app::functions::auth::Login::PATH, &[("email", CASEWORKER), ("password", "demo-password")]).await;
    let form = "application/x-www-form-urlencoded";
    let bad: Vec<(&str, Vec<u8>)> = vec![
        (form, b"id=abc".to_vec()),
        (form, b"".to_vec()),
        (form, b"id=123456789012345678901234567890".to_vec()),
        (form, b"id=-99999999999999999999".to_vec()),
        (form, b"placement_id=\xff\xfe&date=\xc3\x28".to_vec()),
        (form, b"id[a][b]=1&placement_id[]=2&client_id[x]=y".to_vec()),
        (form, b"%%%&&&==&=".to_vec()),
        ("application/json", br#"{"id": 1, "placement_id": "1"}"#.to_vec()),
        ("text/plain", b"hello".to_vec()),
        ("multipart/form-data; boundary=x", b"--x\r\n\r\n".to_vec()),
    ];
    let paths = [
        LoadCitizen::PATH,
        RegisterHours::PATH,
        PunchIn::PATH,
        PunchOut::PATH,
        ReportSick::PATH,
        ReportCannotCome::PATH,
    ];
    for path in paths {
        for (ct, body) in &bad {
            for c in [&mut citizen, &mut caseworker] {
                let r = c.raw(path, &[("content-type", ct), ("accept", "application/json")], body.clone()).await;
                let shown = String::from_utf8_lossy(body);
                assert!(r.status.is_client_error(), "{path} {ct} {shown:?}: {} {}", r.status, r.body);
                let json = r.json();
                assert!(json["error"].is_string() && json["message"].is_string(), "{path} {shown:?}: {}", r.body);
            }
        }
        // 20 MB: refused before it is read, with our JSON.
        let huge = vec![b'a'; 20 * 1024 * 1024];
        let r = citizen.raw(path, &[("content-type", form), ("accept", "application/json")], huge).await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}: {}", r.body);
        assert_eq!(r.json()["error"], "payload_too_large");
    }
    // The desk function the review named: id=abc is the sender's mistake.
    let r = caseworker.raw(LoadCitizen::PATH, &[("content-type", form), ("accept", "application/json")], "id=abc").await;
    assert_eq!((r.status, app_error(&r)), (StatusCode::BAD_REQUEST, AppError::MalformedRequest));
    // Nothing was stored by any of it.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM punches").await, 0);
    app.finish().await;
}

on_both_engines!(
    a_key_replays_only_its_own_request,
    a_send_kept_for_one_user_is_never_saved_as_another,
    two_tabs_sending_the_same_items_at_once_make_each_once,
    no_malformed_body_gets_a_server_error,
);
