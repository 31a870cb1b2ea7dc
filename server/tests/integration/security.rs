//! Cross-site requests and the security headers, through the real router on both engines.
use crate::support;

use app::db::Engine;
use app::functions::auth::Login;
use app::functions::desk::SaveCitizen;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use leptos::server_fn::ServerFn as _;
use support::demo_users::*;
use support::TestApp;

const FORM: &str = "application/x-www-form-urlencoded";

async fn a_request_from_another_site_changes_nothing(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.client();
    cw.server_fn(Login::PATH, &[("email", CASEWORKER), ("password", "demo-password")]).await;
    // Jonas has no login, so his record may be saved without an e-mail.
    let citizen = app.scalar("SELECT id FROM citizens WHERE name = 'Jonas Nielsen'").await.to_string();
    let rename = format!("id={citizen}&name=Renamed+by+evil&postcode=6950&target_group=cash_benefit_activity_ready&referred_on=2026-10-01");
    // The review's attack: a form (or text/plain) post from another site with the cookie.
    for (origin, fetch_site, ct) in [
        (Some("http://evil.example"), None, FORM),
        (Some("http://evil.example"), None, "text/plain"),
        (Some("null"), None, FORM),
        (None, Some("cross-site"), FORM),
        (Some("http://localhost.evil.example"), Some("same-site"), FORM),
    ] {
        let mut headers = vec![("content-type", ct), ("accept", "application/json"), ("host", "localhost")];
        if let Some(o) = origin {
            headers.push(("origin", o));
        }
        if let Some(s) = fetch_site {
            headers.push(("sec-fetch-site", s));
        }
        let r = cw.raw(SaveCitizen::PATH, &headers, rename.clone()).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{origin:?} {fetch_site:?} {ct}: {}", r.body);
        assert_eq!(r.json()["error"], "cross_origin_request");
        let api = cw.raw("/api/v1/citizens", &[("content-type", "application/json"), ("host", "localhost"), ("origin", "http://evil.example")], r#"{"name":"x"}"#).await;
        assert_eq!(api.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM citizens WHERE name = 'Renamed by evil'").await, 0);

    // Login CSRF: another site cannot log the browser in to an account of its choosing.
    let mut victim = app.client();
    let r = victim
        .raw(Login::PATH, &[("content-type", FORM), ("accept", "application/json"), ("host", "localhost"), ("origin", "http://evil.example")], "email=citizen%40demo.fodfaeste.dk&password=demo-password")
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(victim.cookie.is_none(), "no session was started");
    let r = victim
        .raw("/api/v1/session", &[("content-type", "application/json"), ("host", "localhost"), ("sec-fetch-site", "cross-site")], r#"{"email":"citizen@demo.fodfaeste.dk","password":"demo-password"}"#)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The site's own pages (and clients that are no browser) go through.
    let r = cw.raw(SaveCitizen::PATH, &[("content-type", FORM), ("accept", "application/json"), ("host", "localhost"), ("origin", "http://localhost")], rename.clone()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = cw.raw(SaveCitizen::PATH, &[("content-type", FORM), ("accept", "application/json"), ("sec-fetch-site", "same-origin")], rename.replace("evil", "us")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM citizens WHERE name = 'Renamed by us'").await, 1);
    app.finish().await;
}

async fn every_answer_carries_the_security_headers(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut citizen = app.login(CITIZEN).await;
    let mut visitor = app.client();
    for path in ["/borger", "/api/v1/time-entries", "/login"] {
        // The login page as a visitor sees it (a logged-in user is sent on from it).
        let c = if path == "/login" { &mut visitor } else { &mut citizen };
        let r = c.send(Method::GET, path, None, Body::empty()).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let h = |k: &str| r.headers.get(k).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        assert_eq!(h("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(h("referrer-policy"), "same-origin", "{path}");
        assert_eq!(h("cache-control"), "no-store", "{path}");
        assert_eq!(h("x-frame-options"), "DENY", "{path}");
        if path != "/api/v1/time-entries" {
            let csp = h("content-security-policy");
            let script_src = csp.split(';').find(|d| d.trim_start().starts_with("script-src")).unwrap_or_default().to_string();
            let nonce = support::csp_nonce(&r.headers);
            assert!(nonce.len() >= 16 && !script_src.contains("unsafe-inline"), "{path}: {csp}");
            for d in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'wasm-unsafe-eval'", "'strict-dynamic'"] {
                assert!(csp.contains(d), "{path}: {d} missing from {csp}");
            }
            // The page's own scripts carry this response's nonce, and every render has its own.
            assert!(r.body.contains(&format!("nonce=\"{nonce}\"")), "{path}: no script carries the nonce");
            let again = c.send(Method::GET, path, None, Body::empty()).await;
            assert!(!again.headers.get("content-security-policy").unwrap().to_str().unwrap().contains(&nonce), "{path}: a nonce used twice");
        }
    }
    app.finish().await;
}

async fn guessing_waits_longer_and_longer_but_never_locks_out(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut guesser = app.client();
    let body = |email: &str, password: &str| serde_json::json!({"email": email, "password": password});
    for i in 1..=5 {
        let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, &format!("guess-{i}"))).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "try {i}: {}", r.body);
    }
    let retry_after = |r: &support::Reply| r.headers.get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    // (The last failure a second ahead, so that no clock tick in between can end the wait.)
    app.db_exec("UPDATE throttle SET last_failure_at = last_failure_at + 1").await;
    let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, "guess-6")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    assert_eq!(r.json()["error"], "too_many_attempts");
    assert!((1..=2).contains(&retry_after(&r)), "{:?}", r.headers);
    // Three more failures on the books: the wait is 8 s (clock ticks aside).
    app.db_exec("UPDATE throttle SET failures = failures + 3").await;
    let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, "guess-x")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!((6..=9).contains(&retry_after(&r)), "{:?}", r.headers);
    // While the wait lasts, the right password waits too (else a guesser learns when he is right).
    let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, "demo-password")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    // The phone's login page gets the same, in its own words.
    let r = guesser.server_fn(Login::PATH, &[("email", CASEWORKER), ("password", "demo-password")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(matches!(support::app_error(&r), app::domain::error::AppError::TooManyAttempts { .. }), "{}", r.body);
    // After the wait, one more wrong try doubles it; the right one then waits, and after that
    // logs in and starts the count over.
    app.db_exec("UPDATE throttle SET last_failure_at = last_failure_at - 10").await;
    let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, "guess-9")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, "demo-password")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!((14..=16).contains(&retry_after(&r)), "{:?}", r.headers);
    app.db_exec("UPDATE throttle SET last_failure_at = last_failure_at - 20").await;
    let r = guesser.post_reply("/api/v1/session", body(CASEWORKER, "demo-password")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM throttle WHERE key LIKE 'account:%'").await, 0);

    // An e-mail that has no account counts the same: the answers tell nothing about who exists.
    for _ in 0..5 {
        assert_eq!(guesser.post_reply("/api/v1/session", body("nobody@demo.fodfaeste.dk", "x")).await.status, StatusCode::UNAUTHORIZED);
    }
    // (A second ahead again: the wait after five failures is one second of a stamp kept in whole
    // seconds, and a busy CI machine crossed a tick between the fifth try and this one.)
    app.db_exec("UPDATE throttle SET last_failure_at = last_failure_at + 1 WHERE key LIKE 'account:%'").await;
    assert_eq!(guesser.post_reply("/api/v1/session", body("nobody@demo.fodfaeste.dk", "x")).await.status, StatusCode::TOO_MANY_REQUESTS);

    // Guessing tokens from one address: ten free, then waits, for invitations and calendars alike.
    let mut scanner = app.client();
    scanner.peer = Some("203.0.113.7:5000".parse().unwrap());
    for i in 0..10 {
        let r = scanner.get_reply(&format!("/api/v1/invitations/guess{i:040}")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    }
    app.db_exec("UPDATE throttle SET last_failure_at = last_failure_at + 1 WHERE key LIKE 'ip:%'").await;
    let r = scanner.get_reply("/api/v1/invitations/guess-11").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    for i in 0..10 {
        let r = scanner.get_reply(&format!("/api/v1/calendar/{:064x}.ics", i)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
    app.db_exec("UPDATE throttle SET last_failure_at = last_failure_at + 1 WHERE key LIKE 'ip:calendar:%'").await;
    assert_eq!(scanner.get_reply(&format!("/api/v1/calendar/{:064x}.ics", 11)).await.status, StatusCode::TOO_MANY_REQUESTS);
    // Another address is not held back by this one.
    let mut other = app.client();
    other.peer = Some("198.51.100.2:5000".parse().unwrap());
    assert_eq!(other.get_reply("/api/v1/invitations/guess").await.status, StatusCode::NOT_FOUND);
    app.finish().await;
}

on_both_engines!(
    a_request_from_another_site_changes_nothing,
    every_answer_carries_the_security_headers,
    guessing_waits_longer_and_longer_but_never_locks_out,
);
