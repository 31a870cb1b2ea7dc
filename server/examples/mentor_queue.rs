//! Issue 4's budget: "Til godkendelse" for a mentor with 30 citizens and 8 weeks of waiting
//! entries renders on the server in under 50 ms on SQLite. Builds that mentor on a fresh
//! database, then times `GET /mentor` through the real router (session, page guard, SSR).
//!
//!   cargo run --release -p server --example mentor_queue [-- postgres://…/db]
//!
//! Without an argument it uses a new SQLite file in the temp directory.
use std::time::Instant;

use app::db::Db;
use app::domain::error::Field;
use app::domain::local_time;
use axum::body::Body;
use axum::http::{header, Request};
use chrono::{Datelike, Duration, Utc, Weekday};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use server::{demo, router, ServerConfig};
use sqlx::Row;
use tower::ServiceExt;

const CITIZENS: i64 = 30;
const WEEKS: i64 = 8;
const DAYS: [Weekday; 3] = [Weekday::Mon, Weekday::Wed, Weekday::Fri];

async fn scalar(db: &Db, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(&db.pool).await.unwrap().try_get::<i64, _>(0).unwrap()
}

#[tokio::main]
async fn main() {
    let url = std::env::args().nth(1).unwrap_or_else(|| {
        let path = std::env::temp_dir().join(format!("fodfaeste-mentor-bench-{}.db", std::process::id()));
        format!("sqlite://{}?mode=rwc", path.display())
    });
    let db = Db::connect(Some(&url)).await.expect("database");
    db.migrate().await.expect("migrate");
    demo::load(&db).await.expect("demo data");

    let mentor = scalar(&db, "SELECT id FROM users WHERE email = 'mentor@demo.fodfaeste.dk'").await;
    let (m, company, opening) = (
        scalar(&db, &format!("SELECT municipality_id FROM users WHERE id = {mentor}")).await,
        scalar(&db, &format!("SELECT company_id FROM users WHERE id = {mentor}")).await,
        scalar(&db, &format!("SELECT o.id FROM openings o JOIN users u ON u.company_id = o.company_id WHERE u.id = {mentor} ORDER BY o.id LIMIT 1")).await,
    );
    let now = Utc::now().timestamp();
    let today = local_time::local_date(Utc::now());
    let start = today - Duration::weeks(WEEKS);
    let mut tx = db.pool.begin().await.unwrap();
    let mut entries = 0;
    for i in 0..CITIZENS {
        let citizen: i64 = sqlx::query(
            "INSERT INTO citizens (municipality_id, name, target_group, created_at) VALUES ($1, $2, 'youth', $3) RETURNING id",
        )
        .bind(m)
        .bind(format!("Bench Borger {i:02}"))
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get(0);
        let placement: i64 = sqlx::query(
            "INSERT INTO placements (municipality_id, citizen_id, opening_id, company_id, mentor_user_id, starts_on, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'active', $7) RETURNING id",
        )
        .bind(m)
        .bind(citizen)
        .bind(opening)
        .bind(company)
        .bind(mentor)
        .bind(start.to_string())
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get(0);
        let mut day = start;
        while day < today {
            if DAYS.contains(&day.weekday()) {
                let at = |h| local_time::to_utc(day.and_hms_opt(h, 0, 0).unwrap(), Field::StartsAt).unwrap().timestamp();
                sqlx::query("INSERT INTO shifts (municipality_id, placement_id, starts_at, ends_at, status, created_by, created_at) VALUES ($1, $2, $3, $4, 'planned', $5, $6)")
                    .bind(m).bind(placement).bind(at(8)).bind(at(12)).bind(mentor).bind(now)
                    .execute(&mut *tx).await.unwrap();
                // Some come late: the queue marks those.
                let late = if (i + day.ordinal() as i64) % 5 == 0 { 1200 } else { 0 };
                let entry: i64 = sqlx::query(
                    "INSERT INTO time_entries (municipality_id, placement_id, citizen_id, starts_at, ends_at, break_minutes, source, status, created_by, created_at, updated_at, work_day)
                     VALUES ($1, $2, $3, $4, $5, 15, 'manual', 'submitted', $6, $7, $7, $8) RETURNING id",
                )
                .bind(m).bind(placement).bind(citizen).bind(at(8) + late).bind(at(12)).bind(mentor).bind(now).bind(day.to_string())
                .fetch_one(&mut *tx).await.unwrap().get(0);
                sqlx::query("INSERT INTO time_entry_history (municipality_id, time_entry_id, changed_by, changed_at, action, after_json) VALUES ($1, $2, $3, $4, 'submitted', '{\"status\":\"submitted\"}')")
                    .bind(m).bind(entry).bind(mentor).bind(now)
                    .execute(&mut *tx).await.unwrap();
                entries += 1;
            }
            day += Duration::days(1);
        }
    }
    tx.commit().await.unwrap();

    let waiting = scalar(&db, &format!("SELECT COUNT(*) FROM time_entries e JOIN placements p ON p.id = e.placement_id WHERE e.status = 'submitted' AND p.mentor_user_id = {mentor}")).await;
    let app = router(db.clone(), LeptosOptions::builder().output_name("fodfaeste").build(), ServerConfig::default());
    let login = Request::post("/api/v1/session")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"email":"mentor@demo.fodfaeste.dk","password":"demo-password"}"#))
        .unwrap();
    let res = app.clone().oneshot(login).await.unwrap();
    let cookie = res.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().split(';').next().unwrap().to_string();

    let mut times = Vec::new();
    let mut size = 0;
    for run in 0..35 {
        let req = Request::get("/mentor").header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
        let t = Instant::now();
        let res = app.clone().oneshot(req).await.unwrap();
        assert!(res.status().is_success(), "GET /mentor: {}", res.status());
        let body = res.into_body().collect().await.unwrap().to_bytes();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        size = body.len();
        let html = String::from_utf8_lossy(&body);
        assert!(html.contains(&format!("{waiting} venter")), "the page counts every waiting entry");
        assert_eq!(html.matches("class=\"card week-group\"").count(), app::domain::approval::GROUPS_PER_PAGE, "a full first page");
        if run >= 5 {
            times.push(ms);
        }
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{:?}: GET /mentor (first page) with {CITIZENS} citizens, {entries} waiting entries over {WEEKS} weeks ({} KB of HTML): median {:.1} ms, p95 {:.1} ms, max {:.1} ms (30 runs after 5 warm-up)",
        db.engine,
        size / 1024,
        pct(0.5),
        pct(0.95),
        pct(1.0)
    );
}
