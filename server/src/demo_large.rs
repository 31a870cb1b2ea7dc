//! `fodfaeste demo-data --scale large`: the demo municipality grown to the size the budgets
//! of the caseworker's desk are measured at — 5,000 citizens, 1,000 companies with a mentor
//! each, 80 caseworkers (the demo caseworker among them), and two years of entries (about a
//! million). Deterministic, so two runs measure the same data. Loaded once; again is a no-op.
use app::db::{internal, now_ts, Db};
use app::domain::error::AppError;
use app::domain::local_time;
use chrono::{Datelike, Duration, NaiveTime, Utc};
use sqlx::{Any, Row, Transaction};

/// How big to grow: `LARGE` for the budgets; tests grow a small one by the same code.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub citizens: i64,
    pub companies: i64,
    pub caseworkers: i64,
    pub days: i64,
}

pub const LARGE: Size = Size { citizens: 5_000, companies: 1_000, caseworkers: 80, days: 730 };

const FIRST: [&str; 16] = [
    "Anne", "Mads", "Søren", "Fatima", "Ahmed", "Mette", "Jonas", "Line", "Ida", "Omar", "Birgitte", "Jørgen", "Aisha", "Peter", "Sofie", "Lars",
];
const LAST: [&str; 12] = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Ali", "Khan",
];
const TRADES: [&str; 8] = ["Metal", "Byg", "Café", "Gartneri", "Lager", "Rengøring", "Auto", "Genbrug"];
const KINDS: [&str; 4] = ["small_job", "internship", "flex_job", "sheltered_job"];

pub enum Grown {
    Grown { entries: i64 },
    AlreadyGrown,
}

/// Rows per INSERT: under SQLite's and PostgreSQL's limits on bound values.
const CHUNK: usize = 400;

/// One multi-row INSERT of `rows` (each `cols` values), numbered $1.. for both engines.
async fn insert_rows(tx: &mut Transaction<'_, Any>, head: &str, cols: usize, rows: &[Vec<V>]) -> Result<(), AppError> {
    for chunk in rows.chunks(CHUNK) {
        let mut sql = String::from(head);
        sql.push_str(" VALUES ");
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(',');
            }
            sql.push('(');
            for c in 0..cols {
                if c > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!("${}", i * cols + c + 1));
            }
            sql.push(')');
        }
        let mut q = sqlx::query(&sql);
        for row in chunk {
            for v in row {
                q = match v {
                    V::I(x) => q.bind(*x),
                    V::N(x) => q.bind(*x),
                    V::S(x) => q.bind(x.clone()),
                    V::O(x) => q.bind(x.clone()),
                    V::F(x) => q.bind(*x),
                };
            }
        }
        q.execute(&mut **tx).await.map_err(internal)?;
    }
    Ok(())
}

enum V {
    I(i64),
    N(Option<i64>),
    S(String),
    O(Option<String>),
    F(f64),
}

async fn scalar(tx: &mut Transaction<'_, Any>, sql: &str, bind: i64) -> Result<i64, AppError> {
    let row = sqlx::query(sql).bind(bind).fetch_one(&mut **tx).await.map_err(internal)?;
    row.try_get::<i64, _>(0).map_err(internal)
}

/// Ids of the rows just added to `table` in the municipality, oldest first.
async fn ids(tx: &mut Transaction<'_, Any>, sql: &str, m: i64) -> Result<Vec<i64>, AppError> {
    let rows = sqlx::query(sql).bind(m).fetch_all(&mut **tx).await.map_err(internal)?;
    rows.iter().map(|r| r.try_get::<i64, _>(0).map_err(internal)).collect()
}

