//! The municipality's goals through the real router, on SQLite and PostgreSQL: defined,
//! moved by a placement, cut at the period's edges, exported, and read only by admins and
//! managers of the same municipality.
use crate::support;

use app::db::Engine;
use app::domain::local_time;
use app::domain::role::Role;
use axum::body::Body;
use axum::http::{header, Method, StatusCode};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use leptos::server_fn::ServerFn as _;
use serde_json::{json, Value};
use support::demo_users::*;
use support::{app_error, assert_error, TestApp};

const ADMIN: &str = "admin@demo.fodfaeste.dk";
const MANAGER: &str = "leder@demo.fodfaeste.dk";

fn today() -> NaiveDate {
    local_time::local_date(Utc::now())
}

fn day(offset: i64) -> String {
    (today() + Duration::days(offset)).to_string()
}

async fn send(c: &mut support::Client, method: Method, path: &str, body: Value) -> support::Reply {
    c.send(method, path, Some("application/json"), Body::from(body.to_string())).await
}

fn goal_of(goals: &Value, id: i64) -> Value {
    goals.as_array().unwrap().iter().find(|g| g["id"] == id).cloned().unwrap_or_else(|| panic!("goal {id} not in {goals}"))
}

async fn dashboard(c: &mut support::Client, from: &str, to: &str) -> Value {
    let (s, d) = c.get(&format!("/api/v1/goals/dashboard?from={from}&to={to}")).await;
    assert_eq!(s, StatusCode::OK, "{d}");
    d
}

async fn place_jonas_today(app: &TestApp) {
    let mut cw = app.login(CASEWORKER).await;
    let opening = app.scalar("SELECT id FROM openings WHERE title = 'Rengøring af maskiner'").await;
    let jonas = app.scalar("SELECT id FROM citizens WHERE name = 'Jonas Nielsen'").await;
    let mentor = app.scalar("SELECT id FROM users WHERE email = 'mentor@demo.fodfaeste.dk'").await;
    let place = json!({"opening_id": opening, "citizen_id": jonas, "mentor_user_id": mentor, "starts_on": day(0), "agreed_hours_per_week": "8"});
    let r = cw.post_reply("/api/v1/placements", place).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
}

