//! The SQLite and PostgreSQL migrations are two texts of one schema. After both have run,
//! every table has the same columns, each of the same kind and nullability, and the same
//! named indexes and triggers; a column or index added to one engine only fails here.
use crate::support;

use std::collections::BTreeSet;

use app::db::{Db, Engine};
use sqlx::Row;
use support::{drop_database, fresh_database};

/// What a column holds, after the engines' spellings of the same kind are made one.
fn kind(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    match t.as_str() {
        "integer" | "bigint" | "int" | "int8" | "bigserial" | "smallint" => "integer",
        "text" | "character varying" | "varchar" => "text",
        "real" | "double precision" | "float8" => "real",
        "boolean" => "boolean",
        _ if t.starts_with("varchar") || t.starts_with("character varying") => "text",
        _ => "unknown",
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Schema {
    /// (table, column, kind, nullable, generated)
    columns: BTreeSet<(String, String, &'static str, bool, bool)>,
    indexes: BTreeSet<(String, String)>,
    /// (table, name, event)
    triggers: BTreeSet<(String, String, String)>,
}

async fn sqlite_schema(db: &Db) -> Schema {
    let mut s = Schema::default();
    let rows = sqlx::query(
        "SELECT m.name AS t, p.name AS c, p.type AS ty, p.\"notnull\" AS nn, p.pk AS pk, p.hidden AS hidden
         FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for r in rows {
        let (ty, nn, pk, hidden): (String, i64, i64, i64) = (r.get("ty"), r.get("nn"), r.get("pk"), r.get("hidden"));
        // An INTEGER PRIMARY KEY is the rowid: never null, whatever the pragma says. Generated
        // columns are the "hidden" 2 (virtual) and 3 (stored).
        s.columns.insert((r.get("t"), r.get("c"), kind(&ty), nn == 0 && pk == 0, hidden >= 2));
    }
    for r in sqlx::query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_autoindex%'")
        .fetch_all(&db.pool)
        .await
        .unwrap()
    {
        let (what, name, table, sql): (String, String, String, String) = (r.get(0), r.get(1), r.get(2), r.get(3));
        if what == "index" {
            s.indexes.insert((table, name));
            continue;
        }
        // SQLite has one trigger per event where PostgreSQL has one for several: the SQLite
        // name carries the event as a suffix ("…_insert").
        let event = trigger_event(&sql);
        let base = name.strip_suffix(&format!("_{}", event.to_ascii_lowercase())).unwrap_or(&name).to_string();
        s.triggers.insert((table, base, event));
    }
    s
}

/// The event of a SQLite trigger, from its statement.
fn trigger_event(sql: &str) -> String {
    let upper = sql.to_ascii_uppercase();
    let head = upper.split(" ON ").next().unwrap_or("");
    ["INSERT", "UPDATE", "DELETE"].into_iter().find(|e| head.contains(e)).unwrap_or("?").to_string()
}

async fn postgres_schema(db: &Db) -> Schema {
    let mut s = Schema::default();
    let rows = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty, is_nullable::text AS nullable,
                is_generated::text AS generated
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for r in rows {
        let (ty, nullable, generated): (String, String, String) = (r.get("ty"), r.get("nullable"), r.get("generated"));
        s.columns.insert((r.get("t"), r.get("c"), kind(&ty), nullable == "YES", generated == "ALWAYS"));
    }
    // Primary keys and UNIQUE constraints make indexes of their own on PostgreSQL, as SQLite's
    // autoindexes; only the indexes a migration names are compared.
    let indexes = sqlx::query(
        "SELECT i.tablename::text, i.indexname::text FROM pg_indexes i
         WHERE i.schemaname = 'public' AND i.tablename NOT LIKE '\\_sqlx%'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for r in indexes {
        s.indexes.insert((r.get(0), r.get(1)));
    }
    let triggers = sqlx::query(
        "SELECT DISTINCT event_object_table::text, trigger_name::text, event_manipulation::text FROM information_schema.triggers WHERE trigger_schema = 'public'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for r in triggers {
        s.triggers.insert((r.get(0), r.get(1), r.get(2)));
    }
    s
}

async fn migrated(engine: Engine) -> (Db, Option<(String, String)>, Option<support::tempfile_dir::TempDir>) {
    let (url, cleanup, dir) = fresh_database(engine).await;
    let db = Db::connect(Some(&url)).await.unwrap();
    db.migrate().await.unwrap();
    (db, cleanup, dir)
}

fn only_in<T: Ord + Clone + std::fmt::Debug>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> Vec<T> {
    a.difference(b).cloned().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_engines_end_with_the_same_schema() {
    let (lite, _, _dir) = migrated(Engine::Sqlite).await;
    let (pg, cleanup, _) = migrated(Engine::Postgres).await;
    let (a, b) = (sqlite_schema(&lite).await, postgres_schema(&pg).await);
    pg.pool.close().await;
    drop_database(cleanup).await;

    assert!(a.columns.len() > 100, "the schema was read: {} columns", a.columns.len());
    // The approved-hours condition is written once per engine, as a generated column.
    for s in [&a, &b] {
        assert!(s.columns.iter().any(|c| c.0 == "time_entries" && c.1 == "approved_seconds" && c.4), "approved_seconds is generated");
    }
    let unknown: Vec<_> = a.columns.iter().chain(&b.columns).filter(|c| c.2 == "unknown").collect();
    assert!(unknown.is_empty(), "a column kind this test does not know: {unknown:?}");
    assert_eq!(only_in(&a.columns, &b.columns), vec![], "columns only on SQLite (or of another kind there)");
    assert_eq!(only_in(&b.columns, &a.columns), vec![], "columns only on PostgreSQL (or of another kind there)");
    assert_eq!(only_in(&a.indexes, &b.indexes), vec![], "indexes only on SQLite");
    assert_eq!(only_in(&b.indexes, &a.indexes), vec![], "indexes only on PostgreSQL");
    assert!(!a.triggers.is_empty(), "the approved-hours triggers were read");
    assert_eq!(only_in(&a.triggers, &b.triggers), vec![], "triggers only on SQLite");
    assert_eq!(only_in(&b.triggers, &a.triggers), vec![], "triggers only on PostgreSQL");
}

#[test]
fn kinds_are_made_one() {
    assert_eq!(kind("INTEGER"), kind("bigint"));
    assert_eq!(kind("TEXT"), kind("character varying"));
    assert_ne!(kind("TEXT"), kind("BIGINT"));
    assert_eq!(kind("BLOB"), "unknown");
    assert_eq!(trigger_event("CREATE TRIGGER t_update AFTER UPDATE OF status ON time_entries BEGIN INSERT INTO x VALUES (1); END"), "UPDATE");
    assert_eq!(trigger_event("CREATE TRIGGER t_delete AFTER DELETE ON time_entries BEGIN UPDATE y SET a = 1; END"), "DELETE");
}

/// The column the schema computes is the domain's rule (`EntryStatus::is_approved`, worked
/// time from `EntryTimes`): one entry is put through every status, withdrawn or not, with and
/// without its day, and the column is read back each time. The sums' triggers follow each
/// change (`finish` recounts them from scratch).
async fn the_approved_column_is_the_domain_rule(engine: Engine) {
    use app::domain::time_entry::{EntryStatus, EntryTimes};
    let app = support::TestApp::new(engine).await;
    let id = app.scalar("SELECT MIN(id) FROM time_entries").await;
    for status in [EntryStatus::Submitted, EntryStatus::Confirmed, EntryStatus::Rejected, EntryStatus::Locked] {
        for withdrawn in [false, true] {
            for has_day in [true, false] {
                sqlx::query("UPDATE time_entries SET status = $1, withdrawn_at = $2, work_day = CASE WHEN $3 = 1 THEN $4 ELSE NULL END WHERE id = $5")
                    .bind(status.as_str())
                    .bind(withdrawn.then_some(1_700_000_000i64))
                    .bind(i64::from(has_day))
                    .bind("2026-11-02")
                    .bind(id)
                    .execute(&app.db.pool)
                    .await
                    .unwrap();
                let r = sqlx::query("SELECT approved_seconds, starts_at, ends_at, break_minutes FROM time_entries WHERE id = $1")
                    .bind(id)
                    .fetch_one(&app.db.pool)
                    .await
                    .unwrap();
                let at = |i: usize| chrono::DateTime::from_timestamp(r.get::<i64, _>(i), 0).unwrap();
                let times = EntryTimes { starts_at: at(1), ends_at: at(2), break_minutes: r.get(3) };
                let counts = status.is_approved() && !withdrawn && has_day;
                let want = if counts { times.worked_minutes() * 60 } else { 0 };
                assert!(!counts || want > 0);
                assert_eq!(r.get::<i64, _>(0), want, "{status:?}, withdrawn {withdrawn}, with a day {has_day}");
            }
        }
    }
    // Back to a day of its own, so the recount in `finish` (which wants one) holds.
    let starts_at = chrono::DateTime::from_timestamp(app.scalar(&format!("SELECT starts_at FROM time_entries WHERE id = {id}")).await, 0).unwrap();
    sqlx::query("UPDATE time_entries SET work_day = $1 WHERE id = $2").bind(app::db::time_entries::work_day(starts_at)).bind(id).execute(&app.db.pool).await.unwrap();
    app.finish().await;
}

on_both_engines!(the_approved_column_is_the_domain_rule);
