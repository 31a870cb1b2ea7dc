//! Pages that load data keep rendering while other routers are being built in the same
//! process. Building a router once generated the route list by rendering the app with a
//! process-wide "do not load resources" flag set (leptos-rs/leptos#4773): a page whose data
//! began loading in that window never finished. The tests build a router per scenario and
//! run scenarios in parallel, so CI saw this as scenarios hanging.
use crate::support;

use app::db::Engine;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use leptos::prelude::LeptosOptions;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use support::{demo_users::CASEWORKER, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_render_while_routers_are_built() {
    let app = TestApp::new(Engine::Sqlite).await;
    let cookie = app.login(CASEWORKER).await.cookie;

    let db = app.db.clone();
    let building = Arc::new(AtomicBool::new(true));
    let builder = tokio::spawn({
        let building = building.clone();
        async move {
            for _ in 0..2000 {
                let options = LeptosOptions::builder().output_name("fodfaeste").build();
                drop(server::router(db.clone(), options, server::ServerConfig::default()));
                tokio::task::yield_now().await;
            }
            building.store(false, Ordering::Relaxed);
        }
    });
    let mut renderers = Vec::new();
    for r in 0..3 {
        let mut caseworker = app.client();
        caseworker.cookie = cookie.clone();
        let building = building.clone();
        renderers.push(tokio::spawn(async move {
            let mut rendered = 0;
            while building.load(Ordering::Relaxed) || rendered < 10 {
                let page = tokio::time::timeout(Duration::from_secs(20), caseworker.send(Method::GET, "/sagsbehandler", None, Body::empty()))
                    .await
                    .unwrap_or_else(|_| panic!("renderer {r}: render {rendered} did not finish within 20 s"));
                assert_eq!(page.status, StatusCode::OK);
                assert!(page.body.contains("Ali Hassan"), "the caseload rendered with its rows");
                rendered += 1;
            }
            rendered
        }));
    }
    builder.await.unwrap();
    for r in renderers {
        assert!(r.await.unwrap() >= 10);
    }
    app.finish().await;
}