/// Grows the demo municipality (which must be loaded) to `size`.
pub async fn grow(db: &Db, size: Size) -> Result<Grown, AppError> {
    let Size { citizens: n_citizens, companies: n_companies, caseworkers: n_caseworkers, days: n_days } = size;
    let m = app::db::users::municipality_id_by_name(db, crate::demo::DEMO_MUNICIPALITY).await?.ok_or(AppError::NotFound)?;
    let mut txn = db.pool.begin().await.map_err(internal)?;
    let tx = &mut txn;
    if scalar(tx, "SELECT COUNT(*) FROM citizens WHERE municipality_id = $1", m).await? >= n_citizens {
        return Ok(Grown::AlreadyGrown);
    }
    let now = now_ts();
    let today = local_time::local_date(Utc::now());
    let demo_caseworker = scalar(tx, "SELECT id FROM users WHERE email = 'caseworker@demo.fodfaeste.dk' AND municipality_id = $1", m).await?;
    let hash: String = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(demo_caseworker)
        .fetch_one(&mut **tx)
        .await
        .map_err(internal)?
        .try_get(0)
        .map_err(internal)?;

    // Companies, each with one opening and one mentor.
    let companies: Vec<Vec<V>> = (0..n_companies)
        .map(|i| {
            let trade = TRADES[(i % 8) as usize];
            vec![
                V::I(m),
                V::S(format!("{:08}", 40_000_000 + i)),
                V::S(format!("{trade} {} ApS", LAST[(i % 12) as usize])),
                V::S(format!("{}vej {}", trade, i % 90 + 1)),
                V::S(format!("{}", 6900 + (i % 60))),
                V::I(i64::from(i % 97 == 0)),
                V::I(now),
            ]
        })
        .collect();
    insert_rows(tx, "INSERT INTO companies (municipality_id, cvr, name, address, postcode, is_social_enterprise, created_at)", 7, &companies).await?;
    let company_ids = ids(tx, "SELECT id FROM companies WHERE municipality_id = $1 AND cvr >= '40000000' ORDER BY id", m).await?;

    let mentors: Vec<Vec<V>> = company_ids
        .iter()
        .enumerate()
        .map(|(i, c)| vec![V::I(m), V::S(format!("mentor{i}@stor.fodfaeste.dk")), V::S(hash.clone()), V::S("mentor".into()), V::S(format!("Mentor {i}")), V::I(*c), V::I(now)])
        .collect();
    insert_rows(tx, "INSERT INTO users (municipality_id, email, password_hash, role, display_name, company_id, created_at)", 7, &mentors).await?;
    let mentor_ids = ids(tx, "SELECT id FROM users WHERE municipality_id = $1 AND email LIKE 'mentor%@stor.fodfaeste.dk' ORDER BY id", m).await?;

    let caseworkers: Vec<Vec<V>> = (1..n_caseworkers)
        .map(|i| vec![V::I(m), V::S(format!("sagsbehandler{i}@stor.fodfaeste.dk")), V::S(hash.clone()), V::S("caseworker".into()), V::S(format!("Jobkonsulent {i}")), V::I(now)])
        .collect();
    insert_rows(tx, "INSERT INTO users (municipality_id, email, password_hash, role, display_name, created_at)", 6, &caseworkers).await?;
    let mut caseworker_ids = vec![demo_caseworker];
    caseworker_ids.extend(ids(tx, "SELECT id FROM users WHERE municipality_id = $1 AND email LIKE 'sagsbehandler%@stor.fodfaeste.dk' ORDER BY id", m).await?);

    let openings: Vec<Vec<V>> = company_ids
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let kind = KINDS[i % 4];
            let wage = matches!(kind, "small_job" | "flex_job").then_some(13_000 + (i as i64 % 6) * 500);
            vec![V::I(m), V::I(*c), V::S(kind.into()), V::S(format!("Opgave {i}")), V::F(10.0 + (i % 20) as f64), V::N(wage), V::I(5), V::I(now)]
        })
        .collect();
    insert_rows(tx, "INSERT INTO openings (municipality_id, company_id, kind, title, hours_per_week, hourly_wage_ore, seats, created_at)", 8, &openings).await?;
    let opening_ids = ids(tx, "SELECT id FROM openings WHERE municipality_id = $1 AND title LIKE 'Opgave %' ORDER BY id", m).await?;

    // Citizens (no logins: they are measured from the desk), 62 or 63 per caseworker.
    let existing = scalar(tx, "SELECT COUNT(*) FROM citizens WHERE municipality_id = $1", m).await?;
    let citizens: Vec<Vec<V>> = (existing..n_citizens)
        .map(|i| {
            let name = format!("{} {} {}", FIRST[(i % 16) as usize], LAST[((i / 16) % 12) as usize], i);
            let referred = (today - Duration::days(n_days + 30 - i % 700)).to_string();
            vec![V::I(m), V::S(name), V::S(format!("{}", 6900 + (i % 60))), V::S("cash_benefit_activity_ready".into()), V::I(caseworker_ids[(i % n_caseworkers) as usize]), V::S(referred), V::I(now)]
        })
        .collect();
    insert_rows(tx, "INSERT INTO citizens (municipality_id, name, postcode, target_group, caseworker_user_id, referred_on, created_at)", 7, &citizens).await?;
    let citizen_ids = ids(tx, "SELECT id FROM citizens WHERE municipality_id = $1 AND user_id IS NULL ORDER BY id", m).await?;

    // One placement each, two years back; every tenth ended half a year ago.
    let mut placements = Vec::with_capacity(citizen_ids.len());
    for (i, c) in citizen_ids.iter().enumerate() {
        let k = i % company_ids.len();
        let starts = today - Duration::days(n_days - (i as i64 % 60));
        let ended = i % 10 == 9;
        let wage = openings[k][5].as_wage();
        placements.push(vec![
            V::I(m), V::I(*c), V::I(opening_ids[k]), V::I(company_ids[k]), V::I(mentor_ids[k]),
            V::I(caseworker_ids[i % n_caseworkers as usize]), V::S(starts.to_string()),
            V::O(ended.then(|| (today - Duration::days(180)).to_string())),
            V::N(wage), V::S(if ended { "ended" } else { "active" }.into()), V::I(now),
        ]);
    }
    insert_rows(
        tx,
        "INSERT INTO placements (municipality_id, citizen_id, opening_id, company_id, mentor_user_id, caseworker_user_id, starts_on, ends_on, hourly_wage_ore, status, created_at)",
        11,
        &placements,
    )
    .await?;
    let placement_rows = sqlx::query("SELECT id, citizen_id, starts_on, ends_on FROM placements WHERE municipality_id = $1 AND citizen_id IN (SELECT id FROM citizens WHERE user_id IS NULL AND municipality_id = $1) ORDER BY id")
        .bind(m)
        .fetch_all(&mut **tx)
        .await
        .map_err(internal)?;

    // Entries: two weekdays a week, 4 hours with a break, from the start to yesterday.
    // Older than this month: approved (one in 40 rejected); this month: the last week waits.
    let users_of: i64 = demo_caseworker;
    let mut entries: Vec<Vec<V>> = Vec::with_capacity(CHUNK * 8);
    let mut total = 0i64;
    let month_start = today.with_day(1).unwrap_or(today);
    for (i, r) in placement_rows.iter().enumerate() {
        let pid: i64 = r.try_get(0).map_err(internal)?;
        let cid: i64 = r.try_get(1).map_err(internal)?;
        let starts: String = r.try_get(2).map_err(internal)?;
        let ends: Option<String> = r.try_get(3).map_err(internal)?;
        let first = chrono::NaiveDate::parse_from_str(&starts, "%Y-%m-%d").map_err(|_| AppError::Internal)?;
        let last = ends.and_then(|e| chrono::NaiveDate::parse_from_str(&e, "%Y-%m-%d").ok()).unwrap_or(today - Duration::days(1)).min(today - Duration::days(1));
        let days = [(i % 5) as u32, ((i + 2) % 5) as u32];
        let hour = 7 + (i % 6) as u32;
        let mut day = first;
        let mut n = 0i64;
        while day <= last {
            if days.contains(&day.weekday().num_days_from_monday()) {
                let at = |h: u32, mi: u32| local_time::to_utc(day.and_time(NaiveTime::from_hms_opt(h, mi, 0).unwrap_or_default()), app::domain::error::Field::StartsAt);
                let (Ok(s), Ok(e)) = (at(hour, 0), at(hour + 4, (n % 4) as u32 * 15)) else {
                    day += Duration::days(1);
                    continue;
                };
                let status = if day >= month_start && day > today - Duration::days(8) {
                    "submitted"
                } else if (n + i as i64) % 40 == 0 {
                    "rejected"
                } else {
                    "confirmed"
                };
                let decided = (status != "submitted").then_some(users_of);
                entries.push(vec![
                    V::I(m), V::I(pid), V::I(cid), V::I(s.timestamp()), V::I(e.timestamp()), V::I(if n % 3 == 0 { 30 } else { 15 }),
                    V::S("manual".into()), V::S(status.into()), V::N(decided), V::N(decided.map(|_| e.timestamp() + 86_400)),
                    V::I(users_of), V::I(e.timestamp()), V::I(e.timestamp()), V::S(day.to_string()),
                ]);
                n += 1;
                if entries.len() >= CHUNK * 8 {
                    total += entries.len() as i64;
                    insert_rows(tx, ENTRY_HEAD, 14, &entries).await?;
                    entries.clear();
                }
            }
            day += Duration::days(1);
        }
    }
    total += entries.len() as i64;
    insert_rows(tx, ENTRY_HEAD, 14, &entries).await?;
    txn.commit().await.map_err(internal)?;
    Ok(Grown::Grown { entries: total })
}

const ENTRY_HEAD: &str = "INSERT INTO time_entries (municipality_id, placement_id, citizen_id, starts_at, ends_at, break_minutes, source, status,
    decided_by, decided_at, created_by, created_at, updated_at, work_day)";

impl V {
    fn as_wage(&self) -> Option<i64> {
        match self {
            V::N(w) => *w,
            _ => None,
        }
    }
}
