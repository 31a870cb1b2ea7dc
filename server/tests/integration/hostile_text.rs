//! Stored text that tries to end its `<textarea>` early and run as markup, in every free-text
//! field a page puts into a textarea, rendered by the real router on both engines: the
//! markup never reaches the page as markup, and the field shows the text as it was stored.
use crate::support;

use app::db::Engine;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use serde_json::json;
use support::demo_users::*;
use support::{Client, TestApp};

const ATTACK: &str = "Feje </textarea><img src=x onerror=alert('xss')><script>alert(1)</script> </TEXTAREA >&amp;";

/// The page's HTML, after checking no markup of the attack is in it and its text is.
async fn assert_inert(c: &mut Client, path: &str) {
    let r = c.send(Method::GET, path, None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK, "{path}");
    let html = r.body.to_ascii_lowercase();
    for markup in ["<img src=x", "<script>alert(1)", "</textarea><img", "</textarea ><"] {
        assert!(!html.contains(markup), "{path} carries {markup:?} as markup");
    }
    // Inside the textarea the text is escaped, so the browser shows it exactly as stored.
    assert!(r.body.contains("Feje &lt;/textarea&gt;&lt;img src=x onerror=alert('xss')&gt;"), "{path} lost the text: {}", r.body.len());
    assert!(r.body.contains("&lt;/TEXTAREA &gt;&amp;amp;"), "{path}");
}

async fn breakout_text_stays_text_in_every_textarea(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let mut mentor = app.login(MENTOR).await;

    // A caseworker's accommodations for a citizen.
    let r = cw.post_reply("/api/v1/citizens", json!({"name": "Sara", "postcode": "6900", "target_group": "resource_programme",
        "referred_on": "2026-10-01", "accommodations": ATTACK})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_inert(&mut cw, &format!("/sagsbehandler/borgere/{}", r.json()["id"])).await;

    // A mentor's proposed tasks, once a caseworker approves the opening.
    let r = mentor.post_reply("/api/v1/openings/proposals", json!({"kind": "small_job", "title": "Oprydning", "tasks": ATTACK,
        "hours_per_week": 8, "postcode": "6950", "hourly_wage": "142,50", "seats": "1"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let opening = r.json()["id"].as_i64().unwrap();
    let r = cw.post_reply(&format!("/api/v1/openings/{opening}/review"), json!({"decision": "approve"})).await;
    assert!(r.status.is_success(), "{}", r.body);
    assert_inert(&mut cw, &format!("/sagsbehandler/opslag/{opening}")).await;

    // An initiative's notes.
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    let advisor = app.scalar("SELECT id FROM users WHERE email = 'leder@demo.fodfaeste.dk'").await;
    let day = app::domain::local_time::local_date(Utc::now()) - Duration::days(3);
    let r = admin.post_reply("/api/v1/social-enterprises", json!({"name": "Værkstedet", "stage": "idea", "started_on": day.to_string(),
        "advisor_user_id": advisor, "notes": ATTACK})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_inert(&mut admin, &format!("/maal/soev/{}", r.json()["id"])).await;

    // The citizen's own note, in the correction form of a waiting entry.
    let mut citizen = app.login(CITIZEN).await;
    let (_, placements) = citizen.get("/api/v1/placements").await;
    let starts = Utc::now() - Duration::hours(3);
    let r = citizen.post_reply("/api/v1/time-entries", json!({"placement_id": placements[0]["id"], "starts_at": starts.to_rfc3339(),
        "ends_at": (starts + Duration::minutes(30)).to_rfc3339(), "note": ATTACK})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let day = app::domain::local_time::local_date(starts);
    assert_inert(&mut citizen, &format!("/borger/timer?visning=uge&dato={}", day.format("%Y-%m-%d"))).await;
    app.finish().await;
}

on_both_engines!(breakout_text_stays_text_in_every_textarea);