async fn a_goal_is_defined_moves_with_a_placement_and_is_exported(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut admin = app.login(ADMIN).await;
    let (s, demo_goals) = admin.get("/api/v1/goals").await;
    assert_eq!(s, StatusCode::OK, "{demo_goals}");
    assert_eq!(demo_goals.as_array().unwrap().len(), 3, "{demo_goals}");
    assert!(demo_goals.as_array().unwrap().iter().all(|g| g["pace"]["status"].is_string() && g["points"].is_array()));

    // Ten days into a month-long period.
    let r = admin.post_reply("/api/v1/goals", json!({"metric": "jobs_on_special_terms_created", "target": "4", "period_start": day(-9), "period_end": day(20)})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let made = r.json();
    let id = made["id"].as_i64().unwrap();
    let before = made["value"].as_i64().unwrap();
    assert_eq!(made["target"], 4);
    assert_eq!(made["expected"], 2, "the straight line: 4 × 10/30, rounded up");

    place_jonas_today(&app).await;
    let (_, goals) = admin.get("/api/v1/goals").await;
    let after = goal_of(&goals, id);
    assert_eq!(after["value"].as_i64().unwrap(), before + 1, "{after}");
    assert_eq!(after["points"].as_array().unwrap().last().unwrap()["day"], day(0));

    // The edges: a placement started on the last day of the span counts; the day before it
    // ends, it does not. Jonas was referred two weeks ago to the day.
    let with = dashboard(&mut admin, &day(-14), &day(0)).await;
    let without = dashboard(&mut admin, &day(-13), &day(-1)).await;
    assert_eq!(with["funnel"]["started"].as_i64().unwrap() - without["funnel"]["started"].as_i64().unwrap(), 1, "{with}\n{without}");
    assert_eq!(with["funnel"]["referred"].as_i64().unwrap() - without["funnel"]["referred"].as_i64().unwrap(), 1);
    let metal = with["companies"].as_array().unwrap().iter().find(|c| c["name"] == "Vestjysk Metal ApS").cloned().unwrap();
    assert!(metal["placements_started"].as_i64().unwrap() >= 1, "{metal}");
    assert!(with["citizens_in_placement"].as_i64().unwrap() >= 3, "Camilla, Ali and now Jonas: {with}");

    // The CSV holds the same figures, for a Danish spreadsheet.
    let csv = admin.get_reply(&format!("/api/v1/goals/dashboard?from={}&to={}&format=csv", day(-14), day(0))).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("\u{feff}Afsnit;Tal;Fra;Til;Værdi;Mål"), "{}", csv.body);
    let started = format!("Forløb;Forløb startet;{};{};{};", day(-14), day(0), with["funnel"]["started"]);
    assert!(csv.body.contains(&started), "{started} in {}", csv.body);
    assert!(csv.body.contains("Mål;Job på særlige vilkår skabt;"));
    assert_error(&admin.get_reply("/api/v1/goals/dashboard?format=pdf").await, 400, "invalid_kind", Some("format"));
    assert_error(&admin.get_reply(&format!("/api/v1/goals/dashboard?from={}&to={}", day(0), day(-1))).await, 422, "to_before_from", Some("to_date"));
    assert_error(&admin.get_reply("/api/v1/goals/dashboard?from=i+går").await, 400, "invalid_date", Some("from_date"));

    // Bad input is refused field by field.
    let bad = |metric: &str, target: Value, start: &str, end: &str| json!({"metric": metric, "target": target, "period_start": start, "period_end": end});
    assert_error(&admin.post_reply("/api/v1/goals", json!({})).await, 422, "required", Some("metric"));
    assert_error(&admin.post_reply("/api/v1/goals", bad("jobs", json!(5), "2026-01-01", "2026-12-31")).await, 400, "invalid_kind", Some("metric"));
    assert_error(&admin.post_reply("/api/v1/goals", bad("citizens_referred", json!(0), "2026-01-01", "2026-12-31")).await, 422, "out_of_range", Some("target"));
    assert_error(&admin.post_reply("/api/v1/goals", bad("citizens_referred", json!("mange"), "2026-01-01", "2026-12-31")).await, 400, "invalid_number", Some("target"));
    assert_error(&admin.post_reply("/api/v1/goals", bad("citizens_referred", json!(5), "2026-01-01", "2025-12-31")).await, 422, "to_before_from", Some("period_end"));
    assert_error(&admin.post_reply("/api/v1/goals", bad("citizens_referred", json!(5), "2026-02-30", "2026-12-31")).await, 400, "invalid_date", Some("period_start"));
    let r = admin.send(Method::POST, "/api/v1/goals", Some("application/json"), Body::from("{\"target\": [1]}")).await;
    assert_error(&r, 400, "malformed_request", None);

    // Changed, then deleted; the figures behind it stay.
    let r = send(&mut admin, Method::PUT, &format!("/api/v1/goals/{id}"), bad("jobs_on_special_terms_created", json!(1), &day(-9), &day(20))).await;
    assert_eq!((r.status, r.json()["pace"]["status"].as_str()), (StatusCode::OK, Some("reached")), "{}", r.body);
    assert_eq!(send(&mut admin, Method::DELETE, &format!("/api/v1/goals/{id}"), json!({})).await.status, StatusCode::NO_CONTENT);
    assert_error(&send(&mut admin, Method::DELETE, &format!("/api/v1/goals/{id}"), json!({})).await, 404, "not_found", None);
    assert_error(&send(&mut admin, Method::PUT, &format!("/api/v1/goals/{id}"), bad("citizens_referred", json!(1), &day(0), &day(1))).await, 404, "not_found", None);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'goal.%'").await, 3);
    app.finish().await;
}

