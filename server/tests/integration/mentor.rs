//! The mentor's phone through the real router, on SQLite and PostgreSQL: a week confirmed in
//! one request, corrections with a reason, the history each party sees, and the queue page.
use crate::support;

use app::db::Engine;
use app::domain::local_time;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use serde_json::{json, Value};
use support::demo_users::*;
use support::{assert_error, Client, Reply, TestApp};


/// Registers `n` one-hour entries on the citizen's first placement, on the days before
/// yesterday (so they do not meet the demo data's own), and returns their ids.
async fn register(app: &TestApp, email: &str, days_back: i64, n: i64) -> Vec<i64> {
    let mut c = app.login(email).await;
    let (_, placements) = c.get("/api/v1/placements").await;
    let p = placements[0]["id"].as_i64().unwrap();
    let mut ids = vec![];
    for i in 0..n {
        let day = local_time::local_date(Utc::now()) - Duration::days(days_back + i);
        let at = |hh: u32| local_time::to_utc(day.and_hms_opt(hh, 0, 0).unwrap(), app::domain::error::Field::StartsAt).unwrap().to_rfc3339();
        let (s, e) = c.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(20), "ends_at": at(21)})).await;
        assert_eq!(s, StatusCode::CREATED, "{e}");
        ids.push(e["id"].as_i64().unwrap());
    }
    ids
}

async fn status_of(app: &TestApp, id: i64) -> String {
    let n = app.scalar(&format!("SELECT CASE status WHEN 'submitted' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END FROM time_entries WHERE id = {id}")).await;
    ["submitted", "confirmed", "other"][n as usize].to_string()
}

async fn send(c: &mut Client, method: Method, path: &str, body: Value) -> Reply {
    c.send(method, path, Some("application/json"), Body::from(body.to_string())).await
}

async fn a_week_is_confirmed_in_one_request_and_only_what_the_mentor_may_decide(engine: Engine) {
    let app = TestApp::new(engine).await;
    let week = register(&app, CITIZEN, 2, 3).await;
    let other = register(&app, CITIZEN2, 2, 1).await;
    let mut mentor = app.login(MENTOR).await;

    // Another company's entry among them: nothing changes.
    let mut mixed = week.clone();
    mixed.push(other[0]);
    let r = mentor.post_reply("/api/v1/time-entries/confirm", json!({"ids": mixed})).await;
    assert_error(&r, 404, "not_found", None);
    for id in &week {
        assert_eq!(status_of(&app, *id).await, "submitted");
    }
    let mut citizen = app.login(CITIZEN).await;
    let r = citizen.post_reply("/api/v1/time-entries/confirm", json!({"ids": week})).await;
    assert_error(&r, 403, "forbidden", None);
    let r = mentor.post_reply("/api/v1/time-entries/confirm", json!({"ids": []})).await;
    assert_error(&r, 422, "required", Some("ids"));
    let r = mentor.post_reply("/api/v1/time-entries/confirm", json!({"ids": (1..=201).collect::<Vec<i64>>()})).await;
    assert_error(&r, 422, "too_many", Some("ids"));
    let r = mentor.post_reply("/api/v1/time-entries/confirm", json!({"ids": "1,2"})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);

    // One request confirms the week; a second tap confirms nothing more and fails nothing.
    let (s, done) = mentor.post("/api/v1/time-entries/confirm", json!({"ids": week})).await;
    assert_eq!(s, StatusCode::OK, "{done}");
    assert_eq!(done["confirmed"], json!(week));
    assert_eq!(done["skipped"], json!([]));
    let (s, again) = mentor.post("/api/v1/time-entries/confirm", json!({"ids": week})).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((again["confirmed"].clone(), again["skipped"].clone()), (json!([]), json!(week)));
    for id in &week {
        assert_eq!(status_of(&app, *id).await, "confirmed");
        assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM time_entry_history WHERE time_entry_id = {id} AND action = 'confirmed'")).await, 1);
    }
    // The caseworker of the municipality may confirm too; another municipality may not see.
    let mut caseworker = app.login(CASEWORKER).await;
    let (s, _) = caseworker.post("/api/v1/time-entries/confirm", json!({"ids": other})).await;
    assert_eq!(s, StatusCode::OK);
    let (_, mut far_mentor) = app.other_municipality().await;
    let r = far_mentor.post_reply("/api/v1/time-entries/confirm", json!({"ids": week})).await;
    assert_error(&r, 404, "not_found", None);
    app.finish().await;
}

