//! The large demo municipality's generator, grown small by the same code, on SQLite and
//! PostgreSQL: every caseworker gets a caseload, the caseload page shows only one's own
//! citizens, the monthly report covers the whole municipality, and growing twice adds nothing.
use crate::support;

use app::db::Engine;
use app::domain::local_time;
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use server::demo_large::{grow, Grown, Size};
use support::demo_users::*;
use support::TestApp;

const SMALL: Size = Size { citizens: 242, companies: 30, caseworkers: 4, days: 90 };

async fn a_grown_municipality_gives_each_caseworker_a_caseload_and_the_report_all(engine: Engine) {
    let app = TestApp::new(engine).await;
    let Grown::Grown { entries } = grow(&app.db, SMALL).await.unwrap() else { panic!("grew nothing") };
    assert!(matches!(grow(&app.db, SMALL).await.unwrap(), Grown::AlreadyGrown), "twice is a no-op");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM citizens").await, SMALL.citizens);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users WHERE role = 'caseworker'").await, SMALL.caseworkers);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries").await, entries + app.scalar("SELECT COUNT(*) FROM time_entries WHERE citizen_id IN (SELECT id FROM citizens WHERE user_id IS NOT NULL)").await);
    // Two a week on some 215 running placements of 30 to 90 days (a tenth ended early).
    assert!(entries > 3_000, "{entries}");
    // No caseworker is left without citizens; shares differ by at most the demo's own three plus one from an uneven split.
    let most = app.scalar("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM citizens GROUP BY caseworker_user_id) x").await;
    let least = app.scalar("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM citizens GROUP BY caseworker_user_id) x").await;
    assert!(least > 0 && most - least <= 4, "{least}..{most}");

    // The demo caseworker's page lists their share, not the municipality.
    let mut cw = app.login(CASEWORKER).await;
    let page = cw.get_reply("/sagsbehandler").await;
    assert_eq!(page.status, StatusCode::OK);
    let mine = app.scalar("SELECT COUNT(*) FROM citizens WHERE caseworker_user_id = (SELECT id FROM users WHERE email = 'caseworker@demo.fodfaeste.dk')").await;
    assert!(mine > 50 && mine < SMALL.citizens / 2, "{mine}");
    // A caseload of some sixty is one page, a line per citizen.
    let first = page.body.matches("<tr data-citizen-id=").count() as i64;
    assert_eq!(first, mine);
    assert!(!page.body.contains("Side 1 af"));
    let other_name: String = {
        use sqlx::Row;
        sqlx::query("SELECT name FROM citizens WHERE caseworker_user_id <> (SELECT id FROM users WHERE email = 'caseworker@demo.fodfaeste.dk') ORDER BY id LIMIT 1")
            .fetch_one(&app.db.pool)
            .await
            .unwrap()
            .get(0)
    };
    assert!(!page.body.contains(&other_name), "another caseworker's citizen is not on my page");

    // The report: everyone with approved hours last month.
    let month = local_time::local_month(Utc::now() - Duration::days(31));
    let (s, report) = cw.get(&format!("/api/v1/reports/monthly-hours?month={month}")).await;
    assert_eq!(s, StatusCode::OK);
    let (from, to) = app::domain::report::parse_month(&month).unwrap().instants();
    let with_hours = app
        .scalar(&format!(
            "SELECT COUNT(DISTINCT placement_id) FROM time_entries WHERE status IN ('confirmed', 'locked', 'submitted') AND starts_at >= {} AND starts_at < {}",
            from.timestamp(),
            to.timestamp()
        ))
        .await;
    assert_eq!(report["rows"].as_array().unwrap().len() as i64, with_hours);
    let approved = app
        .scalar(&format!(
            "SELECT COALESCE(CAST(SUM((ends_at - starts_at) / 60 - break_minutes) AS BIGINT), 0) FROM time_entries WHERE status IN ('confirmed', 'locked') AND starts_at >= {} AND starts_at < {}",
            from.timestamp(),
            to.timestamp()
        ))
        .await;
    assert_eq!(report["approved_minutes"].as_i64().unwrap(), approved);
    app.finish().await;
}

on_both_engines!(a_grown_municipality_gives_each_caseworker_a_caseload_and_the_report_all);
