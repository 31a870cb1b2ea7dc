//! The citizen's phone through the real router, on SQLite and PostgreSQL: punch clock,
//! corrections, shifts and the calendar feed, absences, and the pages that show them.
use crate::support;

use app::db::Engine;
use app::domain::local_time;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use serde_json::{json, Value};
use support::demo_users::*;
use support::{assert_error, Client, Reply, TestApp};


async fn placement_of(c: &mut Client) -> i64 {
    let (_, body) = c.get("/api/v1/placements").await;
    body[0]["id"].as_i64().unwrap()
}

async fn send(c: &mut Client, method: Method, path: &str, body: Value) -> Reply {
    c.send(method, path, Some("application/json"), Body::from(body.to_string())).await
}

async fn punch_in_and_out_make_one_entry_however_often_the_taps_arrive(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let p = placement_of(&mut c).await;
    let (s, open) = c.get("/api/v1/punches/open").await;
    assert_eq!((s, open), (StatusCode::OK, Value::Null));

    // Tapped offline three hours ago, arriving now.
    let tapped = (Utc::now() - Duration::hours(3)).to_rfc3339();
    let tap_in = json!({"placement_id": p, "at": tapped, "client_id": "0b7f8a52-6a55-4d0c-9d3c-4f4b0c9f0a01"});
    let first = c.post_reply("/api/v1/punches/in", tap_in.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let again = c.post_reply("/api/v1/punches/in", tap_in.clone()).await;
    assert_eq!(again.json()["id"], first.json()["id"]);
    let other = c.post_reply("/api/v1/punches/in", json!({"placement_id": p, "client_id": "0b7f8a52-6a55-4d0c-9d3c-4f4b0c9f0a02"})).await;
    assert_error(&other, 409, "punch_already_open", None);
    let (_, open) = c.get("/api/v1/punches/open").await;
    assert_eq!(open["id"], first.json()["id"]);
    assert_eq!(open["started_at"].as_str().map(|t| &t[..16]), Some(&tapped[..16]));

    let before_start = c.post_reply("/api/v1/punches/out", json!({"at": (Utc::now() - Duration::hours(4)).to_rfc3339()})).await;
    assert_error(&before_start, 422, "end_not_after_start", Some("at"));

    let tap_out = json!({"break_minutes": 30, "client_id": "0b7f8a52-6a55-4d0c-9d3c-4f4b0c9f0a03"});
    let out = c.post_reply("/api/v1/punches/out", tap_out.clone()).await;
    assert_eq!(out.status, StatusCode::CREATED, "{}", out.body);
    let entry = out.json();
    assert_eq!(entry["source"], "punch");
    assert_eq!(entry["status"], "submitted");
    assert_eq!(entry["worked_minutes"], 150);
    // The answer was lost; the phone sends both taps again.
    let out_again = c.post_reply("/api/v1/punches/out", tap_out).await;
    assert_eq!(out_again.json()["id"], entry["id"]);
    // A late copy of the punch-in is answered as the first time; it opens nothing.
    let in_again = c.post_reply("/api/v1/punches/in", tap_in).await;
    assert_eq!((in_again.status, in_again.json()["id"].clone()), (StatusCode::CREATED, first.json()["id"].clone()));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM punches").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE source = 'punch'").await, 1);
    let (_, open) = c.get("/api/v1/punches/open").await;
    assert_eq!(open, Value::Null);
    let no_punch = c.post_reply("/api/v1/punches/out", json!({})).await;
    assert_error(&no_punch, 409, "no_open_punch", None);

    let stale = c.post_reply("/api/v1/punches/in", json!({"placement_id": p, "at": (Utc::now() - Duration::days(8)).to_rfc3339()})).await;
    assert_error(&stale, 422, "too_far_in_past", Some("at"));
    let garbled = c.post_reply("/api/v1/punches/in", json!({"placement_id": p, "at": "i morges"})).await;
    assert_error(&garbled, 400, "invalid_timestamp", Some("at"));

    // Cancel: a mistaken tap leaves no entry.
    let r = c.post_reply("/api/v1/punches/in", json!({"placement_id": p})).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let r = c.send(Method::DELETE, "/api/v1/punches/open", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE source = 'punch'").await, 1);

    // Only citizens punch, and only on their own placement.
    for who in [MENTOR, CASEWORKER] {
        let mut other = app.login(who).await;
        let r = other.post_reply("/api/v1/punches/in", json!({"placement_id": p})).await;
        assert_error(&r, 403, "forbidden", None);
    }
    let mut c2 = app.login(CITIZEN2).await;
    let r = c2.post_reply("/api/v1/punches/in", json!({"placement_id": p})).await;
    assert_error(&r, 404, "not_found", None);
    app.finish().await;
}

