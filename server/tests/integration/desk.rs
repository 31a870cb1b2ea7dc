//! The caseworker's desk through the real router, on SQLite and PostgreSQL: companies and
//! their CVR rules, a mentor's proposal reviewed, matched and placed, a placement extended,
//! ended and followed up, and who may do each.
use crate::support;

use app::db::Engine;
use app::domain::local_time;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use leptos::server_fn::ServerFn as _;
use serde_json::{json, Value};
use support::demo_users::*;
use support::{assert_error, TestApp};

const ADMIN: &str = "admin@demo.fodfaeste.dk";

fn today() -> chrono::NaiveDate {
    local_time::local_date(Utc::now())
}

async fn put(c: &mut support::Client, path: &str, body: Value) -> support::Reply {
    c.send(Method::PUT, path, Some("application/json"), Body::from(body.to_string())).await
}

async fn companies_are_created_with_a_checked_cvr_and_kept_to_their_municipality(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let company = json!({"cvr": "DK 13 74 81 36", "name": "Skjern Træ A/S", "address": "Savværksvej 1", "postcode": "6900",
        "contact_name": "Lone Træ", "contact_email": "Lone@SkjernTrae.dk"});
    let r = cw.post_reply("/api/v1/companies", company.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let made = r.json();
    assert_eq!((made["cvr"].as_str(), made["contact_email"].as_str()), (Some("13748136"), Some("lone@skjerntrae.dk")));
    assert_eq!(made["caseworker_name"], "Karen Jobkonsulent", "the creator is the company's contact");
    assert_eq!(made["is_social_enterprise"], false);
    let id = made["id"].as_i64().unwrap();

    assert_error(&cw.post_reply("/api/v1/companies", company.clone()).await, 422, "cvr_taken", Some("cvr"));
    let mut bad = company.clone();
    bad["cvr"] = json!("13748137");
    assert_error(&cw.post_reply("/api/v1/companies", bad.clone()).await, 422, "cvr_checksum", Some("cvr"));
    bad["cvr"] = json!("1374813");
    assert_error(&cw.post_reply("/api/v1/companies", bad.clone()).await, 400, "invalid_cvr", Some("cvr"));
    bad["cvr"] = json!(13748136);
    bad["postcode"] = json!("69000");
    assert_error(&cw.post_reply("/api/v1/companies", bad).await, 400, "invalid_postcode", Some("postcode"));
    let r = cw.send(Method::POST, "/api/v1/companies", Some("application/json"), Body::from("{\"cvr\": [1]}")).await;
    assert_error(&r, 400, "malformed_request", None);

    // Marked a social-economic enterprise from a date; a date ahead is refused.
    let mut edit = company.clone();
    edit["social_enterprise_since"] = json!("2026-01-15");
    let r = put(&mut cw, &format!("/api/v1/companies/{id}"), edit.clone()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!((r.json()["is_social_enterprise"].as_bool(), r.json()["social_enterprise_since"].as_str()), (Some(true), Some("2026-01-15")));
    edit["social_enterprise_since"] = json!((today() + Duration::days(1)).to_string());
    assert_error(&put(&mut cw, &format!("/api/v1/companies/{id}"), edit.clone()).await, 422, "date_in_future", Some("social_enterprise_since"));
    edit["social_enterprise_since"] = json!("2026-01-15");
    edit["cvr"] = json!("31245672"); // the demo's Vestjysk Metal
    assert_error(&put(&mut cw, &format!("/api/v1/companies/{id}"), edit).await, 422, "cvr_taken", Some("cvr"));

    let (s, list) = cw.get("/api/v1/companies?q=skjern").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect::<Vec<_>>(), ["Skjern Træ A/S"]);
    let (_, all) = cw.get("/api/v1/companies").await;
    assert_eq!(all.as_array().unwrap().len(), 3);

    // The page sorts by its column links: names backwards here.
    let page = cw.get_reply("/sagsbehandler/virksomheder?sort=navn&retning=ned").await;
    let at = |n: &str| page.body.find(&format!(">{n}</a>")).unwrap_or_else(|| panic!("{n} listed"));
    assert!(at("Vestjysk Metal ApS") < at("Skjern Træ A/S") && at("Skjern Træ A/S") < at("Café Fællesskabet"));
    assert!(page.body.contains("aria-sort=\"descending\""));

    // Another municipality's caseworker finds nothing; the same CVR is theirs to use.
    let (mut other_cw, mut other_mentor) = app.other_municipality().await;
    assert_eq!(other_cw.get(&format!("/api/v1/companies/{id}")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(put(&mut other_cw, &format!("/api/v1/companies/{id}"), company.clone()).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other_cw.get("/api/v1/companies").await.1, json!([]));
    assert_eq!(other_cw.post_reply("/api/v1/companies", company).await.status, StatusCode::CREATED);
    assert_eq!(other_mentor.get("/api/v1/companies").await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE action = 'company.update' AND subject = 'company:{id}'")).await, 1);

    // The page's form goes through the same rules.
    let r = cw.server_fn(app::functions::desk::SaveCompany::PATH, &[("id", "0"), ("cvr", "12345678"), ("name", "X")]).await;
    assert_eq!(r.status.as_u16(), 422, "{}", r.body);
    assert!(r.body.contains("cvr_checksum"), "{}", r.body);
    app.finish().await;
}

/// The demo mentor's proposal, in the shape the phone form sends.
fn proposal(title: &str) -> Value {
    json!({"kind": "small_job", "title": title, "tasks": "Feje hallen og tømme skraldespande", "hours_per_week": 8,
        "postcode": "6950", "hourly_wage": "142,50", "seats": "1"})
}

async fn a_mentors_proposal_is_approved_matched_and_a_citizen_placed_in_it(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut mentor = app.login(MENTOR).await;
    let mut cw = app.login(CASEWORKER).await;

    let r = mentor.post_reply("/api/v1/openings/proposals", proposal("Oprydning i hallen")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let p = r.json();
    assert_eq!((p["review"].as_str(), p["company_name"].as_str(), p["hourly_wage_ore"].as_i64()), (Some("waiting"), Some("Vestjysk Metal ApS"), Some(14250)));
    assert_eq!(p["proposed_by_name"], "Mette Madsen");
    let id = p["id"].as_i64().unwrap();
    let mut no_wage = proposal("Uden løn");
    no_wage["hourly_wage"] = json!("");
    assert_error(&mentor.post_reply("/api/v1/openings/proposals", no_wage).await, 422, "required", Some("hourly_wage"));
    let (_, mine) = mentor.get("/api/v1/openings/proposals").await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    // A caseworker cannot propose, a mentor cannot review or list the desk's openings.
    assert_eq!(cw.post_reply("/api/v1/openings/proposals", proposal("x")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(mentor.post_reply(&format!("/api/v1/openings/{id}/review"), json!({"decision": "approve"})).await.status, StatusCode::FORBIDDEN);
    assert_eq!(mentor.get("/api/v1/openings").await.0, StatusCode::FORBIDDEN);

    let (_, waiting) = cw.get("/api/v1/openings?waiting=true").await;
    assert_eq!(waiting.as_array().unwrap().iter().map(|o| o["id"].as_i64().unwrap()).collect::<Vec<_>>(), [id]);
    let (_, company) = cw.get(&format!("/api/v1/companies/{}", p["company_id"])).await;
    assert_eq!(company["waiting_proposals"], 1);

    // Jonas waits for a placement, lives in 6950 and wants 10 hours: he ranks first.
    let (s, matches) = cw.get(&format!("/api/v1/openings/{id}/matches")).await;
    assert_eq!(s, StatusCode::OK, "{matches}");
    let first = &matches.as_array().unwrap()[0];
    assert_eq!(first["name"], "Jonas Nielsen", "{matches}");
    assert_eq!(first["score"], 30 + 20 + 25, "{first}");
    let camilla = matches.as_array().unwrap().iter().find(|m| m["name"] == "Camilla Borger").unwrap();
    assert!(camilla["parts"].as_array().unwrap().iter().any(|p| p["points"] == -40), "already placed counts against: {camilla}");
    let jonas = first["id"].as_i64().unwrap();
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE action = 'match.view' AND citizen_id = {jonas}")).await >= 1);

    let mentor_id = app.scalar("SELECT id FROM users WHERE email = 'mentor@demo.fodfaeste.dk'").await;
    let place = json!({"opening_id": id, "citizen_id": jonas, "mentor_user_id": mentor_id, "starts_on": today().to_string(), "agreed_hours_per_week": "8"});
    assert_error(&cw.post_reply("/api/v1/placements", place.clone()).await, 422, "opening_not_open", Some("opening_id"));

    // Declining needs a reason; approving opens it, once.
    assert_error(&cw.post_reply(&format!("/api/v1/openings/{id}/review"), json!({"decision": "decline"})).await, 422, "required", Some("reason"));
    assert_error(&cw.post_reply(&format!("/api/v1/openings/{id}/review"), json!({"decision": "perhaps"})).await, 400, "invalid_kind", Some("decision"));
    let r = cw.post_reply(&format!("/api/v1/openings/{id}/review"), json!({"decision": "approve"})).await;
    assert_eq!((r.status, r.json()["review"].as_str(), r.json()["status"].as_str()), (StatusCode::OK, Some("approved"), Some("open")), "{}", r.body);
    assert_error(&cw.post_reply(&format!("/api/v1/openings/{id}/review"), json!({"decision": "decline", "reason": "nej"})).await, 409, "already_decided", None);

    // A mentor of another company cannot be the mentor.
    let mentor2 = app.scalar("SELECT id FROM users WHERE email = 'mentor2@demo.fodfaeste.dk'").await;
    let mut wrong = place.clone();
    wrong["mentor_user_id"] = json!(mentor2);
    assert_error(&cw.post_reply("/api/v1/placements", wrong).await, 422, "mentor_not_at_company", Some("mentor_user_id"));
    let r = cw.post_reply("/api/v1/placements", place.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let placed = r.json();
    assert_eq!((placed["status"].as_str(), placed["hourly_wage_ore"].as_i64(), placed["mentor_name"].as_str()), (Some("active"), Some(14250), Some("Mette Madsen")));
    // Its one seat is taken: the opening is filled, and Jonas is on the mentor's list.
    let (_, o) = cw.get(&format!("/api/v1/openings/{id}")).await;
    assert_eq!((o["status"].as_str(), o["seats_taken"].as_i64()), (Some("filled"), Some(1)));
    let (_, mp) = mentor.get("/api/v1/placements").await;
    assert!(mp.as_array().unwrap().iter().any(|p| p["citizen_name"] == "Jonas Nielsen"), "{mp}");
    assert_error(&cw.post_reply("/api/v1/placements", place.clone()).await, 422, "opening_not_open", Some("opening_id"));

    // Reopened with a second seat: the same citizen is refused, another fits, then it is full.
    let mut terms = proposal("Oprydning i hallen");
    terms["seats"] = json!(3);
    terms["status"] = json!("open");
    assert_eq!(put(&mut cw, &format!("/api/v1/openings/{id}"), terms.clone()).await.status, StatusCode::OK);
    assert_error(&cw.post_reply("/api/v1/placements", place.clone()).await, 422, "already_placed", Some("citizen_id"));
    terms["seats"] = json!(1);
    assert_eq!(put(&mut cw, &format!("/api/v1/openings/{id}"), terms).await.status, StatusCode::OK);
    let ali = app.scalar("SELECT id FROM citizens WHERE name = 'Ali Hassan'").await;
    let mut other = place.clone();
    other["citizen_id"] = json!(ali);
    assert_error(&cw.post_reply("/api/v1/placements", other).await, 422, "no_seats_left", Some("opening_id"));

    // A declined proposal closes, and the mentor reads why.
    let second = mentor.post_reply("/api/v1/openings/proposals", proposal("Maling af hegn")).await.json()["id"].as_i64().unwrap();
    let r = cw.post_reply(&format!("/api/v1/openings/{second}/review"), json!({"decision": "decline", "reason": "Det er et almindeligt job"})).await;
    assert_eq!((r.json()["status"].as_str(), r.json()["review"].as_str()), (Some("closed"), Some("declined")));
    let (_, mine) = mentor.get("/api/v1/openings/proposals").await;
    assert!(mine.as_array().unwrap().iter().any(|o| o["review_reason"] == "Det er et almindeligt job"));

    // Openings ranked for a citizen: only open ones with a free seat.
    let (_, for_ali) = cw.get(&format!("/api/v1/citizens/{ali}/matches")).await;
    let ids: Vec<i64> = for_ali.as_array().unwrap().iter().map(|m| m["id"].as_i64().unwrap()).collect();
    assert!(!ids.contains(&id) && !ids.contains(&second) && !ids.is_empty(), "{for_ali}");
    app.finish().await;
}

async fn a_placement_is_extended_ended_with_an_outcome_and_followed_up(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    let ali_placement = app.scalar("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.name = 'Ali Hassan'").await;
    let path = |s: &str| format!("/api/v1/placements/{ali_placement}{s}");
    let (_, before) = cw.get(&path("")).await;
    assert_eq!((before["kind"].as_str(), before["agreed_weeks"].as_i64()), (Some("internship"), Some(13)));

    assert_error(&cw.post_reply(&path("/extend"), json!({"weeks": 27})).await, 422, "out_of_range", Some("weeks"));
    assert_error(&cw.post_reply(&path("/extend"), json!({"weeks": "13"})).await, 422, "out_of_range", Some("weeks"));
    let r = cw.post_reply(&path("/extend"), json!({"weeks": 26})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let starts: chrono::NaiveDate = before["starts_on"].as_str().unwrap().parse().unwrap();
    assert_eq!(r.json()["ends_on"], (starts + Duration::days(26 * 7 - 1)).to_string());
    let camilla_placement = app.scalar("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.name = 'Camilla Borger'").await;
    assert_error(&cw.post_reply(&format!("/api/v1/placements/{camilla_placement}/extend"), json!({"weeks": 8})).await, 422, "not_internship", Some("weeks"));

    let tomorrow = (today() + Duration::days(1)).to_string();
    assert_error(&cw.post_reply(&path("/end"), json!({"ended_on": tomorrow, "outcome": "education"})).await, 422, "end_in_future", Some("ended_on"));
    assert_error(&cw.post_reply(&path("/end"), json!({"ended_on": today().to_string()})).await, 422, "required", Some("outcome"));
    let planned_after = format!(
        "SELECT COUNT(*) FROM shifts WHERE placement_id = {ali_placement} AND status = 'planned' AND starts_at >= {}",
        local_time::day_span(today()).1.timestamp()
    );
    assert!(app.scalar(&planned_after).await > 0, "the demo plans weeks ahead");
    let r = cw.post_reply(&path("/end"), json!({"ended_on": today().to_string(), "outcome": "education", "note": "Starter på EUD i januar"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let ended = r.json();
    assert_eq!((ended["status"].as_str(), ended["outcome"].as_str()), (Some("ended"), Some("education")));
    assert_eq!(ended["follow_up_3_on"], today().checked_add_months(chrono::Months::new(3)).unwrap().to_string());
    assert_eq!(app.scalar(&planned_after).await, 0, "no one is expected after the end");
    assert_error(&cw.post_reply(&path("/end"), json!({"ended_on": today().to_string(), "outcome": "other"})).await, 422, "placement_ended", Some("ended_on"));
    // The citizen can no longer register hours on it.
    let mut ali = app.login(CITIZEN2).await;
    let (_, mine) = ali.get("/api/v1/placements").await;
    assert!(mine.as_array().unwrap().iter().all(|p| p["status"] == "ended"));

    assert_error(&cw.post_reply(&path("/follow-up"), json!({"which": 3, "outcome": "education"})).await, 422, "follow_up_not_due", Some("follow_up"));
    sqlx::query(&format!("UPDATE placements SET follow_up_3_on = '{}' WHERE id = {ali_placement}", today() - Duration::days(1)))
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert_error(&cw.post_reply(&path("/follow-up"), json!({"which": 3, "outcome": "rich"})).await, 400, "invalid_kind", Some("follow_up_outcome"));
    let r = cw.post_reply(&path("/follow-up"), json!({"which": 3, "outcome": "education"})).await;
    assert_eq!((r.status, r.json()["follow_up_3_outcome"].as_str()), (StatusCode::OK, Some("education")), "{}", r.body);
    let ali_id = app.scalar("SELECT id FROM citizens WHERE name = 'Ali Hassan'").await;
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE citizen_id = {ali_id} AND action = 'placement.end'")).await == 1);
    app.finish().await;
}

/// Every new endpoint against every kind of caller: who gets in, who is refused, and that
/// another municipality finds nothing.
async fn the_desk_answers_each_role_as_the_policy_says(engine: Engine) {
    let app = TestApp::new(engine).await;
    let company = app.scalar("SELECT id FROM companies WHERE name = 'Vestjysk Metal ApS'").await;
    let opening = app.scalar("SELECT id FROM openings WHERE title = 'Rengøring af maskiner'").await;
    let placement = app.scalar("SELECT p.id FROM placements p JOIN citizens c ON c.id = p.citizen_id WHERE c.name = 'Camilla Borger'").await;
    let citizen = app.scalar("SELECT id FROM citizens WHERE name = 'Jonas Nielsen'").await;
    let reads = [
        "/api/v1/companies".to_string(),
        format!("/api/v1/companies/{company}"),
        "/api/v1/openings".to_string(),
        format!("/api/v1/openings/{opening}"),
        format!("/api/v1/openings/{opening}/matches"),
        format!("/api/v1/citizens/{citizen}/matches"),
        format!("/api/v1/placements/{placement}"),
    ];
    let (mut other_cw, _) = app.other_municipality().await;
    let mut anonymous = app.client();
    for path in &reads {
        for (who, want) in [(CITIZEN, 403), (MENTOR, 403), (CASEWORKER, 200), (ADMIN, 200)] {
            let (s, body) = app.login(who).await.get(path).await;
            assert_eq!(s.as_u16(), want, "{who} GET {path}: {body}");
        }
        let (s, _) = anonymous.get(path).await;
        assert_eq!(s.as_u16(), 401, "anonymous GET {path}");
        let (s, body) = other_cw.get(path).await;
        let want = if path.ends_with("/companies") || path.ends_with("/openings") { 200 } else { 404 };
        assert_eq!(s.as_u16(), want, "other municipality GET {path}: {body}");
        if want == 200 {
            assert_eq!(body, json!([]), "nothing of ours in {path}");
        }
    }
    let writes: Vec<(String, Value)> = vec![
        ("/api/v1/companies".into(), json!({"cvr": "13748136", "name": "Ny"})),
        ("/api/v1/openings".into(), json!({"company_id": company, "kind": "internship", "title": "Ny"})),
        (format!("/api/v1/placements/{placement}/end"), json!({"ended_on": today().to_string(), "outcome": "other"})),
    ];
    for (path, body) in &writes {
        for who in [CITIZEN, MENTOR] {
            let r = app.login(who).await.post_reply(path, body.clone()).await;
            assert_eq!(r.status.as_u16(), 403, "{who} POST {path}: {}", r.body);
        }
    }
    // Another municipality's caseworker cannot reach our records by id.
    let r = other_cw.post_reply("/api/v1/openings", json!({"company_id": company, "kind": "internship", "title": "Ny"})).await;
    assert_eq!(r.status.as_u16(), 404, "{}", r.body);
    let r = other_cw.post_reply(&format!("/api/v1/placements/{placement}/end"), json!({"ended_on": today().to_string(), "outcome": "other"})).await;
    assert_eq!(r.status.as_u16(), 404, "{}", r.body);
    let r = other_cw.post_reply("/api/v1/placements", json!({"opening_id": opening, "citizen_id": citizen, "starts_on": today().to_string()})).await;
    assert_eq!(r.status.as_u16(), 422, "{}", r.body);
    // An admin does the desk's work too.
    let r = app.login(ADMIN).await.post_reply("/api/v1/openings", json!({"company_id": company, "kind": "internship", "title": "Praktik på lageret", "seats": 2})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    // Every new path is in the OpenAPI document.
    let (_, doc) = anonymous.get("/api/v1/openapi.json").await;
    for p in ["/api/v1/companies", "/api/v1/companies/{id}", "/api/v1/openings", "/api/v1/openings/{id}", "/api/v1/openings/proposals",
        "/api/v1/openings/{id}/review", "/api/v1/openings/{id}/matches", "/api/v1/citizens/{id}/matches", "/api/v1/placements/{id}",
        "/api/v1/placements/{id}/extend", "/api/v1/placements/{id}/end", "/api/v1/placements/{id}/follow-up"] {
        assert!(doc["paths"].get(p).is_some(), "{p} is documented");
    }
    assert!(doc["paths"]["/api/v1/placements"].get("post").is_some());
    app.finish().await;
}


/// Every search finds a name by any part in any case and script, on both engines (SQLite's
/// LOWER() folds only A–Z).
async fn searches_find_danish_arabic_and_ukrainian_names_in_any_case(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut cw = app.login(CASEWORKER).await;
    for (cvr, name) in [("13748136", "Østergaard Smedie ApS"), ("20000007", "Ærø Cykler"), ("20000015", "مطعم الياسمين"), ("20000023", "Олена Коваленко ТОВ")] {
        let r = cw.post_reply("/api/v1/companies", json!({"cvr": cvr, "name": name})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    for (query, expected) in [
        ("Østergaard", "Østergaard Smedie ApS"),
        ("østergaard", "Østergaard Smedie ApS"),
        ("ØSTERGAARD SMEDIE", "Østergaard Smedie ApS"),
        ("ÆRØ", "Ærø Cykler"),
        ("الياسمين", "مطعم الياسمين"),
        ("ОЛЕНА", "Олена Коваленко ТОВ"),
        ("коваленко", "Олена Коваленко ТОВ"),
        ("2000000", "Ærø Cykler"),
    ] {
        let (s, found) = cw.get(&format!("/api/v1/companies?q={}", urlencoding(query))).await;
        assert_eq!(s, StatusCode::OK);
        let names: Vec<&str> = found.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert!(names.contains(&expected), "{query} finds {expected}: {names:?}");
    }
    let (_, none) = cw.get(&format!("/api/v1/companies?q={}", urlencoding("Åbo"))).await;
    assert_eq!(none.as_array().unwrap().len(), 0, "{none}");
    // The caseload's search, on the page.
    let r = cw.post_reply("/api/v1/citizens", json!({"name": "Олена Шевченко", "target_group": "integration"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let page = cw.get_reply(&format!("/sagsbehandler?q={}", urlencoding("ШЕВЧЕНКО"))).await;
    assert!(page.body.contains("Олена Шевченко"), "the caseload finds her in upper case");
    app.finish().await;
}

fn urlencoding(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

on_both_engines!(
    searches_find_danish_arabic_and_ukrainian_names_in_any_case,
    companies_are_created_with_a_checked_cvr_and_kept_to_their_municipality,
    a_mentors_proposal_is_approved_matched_and_a_citizen_placed_in_it,
    a_placement_is_extended_ended_with_an_outcome_and_followed_up,
    the_desk_answers_each_role_as_the_policy_says,
);
