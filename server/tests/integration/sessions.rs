//! Logins that end when they should, and stay ended: a new password, deactivation, a role
//! change, "log out on all devices", an admin's word, and the idle and absolute limits —
//! through the real router on SQLite and PostgreSQL.
use crate::support;

use app::db::Engine;
use app::domain::session::{Lifetime, Limits};
use axum::body::Body;
use app::functions::auth::EndLogins;
use axum::http::{Method, StatusCode};
use leptos::server_fn::ServerFn as _;
use serde_json::{json, Value};
use server::ServerConfig;
use support::demo_users::*;
use support::{assert_error, Client, TestApp};

const ANDROID: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

async fn login_with(app: &TestApp, email: &str, user_agent: &str) -> Client {
    let mut c = app.client();
    let body = json!({"email": email, "password": "demo-password"}).to_string();
    let r = c.raw("/api/v1/session", &[("content-type", "application/json"), ("user-agent", user_agent)], body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    c
}

async fn me_status(c: &mut Client) -> StatusCode {
    c.get_reply("/api/v1/me").await.status
}

/// The same cookie again, as a thief who copied it would send it.
async fn me_with_cookie(app: &TestApp, cookie: &Option<String>) -> StatusCode {
    let mut thief = app.client();
    thief.cookie = cookie.clone();
    me_status(&mut thief).await
}

async fn delete(c: &mut Client, path: &str) -> support::Reply {
    c.send(Method::DELETE, path, None, Body::empty()).await
}

async fn put_json(c: &mut Client, path: &str, body: Value) -> support::Reply {
    c.send(Method::PUT, path, Some("application/json"), Body::from(body.to_string())).await
}

fn cookie_id(c: &Client) -> String {
    c.cookie.as_deref().unwrap().split_once('=').unwrap().1.to_string()
}

async fn one_sees_and_ends_their_own_logins(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut phone = login_with(&app, CITIZEN, ANDROID).await;
    let mut other = login_with(&app, CITIZEN, IPHONE).await;
    let mut mentor = app.login(MENTOR).await;

    // The database holds no cookie: only its hash.
    let id = cookie_id(&phone);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE id_hash = '{id}' OR data LIKE '%{id}%'")).await, 0);
    let hashed = app::db::secret_hash(&id);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE id_hash = '{hashed}'")).await, 1);

    let (s, list) = phone.get("/api/v1/me/sessions").await;
    assert_eq!(s, StatusCode::OK);
    let list = list.as_array().unwrap().clone();
    assert_eq!(list.len(), 2, "{list:?}");
    let this: Vec<_> = list.iter().filter(|l| l["this_device"] == true).collect();
    assert_eq!(this.len(), 1);
    assert_eq!((this[0]["device"]["browser"].as_str(), this[0]["device"]["os"].as_str()), (Some("chrome"), Some("android")));
    let theirs = list.iter().find(|l| l["this_device"] == false).unwrap();
    assert_eq!(theirs["device"]["os"], "ios");
    let other_handle = theirs["handle"].as_str().unwrap().to_string();
    assert_ne!(other_handle, cookie_id(&other), "the handle is not the cookie");

    // Nobody else can end a login by its handle; the owner can.
    assert_error(&delete(&mut mentor, &format!("/api/v1/me/sessions/{other_handle}")).await, 404, "not_found", None);
    assert_eq!(me_status(&mut other).await, StatusCode::OK);
    let stolen = other.cookie.clone();
    assert_eq!(delete(&mut phone, &format!("/api/v1/me/sessions/{other_handle}")).await.status, StatusCode::NO_CONTENT);
    assert_eq!(me_with_cookie(&app, &stolen).await, StatusCode::UNAUTHORIZED);
    assert_error(&delete(&mut phone, &format!("/api/v1/me/sessions/{other_handle}")).await, 404, "not_found", None);
    assert_eq!(me_status(&mut phone).await, StatusCode::OK);

    // "Log ud på alle andre enheder": the others end, this one stays.
    let mut second = login_with(&app, CITIZEN, IPHONE).await;
    let mut third = login_with(&app, CITIZEN, ANDROID).await;
    let r = delete(&mut phone, "/api/v1/me/sessions").await;
    assert_eq!((r.status, r.json()["ended"].as_u64()), (StatusCode::OK, Some(2)), "{}", r.body);
    assert_eq!(me_status(&mut second).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_status(&mut third).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_status(&mut phone).await, StatusCode::OK);
    assert_eq!(me_status(&mut mentor).await, StatusCode::OK, "another user's login is untouched");
    assert_error(&delete(&mut phone, "/api/v1/me/sessions?scope=some").await, 422, "required", Some("scope"));

    // The same through the page's server function, then "… alle enheder": this one too.
    let mut fourth = login_with(&app, CITIZEN, IPHONE).await;
    let r = phone.server_fn(EndLogins::PATH, &[("scope", "others")]).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "1"));
    assert_eq!(me_status(&mut fourth).await, StatusCode::UNAUTHORIZED);
    let kept = phone.cookie.clone();
    let r = phone.server_fn(EndLogins::PATH, &[("scope", "all")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(me_with_cookie(&app, &kept).await, StatusCode::UNAUTHORIZED);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'citizen@demo.fodfaeste.dk'").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'session.end_mine'").await, 3);
    app.finish().await;
}

