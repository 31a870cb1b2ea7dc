//! The municipality's goals, and the facts their figures are counted from. Counting is the
//! domain's (`domain::goal_metrics`); this module only loads, and sums hours over the spans
//! the domain asks for so a million entries never leave the database.
use chrono::DateTime;
use sqlx::any::AnyRow;

use crate::domain::error::AppError;
use crate::domain::goal::{GoalSpec, Metric};
use crate::domain::goal_metrics::{month_cover, DateSpan, Facts, HoursFact, OpeningFact, PlacementFact};
use crate::domain::local_time;
use crate::domain::opening::OpeningKind;
use crate::domain::placement::Outcome;
use crate::domain::target_group::TargetGroup;

use super::{approved_in, col, internal, now_ts, parse_day, Db};

/// A goal as stored, with its id.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredGoal {
    pub id: i64,
    pub spec: GoalSpec,
}

fn goal(r: &AnyRow) -> Result<Option<StoredGoal>, AppError> {
    let metric: String = col(r, "metric")?;
    // A metric this version does not know is left out rather than failing the page.
    let Some(metric) = Metric::parse(&metric) else { return Ok(None) };
    let span = DateSpan::new(parse_day(&col::<String>(r, "period_start")?)?, parse_day(&col::<String>(r, "period_end")?)?);
    Ok(Some(StoredGoal { id: col(r, "id")?, spec: GoalSpec { metric, target: col(r, "target")?, period: span } }))
}

