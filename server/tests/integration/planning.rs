//! The Vagtplan through the real router, on SQLite and PostgreSQL: weekly series planned,
//! moved and cancelled, followed by the citizen's plan and calendar feed; automatic
//! confirmation of hours that keep to the plan; the access matrix of each.
use crate::support;

use app::db::Engine;
use app::domain::error::Field;
use app::domain::local_time;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use leptos::server_fn::ServerFn as _;
use serde_json::{json, Value};
use support::demo_users::*;
use support::{assert_error, Client, Reply, TestApp};

async fn send(c: &mut Client, method: Method, path: &str, body: Value) -> Reply {
    c.send(method, path, Some("application/json"), Body::from(body.to_string())).await
}

async fn first_placement(c: &mut Client) -> i64 {
    let (_, placements) = c.get("/api/v1/placements").await;
    placements[0]["id"].as_i64().unwrap()
}

/// `hh:mm` Copenhagen time on `day`, as RFC 3339.
fn local(day: NaiveDate, hh: u32, mm: u32) -> String {
    local_time::to_utc(day.and_hms_opt(hh, mm, 0).unwrap(), Field::StartsAt).unwrap().to_rfc3339()
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect()
}

async fn a_weekly_series_is_planned_moved_and_cancelled_and_the_citizen_follows(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut mentor = app.login(MENTOR).await;
    let mut citizen = app.login(CITIZEN).await;
    let p = first_placement(&mut mentor).await;
    // Evenings a week on: the demo's own shifts are in the mornings.
    let day = local_time::local_date(Utc::now()) + Duration::days(7);
    let plan = json!({"placement_id": p, "starts_at": local(day, 20, 0), "ends_at": local(day, 21, 30), "repeat_weeks": 3});

    // Who may plan: the mentor and a caseworker of the placement, nobody else.
    let r = citizen.post_reply("/api/v1/shifts", plan.clone()).await;
    assert_error(&r, 403, "forbidden", None);
    let r = app.login(MENTOR2).await.post_reply("/api/v1/shifts", plan.clone()).await;
    assert_error(&r, 404, "not_found", None);
    let (other_cw, _) = app.other_municipality().await;
    let mut other_cw = other_cw;
    let r = other_cw.post_reply("/api/v1/shifts", plan.clone()).await;
    assert_error(&r, 404, "not_found", None);

    let r = mentor.post_reply("/api/v1/shifts", plan.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let series = r.json();
    let shift_ids = ids(&series);
    assert_eq!(shift_ids.len(), 3);
    let series_id = series[0]["series_id"].as_str().unwrap().to_string();
    for (k, s) in series.as_array().unwrap().iter().enumerate() {
        let starts: DateTime<Utc> = s["starts_at"].as_str().unwrap().parse().unwrap();
        assert_eq!(local_time::local_date(starts), day + Duration::weeks(k as i64));
        assert_eq!(local_time::format_local_time(starts), "20:00", "the same wall-clock time each week");
        assert_eq!(s["series_id"], series_id.as_str());
        assert_eq!(s["status"], "planned");
    }

    // The rules, each with its own answer.
    let r = mentor.post_reply("/api/v1/shifts", plan.clone()).await;
    assert_error(&r, 422, "overlaps_other_shift", Some("starts_at"));
    let mut too_many = plan.clone();
    too_many["repeat_weeks"] = json!(27);
    assert_error(&mentor.post_reply("/api/v1/shifts", too_many).await, 422, "out_of_range", Some("repeat_weeks"));
    let mut negative = plan.clone();
    negative["repeat_weeks"] = json!(-1);
    assert_error(&mentor.post_reply("/api/v1/shifts", negative).await, 422, "out_of_range", Some("repeat_weeks"));
    let yesterday = day - Duration::days(8);
    let past = json!({"placement_id": p, "starts_at": local(yesterday, 20, 0), "ends_at": local(yesterday, 21, 0)});
    assert_error(&mentor.post_reply("/api/v1/shifts", past).await, 422, "shift_in_past", Some("starts_at"));
    let backwards = json!({"placement_id": p, "starts_at": local(day, 21, 0), "ends_at": local(day, 20, 0)});
    assert_error(&mentor.post_reply("/api/v1/shifts", backwards).await, 422, "end_not_after_start", Some("ends_at"));
    let unreadable = json!({"placement_id": p, "starts_at": "tirsdag", "ends_at": local(day, 20, 0)});
    assert_error(&mentor.post_reply("/api/v1/shifts", unreadable).await, 400, "invalid_timestamp", Some("starts_at"));
    let missing = json!({"starts_at": local(day, 20, 0), "ends_at": local(day, 21, 0)});
    assert_error(&mentor.post_reply("/api/v1/shifts", missing).await, 422, "required", Some("placement_id"));
    let r = mentor.send(Method::POST, "/api/v1/shifts", Some("application/json"), Body::from("{")).await;
    assert_error(&r, 400, "malformed_request", None);

    // A caseworker plans too.
    let mut caseworker = app.login(CASEWORKER).await;
    let extra = json!({"placement_id": p, "starts_at": local(day, 17, 0), "ends_at": local(day, 19, 0)});
    let r = caseworker.post_reply("/api/v1/shifts", extra).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert!(r.json()[0]["series_id"].is_null(), "a single shift has no series");

    // The citizen's plan and calendar feed hold the series.
    let from = local(day - Duration::days(1), 0, 0);
    let to = local(day + Duration::weeks(3), 0, 0);
    let q = format!("/api/v1/shifts?from={}&to={}", urlencode(&from), urlencode(&to));
    let (s, mine) = citizen.get(&q).await;
    assert_eq!(s, StatusCode::OK);
    let mine_ids = ids(&mine);
    assert!(shift_ids.iter().all(|id| mine_ids.contains(id)), "{mine}");
    let (_, link) = citizen.post("/api/v1/me/calendar", json!({})).await;
    let feed_path = link["path"].as_str().unwrap().to_string();
    let feed = app.client().get_reply(&feed_path).await;
    for id in &shift_ids {
        assert!(feed.body.contains(&format!("shift-{id}@fodfaeste")), "shift {id} in the feed");
    }

    // Move the first: a day later. Onto another shift it may not go.
    let moved_day = day + Duration::days(1);
    let to_path = format!("/api/v1/shifts/{}", shift_ids[0]);
    let r = send(&mut citizen, Method::PATCH, &to_path, json!({"starts_at": local(moved_day, 20, 0), "ends_at": local(moved_day, 21, 0)})).await;
    assert_error(&r, 403, "forbidden", None);
    let mut mentor2 = app.login(MENTOR2).await;
    let r = send(&mut mentor2, Method::PATCH, &to_path, json!({"starts_at": local(moved_day, 20, 0), "ends_at": local(moved_day, 21, 0)})).await;
    assert_error(&r, 404, "not_found", None);
    let onto_next = day + Duration::weeks(1);
    let r = send(&mut mentor, Method::PATCH, &to_path, json!({"starts_at": local(onto_next, 20, 30), "ends_at": local(onto_next, 22, 0)})).await;
    assert_error(&r, 422, "overlaps_other_shift", Some("starts_at"));
    let r = send(&mut mentor, Method::PATCH, &to_path, json!({"starts_at": local(moved_day, 20, 0), "ends_at": local(moved_day, 21, 0)})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["starts_at"].as_str().unwrap().parse::<DateTime<Utc>>().unwrap().to_rfc3339(), local(moved_day, 20, 0));
    let r = send(&mut mentor, Method::PATCH, &to_path, json!({"starts_at": local(moved_day, 20, 0)})).await;
    assert_error(&r, 422, "required", Some("ends_at"));

    // Cancel the rest of the series from its second shift, with a word to the citizen.
    let cancel_path = format!("/api/v1/shifts/{}/cancel", shift_ids[1]);
    assert_error(&citizen.post_reply(&cancel_path, json!({})).await, 403, "forbidden", None);
    assert_error(&mentor.post_reply(&cancel_path, json!({"reason": "x".repeat(501)})).await, 422, "text_too_long", Some("reason"));
    let (s, cancelled) = mentor.post(&cancel_path, json!({"reason": "Lageret flytter", "following": true})).await;
    assert_eq!(s, StatusCode::OK, "{cancelled}");
    assert_eq!(ids(&cancelled), vec![shift_ids[1], shift_ids[2]]);
    assert_error(&mentor.post_reply(&cancel_path, json!({})).await, 422, "shift_not_planned", Some("shift_id"));
    let r = send(&mut mentor, Method::PATCH, &format!("/api/v1/shifts/{}", shift_ids[2]), json!({"starts_at": local(day, 6, 0), "ends_at": local(day, 7, 0)})).await;
    assert_error(&r, 422, "shift_not_planned", Some("shift_id"));
    let (_, mine) = citizen.get(&q).await;
    let second = mine.as_array().unwrap().iter().find(|s| s["id"] == shift_ids[1]).unwrap();
    assert_eq!(second["status"], "cancelled");
    assert_eq!(second["cancel_reason"], "Lageret flytter");
    let first = mine.as_array().unwrap().iter().find(|s| s["id"] == shift_ids[0]).unwrap();
    assert_eq!(first["status"], "planned", "the moved shift stays planned");
    let feed = app.client().get_reply(&feed_path).await;
    assert_eq!(feed.body.matches("STATUS:CANCELLED").count() >= 2, true, "{}", feed.body);

    // The time a cancelled shift held is free again.
    let again = json!({"placement_id": p, "starts_at": local(day + Duration::weeks(1), 20, 0), "ends_at": local(day + Duration::weeks(1), 21, 0)});
    assert_eq!(mentor.post_reply("/api/v1/shifts", again).await.status, StatusCode::CREATED);

    // Every change is in the audit log.
    assert!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'shift.plan'").await >= 2);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'shift.move'").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'shift.cancel'").await, 1);
    app.finish().await;
}

