//! The caseworker's caseload page on SQLite and PostgreSQL: alerts at the top, and the table
//! sorted, searched and filtered by links.
use crate::support;

use app::db::Engine;
use app::domain::error::Field;
use app::domain::local_time;
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use serde_json::json;
use support::demo_users::*;
use support::TestApp;

fn row_order(body: &str, names: &[&str]) -> Vec<usize> {
    // Each row's heading is the citizen's name, linking to their page.
    names.iter().map(|n| body.find(&format!(">{n}</a></th>")).unwrap_or(usize::MAX)).collect()
}

async fn alerts_come_first_and_the_table_sorts_and_filters(engine: Engine) {
    let app = TestApp::new(engine).await;
    // Camilla's hours from ten days ago still wait for the mentor.
    let mut camilla = app.login(CITIZEN).await;
    let (_, placements) = camilla.get("/api/v1/placements").await;
    let p = placements[0]["id"].as_i64().unwrap();
    let day = local_time::local_date(Utc::now()) - Duration::days(10);
    let at = |h: u32| local_time::to_utc(day.and_hms_opt(h, 0, 0).unwrap(), Field::StartsAt).unwrap().to_rfc3339();
    let (s, e) = camilla.post("/api/v1/time-entries", json!({"placement_id": p, "starts_at": at(20), "ends_at": at(21)})).await;
    assert_eq!(s, StatusCode::CREATED, "{e}");
    // Ali's internship ends in ten days.
    let ends = (local_time::local_date(Utc::now()) + Duration::days(10)).to_string();
    sqlx::query("UPDATE placements SET ends_on = $1 WHERE citizen_id = (SELECT id FROM citizens WHERE name = 'Ali Hassan')")
        .bind(&ends)
        .execute(&app.db.pool)
        .await
        .unwrap();

    let mut cw = app.login(CASEWORKER).await;
    let page = cw.get_reply("/sagsbehandler").await;
    assert_eq!(page.status, StatusCode::OK);
    // Each citizen shown is in the audit log, once per view.
    let shown = page.body.matches("<tr data-citizen-id=").count() as i64;
    assert_eq!(shown, 3, "Camilla, Ali and Jonas, who waits for a placement");
    assert_eq!(app.scalar("SELECT COUNT(DISTINCT citizen_id) FROM audit_events WHERE action = 'caseload.view'").await, shown);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'caseload.view'").await, shown);
    let alerts_at = page.body.find("Kræver opmærksomhed").expect("the alerts section");
    let table_at = page.body.find("<table").unwrap();
    assert!(alerts_at < table_at, "alerts above the table");
    assert!(page.body.contains("Praktikken slutter om 10 dage"), "the internship's end");
    assert!(page.body.contains("har ventet på mentor i over en uge"), "the waiting hours");
    // By default the most urgent first: Ali's ending internship before Camilla's waiting hours.
    let o = row_order(&page.body, &["Ali Hassan", "Camilla Borger"]);
    assert!(o[0] < o[1], "{o:?}");

    let by_name_down = cw.get_reply("/sagsbehandler?sort=navn&retning=ned").await.body;
    let o = row_order(&by_name_down, &["Ali Hassan", "Camilla Borger"]);
    assert!(o[1] < o[0], "Camilla first going down: {o:?}");
    assert!(by_name_down.contains("aria-sort=\"descending\""));
    let search = cw.get_reply("/sagsbehandler?q=cam").await.body;
    assert_eq!(row_order(&search, &["Ali Hassan", "Camilla Borger"])[0], usize::MAX, "only Camilla matches");
    assert!(search.contains(">Camilla Borger</a></th>"), "the name links to the citizen's page");
    let none = cw.get_reply("/sagsbehandler?q=zzz").await.body;
    assert!(none.contains("Ingen borgere passer på søgningen."));

    // Without the ending internship, only Camilla has an alert; the filter shows only her.
    sqlx::query("UPDATE placements SET ends_on = NULL WHERE citizen_id = (SELECT id FROM citizens WHERE name = 'Ali Hassan')")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let only = cw.get_reply("/sagsbehandler?kun=advarsler").await.body;
    let ali_alerts = only.contains("Ali Hassan: ");
    let o = row_order(&only, &["Ali Hassan", "Camilla Borger"]);
    assert!(o[1] != usize::MAX);
    assert_eq!(o[0] == usize::MAX, !ali_alerts, "Ali is listed exactly when he has an alert");
    app.finish().await;
}

on_both_engines!(alerts_come_first_and_the_table_sorts_and_filters);
