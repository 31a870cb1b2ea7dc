//! The audit log on both engines: a line for every read of a citizen's data by someone else,
//! the citizen's own view of it and their export, and the admins' search and CSV.
use crate::support;

use app::db::Engine;
use app::functions::mentor::{LoadMentorHome, LoadMentorNotes, LoadMentorPlan, LoadMentorToday};
use axum::http::StatusCode;
use leptos::server_fn::ServerFn as _;
use serde_json::{json, Value};
use support::demo_users::*;
use support::{assert_error, TestApp};

async fn lines(app: &TestApp, citizen: i64, action: &str) -> i64 {
    app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE citizen_id = {citizen} AND action = '{action}'")).await
}

async fn every_read_of_a_citizens_data_leaves_a_line_the_citizen_sees(engine: Engine) {
    let app = TestApp::new(engine).await;
    let camilla = app.scalar("SELECT id FROM citizens WHERE name = 'Camilla Borger'").await;
    let ali = app.scalar("SELECT id FROM citizens WHERE name = 'Ali Hassan'").await;
    let placement = app.scalar(&format!("SELECT MIN(id) FROM placements WHERE citizen_id = {camilla}")).await;
    // The citizen's own reads are not lines about her.
    let about_her = format!("SELECT COUNT(*) FROM audit_events WHERE citizen_id = {camilla} AND action NOT LIKE 'absence.create'");
    let mut citizen = app.login(CITIZEN).await;
    let today = app::domain::local_time::local_date(chrono::Utc::now()).format("%Y-%m-%d").to_string();
    let r = citizen.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": today, "to_date": today})).await;
    assert!(r.status.is_success(), "{}", r.body);
    let before = app.scalar(&about_her).await;
    for path in ["/api/v1/time-entries", "/api/v1/shifts", "/api/v1/absences?from=2020-01-01"] {
        assert_eq!(citizen.get_reply(path).await.status, StatusCode::OK, "{path}");
    }
    assert_eq!(app.scalar(&about_her).await, before);

    // The caseworker's desk: record, timeline, entries, shifts, absences, notes, one entry.
    let mut cw = app.login(CASEWORKER).await;
    let reads = [
        (format!("/api/v1/citizens/{camilla}"), "citizen.view"),
        (format!("/api/v1/citizens/{camilla}/timeline"), "citizen.timeline"),
        (format!("/api/v1/time-entries?placement_id={placement}"), "time_entry.list"),
        (format!("/api/v1/shifts?placement_id={placement}"), "shift.list"),
        ("/api/v1/absences?from=2020-01-01".to_string(), "absence.list"),
        (format!("/api/v1/placements/{placement}/notes"), "note.list"),
        (format!("/api/v1/placements/{placement}"), "placement.view"),
    ];
    for (path, action) in &reads {
        let before = lines(&app, camilla, action).await;
        let r = cw.get_reply(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        assert_eq!(lines(&app, camilla, action).await, before + 1, "{path} left no {action} line");
    }
    let (_, entries) = cw.get(&format!("/api/v1/time-entries?placement_id={placement}")).await;
    let entry = entries[0]["id"].as_i64().unwrap();
    assert_eq!(cw.get_reply(&format!("/api/v1/time-entries/{entry}")).await.status, StatusCode::OK);
    assert_eq!(lines(&app, camilla, "time_entry.view").await, 1);

    // The monthly report names each citizen in it: a line for each, none without one.
    let month: String = sqlx::query_scalar::<_, String>(&format!("SELECT MIN(work_day) FROM time_entries WHERE placement_id = {placement}"))
        .fetch_one(&app.db.pool)
        .await
        .unwrap()[..7]
        .to_string();
    let r = cw.get_reply(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let named: Vec<i64> = r.json()["rows"].as_array().unwrap().iter().map(|row| row["citizen_id"].as_i64().unwrap()).collect();
    assert!(named.contains(&camilla), "{}", r.body);
    assert_eq!(lines(&app, camilla, "report.monthly_hours").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'report.monthly_hours' AND citizen_id IS NULL").await, 0);

    // Every mentor page shows the mentor's citizens: a line each, for Camilla, never for Ali.
    let mut mentor = app.login(MENTOR).await;
    for (path, form, action) in [
        (LoadMentorHome::PATH, vec![("page", "1")], "mentor.home"),
        (LoadMentorToday::PATH, vec![], "mentor.today"),
        (LoadMentorPlan::PATH, vec![("uge", "")], "mentor.plan"),
        (LoadMentorNotes::PATH, vec![], "mentor.notes"),
    ] {
        let r = mentor.server_fn(path, &form).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        if action != "mentor.today" {
            assert!(lines(&app, camilla, action).await >= 1, "{path} left no {action} line");
        }
        assert_eq!(lines(&app, ali, action).await, 0, "{path} recorded a citizen the mentor does not see");
    }

    // Camilla sees who looked: the caseworker of the municipality, the mentor of the company.
    let (s, seen) = citizen.get("/api/v1/me/audit").await;
    assert_eq!(s, StatusCode::OK);
    let seen = seen.as_array().unwrap().clone();
    let by = |name: &str| seen.iter().filter(|l| l["actor_name"] == name).cloned().collect::<Vec<Value>>();
    let karen = by("Karen Jobkonsulent");
    assert!(karen.iter().any(|l| l["action"] == "citizen.view"), "{karen:?}");
    assert_eq!(karen[0]["actor_role"], "caseworker");
    assert_eq!(karen[0]["organisation"], "Demo Kommune");
    let mette = by("Mette Madsen");
    assert!(!mette.is_empty() && mette.iter().all(|l| l["organisation"] == "Vestjysk Metal ApS"), "{mette:?}");
    assert!(seen.iter().all(|l| l["actor_name"] != "Camilla Borger"));
    let at: Vec<i64> = seen.iter().map(|l| l["at"].as_i64().unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] >= w[1]), "newest first");

    // Nobody else's log, and not for staff.
    let mut ali_login = app.login(CITIZEN2).await;
    let (_, theirs) = ali_login.get("/api/v1/me/audit").await;
    assert!(theirs.as_array().unwrap().iter().all(|l| l["citizen_id"].as_i64() == Some(ali)), "{theirs}");
    assert_error(&mentor.get_reply("/api/v1/me/audit").await, 403, "forbidden", None);

    // The page shows it too.
    let page = citizen.get_reply("/konto").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Hvem har set mine oplysninger") && page.body.contains("Karen Jobkonsulent"), "{}", page.body.len());
    app.finish().await;
}

async fn the_export_holds_everything_about_the_citizen_and_nobody_else(engine: Engine) {
    let owned = TestApp::new(engine).await;
    export_scenario(&owned).await;
    owned.finish().await;
}

async fn export_scenario(app: &TestApp) {
    let camilla = app.scalar("SELECT id FROM citizens WHERE name = 'Camilla Borger'").await;
    let placement = app.scalar(&format!("SELECT MIN(id) FROM placements WHERE citizen_id = {camilla} AND status = 'active'")).await;
    let mut cw = app.login(CASEWORKER).await;
    let r = cw.post_reply(&format!("/api/v1/placements/{placement}/notes"), json!({"body": "Camilla trives på lageret", "visibility": "caseworkers"})).await;
    assert!(r.status.is_success(), "{}", r.body);
    let mut citizen = app.login(CITIZEN).await;
    let today = app::domain::local_time::local_date(chrono::Utc::now()).format("%Y-%m-%d").to_string();
    let r = citizen.post_reply("/api/v1/absences", json!({"kind": "sick", "from_date": today, "to_date": today, "note": "Feber"})).await;
    assert!(r.status.is_success(), "{}", r.body);

    let r = citizen.get_reply("/api/v1/me/export").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let data = r.json();
    assert_eq!(data["person"]["name"], "Camilla Borger");
    assert_eq!(data["login_email"], CITIZEN);
    let count = |sql: String| async move { app.scalar(&sql).await };
    let entries = count(format!(
        "SELECT COUNT(*) FROM time_entries e JOIN placements p ON p.id = e.placement_id WHERE p.citizen_id = {camilla} AND e.withdrawn_at IS NULL"
    ))
    .await;
    assert!(entries > 0);
    assert_eq!(data["time_entries"].as_array().unwrap().len() as i64, entries);
    assert_eq!(data["placements"].as_array().unwrap().len() as i64, count(format!("SELECT COUNT(*) FROM placements WHERE citizen_id = {camilla}")).await);
    assert_eq!(data["absences"].as_array().unwrap().len() as i64, count(format!("SELECT COUNT(*) FROM absences WHERE citizen_id = {camilla}")).await);
    assert_eq!(
        data["shifts"].as_array().unwrap().len() as i64,
        count(format!("SELECT COUNT(*) FROM shifts s JOIN placements p ON p.id = s.placement_id WHERE p.citizen_id = {camilla}")).await
    );
    assert!(data["notes"].as_array().unwrap().iter().any(|n| n["body"] == "Camilla trives på lageret"));
    assert!(data["absences"].as_array().unwrap().iter().any(|a| a["note"] == "Feber"));
    assert!(!data["logins"].as_array().unwrap().is_empty());
    assert!(data["audit"].as_array().unwrap().iter().any(|l| l["actor_name"] == "Karen Jobkonsulent"));
    assert!(!r.body.contains("Ali Hassan") && !r.body.contains("Jonas Nielsen"), "another citizen in the export");
    assert!(!r.body.contains("password") && !r.body.contains("argon2"));
    // The download is recorded for the municipality, not shown to her as someone else's look.
    assert_eq!(lines(app, camilla, "citizen.export").await, 1);
    let (_, seen) = citizen.get("/api/v1/me/audit").await;
    assert!(seen.as_array().unwrap().iter().all(|l| l["action"] != "citizen.export"));

    // The readable page, and only for citizens.
    let page = citizen.get_reply("/konto/mine-data").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Camilla trives på lageret") && page.body.contains("Feber"));
    assert_error(&cw.get_reply("/api/v1/me/export").await, 403, "forbidden", None);
    assert_error(&app.client().get_reply("/api/v1/me/export").await, 401, "unauthenticated", None);
}

async fn admins_search_the_log_and_take_it_as_csv(engine: Engine) {
    let app = TestApp::new(engine).await;
    let camilla = app.scalar("SELECT id FROM citizens WHERE name = 'Camilla Borger'").await;
    let ali = app.scalar("SELECT id FROM citizens WHERE name = 'Ali Hassan'").await;
    let karen = app.scalar("SELECT id FROM users WHERE email = 'caseworker@demo.fodfaeste.dk'").await;
    let mut cw = app.login(CASEWORKER).await;
    for c in [camilla, ali, camilla] {
        assert_eq!(cw.get_reply(&format!("/api/v1/citizens/{c}")).await.status, StatusCode::OK);
    }
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    let (s, all) = admin.get(&format!("/api/v1/audit?citizen_id={camilla}&action=citizen.view")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(all.as_array().unwrap().len(), 2, "{all}");
    assert!(all.as_array().unwrap().iter().all(|l| l["citizen_name"] == "Camilla Borger" && l["actor_user_id"].as_i64() == Some(karen)));
    let (_, by_karen) = admin.get(&format!("/api/v1/audit?user_id={karen}&action=citizen.view")).await;
    assert_eq!(by_karen.as_array().unwrap().len(), 3);
    let today = app::domain::local_time::local_date(chrono::Utc::now()).format("%Y-%m-%d").to_string();
    let (_, dated) = admin.get(&format!("/api/v1/audit?action=citizen.view&from={today}&to={today}")).await;
    assert_eq!(dated.as_array().unwrap().len(), 3);
    let (_, old) = admin.get("/api/v1/audit?action=citizen.view&from=2020-01-01&to=2020-01-31").await;
    assert_eq!(old.as_array().unwrap().len(), 0);
    // Looking at the log is a line of its own.
    assert!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'audit.view'").await >= 4);

    let csv = admin.get_reply(&format!("/api/v1/audit?user_id={karen}&action=citizen.view&format=csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let rows: Vec<&str> = csv.body.trim_start_matches('\u{feff}').lines().collect();
    assert!(rows[0].starts_with("tidspunkt;bruger_id;bruger"), "{}", rows[0]);
    assert_eq!(rows.len(), 4, "{}", csv.body);
    assert!(rows[1..].iter().all(|r| r.contains("Karen Jobkonsulent") && r.contains("citizen.view")));

    // Bad filters are field errors; only admins read the log.
    assert_error(&admin.get_reply("/api/v1/audit?from=2026-02-01&to=2026-01-01").await, 422, "to_before_from", Some("to"));
    assert_error(&admin.get_reply("/api/v1/audit?action=drop.tables").await, 400, "invalid_kind", Some("action"));
    assert_error(&admin.get_reply("/api/v1/audit?citizen_id=abc").await, 400, "invalid_number", Some("citizen_id"));
    assert_error(&admin.get_reply("/api/v1/audit?from=9999-01-01").await, 400, "date_out_of_range", Some("from"));
    assert_error(&cw.get_reply("/api/v1/audit").await, 403, "forbidden", None);
    // Another municipality's reads are not in ours.
    let (mut other_cw, _) = app.other_municipality().await;
    let _ = other_cw.get_reply(&format!("/api/v1/citizens/{camilla}")).await;
    let other = app.scalar("SELECT id FROM users WHERE email = 'cw@anden.dk'").await;
    let (_, foreign) = admin.get(&format!("/api/v1/audit?user_id={other}")).await;
    assert_eq!(foreign.as_array().unwrap().len(), 0);
    // The page.
    let page = admin.get_reply("/sagsbehandler/revision?handling=citizen.view").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Revisionslog") && page.body.contains("Camilla Borger"));
    app.finish().await;
}

async fn audit_lines_are_kept_as_long_as_the_retention_says(engine: Engine) {
    let app = TestApp::new(engine).await;
    let now = app::db::now_ts();
    for (days, action) in [(40, "citizen.view"), (20, "citizen.timeline")] {
        app.db_exec(&format!("INSERT INTO audit_events (municipality_id, actor_user_id, citizen_id, action, subject, at) SELECT municipality_id, NULL, id, '{action}', 'x', {} FROM citizens WHERE name = 'Camilla Borger'", now - days * 86_400)).await;
    }
    assert_eq!(app::service::audit::forget_old(&app.db, 30).await.unwrap(), 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'citizen.view'").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'citizen.timeline'").await, 1);
    app.finish().await;
}

/// Lines of many requests at once are committed together (`db::audit`'s group commit): each
/// request gets its answer only with its lines stored, and a request whose line cannot be
/// stored fails alone, not the requests it shared a commit with.
async fn concurrent_lines_are_all_stored_and_a_bad_one_fails_alone(engine: Engine) {
    use app::domain::audit::Action;
    let app = TestApp::new(engine).await;
    let municipality = app.scalar("SELECT MIN(id) FROM municipalities").await;
    let actor = app.scalar(&format!("SELECT id FROM users WHERE email = '{CASEWORKER}'")).await;
    let citizens: Vec<i64> = sqlx::query_scalar(&format!("SELECT id FROM citizens WHERE municipality_id = {municipality} ORDER BY id"))
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert!(citizens.len() >= 2);
    let missing = app.scalar("SELECT MAX(id) + 1000 FROM citizens").await;
    let mut tasks = tokio::task::JoinSet::new();
    for round in 0..3 {
        for i in 0..40 {
            let (db, citizens) = (app.db.clone(), citizens.clone());
            // Every fifth request names a citizen that does not exist: a foreign key fault.
            let bad = i % 5 == 4;
            tasks.spawn(async move {
                let subject = format!("group:{round}:{i}");
                let done = if bad {
                    app::db::audit::write_many(&db, municipality, actor, &[citizens[0], missing], Action::CaseloadView, &subject).await
                } else if i % 2 == 0 {
                    app::db::audit::write(&db, municipality, actor, Some(citizens[1]), Action::CitizenView, &subject).await
                } else {
                    app::db::audit::write_many(&db, municipality, actor, &citizens, Action::CaseloadView, &subject).await
                };
                // Answered means stored: the lines are there the moment the call returns.
                let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE subject = $1").bind(&subject).fetch_one(&db.pool).await.unwrap();
                (bad, i % 2 == 0, done, stored)
            });
        }
        // Some requests arrive while a commit is under way.
        tokio::task::yield_now().await;
    }
    let n = citizens.len() as i64;
    let mut answered = 0;
    while let Some(joined) = tasks.join_next().await {
        let (bad, single, done, stored) = joined.unwrap();
        if bad {
            assert_eq!(done, Err(app::domain::error::AppError::Internal));
            assert_eq!(stored, 0, "a failed request left lines");
        } else {
            assert_eq!(done, Ok(()));
            assert_eq!(stored, if single { 1 } else { n });
            answered += 1;
        }
    }
    assert_eq!(answered, 3 * 32);
    let all = app.scalar("SELECT COUNT(*) FROM audit_events WHERE subject LIKE 'group:%'").await;
    assert_eq!(all, 3 * (16 + 16 * n));
    app.finish().await;
}

/// The store failing (here: the table gone) fails every request waiting on that commit, with
/// nothing stored, and leaves the group commit working once the store is back.
async fn a_failing_store_fails_those_waiting_and_the_next_commit_stores(engine: Engine) {
    use app::domain::audit::Action;
    let app = TestApp::new(engine).await;
    let municipality = app.scalar("SELECT MIN(id) FROM municipalities").await;
    let actor = app.scalar(&format!("SELECT id FROM users WHERE email = '{CASEWORKER}'")).await;
    let citizen = app.scalar(&format!("SELECT MIN(id) FROM citizens WHERE municipality_id = {municipality}")).await;
    let round = |name: &'static str| {
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..30 {
            let db = app.db.clone();
            tasks.spawn(async move {
                app::db::audit::write(&db, municipality, actor, Some(citizen), Action::CitizenView, &format!("{name}:{i}")).await
            });
        }
        tasks
    };
    sqlx::query("ALTER TABLE audit_events RENAME TO audit_events_away").execute(&app.db.pool).await.unwrap();
    let mut failing = round("store-gone");
    let mut failed = 0;
    while let Some(done) = failing.join_next().await {
        assert_eq!(done.unwrap(), Err(app::domain::error::AppError::Internal), "nothing can be stored, so nothing is answered as stored");
        failed += 1;
    }
    assert_eq!(failed, 30);
    sqlx::query("ALTER TABLE audit_events_away RENAME TO audit_events").execute(&app.db.pool).await.unwrap();
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE subject LIKE 'store-gone:%'").await, 0);

    let mut back = round("store-back");
    while let Some(done) = back.join_next().await {
        assert_eq!(done.unwrap(), Ok(()), "the drain is not left stuck by the failure");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE subject LIKE 'store-back:%'").await, 30);
    app.finish().await;
}

on_both_engines!(
    every_read_of_a_citizens_data_leaves_a_line_the_citizen_sees,
    the_export_holds_everything_about_the_citizen_and_nobody_else,
    admins_search_the_log_and_take_it_as_csv,
    audit_lines_are_kept_as_long_as_the_retention_says,
    concurrent_lines_are_all_stored_and_a_bad_one_fails_alone,
    a_failing_store_fails_those_waiting_and_the_next_commit_stores,
);