/// Whole minutes from now, so instants compare exactly after a round trip.
fn minutes_from_now(m: i64) -> DateTime<Utc> {
    let now = Utc::now();
    now - Duration::seconds(now.second() as i64) - Duration::nanoseconds(now.nanosecond() as i64) + Duration::minutes(m)
}

async fn hours_that_keep_to_the_plan_confirm_themselves_when_the_mentor_says_so(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut mentor = app.login(MENTOR).await;
    let mut citizen = app.login(CITIZEN).await;
    let p = first_placement(&mut mentor).await;
    // Clear the demo's planned shifts of the next day and a half, then plan two of our own.
    let (_, near) = mentor.get(&format!("/api/v1/shifts?placement_id={p}&from={}&to={}", urlencode(&minutes_from_now(0).to_rfc3339()), urlencode(&minutes_from_now(36 * 60).to_rfc3339()))).await;
    for id in ids(&near) {
        let (s, body) = mentor.post(&format!("/api/v1/shifts/{id}/cancel"), json!({})).await;
        assert_eq!(s, StatusCode::OK, "{body}");
    }
    let (a_start, a_end) = (minutes_from_now(120), minutes_from_now(300));
    let (b_start, b_end) = (minutes_from_now(360), minutes_from_now(540));
    for (s, e) in [(a_start, a_end), (b_start, b_end)] {
        let r = mentor.post_reply("/api/v1/shifts", json!({"placement_id": p, "starts_at": s.to_rfc3339(), "ends_at": e.to_rfc3339()})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let register = |s: DateTime<Utc>, e: DateTime<Utc>| json!({"placement_id": p, "starts_at": s.to_rfc3339(), "ends_at": e.to_rfc3339()});

    // Off by default: an entry on the dot waits like any other.
    let (s, a1) = citizen.post("/api/v1/time-entries", register(a_start + Duration::minutes(5), a_end - Duration::minutes(3))).await;
    assert_eq!(s, StatusCode::CREATED, "{a1}");
    assert_eq!(a1["status"], "submitted");
    assert_eq!(a1["auto_confirmed"], false);
    let (_, placements) = mentor.get("/api/v1/placements").await;
    assert!(placements[0]["auto_confirm_minutes"].is_null());

    // Who may turn it on, and what it may be.
    let path = format!("/api/v1/placements/{p}/auto-confirm");
    assert_error(&send(&mut citizen, Method::PUT, &path, json!({"auto_confirm_minutes": 10})).await, 403, "forbidden", None);
    let mut mentor2 = app.login(MENTOR2).await;
    assert_error(&send(&mut mentor2, Method::PUT, &path, json!({"auto_confirm_minutes": 10})).await, 404, "not_found", None);
    let (_, other_mentor) = app.other_municipality().await;
    let mut other_mentor = other_mentor;
    assert_error(&send(&mut other_mentor, Method::PUT, &path, json!({"auto_confirm_minutes": 10})).await, 404, "not_found", None);
    assert_error(&send(&mut mentor, Method::PUT, &path, json!({"auto_confirm_minutes": 7})).await, 422, "out_of_range", Some("auto_confirm_minutes"));
    assert_error(&send(&mut mentor, Method::PUT, &path, json!({})).await, 422, "required", Some("auto_confirm_minutes"));
    assert_error(&send(&mut mentor, Method::PUT, &path, json!({"auto_confirm_minutes": "ti"})).await, 400, "malformed_request", None);

    // Turned on, the waiting entry that keeps to its shift is confirmed at once.
    let r = send(&mut mentor, Method::PUT, &path, json!({"auto_confirm_minutes": 10})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // The demo's own waiting entries keep to their shifts to the minute, so they go too.
    let confirmed = r.json()["confirmed"].as_array().unwrap().clone();
    assert!(confirmed.contains(&a1["id"]), "{confirmed:?}");
    let waiting = app.scalar(&format!("SELECT COUNT(*) FROM time_entries WHERE placement_id = {p} AND status = 'submitted'")).await;
    assert_eq!(waiting, 0, "every waiting entry kept to its shift");
    let (_, a1_now) = citizen.get(&format!("/api/v1/time-entries/{}", a1["id"])).await;
    assert_eq!(a1_now["status"], "confirmed");
    assert_eq!(a1_now["auto_confirmed"], true);
    assert!(a1_now["decided_by"].is_null(), "no person decided it");
    let (_, history) = citizen.get(&format!("/api/v1/time-entries/{}/history", a1["id"])).await;
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "auto_confirmed");
    // The rule's facts, not a sentence: each reader's language words them.
    assert!(last["reason"].is_null(), "{last}");
    assert_eq!(last["auto_rule"]["minutes"], 10, "{last}");
    assert!(last["auto_rule"]["shift"].as_str().unwrap().contains('–'), "{last}");
    // The citizen's Mine timer marks it so.
    let week_of_a = local_time::local_date(a_start).format("%Y-%m-%d");
    let mine = citizen.get_reply(&format!("/borger/timer?visning=uge&dato={week_of_a}")).await;
    assert!(mine.body.contains("Godkendt automatisk"), "Mine timer shows who confirmed it");

    // 40 minutes late waits for the mentor; corrected by the citizen to the plan, it goes.
    let (s, b1) = citizen.post("/api/v1/time-entries", register(b_start + Duration::minutes(40), b_end)).await;
    assert_eq!(s, StatusCode::CREATED, "{b1}");
    assert_eq!(b1["status"], "submitted");
    let b_path = format!("/api/v1/time-entries/{}", b1["id"]);
    let r = send(&mut citizen, Method::PATCH, &b_path, json!({"starts_at": (b_start + Duration::minutes(2)).to_rfc3339(), "ends_at": b_end.to_rfc3339()})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["status"], "confirmed");
    assert_eq!(r.json()["auto_confirmed"], true);

    // Turned off, the next waits again; an entry with no shift never confirms itself.
    let r = send(&mut mentor, Method::PUT, &path, json!({"auto_confirm_minutes": null})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.json()["auto_confirm_minutes"].is_null());
    let r = send(&mut mentor, Method::PUT, &path, json!({"auto_confirm_minutes": 30})).await;
    assert_eq!(r.status, StatusCode::OK);
    let off_plan = (minutes_from_now(600), minutes_from_now(660));
    let (_, c1) = citizen.post("/api/v1/time-entries", register(off_plan.0, off_plan.1)).await;
    assert_eq!(c1["status"], "submitted", "nothing planned then");

    // The mentor's page shows the setting; the form's server function turns it off.
    let page = mentor.get_reply("/mentor/vagtplan").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("inden for 30 min af vagten"), "the page says it is on");
    let r = mentor.server_fn(app::functions::mentor::SetAutoConfirm::PATH, &[("placement_id", &p.to_string()), ("minutes", "0")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let page = mentor.get_reply("/mentor/vagtplan").await;
    assert!(page.body.contains("Fra: du godkender alle timer selv."));
    app.finish().await;
}

async fn the_plan_page_and_its_forms(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut mentor = app.login(MENTOR).await;
    let p = first_placement(&mut mentor).await;
    let day = local_time::local_date(Utc::now()) + Duration::days(14);
    let date = day.format("%Y-%m-%d").to_string();
    let pid = p.to_string();
    let path = app::functions::mentor::PlanShift::PATH;
    let r = mentor.server_fn(path, &[("placement_id", &pid), ("date", &date), ("start", "18"), ("end", "19.30"), ("repeat_weeks", "2")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["id"], 2, "two shifts planned");
    // A form error names its field in Danish on the page; here, its code and field.
    let r = mentor.server_fn(path, &[("placement_id", &pid), ("date", &date), ("start", "25:00"), ("end", "19"), ("repeat_weeks", "1")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("invalid_time") && r.body.contains("starts_at"), "{}", r.body);
    let r = mentor.server_fn(path, &[("placement_id", &pid), ("date", &date), ("start", "18"), ("end", "19"), ("repeat_weeks", "52")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("out_of_range") && r.body.contains("repeat_weeks"), "{}", r.body);

    let page = mentor.get_reply(&format!("/mentor/vagtplan?uge={date}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("18:00–19:30"), "the planned shift is on the page");
    assert!(page.body.contains("Ny vagt"));
    assert!(page.body.contains("Kopiér sidste uge") && page.body.contains("week-grid"), "a week grid with a copy button");
    // An end before the start asks about midnight in the shift form's words; ticked, it is a night.
    let r = mentor.server_fn(path, &[("placement_id", &pid), ("date", &date), ("start", "22:00"), ("end", "06:00"), ("repeat_weeks", "1")]).await;
    assert!(r.body.contains("shift_ends_before_start") && r.body.contains("ends_at"), "{}", r.body);
    let r = mentor.server_fn(path, &[("placement_id", &pid), ("date", &date), ("start", "22:00"), ("end", "06:00"), ("repeat_weeks", "1"), ("overnight", "ja")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);

    // "Kopiér sidste uge": the two shifts of the week of `day` into the week after; twice is once.
    let copy = app::functions::mentor::CopyLastWeek::PATH;
    let next_week = (day + Duration::days(7)).format("%Y-%m-%d").to_string();
    let before = app.scalar(&format!("SELECT COUNT(*) FROM shifts WHERE placement_id = {p} AND status = 'planned'")).await;
    let in_week = |d: chrono::NaiveDate| {
        let w = app::domain::period::Period::containing(app::domain::period::PeriodKind::Week, d);
        let (a, b) = w.instants();
        format!("SELECT COUNT(*) FROM shifts WHERE placement_id = {p} AND status = 'planned' AND starts_at >= {} AND starts_at < {}", a.timestamp(), b.timestamp())
    };
    let last_week_count = app.scalar(&in_week(day)).await;
    let already = app.scalar(&in_week(day + Duration::days(7))).await;
    let r = mentor.server_fn(copy, &[("placement_id", &pid), ("uge", &next_week)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let copied = r.json()["id"].as_i64().unwrap();
    assert!(copied >= 1 && copied <= last_week_count, "{copied} of {last_week_count}");
    assert_eq!(app.scalar(&in_week(day + Duration::days(7))).await, already + copied);
    let r = mentor.server_fn(copy, &[("placement_id", &pid), ("uge", &next_week)]).await;
    assert_eq!(r.json()["id"], 0, "nothing more the second time");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM shifts WHERE placement_id = {p} AND status = 'planned'")).await, before + copied);
    // Another company's mentor may not copy this placement's week.
    let r = app.login(MENTOR2).await.server_fn(copy, &[("placement_id", &pid), ("uge", &next_week)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);

    // An unreadable week shows this week rather than an error.
    assert_eq!(mentor.get_reply("/mentor/vagtplan?uge=i-morgen").await.status, StatusCode::OK);
    // The citizen's own plan shows it (within the next four weeks).
    let plan = app.login(CITIZEN).await.get_reply("/borger/plan").await;
    assert!(plan.body.contains("18:00–19:30"), "the citizen's plan follows");
    // Not a citizen's page.
    let r = app.login(CITIZEN).await.get_reply("/mentor/vagtplan").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

/// Everything a mentor's phone and API calls return, read for what must never be there.
async fn a_mentor_never_reads_what_is_not_theirs(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut citizen = app.login(CITIZEN).await;
    let today = local_time::local_date(Utc::now()).format("%Y-%m-%d").to_string();
    let r = citizen.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": today, "to_date": today, "note": "Migræneanfald"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let mut caseworker = app.login(CASEWORKER).await;
    let p = first_placement(&mut app.login(MENTOR).await).await;
    let r = caseworker.post_reply(&format!("/api/v1/placements/{p}/notes"), json!({"body": "Kun til jobcenteret: ny vurdering", "visibility": "caseworkers"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    let mut mentor = app.login(MENTOR).await;
    let secrets = [
        "Korte dage i starten",   // the citizen's accommodations
        "cash_benefit",           // the target group
        "kontanthjælp",
        "Migræneanfald",          // an absence note
        "Kun til jobcenteret",    // a caseworker-only note
        "Ali Hassan",             // another company's citizen
        "Café Fællesskabet",      // another company
    ];
    let mut read = Vec::new();
    for path in ["/mentor", "/mentor/i-dag", "/mentor/vagtplan", "/mentor/noter"] {
        let r = mentor.get_reply(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        read.push((path.to_string(), r.body));
    }
    for path in ["/api/v1/placements", "/api/v1/shifts", "/api/v1/absences", "/api/v1/time-entries", "/api/v1/me"] {
        let r = mentor.get_reply(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        read.push((path.to_string(), r.body));
    }
    let r = mentor.get_reply(&format!("/api/v1/placements/{p}/notes")).await;
    read.push(("notes".into(), r.body));
    for (path, body) in &read {
        for secret in secrets {
            assert!(!body.contains(secret), "{path} shows {secret:?}");
        }
    }
    // The secrets are real: the caseworker reads them.
    assert!(caseworker.get_reply("/sagsbehandler").await.body.contains("Migræneanfald"));
    assert!(caseworker.get_reply(&format!("/api/v1/placements/{p}/notes")).await.body.contains("Kun til jobcenteret"));
    // The mentor does see that Camilla is away today, just not why.
    let (_, absences) = mentor.get("/api/v1/absences").await;
    let camilla = absences.as_array().unwrap().iter().find(|a| a["citizen_name"] == "Camilla Borger").expect("the absence shows");
    assert!(camilla["note"].is_null());
    app.finish().await;
}

fn urlencode(s: &str) -> String {
    s.replace('+', "%2B").replace(':', "%3A")
}

on_both_engines!(
    a_weekly_series_is_planned_moved_and_cancelled_and_the_citizen_follows,
    hours_that_keep_to_the_plan_confirm_themselves_when_the_mentor_says_so,
    the_plan_page_and_its_forms,
    a_mentor_never_reads_what_is_not_theirs,
);
