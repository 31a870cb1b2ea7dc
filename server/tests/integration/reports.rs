//! Monthly hours and payroll through the real router, on SQLite and PostgreSQL: the
//! database's sums checked against the entries themselves, the CSV a spreadsheet opens, and
//! who may read them.
use crate::support;

use std::collections::HashMap;

use app::db::Engine;
use app::domain::local_time;
use app::domain::money::pay_ore;
use app::domain::report::{hours_decimal_da, parse_month};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use support::demo_users::*;
use leptos::server_fn::ServerFn as _;
use support::{assert_error, TestApp};

#[derive(Default, Debug, PartialEq)]
struct Sums {
    approved: i64,
    waiting: i64,
}

/// The month's figures computed from the entries the API lists, as the domain counts them.
async fn from_entries(c: &mut support::Client, month: &str) -> (HashMap<i64, Sums>, HashMap<i64, Option<i64>>) {
    let (from, to) = parse_month(month).unwrap().instants();
    let q = format!("/api/v1/time-entries?from={}&to={}", enc(&from.to_rfc3339()), enc(&to.to_rfc3339()));
    let (s, entries) = c.get(&q).await;
    assert_eq!(s, StatusCode::OK, "{entries}");
    let mut sums: HashMap<i64, Sums> = HashMap::new();
    for e in entries.as_array().unwrap() {
        let p = e["placement_id"].as_i64().unwrap();
        let minutes = e["worked_minutes"].as_i64().unwrap();
        match e["status"].as_str().unwrap() {
            "confirmed" | "locked" => sums.entry(p).or_default().approved += minutes,
            "submitted" => sums.entry(p).or_default().waiting += minutes,
            _ => {}
        }
    }
    let (_, placements) = c.get("/api/v1/placements").await;
    let wages = placements.as_array().unwrap().iter().map(|p| (p["id"].as_i64().unwrap(), p["hourly_wage_ore"].as_i64())).collect();
    (sums, wages)
}

fn enc(s: &str) -> String {
    s.replace('+', "%2B").replace(':', "%3A")
}

async fn the_report_adds_up_to_the_entries_and_reads_in_a_spreadsheet(engine: Engine) {
    let app = TestApp::new(engine).await;
    // A company name a spreadsheet would run as a formula, with Danish letters.
    sqlx::query("UPDATE companies SET name = '=HYPERLINK(\"http://x\";\"Æblø\")' WHERE name = 'Vestjysk Metal ApS'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let mut cw = app.login(CASEWORKER).await;
    let today = local_time::local_date(Utc::now());
    // Two months the demo's three weeks of hours reach into (the same one, early in a month).
    let months: Vec<String> = [7, 20].iter().map(|d| (today - Duration::days(*d)).format("%Y-%m").to_string()).collect();
    let mut seen_any = false;
    for month in &months {
        let (s, report) = cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
        assert_eq!(s, StatusCode::OK, "{report}");
        let (expected, wages) = from_entries(&mut cw, month).await;
        let rows = report["rows"].as_array().unwrap();
        assert_eq!(rows.len(), expected.len(), "one row per placement with hours: {report}");
        let mut pay_total = 0;
        for r in rows {
            let p = r["placement_id"].as_i64().unwrap();
            let want = &expected[&p];
            assert_eq!(r["approved_minutes"].as_i64().unwrap(), want.approved, "placement {p} in {month}");
            assert_eq!(r["waiting_minutes"].as_i64().unwrap(), want.waiting, "placement {p} in {month}");
            let pay = wages[&p].map(|w| pay_ore(want.approved, w)).unwrap_or(0);
            assert_eq!(r["pay_ore"].as_i64().unwrap(), pay);
            pay_total += pay;
            seen_any |= want.approved > 0;
        }
        assert_eq!(report["pay_ore"].as_i64().unwrap(), pay_total);
        assert_eq!(report["month"], month.as_str());
    }
    assert!(seen_any, "the demo's confirmed hours show up");

    // The CSV: a byte order mark, semicolons, decimal commas, the formula defused.
    let month = &months[0];
    let r = cw.get_reply(&format!("/api/v1/reports/monthly-hours?month={month}&format=csv")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["content-type"], "text/csv; charset=utf-8");
    assert!(r.headers["content-disposition"].to_str().unwrap().contains(&format!("maanedstimer-{month}.csv")));
    assert!(r.body.starts_with('\u{feff}'), "a BOM so spreadsheets read UTF-8");
    let mut lines = r.body.trim_start_matches('\u{feff}').lines();
    assert!(lines.next().unwrap().starts_with("Måned;Borger-id;Borger;Virksomhed;CVR;"));
    let (s, json) = cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(s, StatusCode::OK);
    // The demo's paid small job has hours in every month the demo's three weeks reach.
    let metal = json["rows"].as_array().unwrap().iter().find(|r| r["hourly_wage_ore"].is_i64()).expect("a paid row");
    let line = r.body.lines().find(|l| l.contains(metal["citizen_name"].as_str().unwrap()) && l.contains("HYPERLINK")).unwrap();
    assert!(line.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"Æblø\"\")\""), "quoted and defused: {line}");
    assert!(line.contains(&hours_decimal_da(metal["approved_minutes"].as_i64().unwrap())), "{line}");
    // Accept: text/csv asks for the same; JSON otherwise.
    let r2 = cw.send(Method::GET, &format!("/api/v1/reports/monthly-hours?month={month}"), None, Body::empty()).await;
    assert_eq!(r2.headers["content-type"], "application/json");
    let r3 = cw.get_accepting(&format!("/api/v1/reports/monthly-hours?month={month}"), "text/csv").await;
    assert_eq!(r3.body, r.body);

    // Bad input, each with its own answer.
    assert_error(&cw.get_reply("/api/v1/reports/monthly-hours?month=2026-13").await, 400, "invalid_month", Some("month"));
    assert_error(&cw.get_reply("/api/v1/reports/monthly-hours").await, 422, "required", Some("month"));
    assert_error(&cw.get_reply(&format!("/api/v1/reports/monthly-hours?month={month}&format=xml")).await, 400, "invalid_kind", Some("format"));
    assert_error(&cw.get_reply(&format!("/api/v1/reports/monthly-hours?month={month}&company_id=x")).await, 400, "invalid_number", Some("company_id"));

    // Locked months say so.
    sqlx::query("INSERT INTO locked_months (municipality_id, month, locked_by, locked_at) SELECT municipality_id, $1, id, 0 FROM users WHERE email = $2")
        .bind(month)
        .bind(CASEWORKER)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let (_, locked) = cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(locked["locked"], true);
    assert!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'report.monthly_hours'").await >= 3);
    app.finish().await;
}

