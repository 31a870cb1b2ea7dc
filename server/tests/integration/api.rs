//! /api/v1 end to end through the real router, on SQLite and on PostgreSQL.
use crate::support;

use app::db::Engine;
use app::domain::error::Field;
use app::domain::local_time;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{Duration, NaiveTime, Utc};
use serde_json::{json, Value};
use support::{Client, TestApp};

const CITIZEN: &str = "citizen@demo.fodfaeste.dk";
const CITIZEN2: &str = "citizen2@demo.fodfaeste.dk";
const MENTOR: &str = "mentor@demo.fodfaeste.dk";
const MENTOR2: &str = "mentor2@demo.fodfaeste.dk";
const CASEWORKER: &str = "caseworker@demo.fodfaeste.dk";
const ADMIN: &str = "admin@demo.fodfaeste.dk";

/// RFC 3339 for a Copenhagen wall-clock time `days_ago` days back.
fn local(days_ago: i64, hh_mm: &str) -> String {
    let day = local_time::local_date(Utc::now()) - Duration::days(days_ago);
    let t = NaiveTime::parse_from_str(hh_mm, "%H:%M").unwrap();
    local_time::to_utc(day.and_time(t), Field::StartsAt).unwrap().to_rfc3339()
}

async fn placement_id(c: &mut Client) -> i64 {
    let (status, body) = c.get("/api/v1/placements").await;
    assert_eq!(status, StatusCode::OK);
    body[0]["id"].as_i64().unwrap()
}

fn entry(placement: i64, days_ago: i64, start: &str, end: &str) -> Value {
    json!({"placement_id": placement, "starts_at": local(days_ago, start), "ends_at": local(days_ago, end), "break_minutes": 15})
}

fn assert_error(status: StatusCode, body: &Value, want_status: u16, code: &str, field: Option<&str>) {
    assert_eq!(status.as_u16(), want_status, "{body}");
    assert_eq!(body["error"], code, "{body}");
    assert_eq!(body["field"].as_str(), field, "{body}");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
}

async fn citizen_registers_and_a_resent_client_id_makes_one_entry(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let p = placement_id(&mut c).await;
    let mut body = entry(p, 1, "17:00", "19:00");
    body["client_id"] = json!("6f1c1f3e-1b7a-4c8e-9a55-3f2d8b0c1a11");
    body["note"] = json!("Oprydning");
    let first = c.post_reply("/api/v1/time-entries", body.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let created = first.json();
    assert_eq!(created["status"], "submitted");
    assert_eq!(created["worked_minutes"], 105);
    assert_eq!(created["note"], "Oprydning");
    assert!(first.headers.get("idempotent-replayed").is_none());

    // The phone did not hear the answer and sends the same registration again.
    let again = c.post_reply("/api/v1/time-entries", body).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.json(), created);
    assert_eq!(again.headers.get("idempotent-replayed").unwrap(), "true");
    let n = app.scalar("SELECT COUNT(*) FROM time_entries WHERE client_id = '6f1c1f3e-1b7a-4c8e-9a55-3f2d8b0c1a11'").await;
    assert_eq!(n, 1);

    let (status, list) = c.get(&format!("/api/v1/time-entries?placement_id={p}&status=submitted")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.as_array().unwrap().iter().any(|e| e["id"] == created["id"]));
    let (_, one) = c.get(&format!("/api/v1/time-entries/{}", created["id"])).await;
    assert_eq!(one, created);
    // History holds the submission.
    let h = app.scalar(&format!("SELECT COUNT(*) FROM time_entry_history WHERE time_entry_id = {}", created["id"])).await;
    assert_eq!(h, 1);
    app.finish().await;
}

