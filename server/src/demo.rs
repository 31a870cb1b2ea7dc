//! The demo municipality of DESIGN.md. Loaded only when asked for (`fodfaeste demo-data`);
//! loading it again changes nothing.
use app::db::{internal, now_ts, Db};
use app::domain::error::{AppError, Field};
use app::domain::local_time;
use app::service::auth::hash_password;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use sqlx::{Any, Row, Transaction};

pub const DEMO_MUNICIPALITY: &str = "Demo Kommune";
pub const DEMO_PASSWORD: &str = "demo-password";

pub enum Loaded {
    Created,
    AlreadyThere,
}

async fn id(tx: &mut Transaction<'_, Any>, sql: &str, binds: Vec<Bind>) -> Result<i64, AppError> {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = match b {
            Bind::I(v) => q.bind(v),
            Bind::OI(v) => q.bind(v),
            Bind::S(v) => q.bind(v),
            Bind::OS(v) => q.bind(v),
            Bind::F(v) => q.bind(v),
        };
    }
    let row = q.fetch_one(&mut **tx).await.map_err(internal)?;
    row.try_get::<i64, _>("id").map_err(internal)
}

enum Bind {
    I(i64),
    OI(Option<i64>),
    S(String),
    OS(Option<String>),
    F(f64),
}
use Bind::*;

fn s(v: &str) -> Bind {
    S(v.to_string())
}