pub async fn list(db: &Db, municipality_id: i64) -> Result<Vec<StoredGoal>, AppError> {
    let rows = sqlx::query(
        "SELECT id, metric, target, period_start, period_end FROM goals WHERE municipality_id = $1 ORDER BY period_start, id",
    )
    .bind(municipality_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?;
    Ok(rows.iter().map(goal).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

pub async fn get(db: &Db, municipality_id: i64, id: i64) -> Result<Option<StoredGoal>, AppError> {
    let row = sqlx::query("SELECT id, metric, target, period_start, period_end FROM goals WHERE municipality_id = $1 AND id = $2")
        .bind(municipality_id)
        .bind(id)
        .fetch_optional(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    Ok(match row {
        Some(r) => goal(&r)?,
        None => None,
    })
}

pub async fn insert(db: &Db, municipality_id: i64, spec: &GoalSpec, by: i64) -> Result<i64, AppError> {
    let row = sqlx::query(
        "INSERT INTO goals (municipality_id, metric, target, period_start, period_end, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(municipality_id)
    .bind(spec.metric.as_str())
    .bind(spec.target)
    .bind(spec.period.first.to_string())
    .bind(spec.period.last.to_string())
    .bind(by)
    .bind(now_ts())
    .fetch_one(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    col(&row, "id")
}

/// False when there is no such goal in the municipality.
pub async fn update(db: &Db, municipality_id: i64, id: i64, spec: &GoalSpec) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE goals SET metric = $1, target = $2, period_start = $3, period_end = $4, updated_at = $5
         WHERE id = $6 AND municipality_id = $7",
    )
    .bind(spec.metric.as_str())
    .bind(spec.target)
    .bind(spec.period.first.to_string())
    .bind(spec.period.last.to_string())
    .bind(now_ts())
    .bind(id)
    .bind(municipality_id)
    .execute(&mut *db.write_conn().await?)
    .await
    .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete(db: &Db, municipality_id: i64, id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM goals WHERE id = $1 AND municipality_id = $2")
        .bind(id)
        .bind(municipality_id)
        .execute(&mut *db.write_conn().await?)
        .await
        .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// Placements, social-economic enterprises, referrals and openings of the municipality.
/// Hours are loaded per request ([`approved_by_span`], [`approved_by_company`]), for the
/// spans that request needs.
pub async fn facts(db: &Db, municipality_id: i64) -> Result<Facts, AppError> {
    let placements = sqlx::query(
        "SELECT p.citizen_id, p.company_id, o.kind, c.target_group, p.starts_on,
                COALESCE(p.ended_on, CASE WHEN p.status = 'ended' THEN p.ends_on END) AS ended_on, p.outcome
         FROM placements p JOIN openings o ON o.id = p.opening_id JOIN citizens c ON c.id = p.citizen_id
         WHERE p.municipality_id = $1",
    )
    .bind(municipality_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?
    .iter()
    .map(|r| {
        Ok(PlacementFact {
            citizen_id: col(r, "citizen_id")?,
            company_id: col(r, "company_id")?,
            kind: OpeningKind::parse(&col::<String>(r, "kind")?).ok_or(AppError::Internal)?,
            target_group: TargetGroup::parse(&col::<String>(r, "target_group")?).ok_or(AppError::Internal)?,
            starts_on: parse_day(&col::<String>(r, "starts_on")?)?,
            ended_on: col::<Option<String>>(r, "ended_on")?.map(|d| parse_day(&d)).transpose()?,
            outcome: col::<Option<String>>(r, "outcome")?.and_then(|o| Outcome::parse(&o)),
        })
    })
    .collect::<Result<Vec<_>, AppError>>()?;
    let dates = |sql: &'static str| async move {
        sqlx::query_scalar::<_, String>(sql)
            .bind(municipality_id)
            .fetch_all(&mut *db.reader().await?)
            .await
            .map_err(internal)?
            .iter()
            .map(|d| parse_day(d))
            .collect::<Result<Vec<_>, AppError>>()
    };
    let social_enterprises_since =
        dates("SELECT social_enterprise_since FROM companies WHERE municipality_id = $1 AND social_enterprise_since IS NOT NULL").await?;
    let referrals = dates("SELECT referred_on FROM citizens WHERE municipality_id = $1 AND referred_on IS NOT NULL").await?;
    let openings = sqlx::query(
        "SELECT company_id, CAST(seats AS BIGINT) AS seats, created_at, status FROM openings
         WHERE municipality_id = $1 AND (review IS NULL OR review = 'approved')",
    )
    .bind(municipality_id)
    .fetch_all(&mut *db.reader().await?)
    .await
    .map_err(internal)?
    .iter()
    .map(|r| {
        let created = DateTime::from_timestamp(col::<i64>(r, "created_at")?, 0).ok_or(AppError::Internal)?;
        Ok(OpeningFact {
            company_id: col(r, "company_id")?,
            seats: col::<i64>(r, "seats")?,
            created_on: local_time::local_date(created),
            closed: col::<String>(r, "status")? == "closed",
        })
    })
    .collect::<Result<Vec<_>, AppError>>()?;
    Ok(Facts { placements, social_enterprises_since, referrals, hours: Vec::new(), openings })
}

/// Approved minutes of each kind summed over each span, every company together, from the
/// daily sums the triggers of migration 0008 keep.
pub async fn approved_by_span(db: &Db, municipality_id: i64, spans: &[DateSpan]) -> Result<Vec<HoursFact>, AppError> {
    if spans.is_empty() {
        return Ok(Vec::new());
    }
    let values: Vec<String> = (0..spans.len()).map(|i| format!("(${}, ${}, ${})", 2 + 3 * i, 3 + 3 * i, 4 + 3 * i)).collect();
    let sql = format!(
        "WITH spans (i, lo, hi) AS (VALUES {})
         SELECT spans.i AS i, d.kind AS kind, CAST(SUM(d.seconds) AS BIGINT) AS seconds
         FROM spans JOIN approved_seconds_daily d ON d.municipality_id = $1 AND d.day >= spans.lo AND d.day <= spans.hi
         GROUP BY spans.i, d.kind",
        values.join(", "),
    );
    let mut query = super::planned_for_its_values(db, &sql).bind(municipality_id);
    for (i, span) in spans.iter().enumerate() {
        query = query.bind(i as i64).bind(span.first.to_string()).bind(span.last.to_string());
    }
    query
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?
        .iter()
        .map(|r| {
            let span = *spans.get(col::<i64>(r, "i")? as usize).ok_or(AppError::Internal)?;
            hours_fact(r, span, None)
        })
        .collect()
}

/// Approved minutes in the span by company and kind: whole months from the monthly sums,
/// the loose days at the ends counted from their entries.
pub async fn approved_by_company(db: &Db, municipality_id: i64, span: DateSpan) -> Result<Vec<HoursFact>, AppError> {
    let cover = month_cover(span);
    let mut rows = Vec::new();
    if let Some(months) = cover.whole_months {
        rows.extend(
            super::planned_for_its_values(
                db,
                "SELECT company_id, kind, CAST(SUM(seconds) AS BIGINT) AS seconds FROM approved_seconds_monthly
                 WHERE municipality_id = $1 AND month >= $2 AND month <= $3 GROUP BY company_id, kind",
            )
            .bind(municipality_id)
            .bind(months.first.format("%Y-%m").to_string())
            .bind(months.last.format("%Y-%m").to_string())
            .fetch_all(&mut *db.reader().await?)
            .await
            .map_err(internal)?,
        );
    }
    let loose_sql = format!(
        "SELECT p.company_id AS company_id, o.kind AS kind,
                CAST(SUM(te.ends_at - te.starts_at - te.break_minutes * 60) AS BIGINT) AS seconds
         FROM time_entries te JOIN placements p ON p.id = te.placement_id JOIN openings o ON o.id = p.opening_id
         WHERE te.municipality_id = $1 AND te.starts_at >= $2 AND te.starts_at < $3 AND te.withdrawn_at IS NULL AND {}
         GROUP BY p.company_id, o.kind",
        approved_in("te.status"),
    );
    for days in &cover.loose_days {
        let (lo, _) = local_time::day_span(days.first);
        let (_, hi) = local_time::day_span(days.last);
        rows.extend(
            super::planned_for_its_values(db, &loose_sql)
                .bind(municipality_id)
                .bind(lo.timestamp())
                .bind(hi.timestamp())
                .fetch_all(&mut *db.reader().await?)
                .await
                .map_err(internal)?,
        );
    }
    let mut seconds: std::collections::BTreeMap<(i64, String), i64> = std::collections::BTreeMap::new();
    for r in &rows {
        *seconds.entry((col(r, "company_id")?, col(r, "kind")?)).or_default() += col::<i64>(r, "seconds")?;
    }
    seconds
        .into_iter()
        .map(|((company_id, kind), seconds)| {
            Ok(HoursFact {
                span,
                company_id: Some(company_id),
                kind: OpeningKind::parse(&kind).ok_or(AppError::Internal)?,
                approved: true,
                minutes: seconds / 60,
            })
        })
        .collect()
}

fn hours_fact(r: &AnyRow, span: DateSpan, company_id: Option<i64>) -> Result<HoursFact, AppError> {
    Ok(HoursFact {
        span,
        company_id,
        kind: OpeningKind::parse(&col::<String>(r, "kind")?).ok_or(AppError::Internal)?,
        approved: true,
        minutes: col::<i64>(r, "seconds")? / 60,
    })
}

/// Company names by id, for the per-company table.
pub async fn company_names(db: &Db, municipality_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    let rows = sqlx::query("SELECT id, name FROM companies WHERE municipality_id = $1")
        .bind(municipality_id)
        .fetch_all(&mut *db.reader().await?)
        .await
        .map_err(internal)?;
    rows.iter().map(|r| Ok((col(r, "id")?, col(r, "name")?))).collect()
}