async fn a_new_password_deactivation_or_role_change_ends_logins_for_good(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    let cw_id = app.scalar("SELECT id FROM users WHERE email = 'caseworker@demo.fodfaeste.dk'").await;

    // Deactivated, then active again: the old login does not come back.
    let mut desk = app.login(CASEWORKER).await;
    let copied = desk.cookie.clone();
    assert_eq!(put_json(&mut admin, &format!("/api/v1/users/{cw_id}"), json!({"role": "caseworker", "active": false})).await.status, StatusCode::OK);
    assert_eq!(me_status(&mut desk).await, StatusCode::UNAUTHORIZED);
    assert_eq!(put_json(&mut admin, &format!("/api/v1/users/{cw_id}"), json!({"role": "caseworker", "active": true})).await.status, StatusCode::OK);
    assert_eq!(me_with_cookie(&app, &copied).await, StatusCode::UNAUTHORIZED, "reactivation revived the old cookie");

    // Saving the user unchanged ends nothing; a role change ends every login.
    let mut desk = app.login(CASEWORKER).await;
    assert_eq!(put_json(&mut admin, &format!("/api/v1/users/{cw_id}"), json!({"role": "caseworker", "active": true})).await.status, StatusCode::OK);
    assert_eq!(me_status(&mut desk).await, StatusCode::OK);
    let copied = desk.cookie.clone();
    assert_eq!(put_json(&mut admin, &format!("/api/v1/users/{cw_id}"), json!({"role": "admin", "active": true})).await.status, StatusCode::OK);
    assert_eq!(me_with_cookie(&app, &copied).await, StatusCode::UNAUTHORIZED);
    assert_eq!(put_json(&mut admin, &format!("/api/v1/users/{cw_id}"), json!({"role": "caseworker", "active": true})).await.status, StatusCode::OK);

    // A citizen's phone is stolen; a new invitation and a new password end its login.
    let mut stolen_phone = login_with(&app, CITIZEN, ANDROID).await;
    let copied = stolen_phone.cookie.clone();
    let mut cw = app.login(CASEWORKER).await;
    let camilla = app.scalar("SELECT id FROM citizens WHERE name = 'Camilla Borger'").await;
    let r = cw.post_reply(&format!("/api/v1/citizens/{camilla}/invite"), json!({})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let token = r.json()["path"].as_str().unwrap().trim_start_matches("/invitation/").to_string();
    let mut new_phone = app.client();
    let r = new_phone.post_reply(&format!("/api/v1/invitations/{token}"), json!({"password": "ny-stabil-kode-42", "password_again": "ny-stabil-kode-42"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(me_status(&mut stolen_phone).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_with_cookie(&app, &copied).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_status(&mut new_phone).await, StatusCode::OK);

    // An admin logs a user out everywhere; only admins, only their own municipality's users.
    let mut mentor_a = app.login(MENTOR).await;
    let mut mentor_b = app.login(MENTOR).await;
    let mentor_id = app.scalar("SELECT id FROM users WHERE email = 'mentor@demo.fodfaeste.dk'").await;
    assert_error(&delete(&mut cw, &format!("/api/v1/users/{mentor_id}/sessions")).await, 403, "forbidden", None);
    let (other_cw, _) = app.other_municipality().await;
    let mut other_cw = other_cw;
    assert_eq!(delete(&mut other_cw, &format!("/api/v1/users/{mentor_id}/sessions")).await.status, StatusCode::FORBIDDEN);
    let foreign = app.scalar("SELECT id FROM users WHERE email = 'cw@anden.dk'").await;
    assert_error(&delete(&mut admin, &format!("/api/v1/users/{foreign}/sessions")).await, 404, "not_found", None);
    assert_eq!(me_status(&mut other_cw).await, StatusCode::OK);
    let r = delete(&mut admin, &format!("/api/v1/users/{mentor_id}/sessions")).await;
    assert_eq!((r.status, r.json()["ended"].as_u64()), (StatusCode::OK, Some(2)), "{}", r.body);
    assert_eq!(me_status(&mut mentor_a).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_status(&mut mentor_b).await, StatusCode::UNAUTHORIZED);
    // Not a lockout: the mentor logs in again.
    let mut back = app.login(MENTOR).await;
    assert_eq!(me_status(&mut back).await, StatusCode::OK);
    app.finish().await;
}

async fn logins_end_when_idle_and_at_their_absolute_limit(engine: Engine) {
    let limits = Limits { phone: Lifetime { idle: 4, absolute: 3600 }, desk: Lifetime { idle: 4, absolute: 6 } };
    let app = TestApp::with_config(engine, ServerConfig { session_limits: limits, ..Default::default() }).await;
    let sleep = |ms| tokio::time::sleep(std::time::Duration::from_millis(ms));

    let mut idle_phone = app.login(CITIZEN2).await;
    let mut phone = app.login(CITIZEN).await;
    let mut desk = app.login(CASEWORKER).await;
    assert_eq!(me_status(&mut phone).await, StatusCode::OK);
    // In use every 2-2.5 s: never idle for 4 s; yet a desk login ends 6 s after it began.
    for _ in 0..2 {
        sleep(2000).await;
        assert_eq!(me_status(&mut desk).await, StatusCode::OK);
        assert_eq!(me_status(&mut phone).await, StatusCode::OK);
    }
    sleep(2500).await;
    assert_eq!(me_status(&mut phone).await, StatusCode::OK, "a phone login in use lives on");
    assert_eq!(me_status(&mut desk).await, StatusCode::UNAUTHORIZED, "a desk login outlived its absolute limit");
    assert_eq!(me_status(&mut idle_phone).await, StatusCode::UNAUTHORIZED, "a login left alone outlived its idle limit");
    app.finish().await;
}

async fn calendar_tokens_kept_in_plain_are_hashed_and_keep_working(engine: Engine) {
    let app = TestApp::new(engine).await;
    let token = "ab".repeat(32);
    app.db_exec(&format!("UPDATE users SET calendar_token = '{token}' WHERE email = 'citizen@demo.fodfaeste.dk'")).await;
    // What the server does at every start.
    app.db.migrate().await.unwrap();
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users WHERE calendar_token IS NOT NULL").await, 0);
    let hashed = app::db::secret_hash(&token);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM users WHERE calendar_token_hash = '{hashed}'")).await, 1);
    let mut anon = app.client();
    let feed = anon.get_reply(&format!("/api/v1/calendar/{token}.ics")).await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.body);
    assert!(feed.body.starts_with("BEGIN:VCALENDAR"));
    app.finish().await;
}

on_both_engines!(
    one_sees_and_ends_their_own_logins,
    a_new_password_deactivation_or_role_change_ends_logins_for_good,
    logins_end_when_idle_and_at_their_absolute_limit,
    calendar_tokens_kept_in_plain_are_hashed_and_keep_working,
);
