//! Citizens on the desk and invitations, through the real router on SQLite and PostgreSQL:
//! a citizen created and edited, the timeline, an invitation that works once and for 7
//! days, a mentor invited to a company, and who may do each.
use crate::support;

use app::db::Engine;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use leptos::server_fn::ServerFn as _;
use serde_json::{json, Value};
use support::demo_users::*;
use support::{assert_error, TestApp};

async fn put(c: &mut support::Client, path: &str, body: Value) -> support::Reply {
    c.send(Method::PUT, path, Some("application/json"), Body::from(body.to_string())).await
}

/// The token at the end of an invitation's path.
fn token(link: &Value) -> String {
    link["path"].as_str().unwrap().trim_start_matches("/invitation/").to_string()
}

async fn a_caseworker_creates_edits_and_reads_a_citizen_and_the_timeline(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let new = json!({"name": "Sara Sørensen", "phone": "+45 22 33 44 55", "postcode": "6900", "target_group": "resource_programme",
        "referred_on": "2026-10-01", "wanted_hours_per_week": 12, "accommodations": "Skal kunne holde pauser"});
    let r = cw.post_reply("/api/v1/citizens", new.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let sara = r.json();
    assert_eq!((sara["caseworker_name"].as_str(), sara["wanted_hours_per_week"].as_f64(), sara["can_log_in"].as_bool()), (Some("Karen Jobkonsulent"), Some(12.0), Some(false)));
    let id = sara["id"].as_i64().unwrap();
    let mut bad = new.clone();
    bad["target_group"] = json!("");
    assert_error(&cw.post_reply("/api/v1/citizens", bad.clone()).await, 422, "required", Some("target_group"));
    bad["target_group"] = json!("youth");
    bad["wanted_hours_per_week"] = json!("mange");
    assert_error(&cw.post_reply("/api/v1/citizens", bad).await, 400, "invalid_decimal", Some("wanted_hours_per_week"));

    let mut edit = new.clone();
    edit["postcode"] = json!("6950");
    edit["email"] = json!("Sara@Example.dk");
    let r = put(&mut cw, &format!("/api/v1/citizens/{id}"), edit).await;
    assert_eq!((r.status, r.json()["email"].as_str()), (StatusCode::OK, Some("sara@example.dk")), "{}", r.body);
    // She is in the caseworker's caseload, and her page shows what only caseworkers read.
    let page = cw.get_reply("/sagsbehandler").await;
    assert!(page.body.contains("Sara Sørensen"));
    let page = cw.get_reply(&format!("/sagsbehandler/borgere/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Skal kunne holde pauser") && page.body.contains("Ressourceforløb"), "the record");
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE citizen_id = {id} AND action = 'citizen.view'")).await >= 2);

    // Camilla's timeline: her placement, her hours and their decisions, newest first.
    let camilla = app.scalar("SELECT id FROM citizens WHERE name = 'Camilla Borger'").await;
    let (s, items) = cw.get(&format!("/api/v1/citizens/{camilla}/timeline")).await;
    assert_eq!(s, StatusCode::OK);
    let items = items.as_array().unwrap();
    let kinds: Vec<&str> = items.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"placement") && kinds.contains(&"entry"), "{kinds:?}");
    assert!(items.iter().any(|i| i["text"].as_str().unwrap().starts_with("Forløb oprettet: Lager og pakning hos Vestjysk Metal ApS")));
    let ats: Vec<&str> = items.iter().map(|i| i["at"].as_str().unwrap()).collect();
    assert!(ats.windows(2).all(|w| w[0] >= w[1]), "newest first");

    // Nobody else reads the record: mentors and citizens are refused, other municipalities find nothing.
    for who in [MENTOR, CITIZEN] {
        let mut c = app.login(who).await;
        assert_eq!(c.get(&format!("/api/v1/citizens/{id}")).await.0, StatusCode::FORBIDDEN, "{who}");
        assert_eq!(c.post_reply("/api/v1/citizens", new.clone()).await.status, StatusCode::FORBIDDEN, "{who}");
    }
    let (mut other, _) = app.other_municipality().await;
    assert_eq!(other.get(&format!("/api/v1/citizens/{id}")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&format!("/api/v1/citizens/{id}/timeline")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(put(&mut other, &format!("/api/v1/citizens/{id}"), new.clone()).await.status, StatusCode::NOT_FOUND);
    // The page's form goes through the same rules.
    let r = cw.server_fn(app::functions::desk::SaveCitizen::PATH, &[("id", "0"), ("name", "Bo"), ("target_group", "x")]).await;
    assert_eq!(r.status.as_u16(), 400, "{}", r.body);
    app.finish().await;
}

async fn an_invitation_lets_a_citizen_choose_a_password_once_within_seven_days(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let jonas = app.scalar("SELECT id FROM citizens WHERE name = 'Jonas Nielsen'").await;
    assert_error(&cw.post_reply(&format!("/api/v1/citizens/{jonas}/invite"), json!({})).await, 422, "email_needed_for_login", Some("email"));
    let record = cw.get(&format!("/api/v1/citizens/{jonas}")).await.1;
    let mut input = json!({"name": record["name"], "target_group": record["target_group"], "postcode": record["postcode"], "email": "citizen2@demo.fodfaeste.dk"});
    // Ali's login e-mail is taken: the invitation says so rather than stealing it.
    assert_eq!(put(&mut cw, &format!("/api/v1/citizens/{jonas}"), input.clone()).await.status, StatusCode::OK);
    assert_error(&cw.post_reply(&format!("/api/v1/citizens/{jonas}/invite"), json!({})).await, 422, "email_taken", Some("email"));
    input["email"] = json!("jonas@example.dk");
    assert_eq!(put(&mut cw, &format!("/api/v1/citizens/{jonas}"), input).await.status, StatusCode::OK);

    let r = cw.post_reply(&format!("/api/v1/citizens/{jonas}/invite"), json!({})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let link = r.json();
    assert!(link["qr_svg"].as_str().unwrap().starts_with("<?xml") || link["qr_svg"].as_str().unwrap().contains("<svg"));
    let t = token(&link);
    assert!(t.len() >= 64, "a long random token");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM invites WHERE token_hash = '{t}'")).await, 0, "only its hash is kept");

    let mut phone = app.client();
    let (s, info) = phone.get(&format!("/api/v1/invitations/{t}")).await;
    assert_eq!((s, info["name"].as_str(), info["role"].as_str()), (StatusCode::OK, Some("Jonas Nielsen"), Some("citizen")));
    assert_error(&phone.post_reply(&format!("/api/v1/invitations/{t}"), json!({"password": "kort", "password_again": "kort"})).await, 422, "password_too_short", Some("password"));
    assert_error(&phone.post_reply(&format!("/api/v1/invitations/{t}"), json!({"password": "lange-ord", "password_again": "lange-ord!"})).await, 422, "passwords_differ", Some("password_again"));
    let r = phone.post_reply(&format!("/api/v1/invitations/{t}"), json!({"password": "lange-ord", "password_again": "lange-ord"})).await;
    assert_eq!((r.status, r.json()["role"].as_str()), (StatusCode::OK, Some("citizen")), "{}", r.body);
    let (s, me) = phone.get("/api/v1/me").await;
    assert_eq!((s, me["email"].as_str()), (StatusCode::OK, Some("jonas@example.dk")), "logged in by taking it");
    // Jonas has no placement yet: I dag says whom to call, and offers no punch clock.
    let today = phone.get_reply("/borger").await;
    assert!(today.body.contains("Du har ikke et aktivt forløb lige nu"), "{}", today.body);
    assert!(today.body.contains("Karen Jobkonsulent") && today.body.contains("href=\"tel:+4596123456\""), "the caseworker and a way to call");
    assert!(!today.body.contains("Du kan stadig stemple ind") && !today.body.contains("class=\"card punch\""), "nothing to punch for");
    // Once only; and the password works at the login.
    assert_error(&app.client().post_reply(&format!("/api/v1/invitations/{t}"), json!({"password": "andet-ord", "password_again": "andet-ord"})).await, 422, "invite_used", Some("token"));
    let (s, _) = app.client().post("/api/v1/session", json!({"email": "jonas@example.dk", "password": "lange-ord"})).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(cw.get(&format!("/api/v1/citizens/{jonas}")).await.1["can_log_in"], true);

    // A new invitation expires after 7 days; an unknown token is not found.
    let t2 = token(&cw.post_reply(&format!("/api/v1/citizens/{jonas}/invite"), json!({})).await.json());
    let days = app.scalar("SELECT (expires_at - created_at) / 86400 FROM invites ORDER BY id DESC LIMIT 1").await;
    assert_eq!(days, 7);
    sqlx::query("UPDATE invites SET expires_at = created_at - 1").execute(&app.db.pool).await.unwrap();
    assert_error(&app.client().get_reply(&format!("/api/v1/invitations/{t2}")).await, 422, "invite_expired", Some("token"));
    assert_eq!(app.client().get(&format!("/api/v1/invitations/{}", "0".repeat(64))).await.0, StatusCode::NOT_FOUND);
    // The invitation page opens without a login and shows who it is for.
    let page = app.client().get_reply(&format!("/invitation/{t2}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("udløbet"), "an expired link says so");
    // Only staff make invitations.
    let mut mentor = app.login(MENTOR).await;
    assert_eq!(mentor.post_reply(&format!("/api/v1/citizens/{jonas}/invite"), json!({})).await.status, StatusCode::FORBIDDEN);
    app.finish().await;
}

async fn a_mentor_is_invited_to_a_company_and_sees_only_their_own_placements(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let cafe = app.scalar("SELECT id FROM companies WHERE name = 'Café Fællesskabet'").await;
    let path = format!("/api/v1/companies/{cafe}/mentors");
    assert_error(&cw.post_reply(&path, json!({"name": "Lis Kok"})).await, 422, "email_needed_for_login", Some("email"));
    assert_error(&cw.post_reply(&path, json!({"name": "Lis Kok", "email": "mentor@demo.fodfaeste.dk"})).await, 422, "email_taken", Some("email"));
    let r = cw.post_reply(&path, json!({"name": "Lis Kok", "email": "lis@cafe.dk", "phone": "+45 11 22 33 44"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let t = token(&r.json());
    let mut lis = app.client();
    let r = lis.post_reply(&format!("/api/v1/invitations/{t}"), json!({"password": "kaffe-kop", "password_again": "kaffe-kop"})).await;
    assert_eq!(r.json()["role"], "mentor", "{}", r.body);
    // She mentors nobody yet; she can propose tasks at her café.
    assert_eq!(lis.get("/api/v1/placements").await.1, json!([]));
    let r = lis.post_reply("/api/v1/openings/proposals", json!({"kind": "internship", "title": "Bage boller"})).await;
    assert_eq!(r.json()["company_name"], "Café Fællesskabet", "{}", r.body);
    // Another municipality's caseworker cannot add mentors to our companies.
    let (mut other, _) = app.other_municipality().await;
    assert_eq!(other.post_reply(&path, json!({"name": "X", "email": "x@y.dk"})).await.status, StatusCode::NOT_FOUND);
    app.finish().await;
}

async fn an_admin_manages_roles_and_access_and_keeps_an_admin(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    let (s, users) = admin.get("/api/v1/users").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(users[0]["role"], "admin", "admins first: {users}");
    assert_eq!(app.login(CASEWORKER).await.get("/api/v1/users").await.0, StatusCode::FORBIDDEN);
    let admin_id = users[0]["id"].as_i64().unwrap();
    // The only admin cannot step down or switch themselves off.
    let me = format!("/api/v1/users/{admin_id}");
    assert_error(&put(&mut admin, &me, json!({"role": "caseworker", "active": true})).await, 422, "last_admin", Some("role"));
    assert_error(&put(&mut admin, &me, json!({"active": false})).await, 422, "last_admin", Some("role"));
    assert_error(&put(&mut admin, &me, json!({"role": "caseworker"})).await, 422, "required", Some("status"));

    // A second admin is invited; then the first may step down.
    let r = admin.post_reply("/api/v1/users", json!({"name": "Bo Chef", "email": "bo@kommune.dk", "role": "admin"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_error(&admin.post_reply("/api/v1/users", json!({"name": "X", "email": "x@kommune.dk", "role": "mentor"})).await, 400, "invalid_kind", Some("role"));
    let t = token(&r.json());
    let mut bo = app.client();
    assert_eq!(bo.post_reply(&format!("/api/v1/invitations/{t}"), json!({"password": "kaffe-ord-1", "password_again": "kaffe-ord-1"})).await.status, StatusCode::OK);
    let r = put(&mut bo, &me, json!({"role": "caseworker", "active": true})).await;
    assert_eq!((r.status, r.json()["role"].as_str()), (StatusCode::OK, Some("caseworker")), "{}", r.body);
    // The role change logged the former admin out; logged in again, they work the desk and
    // no longer manage users.
    assert_eq!(admin.get("/api/v1/users").await.0, StatusCode::UNAUTHORIZED);
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    assert_eq!(admin.get("/api/v1/users").await.0, StatusCode::FORBIDDEN);
    assert_eq!(admin.get("/api/v1/companies").await.0, StatusCode::OK);

    // A deactivated mentor is out at once, session and all; a mentor's role stays a mentor's.
    let mut mentor = app.login(MENTOR).await;
    let mentor_id = app.scalar("SELECT id FROM users WHERE email = 'mentor@demo.fodfaeste.dk'").await;
    assert_error(&put(&mut bo, &format!("/api/v1/users/{mentor_id}"), json!({"role": "admin", "active": true})).await, 400, "invalid_kind", Some("role"));
    assert_eq!(put(&mut bo, &format!("/api/v1/users/{mentor_id}"), json!({"active": false})).await.status, StatusCode::OK);
    assert_eq!(mentor.get("/api/v1/me").await.0, StatusCode::UNAUTHORIZED);
    let (s, _) = app.client().post("/api/v1/session", json!({"email": MENTOR, "password": server::demo::DEMO_PASSWORD})).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // Another municipality's admin cannot touch our users.
    let (mut other_cw, _) = app.other_municipality().await;
    assert_eq!(put(&mut other_cw, &format!("/api/v1/users/{mentor_id}"), json!({"active": true})).await.status, StatusCode::FORBIDDEN);
    assert!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'user.change'").await >= 2);
    app.finish().await;
}

on_both_engines!(
    an_admin_manages_roles_and_access_and_keeps_an_admin,
    a_caseworker_creates_edits_and_reads_a_citizen_and_the_timeline,
    an_invitation_lets_a_citizen_choose_a_password_once_within_seven_days,
    a_mentor_is_invited_to_a_company_and_sees_only_their_own_placements,
);