async fn a_correction_needs_a_reason_keeps_both_versions_and_the_citizen_sees_why(engine: Engine) {
    let app = TestApp::new(engine).await;
    let id = register(&app, CITIZEN, 3, 1).await[0];
    let path = format!("/api/v1/time-entries/{id}");
    let mut mentor = app.login(MENTOR).await;
    let (_, entry) = mentor.get(&path).await;
    let starts = entry["starts_at"].as_str().unwrap().to_string();
    let later = (chrono::DateTime::parse_from_rfc3339(&starts).unwrap() + Duration::minutes(15)).to_rfc3339();

    let r = mentor.post_reply(&format!("{path}/correct"), json!({"starts_at": later})).await;
    assert_error(&r, 422, "required", Some("reason"));
    let r = mentor.post_reply(&format!("{path}/correct"), json!({"break_minutes": 90, "reason": "Pause"})).await;
    assert_error(&r, 422, "break_not_shorter_than_period", Some("break_minutes"));
    let mut mentor2 = app.login(MENTOR2).await;
    let r = mentor2.post_reply(&format!("{path}/correct"), json!({"starts_at": later, "reason": "x"})).await;
    assert_error(&r, 404, "not_found", None);
    let mut citizen = app.login(CITIZEN).await;
    let r = citizen.post_reply(&format!("{path}/correct"), json!({"starts_at": later, "reason": "x"})).await;
    assert_error(&r, 403, "forbidden", None);

    let (s, corrected) = mentor.post(&format!("{path}/correct"), json!({"starts_at": later, "reason": "Mødte kvart over"})).await;
    assert_eq!(s, StatusCode::OK, "{corrected}");
    assert_eq!(corrected["status"], "confirmed");
    assert_eq!(corrected["worked_minutes"], 45);
    assert_eq!(corrected["correction_reason"], "Mødte kvart over");
    // Confirmed entries may still be corrected by the mentor; the history keeps every step.
    let (s, _) = mentor.post(&format!("{path}/correct"), json!({"break_minutes": 5, "reason": "Kort pause"})).await;
    assert_eq!(s, StatusCode::OK);

    for who in [&mut citizen, &mut mentor] {
        let (s, history) = who.get(&format!("{path}/history")).await;
        assert_eq!(s, StatusCode::OK, "{history}");
        let actions: Vec<&str> = history.as_array().unwrap().iter().map(|h| h["action"].as_str().unwrap()).collect();
        assert_eq!(actions, ["submitted", "corrected", "corrected"]);
        assert_eq!(history[1]["before"]["starts_at"], json!(chrono::DateTime::parse_from_rfc3339(&starts).unwrap().with_timezone(&Utc)));
        assert_eq!(history[1]["reason"], "Mødte kvart over");
        assert_eq!(history[1]["by_name"], "Mette Madsen");
    }
    let (s, _) = mentor2.get(&format!("{path}/history")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // The citizen cannot change it any more, and sees why it changed.
    let r = send(&mut citizen, Method::PATCH, &path, json!({"break_minutes": 0})).await;
    assert_error(&r, 409, "not_editable", None);
    // The month that holds the entry (three days back may be last month).
    let day = &starts[..10];
    let r = citizen.send(Method::GET, &format!("/borger/timer?visning=maaned&dato={day}"), None, Body::empty()).await;
    assert!(r.body.contains("Rettet af Mette Madsen: Kort pause"), "the citizen's page shows the correction");

    // A rejected entry is not corrected into a confirmed one.
    let rejected = register(&app, CITIZEN, 6, 1).await[0];
    let (s, _) = mentor.post(&format!("/api/v1/time-entries/{rejected}/reject"), json!({"reason": "Ikke her"})).await;
    assert_eq!(s, StatusCode::OK);
    let r = mentor.post_reply(&format!("/api/v1/time-entries/{rejected}/correct"), json!({"break_minutes": 0, "reason": "x"})).await;
    assert_error(&r, 409, "already_decided", None);
    app.finish().await;
}

async fn the_queue_shows_weeks_beside_the_plan_and_confirms_a_week_by_form(engine: Engine) {
    use app::functions::mentor::ConfirmEntries;
    use leptos::server_fn::ServerFn as _;
    let app = TestApp::new(engine).await;
    let week = register(&app, CITIZEN, 2, 2).await;
    let mut mentor = app.login(MENTOR).await;
    let r = mentor.send(Method::GET, "/mentor", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Godkend alle ("), "the queue can be confirmed in one tap");
    assert!(r.body.contains("afviger fra planen eller havde ingen vagt"), "entries without a plan are left out until ticked");
    assert!(r.body.contains("Planlagt ") || r.body.contains("Ingen vagt planlagt"), "each entry shows its plan");
    assert!(!r.body.contains("Ali Hassan"), "another company's citizen is not in the queue");

    let ids = week.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    // Sent as deviating but not ticked in: nothing is chosen, nothing changes.
    let r = mentor.server_fn(ConfirmEntries::PATH, &[("ids", ""), ("deviating", ids.as_str())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for id in &week {
        assert_eq!(status_of(&app, *id).await, "submitted");
    }
    let r = mentor.server_fn(ConfirmEntries::PATH, &[("ids", ""), ("deviating", ids.as_str()), ("with_deviating", "ja")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for id in &week {
        assert_eq!(status_of(&app, *id).await, "confirmed");
    }
    let r = mentor.server_fn(ConfirmEntries::PATH, &[("ids", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let mut citizen = app.login(CITIZEN2).await;
    let r = citizen.server_fn(ConfirmEntries::PATH, &[("ids", ids.as_str())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    app.finish().await;
}

async fn a_no_show_is_marked_by_the_mentor_and_shows_on_the_caseworkers_desk(engine: Engine) {
    let app = TestApp::new(engine).await;
    let now = Utc::now().timestamp();
    let ali = "(SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.email = 'citizen2@demo.fodfaeste.dk' AND p.status = 'active')";
    let live = app.scalar(&format!("SELECT id FROM shifts WHERE placement_id = {ali} AND starts_at <= {now} AND ends_at > {now}")).await;
    let later = app.scalar(&format!("SELECT MIN(id) FROM shifts WHERE placement_id = {ali} AND starts_at > {now} + 7200")).await;
    let path = format!("/api/v1/shifts/{live}/attendance");

    let mut mentor2 = app.login(MENTOR2).await;
    let r = mentor2.send(Method::GET, "/mentor/i-dag", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Ali Hassan") && r.body.contains("Udeblevet"), "today's shift with its buttons");

    let mut mentor = app.login(MENTOR).await;
    assert_error(&mentor.post_reply(&path, json!({"status": "no_show"})).await, 404, "not_found", None);
    let mut citizen2 = app.login(CITIZEN2).await;
    assert_error(&citizen2.post_reply(&path, json!({"status": "attended"})).await, 403, "forbidden", None);
    assert_error(&mentor2.post_reply(&path, json!({"status": "late"})).await, 400, "invalid_status", Some("status"));
    assert_error(&mentor2.post_reply(&path, json!({})).await, 422, "required", Some("status"));
    let r = mentor2.post_reply(&format!("/api/v1/shifts/{later}/attendance"), json!({"status": "no_show"})).await;
    assert_error(&r, 422, "shift_not_started", Some("shift_id"));

    let (s, shift) = mentor2.post(&path, json!({"status": "no_show"})).await;
    assert_eq!(s, StatusCode::OK, "{shift}");
    assert_eq!(shift["status"], "no_show");
    let mut caseworker = app.login(CASEWORKER).await;
    let r = caseworker.send(Method::GET, "/sagsbehandler", None, Body::empty()).await;
    assert!(r.body.contains(&format!("data-shift-id=\"{live}\"")), "the no-show is on the desk at once");
    // A wrong tap is undone, by the mentor or the caseworker.
    let (s, shift) = caseworker.post(&path, json!({"status": "attended"})).await;
    assert_eq!((s, shift["status"].as_str()), (StatusCode::OK, Some("attended")));
    let r = caseworker.send(Method::GET, "/sagsbehandler", None, Body::empty()).await;
    assert!(!r.body.contains(&format!("data-shift-id=\"{live}\"")));
    let r = citizen2.send(Method::GET, "/mentor/i-dag", None, Body::empty()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

async fn follow_up_notes_are_shared_with_the_mentor_unless_kept_to_caseworkers(engine: Engine) {
    let app = TestApp::new(engine).await;
    let camilla = app.scalar("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.email = 'citizen@demo.fodfaeste.dk'").await;
    let path = format!("/api/v1/placements/{camilla}/notes");
    let mut mentor = app.login(MENTOR).await;
    let (s, note) = mentor.post(&path, json!({"body": "  Godt i gang, spørger selv efter opgaver  ", "visibility": "caseworkers"})).await;
    assert_eq!(s, StatusCode::CREATED, "{note}");
    assert_eq!(note["visibility"], "shared_with_mentor", "a mentor's note is always shared");
    assert_eq!(note["body"], "Godt i gang, spørger selv efter opgaver");
    assert_eq!(note["author_name"], "Mette Madsen");
    assert_error(&mentor.post_reply(&path, json!({"body": " "})).await, 422, "required", Some("note"));

    let mut caseworker = app.login(CASEWORKER).await;
    let (s, _) = caseworker.post(&path, json!({"body": "Overvej fleksjob-visitation", "visibility": "caseworkers"})).await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, _) = caseworker.post(&path, json!({"body": "Ring gerne, hvis noget", "visibility": "shared_with_mentor"})).await;
    assert_eq!(s, StatusCode::CREATED);
    assert_error(&caseworker.post_reply(&path, json!({"body": "x", "visibility": "alle"})).await, 400, "invalid_kind", Some("visibility"));

    let (_, seen) = caseworker.get(&path).await;
    assert_eq!(seen.as_array().unwrap().len(), 3);
    let (_, seen) = mentor.get(&path).await;
    let bodies: Vec<&str> = seen.as_array().unwrap().iter().map(|n| n["body"].as_str().unwrap()).collect();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert!(!bodies.contains(&"Overvej fleksjob-visitation"), "the caseworkers' own note stays with them");
    let r = mentor.send(Method::GET, "/mentor/noter", None, Body::empty()).await;
    assert!(r.body.contains("Ring gerne, hvis noget") && !r.body.contains("Overvej fleksjob"));
    assert!(!r.body.contains("Ali Hassan"), "only the mentor's own placements");

    let mut mentor2 = app.login(MENTOR2).await;
    assert_error(&mentor2.get_reply(&path).await, 404, "not_found", None);
    assert_error(&mentor2.post_reply(&path, json!({"body": "x"})).await, 404, "not_found", None);
    let mut citizen = app.login(CITIZEN).await;
    assert_error(&citizen.get_reply(&path).await, 403, "forbidden", None);
    assert_error(&citizen.post_reply(&path, json!({"body": "x"})).await, 403, "forbidden", None);
    let (mut far_cw, _) = app.other_municipality().await;
    assert_error(&far_cw.get_reply(&path).await, 404, "not_found", None);
    app.finish().await;
}

/// "Fortryd": only the mentor's own confirmations, rejections and corrections, only for a
/// short while; the history and the audit log keep it.
async fn undo_takes_back_only_the_mentors_own_fresh_decisions(engine: Engine) {
    use app::functions::mentor::{RejectEntry, UndoDecisions};
    use leptos::server_fn::ServerFn as _;
    let app = TestApp::new(engine).await;
    let ids = register(&app, CITIZEN, 2, 5).await;
    let (a, b, c, d, e) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
    let mut mentor = app.login(MENTOR).await;
    let (_, waiting_e) = mentor.get(&format!("/api/v1/time-entries/{e}")).await;
    let (s, _) = mentor.post(&format!("/api/v1/time-entries/{a}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let r = mentor.server_fn(RejectEntry::PATH, &[("id", &b.to_string()), ("reason", ""), ("quick", "came_late")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (_, rejected) = mentor.get(&format!("/api/v1/time-entries/{b}")).await;
    assert_eq!((rejected["reject_code"].as_str(), rejected["reject_reason"].as_str()), (Some("came_late"), None));
    let (_, history) = mentor.get(&format!("/api/v1/time-entries/{b}/history")).await;
    assert_eq!(history[1]["after"]["reject_code"], "came_late");

    let pair = format!("{a},{b}");
    // Another company's mentor does not see them; the caseworker did not decide them.
    let mut mentor2 = app.login(MENTOR2).await;
    let r = mentor2.server_fn(UndoDecisions::PATH, &[("ids", &pair)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    let mut caseworker = app.login(CASEWORKER).await;
    let r = caseworker.server_fn(UndoDecisions::PATH, &[("ids", &pair)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("undo_too_late"), "{}", r.body);

    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &pair)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for id in [a, b] {
        assert_eq!(status_of(&app, id).await, "submitted");
        assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM time_entry_history WHERE time_entry_id = {id} AND action = 'undone'")).await, 1);
        assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE action = 'time_entry.undone' AND subject = 'time_entry:{id}'")).await, 1);
    }
    let (_, back) = mentor.get(&format!("/api/v1/time-entries/{b}")).await;
    assert!(back["reject_code"].is_null() && back["reject_reason"].is_null(), "{back}");
    // A second tap undoes nothing more.
    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &pair)]).await;
    assert!(r.body.contains("undo_too_late"), "{}", r.body);

    // A correction is taken back: the times and the decision it replaced return.
    let times = |e: &Value| (e["starts_at"].clone(), e["ends_at"].clone(), e["break_minutes"].clone());
    let correct = |id: i64| format!("/api/v1/time-entries/{id}/correct");
    let (_, waiting) = mentor.get(&format!("/api/v1/time-entries/{c}")).await;
    let (s, _) = mentor.post(&correct(c), json!({"starts_at": waiting["starts_at"], "break_minutes": 5, "reason": "Pause"})).await;
    assert_eq!(s, StatusCode::OK);
    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &c.to_string())]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (_, back) = mentor.get(&format!("/api/v1/time-entries/{c}")).await;
    assert_eq!(times(&back), times(&waiting), "{back}");
    assert_eq!(back["status"], "submitted");
    assert!(back["correction_reason"].is_null() && back["decided_by"].is_null(), "{back}");
    let (_, history) = mentor.get(&format!("/api/v1/time-entries/{c}/history")).await;
    let last = &history[history.as_array().unwrap().len() - 1];
    assert_eq!((last["action"].as_str(), last["after"]["break_minutes"].as_i64()), (Some("undone"), Some(0)), "{history}");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE action = 'time_entry.undone' AND subject = 'time_entry:{c}'")).await, 1);
    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &c.to_string())]).await;
    assert!(r.body.contains("undo_too_late"), "{}", r.body);

    // A confirmed entry corrected and taken back is confirmed again, as the mentor had it.
    let (s, confirmed) = mentor.post(&format!("/api/v1/time-entries/{d}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = mentor.post(&correct(d), json!({"starts_at": confirmed["starts_at"], "break_minutes": 10, "reason": "Pause"})).await;
    assert_eq!(s, StatusCode::OK);
    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &d.to_string())]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (_, back) = mentor.get(&format!("/api/v1/time-entries/{d}")).await;
    assert_eq!(times(&back), times(&confirmed));
    assert_eq!((back["status"].as_str(), back["decided_by"].as_str()), (Some("confirmed"), Some("Mette Madsen")), "{back}");
    assert!(back["correction_reason"].is_null(), "{back}");

    // After the window it is too late, for a decision and for a correction.
    app.db_exec(&format!("UPDATE time_entries SET decided_at = decided_at - {} WHERE id = {d}", app::domain::approval::UNDO_WINDOW_SECONDS + 1)).await;
    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &d.to_string())]).await;
    assert!(r.body.contains("undo_too_late"), "{}", r.body);
    assert_eq!(status_of(&app, d).await, "confirmed");
    let (s, _) = mentor.post(&correct(e), json!({"starts_at": waiting_e["starts_at"], "break_minutes": 5, "reason": "Pause"})).await;
    assert_eq!(s, StatusCode::OK);
    let late = app::domain::approval::UNDO_WINDOW_SECONDS + 1;
    app.db_exec(&format!("UPDATE time_entry_history SET changed_at = changed_at - {late} WHERE time_entry_id = {e}")).await;
    app.db_exec(&format!("UPDATE time_entries SET decided_at = decided_at - {late} WHERE id = {e}")).await;
    let r = mentor.server_fn(UndoDecisions::PATH, &[("ids", &e.to_string())]).await;
    assert!(r.body.contains("undo_too_late"), "{}", r.body);
    let (_, kept) = mentor.get(&format!("/api/v1/time-entries/{e}")).await;
    assert_eq!((kept["break_minutes"].as_i64(), kept["correction_reason"].as_str()), (Some(5), Some("Pause")));
    app.finish().await;
}

on_both_engines!(
    undo_takes_back_only_the_mentors_own_fresh_decisions,
    follow_up_notes_are_shared_with_the_mentor_unless_kept_to_caseworkers,
    a_no_show_is_marked_by_the_mentor_and_shows_on_the_caseworkers_desk,
    a_week_is_confirmed_in_one_request_and_only_what_the_mentor_may_decide,
    a_correction_needs_a_reason_keeps_both_versions_and_the_citizen_sees_why,
    the_queue_shows_weeks_beside_the_plan_and_confirms_a_week_by_form,
);