pub async fn load(db: &Db) -> Result<Loaded, AppError> {
    if app::db::users::municipality_id_by_name(db, DEMO_MUNICIPALITY).await?.is_some() {
        return Ok(Loaded::AlreadyThere);
    }
    let hash = tokio::task::spawn_blocking(|| hash_password(DEMO_PASSWORD)).await.map_err(|_| AppError::Internal)??;
    let now = now_ts();
    let today = local_time::local_date(Utc::now());
    let mut txn = db.pool.begin().await.map_err(internal)?;
    let tx = &mut txn;

    let m = id(tx, "INSERT INTO municipalities (name, created_at) VALUES ($1, $2) RETURNING id", vec![s(DEMO_MUNICIPALITY), I(now)]).await?;
    let company = "INSERT INTO companies (municipality_id, cvr, name, address, postcode, contact_name, contact_phone,
        contact_email, is_social_enterprise, social_enterprise_since, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
    let metal = id(tx, company, vec![I(m), s("31245672"), s("Vestjysk Metal ApS"), s("Industrivej 12"), s("6950"),
        s("Mette Madsen"), s("+45 20 11 22 33"), s("mentor@demo.fodfaeste.dk"), I(0), OS(None), I(now)]).await?;
    let cafe = id(tx, company, vec![I(m), s("39876558"), s("Café Fællesskabet"), s("Torvet 3"), s("6900"),
        s("Mads Holm"), s("+45 30 44 55 66"), s("mentor2@demo.fodfaeste.dk"), I(1), OS(Some("2024-03-01".into())), I(now)]).await?;

    let user = "INSERT INTO users (municipality_id, email, password_hash, role, display_name, company_id, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    let u = |email: &str, role: &str, name: &str, company: Option<i64>| {
        vec![I(m), s(email), S(hash.clone()), s(role), s(name), OI(company), I(now)]
    };
    id(tx, user, u("admin@demo.fodfaeste.dk", "admin", "Anne Admin", None)).await?;
    let manager = id(tx, user, u("leder@demo.fodfaeste.dk", "manager", "Lars Leder", None)).await?;
    let caseworker = id(tx, user, u("caseworker@demo.fodfaeste.dk", "caseworker", "Karen Jobkonsulent", None)).await?;
    // A citizen without a placement is shown whom to call.
    sqlx::query("UPDATE users SET phone = $1 WHERE id = $2").bind("+45 96 12 34 56").bind(caseworker).execute(&mut **tx).await.map_err(internal)?;
    let mentor = id(tx, user, u("mentor@demo.fodfaeste.dk", "mentor", "Mette Madsen", Some(metal))).await?;
    let mentor2 = id(tx, user, u("mentor2@demo.fodfaeste.dk", "mentor", "Mads Holm", Some(cafe))).await?;
    let citizen_user = id(tx, user, u("citizen@demo.fodfaeste.dk", "citizen", "Camilla Borger", None)).await?;
    let citizen2_user = id(tx, user, u("citizen2@demo.fodfaeste.dk", "citizen", "Ali Hassan", None)).await?;

    let citizen = "INSERT INTO citizens (municipality_id, user_id, name, phone, email, postcode, target_group,
        caseworker_user_id, referred_on, accommodations, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
    let referred = (today - Duration::weeks(12)).to_string();
    let c1 = id(tx, citizen, vec![I(m), I(citizen_user), s("Camilla Borger"), s("+45 40 12 34 56"), s("citizen@demo.fodfaeste.dk"),
        s("6950"), s("cash_benefit_activity_ready"), I(caseworker), S(referred.clone()),
        OS(Some("Korte dage i starten; har brug for at kende opgaverne dagen før.".into())), I(now)]).await?;
    let c2 = id(tx, citizen, vec![I(m), I(citizen2_user), s("Ali Hassan"), s("+45 50 98 76 54"), s("citizen2@demo.fodfaeste.dk"),
        s("6900"), s("integration"), I(caseworker), S(referred), OS(None), I(now)]).await?;

    let opening = "INSERT INTO openings (municipality_id, company_id, kind, title, tasks, hours_per_week, location, postcode,
        hourly_wage_ore, seats, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";
    let o1 = id(tx, opening, vec![I(m), I(metal), s("small_job"), s("Lager og pakning"),
        s("Pakke ordrer, holde orden på lageret, feje hallen."), F(8.0), s("Industrivej 12, Ringkøbing"), s("6950"),
        OI(Some(14250)), I(2), s("filled"), I(now)]).await?;
    let o2 = id(tx, opening, vec![I(m), I(cafe), s("internship"), s("Køkken og servering"),
        s("Opvask, klargøring af grønt, servering i frokosten."), F(15.0), s("Torvet 3, Skjern"), s("6900"),
        OI(None), I(1), s("filled"), I(now)]).await?;

    let placement = "INSERT INTO placements (municipality_id, citizen_id, opening_id, company_id, mentor_user_id,
        caseworker_user_id, starts_on, ends_on, agreed_hours_per_week, hourly_wage_ore, status, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11) RETURNING id";
    let start1 = today - Duration::weeks(8);
    let p1 = id(tx, placement, vec![I(m), I(c1), I(o1), I(metal), I(mentor), I(caseworker), S(start1.to_string()), OS(None),
        F(8.0), OI(Some(14250)), I(now)]).await?;
    let start2 = today - Duration::weeks(5);
    let p2 = id(tx, placement, vec![I(m), I(c2), I(o2), I(cafe), I(mentor2), I(caseworker), S(start2.to_string()),
        OS(Some((start2 + Duration::weeks(13)).to_string())), F(15.0), OI(None), I(now)]).await?;

    // Shifts: the last three weeks and the next four. Entries: the past weekdays with a shift.
    let plans: [(i64, i64, i64, &[Weekday], (u32, u32), i64); 2] = [
        (p1, c1, citizen_user, &[Weekday::Tue, Weekday::Thu], (8, 12), mentor),
        (p2, c2, citizen2_user, &[Weekday::Mon, Weekday::Wed, Weekday::Fri], (9, 14), mentor2),
    ];
    for (p, c, cu, days, (h_start, h_end), decider) in plans {
        let mut day = today - Duration::weeks(3);
        let mut past: Vec<NaiveDate> = Vec::new();
        while day <= today + Duration::weeks(4) {
            // Ali's shift today is the live one below, whatever the weekday.
            if days.contains(&day.weekday()) && !(p == p2 && day == today) {
                let s_at = at(day, h_start)?;
                let e_at = at(day, h_end)?;
                let status = if day < today { "attended" } else { "planned" };
                sqlx::query("INSERT INTO shifts (municipality_id, placement_id, starts_at, ends_at, status, created_by, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .bind(m).bind(p).bind(s_at).bind(e_at).bind(status).bind(decider).bind(now)
                    .execute(&mut **tx).await.map_err(internal)?;
                if day < today - Duration::days(1) {
                    past.push(day);
                }
            }
            day += Duration::days(1);
        }
        if p == p2 {
            // A shift that began an hour ago, so the mentor's "I dag" has someone to mark
            // whenever the demo is opened.
            let start = now - now % 3600 - 3600;
            sqlx::query("INSERT INTO shifts (municipality_id, placement_id, starts_at, ends_at, status, created_by, created_at)
                VALUES ($1, $2, $3, $4, 'planned', $5, $6)")
                .bind(m).bind(p).bind(start).bind(start + 4 * 3600).bind(decider).bind(now)
                .execute(&mut **tx).await.map_err(internal)?;
        }
        let n = past.len();
        for (i, day) in past.into_iter().enumerate() {
            // The newest two wait for the mentor; one in the middle of citizen2's was rejected.
            let (status, reason, decided_by) = if i + 2 >= n {
                ("submitted", None, None)
            } else if p == p2 && i == 1 {
                ("rejected", Some("Du gik kl. 12 den dag, ikke kl. 14. Registrér igen med den rigtige tid."), Some(decider))
            } else {
                ("confirmed", None, Some(decider))
            };
            let s_at = at(day, h_start)?;
            let e_at = at(day, h_end)?;
            let entry = id(tx, "INSERT INTO time_entries (municipality_id, placement_id, citizen_id, starts_at, ends_at, break_minutes,
                note, source, client_id, status, reject_reason, decided_by, decided_at, created_by, created_at, updated_at, work_day)
                VALUES ($1, $2, $3, $4, $5, $6, NULL, 'manual', NULL, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id",
                vec![I(m), I(p), I(c), I(s_at), I(e_at), I(15), s(status), OS(reason.map(str::to_string)), OI(decided_by),
                    OI(decided_by.map(|_| e_at + 3600)), I(cu), I(e_at), s(&day.to_string())]).await?;
            sqlx::query("INSERT INTO time_entry_history (municipality_id, time_entry_id, changed_by, changed_at, action, after_json)
                VALUES ($1, $2, $3, $4, 'submitted', $5)")
                .bind(m).bind(entry).bind(cu).bind(e_at).bind(format!("{{\"status\":\"{status}\"}}"))
                .execute(&mut **tx).await.map_err(internal)?;
        }
    }

    // The desk: what the citizens want, the internship's agreed weeks, a third citizen who
    // waits for a placement, and an open opening near her.
    sqlx::query("UPDATE citizens SET wanted_hours_per_week = $1 WHERE id = $2").bind(8.0).bind(c1).execute(&mut **tx).await.map_err(internal)?;
    sqlx::query("UPDATE citizens SET wanted_hours_per_week = $1 WHERE id = $2").bind(15.0).bind(c2).execute(&mut **tx).await.map_err(internal)?;
    sqlx::query("UPDATE placements SET agreed_weeks = 13, ends_on = $1 WHERE id = $2")
        .bind((start2 + Duration::weeks(13) - Duration::days(1)).to_string()).bind(p2)
        .execute(&mut **tx).await.map_err(internal)?;
    let jonas = id(tx, "INSERT INTO citizens (municipality_id, name, phone, postcode, target_group, caseworker_user_id, referred_on,
        wanted_hours_per_week, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        vec![I(m), s("Jonas Nielsen"), s("+45 60 12 12 12"), s("6950"), s("cash_benefit_activity_ready"), I(caseworker),
            S((today - Duration::weeks(2)).to_string()), F(10.0), I(now)]).await?;
    id(tx, opening, vec![I(m), I(metal), s("small_job"), s("Rengøring af maskiner"),
        s("Tørre maskiner af og feje omkring dem ved vagtskifte."), F(10.0), s("Industrivej 12, Ringkøbing"), s("6950"),
        OI(Some(14250)), I(1), s("open"), I(now)]).await?;

    // Jonas tried the café's kitchen for a week and stopped: the desk shows an ended placement
    // with its outcome and follow-ups, and Jonas waits for a new one.
    let tried = today - Duration::days(13);
    let stopped = today - Duration::days(6);
    id(tx, "INSERT INTO placements (municipality_id, citizen_id, opening_id, company_id, mentor_user_id, caseworker_user_id,
        starts_on, ends_on, agreed_hours_per_week, hourly_wage_ore, status, created_at, agreed_weeks, ended_on, outcome, outcome_note,
        follow_up_3_on, follow_up_6_on) VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, NULL, 'ended', $9, 4, $10, 'dropped_out', $11, $12, $13) RETURNING id",
        vec![I(m), I(jonas), I(o2), I(cafe), I(caseworker), S(tried.to_string()), S((tried + Duration::weeks(4)).to_string()), F(10.0), I(now),
            S(stopped.to_string()), s("Stoppede efter en uge; vil hellere arbejde udendørs. Ny plan aftalt med jobkonsulenten."),
            S((stopped + chrono::Months::new(3)).to_string()), S((stopped + chrono::Months::new(6)).to_string())]).await?;

    // The café is the municipality's established social-economic enterprise, and the metal
    // works buys its lunches.
    let initiative = id(tx, "INSERT INTO social_enterprise_initiatives (municipality_id, name, stage, advisor_user_id, company_id, notes,
        started_on, established_on, created_at, updated_at) VALUES ($1, $2, 'established', $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        vec![I(m), s("Café Fællesskabet"), I(manager), I(cafe), s("Café og kantine med borgere i praktik og småjob."),
            s("2023-09-01"), s("2024-03-01"), I(now)]).await?;
    sqlx::query("INSERT INTO social_enterprise_partnerships (municipality_id, initiative_id, company_id, description, since, created_at)
        VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(m).bind(initiative).bind(metal).bind("Frokostordning til medarbejderne").bind("2024-06-01").bind(now)
        .execute(&mut **tx).await.map_err(internal)?;

    let goal = "INSERT INTO goals (municipality_id, metric, target, period_start, period_end, created_at)
        VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
    // The articles' goals, over this year (and last, for the two-year one), whenever the demo is loaded.
    let year = today.year();
    let (last_year_first, year_first, year_last) = (format!("{}-01-01", year - 1), format!("{year}-01-01"), format!("{year}-12-31"));
    id(tx, goal, vec![I(m), s("jobs_on_special_terms_created"), I(250), S(last_year_first), S(year_last.clone()), I(now)]).await?;
    id(tx, goal, vec![I(m), s("new_social_enterprises"), I(5), S(year_first.clone()), S(year_last.clone()), I(now)]).await?;
    id(tx, goal, vec![I(m), s("citizens_referred"), I(100), S(year_first), S(year_last), I(now)]).await?;

    txn.commit().await.map_err(internal)?;
    Ok(Loaded::Created)
}

fn at(day: NaiveDate, hour: u32) -> Result<i64, AppError> {
    let t = NaiveTime::from_hms_opt(hour, 0, 0).ok_or(AppError::Internal)?;
    Ok(local_time::to_utc(day.and_time(t), Field::StartsAt)?.timestamp())
}