async fn a_waiting_entry_is_corrected_or_withdrawn_and_a_decided_one_is_not(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let p = placement_of(&mut c).await;
    let day = local_time::local_date(Utc::now()) - Duration::days(1);
    let at = |hh: u32| local_time::to_utc(day.and_hms_opt(hh, 0, 0).unwrap(), app::domain::error::Field::StartsAt).unwrap().to_rfc3339();
    let (s, e) = c.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(17), "ends_at": at(19)})).await;
    assert_eq!(s, StatusCode::CREATED, "{e}");
    let id = e["id"].as_i64().unwrap();
    let path = format!("/api/v1/time-entries/{id}");

    let r = send(&mut c, Method::PATCH, &path, json!({"ends_at": at(20), "break_minutes": 15, "note": "Blev en time mere"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["worked_minutes"], 165);
    assert_eq!(r.json()["note"], "Blev en time mere");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM time_entry_history WHERE time_entry_id = {id} AND action = 'edited'")).await, 1);

    // A second entry may not be moved on top of the first.
    let (_, e2) = c.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(21), "ends_at": at(22)})).await;
    let r = send(&mut c, Method::PATCH, &format!("/api/v1/time-entries/{}", e2["id"]), json!({"starts_at": at(19)})).await;
    assert_error(&r, 422, "overlaps_other_entry", Some("starts_at"));
    let r = send(&mut c, Method::PATCH, &path, json!({"starts_at": "i går"})).await;
    assert_error(&r, 400, "invalid_timestamp", Some("starts_at"));

    let mut mentor = app.login(MENTOR).await;
    let r = send(&mut mentor, Method::PATCH, &path, json!({"break_minutes": 0})).await;
    assert_error(&r, 403, "forbidden", None);
    let mut c2 = app.login(CITIZEN2).await;
    let r = c2.send(Method::DELETE, &path, None, Body::empty()).await;
    assert_error(&r, 404, "not_found", None);

    let r = c.send(Method::DELETE, &format!("/api/v1/time-entries/{}", e2["id"]), None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let (s, _) = c.get(&format!("/api/v1/time-entries/{}", e2["id"])).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, list) = c.get("/api/v1/time-entries").await;
    assert!(list.as_array().unwrap().iter().all(|x| x["id"] != e2["id"]));
    // Withdrawn, its time is free again.
    let (s, _) = c.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(21), "ends_at": at(22)})).await;
    assert_eq!(s, StatusCode::CREATED);

    let (s, _) = mentor.post(&format!("{path}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let r = send(&mut c, Method::PATCH, &path, json!({"break_minutes": 0})).await;
    assert_error(&r, 409, "not_editable", None);
    let r = c.send(Method::DELETE, &path, None, Body::empty()).await;
    assert_error(&r, 409, "not_editable", None);
    app.finish().await;
}

async fn shifts_and_the_calendar_feed_show_only_ones_own(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let (s, shifts) = c.get("/api/v1/shifts").await;
    assert_eq!(s, StatusCode::OK);
    let shifts = shifts.as_array().unwrap().clone();
    assert!(shifts.len() >= 6, "four weeks of Tuesdays and Thursdays: {}", shifts.len());
    assert!(shifts.iter().all(|s| s["citizen_name"] == "Camilla Borger" && s["company_name"] == "Vestjysk Metal ApS"));
    let mut m2 = app.login(MENTOR2).await;
    let (_, theirs) = m2.get("/api/v1/shifts").await;
    assert!(theirs.as_array().unwrap().iter().all(|s| s["citizen_name"] == "Ali Hassan"));
    let (s, _) = m2.get(&format!("/api/v1/shifts?placement_id={}", shifts[0]["placement_id"])).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, e) = c.get("/api/v1/shifts?from=2026-13-01").await;
    assert_eq!((s, e["field"].as_str()), (StatusCode::BAD_REQUEST, Some("from")));

    let (_, link) = c.get("/api/v1/me/calendar").await;
    assert_eq!((link["active"].as_bool(), &link["path"]), (Some(false), &Value::Null));
    let (s, link) = c.post("/api/v1/me/calendar", json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let old = link["path"].as_str().unwrap().to_string();
    // Shown once: afterwards the server knows only that there is one, and keeps a hash.
    let (_, again) = c.get("/api/v1/me/calendar").await;
    assert_eq!((again["active"].as_bool(), &again["path"]), (Some(true), &Value::Null));
    let token = old.trim_start_matches("/api/v1/calendar/").trim_end_matches(".ics").to_string();
    let plain = format!("SELECT COUNT(*) FROM users WHERE calendar_token = '{token}' OR calendar_token_hash = '{token}'");
    assert_eq!(app.scalar(&plain).await, 0, "the token is stored in plain");
    // The feed needs no session: phone calendars fetch it on their own.
    let mut anon = app.client();
    let feed = anon.send(Method::GET, &old, None, Body::empty()).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    assert!(feed.body.starts_with("BEGIN:VCALENDAR"));
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count() >= shifts.len(), true);
    assert!(feed.body.contains("Vestjysk Metal ApS"));
    assert!(!feed.body.contains("Café Fællesskabet"));

    let (_, renewed) = c.post("/api/v1/me/calendar", json!({})).await;
    let new = renewed["path"].as_str().unwrap();
    assert_ne!(new, old);
    assert_eq!(anon.send(Method::GET, &old, None, Body::empty()).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anon.send(Method::GET, new, None, Body::empty()).await.status, StatusCode::OK);
    assert_eq!(anon.send(Method::GET, "/api/v1/calendar/gaet.ics", None, Body::empty()).await.status, StatusCode::NOT_FOUND);

    // A mentor's feed names the citizens; caseworkers have none.
    let mut mentor = app.login(MENTOR).await;
    let (_, ml) = mentor.post("/api/v1/me/calendar", json!({})).await;
    let mfeed = anon.send(Method::GET, ml["path"].as_str().unwrap(), None, Body::empty()).await;
    assert!(mfeed.body.contains("Camilla Borger"));
    let mut cw = app.login(CASEWORKER).await;
    let r = cw.post_reply("/api/v1/me/calendar", json!({})).await;
    assert_error(&r, 403, "forbidden", None);
    app.finish().await;
}

