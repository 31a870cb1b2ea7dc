//! Languages through the real router, on SQLite and PostgreSQL: how a page's language is
//! chosen (saved choice, cookie, Accept-Language, Danish), that the choice follows the user to
//! another device, that the pages and the islands' texts come in it, right to left for
//! Arabic, and that API errors keep their codes while the message follows Accept-Language.
use crate::support;

use app::db::Engine;
use app::functions::account::SetLanguage;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use support::demo_users::CITIZEN;
use support::{Client, TestApp};

async fn page(c: &mut Client, path: &str) -> support::Reply {
    c.send(Method::GET, path, None, Body::empty()).await
}

/// `lang` and `dir` of the page's <html>.
fn html_lang(body: &str) -> (String, String) {
    let start = body.find("<html").expect("an html element");
    let tag = &body[start..start + body[start..].find('>').unwrap()];
    let attr = |name: &str| {
        let at = tag.find(&format!("{name}=\"")).unwrap_or_else(|| panic!("no {name} in {tag}")) + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].to_string()
    };
    (attr("lang"), attr("dir"))
}

/// The islands' texts file the page names (in its preload link), fetched as the page's waker
/// fetches it.
async fn browser_texts(c: &mut Client, body: &str) -> Value {
    assert!(!body.contains(r#"id="texts""#), "the texts are not in the page itself");
    let link = &body[body.find(r#"id="texts-file""#).expect("the texts link")..];
    let link = &link[..link.find('>').unwrap()];
    let at = link.find("href=\"").unwrap() + 6;
    let href = &link[at..at + link[at..].find('"').unwrap()];
    assert!(href.starts_with("/pkg/texts-"), "{href}");
    let r = page(c, href).await;
    assert_eq!(r.status, StatusCode::OK, "{href}");
    assert_eq!(r.headers.get("content-type").unwrap(), "application/json");
    serde_json::from_str(&r.body).expect("the texts are JSON")
}

async fn the_browser_the_cookie_and_the_saved_choice_decide_in_that_order(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut anon = app.client();
    let r = page(&mut anon, "/login").await;
    assert_eq!(html_lang(&r.body), ("da".into(), "ltr".into()), "Danish without any wish");
    assert!(r.body.contains("Adgangskode"));

    anon.accept_language = Some("ar-SY,ar;q=0.9,en;q=0.5".into());
    let r = page(&mut anon, "/login").await;
    assert_eq!(html_lang(&r.body), ("ar".into(), "rtl".into()));
    assert!(r.body.contains("كلمة المرور") && !r.body.contains("Adgangskode"), "the login page in Arabic");
    assert_eq!(browser_texts(&mut anon, &r.body).await["punch-in"], "لقد وصلت", "the islands get Arabic too");
    // A page of another release asks for its own file: it is sent to this release's, and
    // nothing keeps the redirect.
    let other = page(&mut anon, "/pkg/texts-ar.00000000deadbeef.json").await;
    assert_eq!(other.status, StatusCode::TEMPORARY_REDIRECT);
    assert_eq!(other.headers.get("cache-control").unwrap(), "no-cache");
    let to = other.headers.get("location").unwrap().to_str().unwrap().to_string();
    assert!(to.starts_with("/pkg/texts-ar.") && to != "/pkg/texts-ar.00000000deadbeef.json", "{to}");
    let current = page(&mut anon, &to).await;
    assert_eq!(current.status, StatusCode::OK);
    assert_eq!(serde_json::from_str::<Value>(&current.body).unwrap()["punch-in"], "لقد وصلت");
    for unknown in ["/pkg/texts-xx.00000000deadbeef.json", "/pkg/texts-.json", "/pkg/texts-"] {
        assert_eq!(page(&mut anon, unknown).await.status, StatusCode::NOT_FOUND, "{unknown}");
    }

    anon.accept_language = Some("fr-FR, de;q=0.8".into());
    assert_eq!(html_lang(&page(&mut anon, "/login").await.body).0, "da", "a language we do not speak falls back to Danish");

    // Choosing in the menu: a cookie for this browser, back where one came from.
    anon.accept_language = Some("ar".into());
    let r = anon.server_fn(SetLanguage::PATH, &[("lang", "uk"), ("back", "/login")]).await;
    assert!(r.status.is_success() || r.status.is_redirection(), "{} {}", r.status, r.body);
    assert_eq!(r.headers.get("location").and_then(|l| l.to_str().ok()), Some("/login"));
    assert!(anon.lang_cookie.as_deref() == Some("fodfaeste_lang=uk"), "{:?}", anon.lang_cookie);
    let r = page(&mut anon, "/login").await;
    assert_eq!(html_lang(&r.body).0, "uk", "the cookie beats Accept-Language");
    assert!(r.body.contains("Пароль"));

    // Chosen while logged in, it is saved on the user.
    let mut phone = app.login(CITIZEN).await;
    let r = phone.server_fn(SetLanguage::PATH, &[("lang", "ar"), ("back", "/borger/timer?visning=uge")]).await;
    assert_eq!(r.headers.get("location").and_then(|l| l.to_str().ok()), Some("/borger/timer?visning=uge"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users WHERE language = 'ar'").await, 1);

    // Another device, a browser set to English and a Ukrainian cookie: the saved choice wins.
    let mut desk = app.login(CITIZEN).await;
    desk.accept_language = Some("en".into());
    desk.lang_cookie = Some("fodfaeste_lang=uk".into());
    let r = page(&mut desk, "/borger").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(html_lang(&r.body), ("ar".into(), "rtl".into()));
    for arabic in ["اليوم", "ساعاتي", "خطتي", "الغياب", "سجّل الساعات", "الوردية القادمة"] {
        assert!(r.body.contains(arabic), "{arabic} missing from I dag in Arabic");
    }
    for danish in ["Registrér timer", "Næste vagt", "Mine timer", "Seneste timer"] {
        assert!(!r.body.contains(danish), "{danish} left in Danish on I dag in Arabic");
    }
    for path in ["/borger/timer", "/borger/plan", "/borger/fravaer"] {
        let r = page(&mut desk, path).await;
        assert_eq!((r.status, html_lang(&r.body).0.as_str()), (StatusCode::OK, "ar"), "{path}");
        assert!(!r.body.contains("Henter …") && !r.body.contains("Senest opdateret"), "{path} holds Danish");
    }
    app.finish().await;
}

async fn a_bad_choice_is_refused_and_going_back_stays_on_the_site(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    for bad in ["xx", "", "<script>", "da\r\nSet-Cookie: x=1"] {
        let r = c.server_fn(SetLanguage::PATH, &[("lang", bad), ("back", "/borger")]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad:?}: {}", r.body);
        let e: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!((e["error"].as_str(), e["field"].as_str()), (Some("invalid_kind"), Some("language")), "{bad:?}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users WHERE language IS NOT NULL").await, 0, "nothing saved");
    for away in ["//evil.example/borger", "https://evil.example", "/\\evil.example", "javascript:alert(1)"] {
        let r = c.server_fn(SetLanguage::PATH, &[("lang", "en"), ("back", away)]).await;
        assert_eq!(r.headers.get("location").and_then(|l| l.to_str().ok()), Some("/"), "{away}");
    }
    // Another site's page cannot change it.
    let r = c
        .raw(
            SetLanguage::PATH,
            &[("content-type", "application/x-www-form-urlencoded"), ("origin", "https://evil.example")],
            "lang=ar&back=/",
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users WHERE language = 'ar'").await, 0);
    app.finish().await;
}

async fn api_errors_keep_their_code_and_speak_the_callers_language(engine: Engine) {
    let app = TestApp::new(engine).await;
    let mut c = app.login(CITIZEN).await;
    let (_, placements) = c.get("/api/v1/placements").await;
    let p = placements[0]["id"].as_i64().unwrap();
    let backwards = json!({"placement_id": p, "starts_at": "2026-11-20T10:00:00+01:00", "ends_at": "2026-11-20T09:00:00+01:00"});
    let english = c.post_reply("/api/v1/time-entries", backwards.clone()).await;
    let e = english.json();
    assert_eq!((e["error"].as_str(), e["field"].as_str()), (Some("end_not_after_start"), Some("ends_at")));
    assert_eq!(e["message"], "ends_at must be after starts_at", "English for API clients by default");
    for (asked, lang, words) in [("uk-UA,uk;q=0.9", "uk", "пізніше"), ("ar", "ar", "الانتهاء"), ("da", "da", "Sluttidspunktet")] {
        c.accept_language = Some(asked.into());
        let r = c.post_reply("/api/v1/time-entries", backwards.clone()).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.headers.get("content-language").and_then(|v| v.to_str().ok()), Some(lang));
        let e = r.json();
        assert_eq!((e["error"].as_str(), e["field"].as_str()), (Some("end_not_after_start"), Some("ends_at")), "{asked}");
        assert!(e["message"].as_str().unwrap().contains(words), "{asked}: {e}");
    }
    c.accept_language = Some("en-GB".into());
    assert_eq!(c.post_reply("/api/v1/time-entries", backwards).await.json()["message"], "ends_at must be after starts_at");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM time_entries WHERE ends_at < starts_at").await, 0);
    app.finish().await;
}

async fn the_caseworkers_record_sets_the_citizens_language_until_they_choose(engine: Engine) {
    let app = TestApp::new(engine).await;
    let camilla = app.scalar("SELECT c.id FROM citizens c JOIN users u ON u.id = c.user_id WHERE u.email = 'citizen@demo.fodfaeste.dk'").await;
    let mut desk = app.login(support::demo_users::CASEWORKER).await;
    let (status, record) = desk.get(&format!("/api/v1/citizens/{camilla}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((record["language"].clone(), record["needs_interpreter"].clone()), (Value::Null, json!(false)));
    let mut input = record.clone();
    for key in ["id", "caseworker_name", "can_log_in"] {
        input.as_object_mut().unwrap().remove(key);
    }
    input["target_group"] = record["target_group"].clone();
    input["language"] = json!("ar");
    input["needs_interpreter"] = json!(true);
    let r = desk.send(Method::PUT, &format!("/api/v1/citizens/{camilla}"), Some("application/json"), Body::from(input.to_string())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!((r.json()["language"].clone(), r.json()["needs_interpreter"].clone()), (json!("ar"), json!(true)));
    for (bad, field) in [(json!({"language": "arabic"}), "language"), (json!({"needs_interpreter": "maybe"}), "needs_interpreter")] {
        let mut wrong = input.clone();
        for (k, v) in bad.as_object().unwrap() {
            wrong[k] = v.clone();
        }
        let r = desk.send(Method::PUT, &format!("/api/v1/citizens/{camilla}"), Some("application/json"), Body::from(wrong.to_string())).await;
        assert_eq!((r.status, r.json()["field"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{}", r.body);
    }
    // The desk shows it in the language's own words, and that an interpreter is needed.
    let page_html = page(&mut desk, &format!("/sagsbehandler/borgere/{camilla}")).await.body;
    assert!(page_html.contains(r#"<span lang="ar" dir="rtl">العربية</span>"#) && page_html.contains("Skal have tolk"));

    // The printed invitation says it in Danish and, beside it, in Arabic.
    let (status, link) = desk.post(&format!("/api/v1/citizens/{camilla}/invite"), json!({})).await;
    assert_eq!(status, StatusCode::CREATED, "{link}");
    let langs: Vec<&str> = link["texts"].as_array().unwrap().iter().map(|x| x["language"].as_str().unwrap()).collect();
    assert_eq!(langs, ["da", "ar"]);
    assert!(link["texts"][0]["heading"].as_str().unwrap().starts_with("Invitation til"));
    assert!(link["texts"][1]["heading"].as_str().unwrap().starts_with("دعوة"), "{link}");

    // Camilla's pages are in Arabic on a phone that asks for nothing…
    let mut phone = app.login(CITIZEN).await;
    let r = page(&mut phone, "/borger").await;
    assert_eq!(html_lang(&r.body), ("ar".into(), "rtl".into()));
    // …until she chooses for herself.
    phone.server_fn(SetLanguage::PATH, &[("lang", "en"), ("back", "/borger")]).await;
    let mut other = app.login(CITIZEN).await;
    assert_eq!(html_lang(&page(&mut other, "/borger").await.body).0, "en");
    app.finish().await;
}


/// The desk's pages in each language, and the texts the API gives people (CSV headings, the
/// timeline, match reasons) in the caller's language while codes, columns and values stay.
async fn the_desk_speaks_each_language_while_codes_columns_and_values_stay(engine: Engine) {
    let app = TestApp::new(engine).await;
    let camilla = app.scalar("SELECT c.id FROM citizens c JOIN users u ON u.id = c.user_id WHERE u.email = 'citizen@demo.fodfaeste.dk'").await;
    let company = app.scalar("SELECT MIN(id) FROM companies").await;
    let opening = app.scalar("SELECT MIN(id) FROM openings").await;
    let placement = app.scalar("SELECT MIN(id) FROM placements").await;
    let pages = [
        "/sagsbehandler".to_string(),
        "/sagsbehandler/ny-borger".to_string(),
        format!("/sagsbehandler/borgere/{camilla}"),
        "/sagsbehandler/virksomheder".to_string(),
        format!("/sagsbehandler/virksomheder/{company}"),
        format!("/sagsbehandler/opslag/{opening}"),
        format!("/sagsbehandler/forloeb/{placement}"),
        "/sagsbehandler/maanedstimer".to_string(),
        "/sagsbehandler/brugere".to_string(),
        "/sagsbehandler/revision".to_string(),
        "/maal".to_string(),
        "/maal/soev".to_string(),
    ];
    // Words only the Danish desk says (the demo's own names and titles are Danish, so those stay).
    let danish = [
        "Min sagsstamme", "Søg efter navn", "Tidslinje", "Ret oplysninger", "Opslag der passer", "Kontaktperson",
        "Månedstimer til ydelseskontoret", "Hent som CSV", "Kommunens mål", "Revisionslog, nyeste først", "Kommunens brugere",
        "Forløb oprettet", "Socialøkonomiske virksomheder", "Forløb i opslaget", "Gem ændringer",
    ];
    let mut admin = app.login("admin@demo.fodfaeste.dk").await;
    let mut all_danish = String::new();
    for path in &pages {
        let r = page(&mut admin, path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        all_danish.push_str(&r.body);
    }
    for d in danish {
        assert!(all_danish.contains(d), "the Danish desk says {d:?}, so its absence below means something");
    }
    for lang in ["en", "ar", "uk"] {
        admin.lang_cookie = Some(format!("fodfaeste_lang={lang}"));
        for path in &pages {
            let r = page(&mut admin, path).await;
            assert_eq!(r.status, StatusCode::OK, "{lang} {path}");
            assert_eq!(html_lang(&r.body).0, lang, "{path}");
            for d in danish {
                assert!(!r.body.contains(d), "{path} in {lang} still says {d:?}");
            }
        }
    }

    // The monthly CSV: headings in the caller's language, the same columns and values.
    admin.lang_cookie = None;
    let month = app::domain::local_time::local_date(chrono::Utc::now()).format("%Y-%m").to_string();
    let csv_path = format!("/api/v1/reports/monthly-hours?month={month}&format=csv");
    let danish_csv = admin.get_reply(&csv_path).await.body;
    admin.accept_language = Some("en-GB,en;q=0.9".into());
    let english_csv = admin.get_reply(&csv_path).await.body;
    let (da_head, da_rows) = danish_csv.trim_start_matches('\u{feff}').split_once('\n').unwrap();
    let (en_head, en_rows) = english_csv.trim_start_matches('\u{feff}').split_once('\n').unwrap();
    assert!(da_head.starts_with("Måned;Borger-id;Borger;Virksomhed;CVR;"), "{da_head}");
    assert!(en_head.starts_with("Month;Citizen id;Citizen;Company;CVR;"), "{en_head}");
    assert_eq!(da_head.split(';').count(), en_head.split(';').count());
    assert_eq!(da_rows, en_rows, "only the headings change");

    // The timeline and the matches: codes with their facts, and words in the caller's language.
    admin.accept_language = Some("uk".into());
    let (s, items) = admin.get(&format!("/api/v1/citizens/{camilla}/timeline")).await;
    assert_eq!(s, StatusCode::OK);
    let created = items.as_array().unwrap().iter().find(|i| i["event"]["code"] == "placement_created").expect("the placement's start");
    assert!(created["event"]["starts_on"].as_str().unwrap().len() == 10, "{created}");
    let text = created["text"].as_str().unwrap();
    assert!(text.starts_with("Програму створено") && !text.contains("Forløb"), "{text}");
    let (s, matches) = admin.get(&format!("/api/v1/openings/{opening}/matches")).await;
    assert_eq!(s, StatusCode::OK);
    for part in matches.as_array().unwrap().iter().flat_map(|m| m["parts"].as_array().unwrap()) {
        assert!(part["why"]["code"].is_string(), "{part}");
        assert!(!part["reason"].as_str().unwrap().is_empty(), "{part}");
    }
    app.finish().await;
}

on_both_engines!(
    the_desk_speaks_each_language_while_codes_columns_and_values_stay,
    the_caseworkers_record_sets_the_citizens_language_until_they_choose,
    the_browser_the_cookie_and_the_saved_choice_decide_in_that_order,
    a_bad_choice_is_refused_and_going_back_stays_on_the_site,
    api_errors_keep_their_code_and_speak_the_callers_language,
);