async fn only_admins_and_managers_of_the_municipality_read_the_goals(engine: Engine) {
    let app = TestApp::new(engine).await;
    for who in [CITIZEN, MENTOR, CASEWORKER] {
        let mut c = app.login(who).await;
        assert_error(&c.get_reply("/api/v1/goals").await, 403, "forbidden", None);
        assert_error(&c.get_reply("/api/v1/goals/dashboard").await, 403, "forbidden", None);
        let goal = json!({"metric": "citizens_referred", "target": 5, "period_start": day(0), "period_end": day(9)});
        assert_error(&c.post_reply("/api/v1/goals", goal).await, 403, "forbidden", None);
        assert_error(&send(&mut c, Method::DELETE, "/api/v1/goals/1", json!({})).await, 403, "forbidden", None);
    }
    assert_error(&app.client().get_reply("/api/v1/goals").await, 401, "unauthenticated", None);

    // A manager defines and reads goals, and nothing of any citizen.
    let mut manager = app.login(MANAGER).await;
    let (s, me) = manager.get("/api/v1/me").await;
    assert_eq!((s, me["role"].as_str()), (StatusCode::OK, Some("manager")));
    let r = manager.post_reply("/api/v1/goals", json!({"metric": "new_social_enterprises", "target": 5, "period_start": "2026-01-01", "period_end": "2026-12-31"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    assert_eq!(manager.get("/api/v1/goals").await.1.as_array().unwrap().len(), 4);
    let camilla = app.scalar("SELECT id FROM citizens WHERE name = 'Camilla Borger'").await;
    for path in [
        "/api/v1/companies".to_string(),
        format!("/api/v1/citizens/{camilla}"),
        "/api/v1/reports/monthly-hours?month=2026-01".to_string(),
        "/api/v1/users".to_string(),
        "/api/v1/time-entries/confirm".to_string(),
    ] {
        let r = if path.ends_with("confirm") { manager.post_reply(&path, json!({"ids": [1]})).await } else { manager.get_reply(&path).await };
        assert!(matches!(r.status.as_u16(), 403 | 404), "{path}: {} {}", r.status, r.body);
    }
    assert_eq!(manager.get("/api/v1/placements").await.1, json!([]), "a manager sees no placement");
    let (s, entries) = manager.get("/api/v1/time-entries").await;
    assert!(s.is_client_error() || entries == json!([]), "{s} {entries}");

    // Pages: the manager lands on Mål; a caseworker is sent back to the desk.
    let home = manager.get_reply("/").await;
    assert_eq!(home.headers.get(header::LOCATION).map(|l| l.to_str().unwrap()), Some("/maal"));
    let desk = manager.get_reply("/sagsbehandler").await;
    assert_eq!(desk.headers.get(header::LOCATION).map(|l| l.to_str().unwrap()), Some("/maal"));
    let page = manager.get_reply("/maal").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Mål og resultater") && page.body.contains("Nye socialøkonomiske virksomheder"), "{}", page.body);
    let mut cw = app.login(CASEWORKER).await;
    assert_eq!(cw.get_reply("/maal").await.headers.get(header::LOCATION).map(|l| l.to_str().unwrap()), Some("/sagsbehandler"));

    // Another municipality's manager sees none of ours and cannot touch them.
    let other = app::db::users::insert_municipality(&app.db, "Anden Kommune").await.unwrap();
    let hash = app::service::auth::hash_password(server::demo::DEMO_PASSWORD).unwrap();
    app::db::users::insert_user(&app.db, app::db::users::NewUser { municipality_id: other, email: "leder@anden.dk", password_hash: &hash, role: Role::Manager, display_name: "Anden Leder", company_id: None })
        .await
        .unwrap();
    let mut theirs = app.login("leder@anden.dk").await;
    assert_eq!(theirs.get("/api/v1/goals").await.1, json!([]));
    assert_error(&send(&mut theirs, Method::DELETE, &format!("/api/v1/goals/{id}"), json!({})).await, 404, "not_found", None);
    let d = dashboard(&mut theirs, "2026-01-01", "2026-12-31").await;
    assert_eq!((d["funnel"]["referred"].as_i64(), d["companies"].as_array().map(Vec::len)), (Some(0), Some(0)));
    app.finish().await;
}

async fn the_page_draws_each_goal_and_its_form_defines_one(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut admin = app.login(ADMIN).await;
    let path = app::functions::goals::SaveGoal::PATH;
    let form = [("id", "0"), ("metric", "citizens_referred"), ("target", "100"), ("period_start", "2026-01-01"), ("period_end", "2026-12-31")];
    let r = admin.server_fn(path, &form).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let bad = [("id", "0"), ("metric", "citizens_referred"), ("target", ""), ("period_start", "2026-01-01"), ("period_end", "2026-12-31")];
    let r = admin.server_fn(path, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(app_error(&r), app::domain::error::AppError::invalid(app::domain::error::Rule::Required, app::domain::error::Field::Target));
    let page = admin.get_reply("/maal").await;
    assert_eq!(page.status, StatusCode::OK);
    // Four goals, each with its chart and its figures in a table.
    assert_eq!(page.body.matches(r#"<svg viewBox="-36"#).count(), 4, "{}", page.body);
    assert_eq!(page.body.matches("Vis tallene").count(), 4);
    assert!(page.body.contains("Fra visitation til selvforsørgelse") && page.body.contains("Virksomhedernes bidrag"));
    assert!(page.body.contains("/api/v1/goals/dashboard?from="));
    // The edit page holds the goal's values.
    let id = app.scalar("SELECT MAX(id) FROM goals").await;
    let edit = admin.get_reply(&format!("/maal/{id}")).await;
    assert!(edit.body.contains("value=\"100\"") && edit.body.contains("Slet målet"), "{}", edit.body);
    app.finish().await;
}

async fn an_established_social_enterprise_marks_its_company_and_counts_towards_the_goal(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut manager = app.login(MANAGER).await;
    let mut admin = app.login(ADMIN).await;
    let r = manager.post_reply("/api/v1/goals", json!({"metric": "new_social_enterprises", "target": 2, "period_start": day(-30), "period_end": day(30)})).await;
    let goal = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["value"], 0);
    let r = admin.post_reply("/api/v1/companies", json!({"cvr": "13748136", "name": "Genbrug Skjern", "postcode": "6900"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let company = r.json()["id"].as_i64().unwrap();
    let advisor = app.scalar("SELECT id FROM users WHERE email = 'leder@demo.fodfaeste.dk'").await;

    let idea = json!({"name": "Genbrugsværkstedet", "stage": "idea", "started_on": day(-20), "advisor_user_id": advisor, "notes": "Reparerer cykler"});
    let r = manager.post_reply("/api/v1/social-enterprises", idea.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let made = r.json();
    let id = made["id"].as_i64().unwrap();
    assert_eq!((made["stage"].as_str(), made["advisor_name"].as_str()), (Some("idea"), Some("Lars Leder")));

    // Established needs the company and the day; then the company is marked and counts.
    let mut established = idea.clone();
    established["stage"] = json!("established");
    let path = format!("/api/v1/social-enterprises/{id}");
    assert_error(&send(&mut manager, Method::PUT, &path, established.clone()).await, 422, "required", Some("company_id"));
    established["company_id"] = json!(company);
    assert_error(&send(&mut manager, Method::PUT, &path, established.clone()).await, 422, "required", Some("established_on"));
    established["established_on"] = json!(day(1));
    assert_error(&send(&mut manager, Method::PUT, &path, established.clone()).await, 422, "date_in_future", Some("established_on"));
    established["established_on"] = json!(day(-1));
    let r = send(&mut manager, Method::PUT, &path, established.clone()).await;
    assert_eq!((r.status, r.json()["company_name"].as_str()), (StatusCode::OK, Some("Genbrug Skjern")), "{}", r.body);
    let (_, c) = admin.get(&format!("/api/v1/companies/{company}")).await;
    assert_eq!((c["is_social_enterprise"].as_bool(), c["social_enterprise_since"].as_str()), (Some(true), Some(day(-1).as_str())));
    let (_, goals) = manager.get("/api/v1/goals").await;
    assert_eq!(goal_of(&goals, goal)["value"], 1);

    // Partners buy its work; not itself, and each once.
    let metal = app.scalar("SELECT id FROM companies WHERE name = 'Vestjysk Metal ApS'").await;
    let partners = format!("{path}/partnerships");
    let r = manager.post_reply(&partners, json!({"company_id": metal, "description": "Køber reparation af arbejdscykler", "since": day(0)})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["partnerships"][0]["company_name"], "Vestjysk Metal ApS");
    assert_error(&manager.post_reply(&partners, json!({"company_id": metal, "since": day(0)})).await, 422, "partnership_exists", Some("company_id"));
    assert_error(&manager.post_reply(&partners, json!({"company_id": company, "since": day(0)})).await, 422, "same_company", Some("company_id"));
    assert_error(&manager.post_reply(&partners, json!({"company_id": metal})).await, 422, "required", Some("since"));
    // The demo's Café Fællesskabet is established too.
    assert_eq!(manager.get("/api/v1/social-enterprises").await.1.as_array().unwrap().len(), 2);
    let page = manager.get_reply("/maal/soev").await.body;
    assert!(page.contains("Genbrugsværkstedet") && page.contains("Café Fællesskabet") && page.contains("Etableret (2)") && page.contains("Idé (0)"), "{page}");
    let page = manager.get_reply(&path.replace("/api/v1/social-enterprises", "/maal/soev")).await.body;
    assert!(page.contains("Vestjysk Metal ApS") && page.contains("Køber reparation af arbejdscykler"), "{page}");

    // Caseworkers, of this municipality or another, do not run the pipeline.
    let mut cw = app.login(CASEWORKER).await;
    assert_error(&cw.get_reply("/api/v1/social-enterprises").await, 403, "forbidden", None);
    assert_error(&cw.post_reply("/api/v1/social-enterprises", idea.clone()).await, 403, "forbidden", None);
    let (mut other_cw, _) = app.other_municipality().await;
    assert_error(&other_cw.get_reply(&path).await, 403, "forbidden", None);
    assert_error(&send(&mut admin, Method::PUT, "/api/v1/social-enterprises/999999", idea).await, 404, "not_found", None);
    app.finish().await;
}

/// Approved minutes in `first..=last` counted straight from the entries: of one company, or
/// of every company's paid placements.
async fn counted_minutes(app: &TestApp, company: Option<i64>, first: NaiveDate, last: NaiveDate) -> i64 {
    let (lo, _) = local_time::day_span(first);
    let (_, hi) = local_time::day_span(last);
    let which = match company {
        Some(c) => format!("p.company_id = {c}"),
        None => "o.kind IN ('small_job', 'flex_job', 'sheltered_job')".into(),
    };
    app.scalar(&format!(
        "SELECT COALESCE(CAST(SUM(te.ends_at - te.starts_at - te.break_minutes * 60) AS BIGINT), 0)
         FROM time_entries te JOIN placements p ON p.id = te.placement_id JOIN openings o ON o.id = p.opening_id
         WHERE te.withdrawn_at IS NULL AND te.status IN ('confirmed', 'locked') AND {which}
           AND te.starts_at >= {} AND te.starts_at < {}",
        lo.timestamp(),
        hi.timestamp()
    ))
    .await
        / 60
}

/// The dashboard's hours, for the company and for a paid-hours goal, equal a count from the
/// entries over spans of loose days, whole months, both, and one day.
async fn assert_hours_counted_right(app: &TestApp, admin: &mut support::Client, company: i64, goal: i64, goal_from: NaiveDate, when: &str) {
    let t = today();
    let month_first = |d: NaiveDate| d.with_day(1).unwrap();
    let last_month_end = month_first(t) - Duration::days(1);
    let spans = [
        (t - Duration::days(45), t),
        (month_first(month_first(last_month_end) - Duration::days(1)), last_month_end),
        (month_first(last_month_end) - Duration::days(10), t),
        (t - Duration::days(1), t - Duration::days(1)),
    ];
    for (first, last) in spans {
        let d = dashboard(admin, &first.to_string(), &last.to_string()).await;
        let shown = d["companies"].as_array().unwrap().iter().find(|c| c["company_id"] == company).map_or(0, |c| c["approved_minutes"].as_i64().unwrap());
        assert_eq!(shown, counted_minutes(app, Some(company), first, last).await, "{when}: {first}..{last}");
    }
    let (_, goals) = admin.get("/api/v1/goals").await;
    let value = goal_of(&goals, goal)["value"].as_i64().unwrap();
    assert_eq!(value, counted_minutes(app, None, goal_from, t).await / 60, "{when}: the paid-hours goal");
}

async fn approved_hours_follow_every_change_to_an_entry(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut admin = app.login(ADMIN).await;
    let goal_from = today() - Duration::days(60);
    let r = admin.post_reply("/api/v1/goals", json!({"metric": "approved_paid_hours", "target": 500, "period_start": goal_from.to_string(), "period_end": day(30)})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let goal = r.json()["id"].as_i64().unwrap();
    let camilla = "(SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.email = 'citizen@demo.fodfaeste.dk')";
    let company = app.scalar(&format!("SELECT company_id FROM placements WHERE id = {camilla}")).await;
    assert_hours_counted_right(&app, &mut admin, company, goal, goal_from, "the demo").await;
    let before = counted_minutes(&app, Some(company), goal_from, today()).await;

    // The mentor confirms what waits: the hours count at once.
    let waiting: Vec<i64> = sqlx::query_scalar(&format!("SELECT id FROM time_entries WHERE placement_id = {camilla} AND status = 'submitted'"))
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert!(!waiting.is_empty());
    let mut mentor = app.login(MENTOR).await;
    let (s, done) = mentor.post("/api/v1/time-entries/confirm", json!({"ids": waiting})).await;
    assert_eq!(s, StatusCode::OK, "{done}");
    assert!(counted_minutes(&app, Some(company), goal_from, today()).await > before, "confirming added hours");
    assert_hours_counted_right(&app, &mut admin, company, goal, goal_from, "after confirming").await;

    // A correction moves an entry a day back and shortens it.
    let id = waiting[0];
    let (_, entry) = mentor.get(&format!("/api/v1/time-entries/{id}")).await;
    let shift = |field: &str, by: Duration| (chrono::DateTime::parse_from_rfc3339(entry[field].as_str().unwrap()).unwrap() - by).to_rfc3339();
    let body = json!({"starts_at": shift("starts_at", Duration::days(1)), "ends_at": shift("ends_at", Duration::days(1) + Duration::minutes(30)), "reason": "Var der dagen før"});
    let (s, corrected) = mentor.post(&format!("/api/v1/time-entries/{id}/correct"), body).await;
    assert_eq!(s, StatusCode::OK, "{corrected}");
    assert_hours_counted_right(&app, &mut admin, company, goal, goal_from, "after a correction").await;

    // The opening turns out to be an internship: its hours leave the paid-hours goal.
    let paid_before = counted_minutes(&app, None, goal_from, today()).await;
    let opening = app.scalar(&format!("SELECT opening_id FROM placements WHERE id = {camilla}")).await;
    let kind = sqlx::query_scalar::<_, String>(&format!("SELECT kind FROM openings WHERE id = {opening}")).fetch_one(&app.db.pool).await.unwrap();
    let other = if kind == "internship" { "small_job" } else { "internship" };
    sqlx::query(&format!("UPDATE openings SET kind = '{other}' WHERE id = {opening}")).execute(&app.db.pool).await.unwrap();
    assert_ne!(counted_minutes(&app, None, goal_from, today()).await, paid_before);
    assert_hours_counted_right(&app, &mut admin, company, goal, goal_from, "after the opening changed kind").await;

    // Entries from before the sums existed get their day, and their hours, when migrating.
    sqlx::query("UPDATE time_entries SET work_day = NULL").execute(&app.db.pool).await.unwrap();
    assert_eq!(app.scalar("SELECT COALESCE(CAST(SUM(seconds) AS BIGINT), 0) FROM approved_seconds_daily").await, 0);
    app.db.migrate().await.unwrap();
    assert_hours_counted_right(&app, &mut admin, company, goal, goal_from, "after the backfill").await;
    app.finish().await;
}


/// A placement counts as started on its first day: one that starts tomorrow is not in the
/// funnel or the company's figures, even when the chosen span reaches past today.
async fn a_placement_counts_as_started_on_its_first_day(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut admin = app.login(ADMIN).await;
    let before = dashboard(&mut admin, &day(-1), &day(30)).await;
    let mut cw = app.login(CASEWORKER).await;
    let opening = app.scalar("SELECT id FROM openings WHERE title = 'Rengøring af maskiner'").await;
    let jonas = app.scalar("SELECT id FROM citizens WHERE name = 'Jonas Nielsen'").await;
    let place = json!({"opening_id": opening, "citizen_id": jonas, "starts_on": day(1), "agreed_hours_per_week": "8"});
    let r = cw.post_reply("/api/v1/placements", place).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let after = dashboard(&mut admin, &day(-1), &day(30)).await;
    assert_eq!(after["funnel"]["started"], before["funnel"]["started"], "tomorrow's placement has not started: {after}");
    let started = |d: &Value| d["companies"].as_array().unwrap().iter().map(|c| c["placements_started"].as_i64().unwrap()).sum::<i64>();
    assert_eq!(started(&after), started(&before));
    app.finish().await;
}

on_both_engines!(
    a_placement_counts_as_started_on_its_first_day,
    an_established_social_enterprise_marks_its_company_and_counts_towards_the_goal,
    approved_hours_follow_every_change_to_an_entry,
    a_goal_is_defined_moves_with_a_placement_and_is_exported,
    only_admins_and_managers_of_the_municipality_read_the_goals,
    the_page_draws_each_goal_and_its_form_defines_one,
);