async fn invalid_entries_get_a_code_and_the_field(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let p = placement_id(&mut c).await;
    let before = app.scalar("SELECT COUNT(*) FROM time_entries").await;
    let (s, b) = c.post("/api/v1/time-entries", entry(p, 1, "19:00", "17:00")).await;
    assert_error(s, &b, 422, "end_not_after_start", Some("ends_at"));

    let (s, b) = c.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": local(2, "06:00"), "ends_at": local(1, "06:00")})).await;
    assert_error(s, &b, 422, "entry_too_long", Some("ends_at"));

    let mut long_break = entry(p, 1, "17:00", "18:00");
    long_break["break_minutes"] = json!(60);
    let (s, b) = c.post("/api/v1/time-entries", long_break).await;
    assert_error(s, &b, 422, "break_not_shorter_than_period", Some("break_minutes"));

    let (s, b) = c.post("/api/v1/time-entries", entry(p, -2, "08:00", "12:00")).await;
    assert_error(s, &b, 422, "too_far_in_future", Some("ends_at"));

    let (s, b) = c.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": "i går kl. 8", "ends_at": local(1, "12:00")})).await;
    assert_error(s, &b, 400, "invalid_timestamp", Some("starts_at"));

    let (s, b) = c.post("/api/v1/time-entries", json!({"starts_at": local(1, "08:00"), "ends_at": local(1, "12:00")})).await;
    assert_error(s, &b, 422, "required", Some("placement_id"));

    let mut bad_id = entry(p, 1, "17:00", "18:00");
    bad_id["client_id"] = json!("not-a-uuid");
    let (s, b) = c.post("/api/v1/time-entries", bad_id).await;
    assert_error(s, &b, 400, "invalid_uuid", Some("client_id"));

    let r = c.send(Method::POST, "/api/v1/time-entries", Some("application/json"), "{not json".into()).await;
    assert_error(r.status, &r.json(), 400, "malformed_request", None);

    // Before the placement started.
    let (s, b) = c.post("/api/v1/time-entries", entry(p, 70, "08:00", "12:00")).await;
    assert_error(s, &b, 422, "outside_placement_period", Some("starts_at"));

    // Overlap with an entry that is there.
    let (s, _) = c.post("/api/v1/time-entries", entry(p, 1, "17:00", "19:00")).await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, b) = c.post("/api/v1/time-entries", entry(p, 1, "18:00", "20:00")).await;
    assert_error(s, &b, 422, "overlaps_other_entry", Some("starts_at"));

    let (s, b) = c.get("/api/v1/time-entries?status=maybe").await;
    assert_error(s, &b, 400, "invalid_status", Some("status"));
    let (s, b) = c.get("/api/v1/time-entries?from=yesterday").await;
    assert_error(s, &b, 400, "invalid_timestamp", Some("from"));

    // Of all these attempts only the one good entry was stored.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries").await, before + 1);
    app.finish().await;
}

async fn a_locked_month_takes_no_new_hours(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let p = placement_id(&mut c).await;
    let month = local_time::local_month(chrono::DateTime::parse_from_rfc3339(&local(1, "17:00")).unwrap().to_utc());
    sqlx::query("INSERT INTO locked_months (municipality_id, month, locked_by, locked_at) SELECT municipality_id, $1, id, 0 FROM users WHERE email = $2")
        .bind(&month)
        .bind(ADMIN)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let (s, b) = c.post("/api/v1/time-entries", entry(p, 1, "17:00", "19:00")).await;
    assert_error(s, &b, 422, "month_locked", Some("starts_at"));
    app.finish().await;
}

async fn mentor_confirms_and_rejects_with_a_reason(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut citizen = app.login(CITIZEN).await;
    let p = placement_id(&mut citizen).await;
    let (_, e1) = citizen.post("/api/v1/time-entries", entry(p, 1, "17:00", "19:00")).await;
    let (_, e2) = citizen.post("/api/v1/time-entries", entry(p, 1, "20:00", "21:00")).await;
    let mut mentor = app.login(MENTOR).await;

    let (s, waiting) = mentor.get("/api/v1/time-entries?status=submitted").await;
    assert_eq!(s, StatusCode::OK);
    assert!(waiting.as_array().unwrap().iter().any(|e| e["id"] == e1["id"]));

    let (s, b) = mentor.post(&format!("/api/v1/time-entries/{}/confirm", e1["id"]), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "confirmed");
    assert_eq!(b["decided_by"], "Mette Madsen");
    let (s, b) = mentor.post(&format!("/api/v1/time-entries/{}/confirm", e1["id"]), json!({})).await;
    assert_error(s, &b, 409, "already_decided", None);

    let (s, b) = mentor.post(&format!("/api/v1/time-entries/{}/reject", e2["id"]), json!({"reason": "  "})).await;
    assert_error(s, &b, 422, "required", Some("reason"));
    let (s, b) = mentor.post(&format!("/api/v1/time-entries/{}/reject", e2["id"]), json!({"reason": "Du gik kl. 20:30"})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "rejected");

    let (_, mine) = citizen.get(&format!("/api/v1/time-entries/{}", e2["id"])).await;
    assert_eq!(mine["status"], "rejected");
    assert_eq!(mine["reject_reason"], "Du gik kl. 20:30");
    let (_, mine) = citizen.get(&format!("/api/v1/time-entries/{}", e1["id"])).await;
    assert_eq!(mine["status"], "confirmed");

    // The citizen's other hours may now take the rejected period again.
    let (s, _) = citizen.post("/api/v1/time-entries", entry(p, 1, "20:00", "20:30")).await;
    assert_eq!(s, StatusCode::CREATED);

    let hist = app.scalar(&format!("SELECT COUNT(*) FROM time_entry_history WHERE time_entry_id = {} AND action = 'rejected' AND reason = 'Du gik kl. 20:30'", e2["id"])).await;
    assert_eq!(hist, 1);
    let audits = app.scalar("SELECT COUNT(*) FROM audit_events WHERE action IN ('time_entry.confirmed', 'time_entry.rejected')").await;
    assert_eq!(audits, 2);
    app.finish().await;
}

