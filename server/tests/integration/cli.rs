//! The `fodfaeste` binary's commands, run as a newcomer would, on SQLite and PostgreSQL.
use crate::support;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use app::db::{Db, Engine};
use sqlx::Row;

fn fodfaeste(url: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fodfaeste"))
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(&db.pool).await.unwrap().try_get::<i64, _>(0).unwrap()
}

async fn the_cli_migrates_creates_an_admin_and_loads_demo_data_once(engine: Engine) {
    let (url, cleanup, _dir) = support::fresh_database(engine).await;

    let o = fodfaeste(&url, &["migrate"], "");
    assert!(o.status.success(), "{}", text(&o));

    let o = fodfaeste(&url, &["create-admin", "--email", "Anne@Roskilde.dk", "--municipality", "Roskilde Kommune"], "kort\n");
    assert!(!o.status.success());
    assert!(text(&o).contains("at least 8 characters"), "{}", text(&o));
    // The same rule as an invitation's: not a common password, not the admin's own e-mail.
    let o = fodfaeste(&url, &["create-admin", "--email", "Anne@Roskilde.dk", "--municipality", "Roskilde Kommune"], "12345678\n");
    assert!(!o.status.success() && text(&o).contains("most common passwords"), "{}", text(&o));
    let o = fodfaeste(&url, &["create-admin", "--email", "Anne@Roskilde.dk", "--municipality", "Roskilde Kommune"], "anne@roskilde.dk!\n");
    assert!(!o.status.success() && text(&o).contains("name or e-mail"), "{}", text(&o));

    let o = fodfaeste(&url, &["create-admin", "--email", "Anne@Roskilde.dk", "--municipality", "Roskilde Kommune"], "et-langt-kodeord\n");
    assert!(o.status.success(), "{}", text(&o));
    let o = fodfaeste(&url, &["create-admin", "--email", "anne@roskilde.dk", "--municipality", "Roskilde Kommune"], "et-langt-kodeord\n");
    assert!(!o.status.success());
    assert!(text(&o).contains("already exists"), "{}", text(&o));

    for _ in 0..2 {
        let o = fodfaeste(&url, &["demo-data"], "");
        assert!(o.status.success(), "{}", text(&o));
    }

    let db = Db::connect(Some(&url)).await.unwrap();
    assert_eq!(count(&db, "SELECT COUNT(*) FROM users WHERE email = 'anne@roskilde.dk' AND role = 'admin'").await, 1);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM municipalities").await, 2);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM users").await, 8);
    let hash: String = sqlx::query("SELECT password_hash FROM users WHERE email = 'anne@roskilde.dk'")
        .fetch_one(&db.pool)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    assert!(hash.starts_with("$argon2id$"));
    db.pool.close().await;

    let o = fodfaeste("mysql://nope", &["migrate"], "");
    assert!(!o.status.success());
    assert!(text(&o).contains("DATABASE_URL must start with sqlite: or postgres:"), "{}", text(&o));
    support::drop_database(cleanup).await;
}

on_both_engines!(the_cli_migrates_creates_an_admin_and_loads_demo_data_once);