async fn absences_mark_shifts_and_mentors_learn_only_that(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let (_, shifts) = c.get("/api/v1/shifts").await;
    let first = shifts[0].clone();
    let first_day = local_time::local_date(chrono::DateTime::parse_from_rfc3339(first["starts_at"].as_str().unwrap()).unwrap().with_timezone(&Utc));
    let day = first_day.format("%Y-%m-%d").to_string();

    let body = json!({"kind": "sick", "from_date": day, "note": "Ringer i morgen", "client_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"});
    let r = c.post_reply("/api/v1/absences", body.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let a = r.json();
    assert_eq!((a["from_date"].as_str(), a["to_date"].as_str()), (Some(day.as_str()), Some(day.as_str())));
    let again = c.post_reply("/api/v1/absences", body).await;
    assert_eq!(again.json()["id"], a["id"]);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    let (_, shifts) = c.get("/api/v1/shifts").await;
    assert_eq!(shifts[0]["status"], "absent");
    assert_eq!(shifts[1]["status"], "planned");

    let r = c.post_reply("/api/v1/absences", json!({"kind": "other", "shift_id": shifts[1]["id"]})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let (_, shifts) = c.get("/api/v1/shifts").await;
    assert_eq!(shifts[1]["status"], "absent");
    let r = c.post_reply("/api/v1/absences", json!({"kind": "other", "shift_id": shifts[1]["id"]})).await;
    assert_error(&r, 422, "shift_not_planned", Some("shift_id"));

    let r = c.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": day, "to_date": "2020-01-01"})).await;
    assert_error(&r, 422, "to_before_from", Some("to_date"));
    let r = c.post_reply("/api/v1/absences", json!({"kind": "ferie", "from_date": day})).await;
    assert_error(&r, 400, "invalid_kind", Some("kind"));
    let r = c.post_reply("/api/v1/absences", json!({"kind": "sick"})).await;
    assert_error(&r, 422, "required", Some("from_date"));
    // Two taps on "Meld syg" (or two phones) make one report: the same day again, or a range
    // that reaches it, is refused on the date; the day after is a report of its own.
    let r = c.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": day, "client_id": "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4e"})).await;
    assert_error(&r, 422, "already_reported", Some("from_date"));
    let before = (first_day - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    let r = c.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": before, "to_date": day})).await;
    assert_error(&r, 422, "already_reported", Some("from_date"));

    // Someone else's shift is not there at all.
    let mut c2 = app.login(CITIZEN2).await;
    let (_, theirs) = c2.get("/api/v1/shifts").await;
    let r = c.post_reply("/api/v1/absences", json!({"kind": "other", "shift_id": theirs[0]["id"]})).await;
    assert_error(&r, 404, "not_found", None);
    let (_, seen) = c2.get("/api/v1/absences").await;
    assert_eq!(seen.as_array().unwrap().len(), 0);

    let mut mentor = app.login(MENTOR).await;
    let (_, seen) = mentor.get("/api/v1/absences").await;
    let seen = seen.as_array().unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|a| a["note"].is_null() && a["kind"].is_null() && a["citizen_name"] == "Camilla Borger"));
    let r = mentor.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": day})).await;
    assert_error(&r, 403, "forbidden", None);
    let mut m2 = app.login(MENTOR2).await;
    let (_, seen) = m2.get("/api/v1/absences").await;
    assert_eq!(seen.as_array().unwrap().len(), 0);
    let mut cw = app.login(CASEWORKER).await;
    let (_, seen) = cw.get("/api/v1/absences").await;
    assert!(seen.as_array().unwrap().iter().any(|a| a["note"] == "Ringer i morgen" && a["kind"] == "sick"));
    let (other_cw, _) = app.other_municipality().await;
    let mut other_cw = other_cw;
    let (_, seen) = other_cw.get("/api/v1/absences").await;
    assert_eq!(seen.as_array().unwrap().len(), 0);

    // The mentor's and the caseworker's pages show it; only the caseworker's shows the note.
    let page = mentor.send(Method::GET, "/mentor", None, Body::empty()).await;
    assert!(page.body.contains("Meldt fravær") && !page.body.contains("Ringer i morgen"));
    let page = cw.send(Method::GET, "/sagsbehandler", None, Body::empty()).await;
    assert!(page.body.contains("Ringer i morgen"));
    app.finish().await;
}

async fn the_citizen_pages_render_on_the_server(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let get = |path: &'static str| path;
    let r = c.send(Method::GET, get("/borger"), None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK);
    for text in ["Næste vagt", "Jeg er mødt", "Industrivej 12"] {
        assert!(r.body.contains(text), "{text} missing from I dag");
    }
    let r = c.send(Method::GET, "/borger/timer?visning=maaned", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Godkendt") && r.body.contains("Du har tjent") && r.body.contains("Ret eller slet"));
    let r = c.send(Method::GET, "/borger/timer?visning=uge&dato=ikke-en-dato", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Uge "));
    let r = c.send(Method::GET, "/borger/plan", None, Body::empty()).await;
    assert!(r.body.contains("Dine vagter de næste 4 uger") && r.body.contains("Lav kalenderlink"));
    let r = c.send(Method::GET, "/borger/fravaer", None, Body::empty()).await;
    assert!(r.body.contains("Jeg er syg") && r.body.contains("Skriv ikke, hvad du fejler"));
    assert!(!r.body.contains("Ali Hassan"));

    let mut mentor = app.login(MENTOR).await;
    let r = mentor.send(Method::GET, "/borger/timer", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

/// Reported sick today, I dag says so and keeps punching in out of the way; a second report of
/// the day is refused, not stored twice.
async fn reporting_sick_today_changes_i_dag(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN2).await;
    let before = c.get_reply("/borger").await;
    assert!(!before.body.contains("Du er meldt syg i dag") && !before.body.contains("class=\"punch-anyway\""), "not sick yet");
    let today = local_time::local_date(Utc::now()).format("%Y-%m-%d").to_string();
    let r = c.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": today})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let after = c.get_reply("/borger").await;
    assert!(after.body.contains("Du er meldt syg i dag"), "I dag says it");
    assert!(after.body.contains("class=\"punch-anyway\""), "punching in is tucked away, not the main action");
    let r = c.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": today})).await;
    assert_error(&r, 422, "already_reported", Some("from_date"));
    let ali = app.scalar("SELECT id FROM citizens WHERE name = 'Ali Hassan'").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM absences WHERE citizen_id = {ali} AND kind = 'sick'")).await, 1);
    app.finish().await;
}

on_both_engines!(
    reporting_sick_today_changes_i_dag,
    punch_in_and_out_make_one_entry_however_often_the_taps_arrive,
    a_waiting_entry_is_corrected_or_withdrawn_and_a_decided_one_is_not,
    shifts_and_the_calendar_feed_show_only_ones_own,
    absences_mark_shifts_and_mentors_learn_only_that,
    the_citizen_pages_render_on_the_server,
);