async fn nobody_reaches_data_outside_their_sight(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut citizen = app.login(CITIZEN).await;
    let p1 = placement_id(&mut citizen).await;
    let (_, e1) = citizen.post("/api/v1/time-entries", entry(p1, 1, "17:00", "19:00")).await;
    let e1 = e1["id"].as_i64().unwrap();
    let mut citizen2 = app.login(CITIZEN2).await;
    let p2 = placement_id(&mut citizen2).await;
    assert_ne!(p1, p2);
    let mut mentor = app.login(MENTOR).await;
    let mut mentor2 = app.login(MENTOR2).await;
    let mut caseworker = app.login(CASEWORKER).await;
    let mut admin = app.login(ADMIN).await;
    let (mut other_cw, mut other_mentor) = app.other_municipality().await;

    // Another citizen's placement and entry: not found, and nothing in the lists.
    let (s, b) = citizen2.post("/api/v1/time-entries", entry(p1, 1, "09:00", "10:00")).await;
    assert_error(s, &b, 404, "not_found", None);
    let (s, _) = citizen2.get(&format!("/api/v1/time-entries/{e1}")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = citizen2.get(&format!("/api/v1/time-entries?placement_id={p1}")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, list) = citizen2.get("/api/v1/time-entries").await;
    assert!(list.as_array().unwrap().iter().all(|e| e["placement_id"] == p2));
    let (_, pl) = citizen2.get("/api/v1/placements").await;
    assert_eq!(pl.as_array().unwrap().len(), 1);

    // A citizen cannot approve their own hours; a mentor cannot register for them.
    let (s, b) = citizen.post(&format!("/api/v1/time-entries/{e1}/confirm"), json!({})).await;
    assert_error(s, &b, 403, "forbidden", None);
    let (s, _) = mentor.post("/api/v1/time-entries", entry(p1, 1, "07:00", "08:00")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Another mentor's citizen.
    let (s, _) = mentor2.post(&format!("/api/v1/time-entries/{e1}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = mentor2.post(&format!("/api/v1/time-entries/{e1}/reject"), json!({"reason": "nej"})).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, list) = mentor2.get("/api/v1/time-entries").await;
    assert!(list.as_array().unwrap().iter().all(|e| e["placement_id"] == p2));
    let (_, list) = mentor.get("/api/v1/time-entries").await;
    assert!(!list.as_array().unwrap().is_empty());
    assert!(list.as_array().unwrap().iter().all(|e| e["placement_id"] == p1));

    // Another municipality sees nothing at all.
    for c in [&mut other_cw, &mut other_mentor] {
        let (s, _) = c.get(&format!("/api/v1/time-entries/{e1}")).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = c.post(&format!("/api/v1/time-entries/{e1}/confirm"), json!({})).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (_, list) = c.get("/api/v1/time-entries").await;
        assert_eq!(list, json!([]));
        let (_, list) = c.get("/api/v1/placements").await;
        assert_eq!(list, json!([]));
    }

    // Staff of the municipality see both citizens' placements and Jonas's ended one; the admin
    // may look but not decide.
    let (_, list) = caseworker.get("/api/v1/placements").await;
    assert_eq!(list.as_array().unwrap().len(), 3);
    let (s, _) = admin.post(&format!("/api/v1/time-entries/{e1}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, b) = caseworker.post(&format!("/api/v1/time-entries/{e1}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");

    // Ids that are not numbers name nothing; unknown paths are JSON 404s.
    let (s, b) = caseworker.get("/api/v1/time-entries/abc").await;
    assert_error(s, &b, 404, "not_found", None);
    let (s, b) = caseworker.get("/api/v1/nothing-here").await;
    assert_error(s, &b, 404, "not_found", None);
    app.finish().await;
}

async fn login_logout_and_the_session_id_changes_at_login(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.client();
    let (s, b) = c.get("/api/v1/me").await;
    assert_error(s, &b, 401, "unauthenticated", None);
    let (s, b) = c.post("/api/v1/session", json!({"email": CITIZEN, "password": "wrong"})).await;
    assert_error(s, &b, 401, "invalid_credentials", Some("password"));
    let (s, b) = c.post("/api/v1/session", json!({"email": "nobody@example.dk", "password": "demo-password"})).await;
    assert_error(s, &b, 401, "invalid_credentials", Some("password"));
    let (s, b) = c.post("/api/v1/session", json!({"email": "", "password": "x"})).await;
    assert_error(s, &b, 422, "required", Some("email"));

    let reply = c.post_reply("/api/v1/session", json!({"email": "  Citizen@Demo.Fodfaeste.dk ", "password": "demo-password"})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let set_cookie = reply.headers.get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
    let first = c.cookie.clone().unwrap();
    let (s, me) = c.get("/api/v1/me").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(me["role"], "citizen");
    assert_eq!(me["email"], CITIZEN);

    // Logging in again from the same browser gets a new session id; the old one is dead.
    let (s, _) = c.post("/api/v1/session", json!({"email": MENTOR, "password": "demo-password"})).await;
    assert_eq!(s, StatusCode::OK);
    let second = c.cookie.clone().unwrap();
    assert_ne!(first, second);
    let mut stale = app.client();
    stale.cookie = Some(first);
    let (s, _) = stale.get("/api/v1/me").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let sessions = app.scalar("SELECT COUNT(*) FROM sessions").await;
    assert_eq!(sessions, 1);

    let r = c.send(Method::DELETE, "/api/v1/session", None, axum::body::Body::empty()).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let mut after = app.client();
    after.cookie = Some(second);
    let (s, _) = after.get("/api/v1/me").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 0);
    app.finish().await;
}

async fn demo_data_loads_once(engine: Engine) {
    let app = TestApp::new(engine).await;
    let users = app.scalar("SELECT COUNT(*) FROM users").await;
    let entries = app.scalar("SELECT COUNT(*) FROM time_entries").await;
    assert_eq!(users, 7, "six people of the programme and a manager");
    assert!(entries > 0);
    assert!(matches!(server::demo::load(&app.db).await.unwrap(), server::demo::Loaded::AlreadyThere));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, users);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries").await, entries);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM companies WHERE is_social_enterprise = 1").await, 1);
    app.finish().await;
}

on_both_engines!(
    citizen_registers_and_a_resent_client_id_makes_one_entry,
    invalid_entries_get_a_code_and_the_field,
    a_locked_month_takes_no_new_hours,
    mentor_confirms_and_rejects_with_a_reason,
    nobody_reaches_data_outside_their_sight,
    login_logout_and_the_session_id_changes_at_login,
    demo_data_loads_once,
);

#[tokio::test]
async fn openapi_describes_every_endpoint() {
    let app = TestApp::new(Engine::Sqlite).await;
    let (s, doc) = app.client().get("/api/v1/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/session", "post"),
        ("/api/v1/session", "delete"),
        ("/api/v1/me", "get"),
        ("/api/v1/placements", "get"),
        ("/api/v1/time-entries", "get"),
        ("/api/v1/time-entries", "post"),
        ("/api/v1/time-entries/{id}/confirm", "post"),
        ("/api/v1/time-entries/{id}/reject", "post"),
        ("/api/v1/time-entries/{id}", "patch"),
        ("/api/v1/time-entries/{id}", "delete"),
        ("/api/v1/punches/in", "post"),
        ("/api/v1/punches/out", "post"),
        ("/api/v1/punches/open", "get"),
        ("/api/v1/punches/open", "delete"),
        ("/api/v1/shifts", "get"),
        ("/api/v1/me/calendar", "get"),
        ("/api/v1/me/calendar", "post"),
        ("/api/v1/calendar/{file}", "get"),
        ("/api/v1/absences", "get"),
        ("/api/v1/absences", "post"),
    ] {
        assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "{method} {path} missing");
    }
    assert!(doc["components"]["schemas"]["TimeEntryView"].is_object());
    app.finish().await;
}

/// The document and the router are one list: every documented operation is routed (an
/// anonymous call reaches its handler or the login check, never 405 or the API's fallback),
/// and every operation documents the answers any call can get.
#[tokio::test]
async fn every_documented_operation_is_routed_and_lists_its_common_answers() {
    let app = TestApp::new(Engine::Sqlite).await;
    let (_, doc) = app.client().get("/api/v1/openapi.json").await;
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Ok(m) = Method::from_bytes(method.to_uppercase().as_bytes()) else { continue };
            operations += 1;
            let responses = op["responses"].as_object().unwrap();
            assert!(responses.contains_key("400") && responses.contains_key("401"), "{method} {path}: {:?}", responses.keys());
            let concrete = path.replace("{file}", "0.ics").replace("{id}", "1").replace("{token}", "x").replace("{month}", "2026-11").replace("{handle}", "x");
            assert!(!concrete.contains('{'), "{path}: a path parameter this test does not know");
            let r = app.client().send(m, &concrete, Some("application/json"), Body::from("{}")).await;
            assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path} is documented but not routed");
            let public = path.starts_with("/api/v1/invitations/") || path.starts_with("/api/v1/calendar/");
            assert!(r.status != StatusCode::NOT_FOUND || public, "{method} {path} → {concrete} is documented but not routed: {}", r.body);
        }
    }
    assert!(operations >= 70, "{operations} operations");
    app.finish().await;
}