async fn payroll_is_one_companys_paid_placements_and_only_staff_read_reports(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let month = (local_time::local_date(Utc::now()) - Duration::days(7)).format("%Y-%m").to_string();
    let (_, all) = cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    let rows = all["rows"].as_array().unwrap();
    let paid = rows.iter().find(|r| r["hourly_wage_ore"].is_i64()).expect("the demo's small job has hours");
    let company = paid["company_id"].as_i64().unwrap();

    let (s, payroll) = cw.get(&format!("/api/v1/reports/payroll?month={month}&company_id={company}")).await;
    assert_eq!(s, StatusCode::OK, "{payroll}");
    let prow = payroll["rows"].as_array().unwrap();
    assert!(!prow.is_empty());
    assert!(prow.iter().all(|r| r["company_id"] == company && r["hourly_wage_ore"].is_i64()));
    let csv = cw.get_reply(&format!("/api/v1/reports/payroll?month={month}&company_id={company}&format=csv")).await;
    assert!(csv.body.trim_start_matches('\u{feff}').starts_with("Måned;CVR;Virksomhed;Borger-id;Borger;Forløb-id;Stilling;Timer;Timeløn (kr.);Løn (kr.)"));
    assert_eq!(csv.body.lines().count(), 1 + prow.len());
    // An unpaid placement's company has no payroll rows.
    if let Some(unpaid) = rows.iter().find(|r| r["hourly_wage_ore"].is_null()) {
        let other = unpaid["company_id"].as_i64().unwrap();
        if other != company {
            let (_, none) = cw.get(&format!("/api/v1/reports/payroll?month={month}&company_id={other}")).await;
            assert_eq!(none["rows"], serde_json::json!([]));
        }
    }
    assert_error(&cw.get_reply(&format!("/api/v1/reports/payroll?month={month}")).await, 422, "required", Some("company_id"));
    assert_error(&cw.get_reply(&format!("/api/v1/reports/payroll?month={month}&company_id=999999")).await, 404, "not_found", None);

    // Who reads reports: caseworkers and admins of the municipality.
    let (s, _) = app.login("admin@demo.fodfaeste.dk").await.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(s, StatusCode::OK);
    for who in [CITIZEN, MENTOR] {
        let r = app.login(who).await.get_reply(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
        assert_error(&r, 403, "forbidden", None);
    }
    assert_error(&app.client().get_reply(&format!("/api/v1/reports/monthly-hours?month={month}")).await, 401, "unauthenticated", None);
    let (mut other_cw, _) = app.other_municipality().await;
    let (s, theirs) = other_cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(theirs["rows"], serde_json::json!([]), "another municipality sees none of ours");
    assert_error(&other_cw.get_reply(&format!("/api/v1/reports/payroll?month={month}&company_id={company}")).await, 404, "not_found", None);

    // The printable page.
    let page = cw.get_reply(&format!("/sagsbehandler/maanedstimer?maaned={month}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(paid["citizen_name"].as_str().unwrap()));
    assert!(page.body.contains(&format!("/api/v1/reports/monthly-hours?month={month}&amp;format=csv")), "the CSV link");
    let bad = cw.get_reply("/sagsbehandler/maanedstimer?maaned=i-går").await;
    assert!(bad.body.contains("Måneden kan ikke læses. Skriv den som 2026-11."));
    let r = app.login(MENTOR).await.get_reply("/sagsbehandler/maanedstimer").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

async fn an_admin_locks_a_finished_month_and_reopens_it_with_a_reason(engine: Engine) {
    use app::domain::error::Field;
    use serde_json::json;
    let app = TestApp::new(engine).await;
    let day = local_time::local_date(Utc::now()) - Duration::days(40);
    let month = day.format("%Y-%m").to_string();
    let at = |h: u32| local_time::to_utc(day.and_hms_opt(h, 0, 0).unwrap(), Field::StartsAt).unwrap().to_rfc3339();
    let mut citizen = app.login(CITIZEN).await;
    let (_, placements) = citizen.get("/api/v1/placements").await;
    let p = placements[0]["id"].as_i64().unwrap();
    let (s, entry) = citizen.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(20), "ends_at": at(21)})).await;
    assert_eq!(s, StatusCode::CREATED, "{entry}");
    let id = entry["id"].as_i64().unwrap();
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    let lock = format!("/api/v1/months/{month}/lock");

    // Only admins; only a month that is over; not while anything waits.
    let mut cw = app.login(CASEWORKER).await;
    assert_error(&cw.post_reply(&lock, json!({})).await, 403, "forbidden", None);
    assert_error(&citizen.post_reply(&lock, json!({})).await, 403, "forbidden", None);
    let this_month = local_time::local_month(Utc::now());
    assert_error(&admin.post_reply(&format!("/api/v1/months/{this_month}/lock"), json!({})).await, 422, "month_not_over", Some("month"));
    assert_error(&admin.post_reply("/api/v1/months/2026-13/lock", json!({})).await, 400, "invalid_month", Some("month"));
    assert_error(&admin.post_reply(&lock, json!({})).await, 422, "entries_waiting", Some("month"));

    let (s, _) = cw.post(&format!("/api/v1/time-entries/{id}/confirm"), json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, locked) = admin.post(&lock, json!({})).await;
    assert_eq!(s, StatusCode::OK, "{locked}");
    assert!(locked["entries"].as_i64().unwrap() >= 1);
    let (_, e) = citizen.get(&format!("/api/v1/time-entries/{id}")).await;
    assert_eq!(e["status"], "locked");
    let (_, again) = admin.post(&lock, json!({})).await;
    assert_eq!(again["entries"], 0, "locking twice changes nothing");
    let (_, report) = cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(report["locked"], true);
    // Nothing new in a locked month, and no correction.
    let r = citizen.post_reply("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(18), "ends_at": at(19)})).await;
    assert_error(&r, 422, "month_locked", Some("starts_at"));
    let r = app.login(MENTOR).await.post_reply(&format!("/api/v1/time-entries/{id}/correct"), json!({"starts_at": at(20), "ends_at": at(21), "break_minutes": 0, "reason": "x"})).await;
    assert_error(&r, 422, "month_locked", Some("starts_at"));
    // The admin's page offers to reopen it; the caseworker's does not offer anything.
    assert!(admin.get_reply(&format!("/sagsbehandler/maanedstimer?maaned={month}")).await.body.contains("Genåbn måneden"));
    let cw_page = cw.get_reply(&format!("/sagsbehandler/maanedstimer?maaned={month}")).await.body;
    assert!(!cw_page.contains("Genåbn måneden") && !cw_page.contains("Lås måneden"));

    // Reopening needs a reason, kept in the entry's history.
    let reopen = format!("/api/v1/months/{month}/reopen");
    assert_error(&admin.post_reply(&reopen, json!({"reason": " "})).await, 422, "required", Some("reason"));
    let (s, opened) = admin.post(&reopen, json!({"reason": "Ydelseskontoret fandt en fejl"})).await;
    assert_eq!(s, StatusCode::OK, "{opened}");
    assert_eq!(opened["locked"], false);
    let (_, e) = citizen.get(&format!("/api/v1/time-entries/{id}")).await;
    assert_eq!(e["status"], "confirmed");
    let (_, history) = citizen.get(&format!("/api/v1/time-entries/{id}/history")).await;
    let actions: Vec<&str> = history.as_array().unwrap().iter().map(|h| h["action"].as_str().unwrap()).collect();
    assert_eq!(&actions[actions.len() - 2..], ["locked", "reopened"]);
    assert_eq!(history.as_array().unwrap().last().unwrap()["reason"], "Ydelseskontoret fandt en fejl");
    assert_error(&admin.post_reply(&reopen, json!({"reason": "igen"})).await, 422, "month_not_locked", Some("month"));
    // The form's server function locks it again.
    let r = admin.server_fn(app::functions::caseworker::LockMonth::PATH, &[("month", &month)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM time_entries WHERE id = {id} AND status = 'locked'")).await, 1);
    app.finish().await;
}

on_both_engines!(
    an_admin_locks_a_finished_month_and_reopens_it_with_a_reason,
    the_report_adds_up_to_the_entries_and_reads_in_a_spreadsheet,
    payroll_is_one_companys_paid_placements_and_only_staff_read_reports,
);
