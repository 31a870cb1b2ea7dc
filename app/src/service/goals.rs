//! The goals dashboard: each goal's progress, the programme's funnel and the companies'
//! part, for admins and managers. The page, the CSV and /api/v1/goals are all built here.
use chrono::NaiveDate;

use crate::db::goals as store;
use crate::db::Db;
use crate::domain::access::{self, Actor, Overview};
use crate::domain::error::AppError;
use crate::domain::goal::{self, CompanyRow, GoalInput, GoalProgress, GoalsDashboard, Metric};
use crate::domain::goal_metrics::{self as metrics, format_share_da, Facts};
use crate::domain::local_time;
use crate::domain::report::hours_decimal_da;

fn today() -> NaiveDate {
    local_time::local_date(chrono::Utc::now())
}

/// One goal's progress; hours are summed over that goal's own spans.
async fn progress_of(db: &Db, municipality_id: i64, g: store::StoredGoal, facts: &mut Facts, today: NaiveDate) -> Result<GoalProgress, AppError> {
    facts.hours = match g.spec.metric {
        Metric::ApprovedPaidHours => store::approved_by_span(db, municipality_id, &goal::sample_spans(g.spec.period, today)).await?,
        _ => Vec::new(),
    };
    Ok(goal::progress(g.id, g.spec, facts, today))
}

async fn progress_all(db: &Db, actor: &Actor, facts: &mut Facts, today: NaiveDate) -> Result<Vec<GoalProgress>, AppError> {
    let mut out = Vec::new();
    for g in store::list(db, actor.municipality_id).await? {
        out.push(progress_of(db, actor.municipality_id, g, facts, today).await?);
    }
    Ok(out)
}

pub async fn dashboard(db: &Db, actor: &Actor, from: Option<&str>, to: Option<&str>) -> Result<GoalsDashboard, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let today = today();
    let span = goal::dashboard_span(from, to, today)?;
    let mut facts = store::facts(db, actor.municipality_id).await?;
    let goals = progress_all(db, actor, &mut facts, today).await?;
    facts.hours = store::approved_by_company(db, actor.municipality_id, span).await?;
    let names: std::collections::HashMap<i64, String> = store::company_names(db, actor.municipality_id).await?.into_iter().collect();
    let companies = metrics::per_company(&facts, span, today)
        .into_iter()
        .map(|figures| CompanyRow { name: names.get(&figures.company_id).cloned().unwrap_or_default(), figures })
        .collect();
    Ok(GoalsDashboard {
        today,
        goals,
        span,
        funnel: metrics::funnel(&facts, span, today),
        companies,
        citizens_in_placement: metrics::citizens_in_placement(&facts.placements, today),
        companies_with_placements: metrics::companies_with_placements(&facts.placements, today),
    })
}

/// Each goal's progress, as `GET /api/v1/goals` gives it.
pub async fn list(db: &Db, actor: &Actor) -> Result<Vec<GoalProgress>, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let mut facts = store::facts(db, actor.municipality_id).await?;
    progress_all(db, actor, &mut facts, today()).await
}

/// One goal's progress, as the API answers a goal made or changed.
pub async fn one(db: &Db, actor: &Actor, id: i64) -> Result<GoalProgress, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let g = store::get(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)?;
    let mut facts = store::facts(db, actor.municipality_id).await?;
    progress_of(db, actor.municipality_id, g, &mut facts, today()).await
}

pub async fn create(db: &Db, actor: &Actor, input: &GoalInput) -> Result<i64, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let spec = goal::check_goal(input)?;
    let id = store::insert(db, actor.municipality_id, &spec, actor.user_id).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::GoalCreate, &format!("goal:{id}")).await?;
    Ok(id)
}

pub async fn update(db: &Db, actor: &Actor, id: i64, input: &GoalInput) -> Result<(), AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let spec = goal::check_goal(input)?;
    if !store::update(db, actor.municipality_id, id, &spec).await? {
        return Err(AppError::NotFound);
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::GoalUpdate, &format!("goal:{id}")).await
}

pub async fn delete(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    if !store::delete(db, actor.municipality_id, id).await? {
        return Err(AppError::NotFound);
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::GoalDelete, &format!("goal:{id}")).await
}

/// What a goal's input looked like, for its edit form.
pub async fn input_of(db: &Db, actor: &Actor, id: i64) -> Result<GoalInput, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let g = store::get(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)?;
    Ok(GoalInput {
        metric: g.spec.metric.as_str().into(),
        target: g.spec.target.to_string(),
        period_start: g.spec.period.first.to_string(),
        period_end: g.spec.period.last.to_string(),
    })
}

/// The dashboard in one sheet: a row per figure, in sections, for a Danish spreadsheet.
pub fn dashboard_csv(d: &GoalsDashboard, locale: crate::i18n::Locale) -> Result<String, AppError> {
    use crate::i18n::k;
    let header = [k::CSV_SECTION, k::CSV_FIGURE, k::CSV_FROM, k::CSV_TO, k::CSV_VALUE, k::CSV_GOAL, k::CSV_EXPECTED, k::CSV_FORECAST, k::CSV_STATUS, k::CSV_SHARE];
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (from, to) = (d.span.first.to_string(), d.span.last.to_string());
    for g in &d.goals {
        rows.push(vec![
            "Mål".into(),
            g.metric.label_da().into(),
            g.period.first.to_string(),
            g.period.last.to_string(),
            g.value.to_string(),
            g.target.to_string(),
            g.expected.to_string(),
            g.forecast.to_string(),
            crate::i18n::describe::pace(crate::i18n::Locale::Da, g.pace),
            String::new(),
        ]);
    }
    for (name, value, share) in d.funnel.steps() {
        rows.push(vec!["Forløb".into(), crate::i18n::tr_in(crate::i18n::Locale::Da, name, &[]), from.clone(), to.clone(), value.to_string(), String::new(), String::new(), String::new(), String::new(), share_cell(share)]);
    }
    for c in &d.funnel.outcomes.by_outcome {
        let share = metrics::share(c.placements, d.funnel.outcomes.ended);
        rows.push(vec!["Afsluttet som".into(), c.outcome.label_da().into(), from.clone(), to.clone(), c.placements.to_string(), String::new(), String::new(), String::new(), String::new(), share_cell(share)]);
    }
    for c in &d.companies {
        let f = &c.figures;
        for (what, value) in [
            ("Pladser udbudt", f.seats_offered.to_string()),
            ("Forløb startet", f.placements_started.to_string()),
            ("Godkendte timer", hours_decimal_da(f.approved_minutes)),
        ] {
            rows.push(vec![format!("Virksomhed: {}", c.name), what.into(), from.clone(), to.clone(), value, String::new(), String::new(), String::new(), String::new(), String::new()]);
        }
    }
    super::reports::write_csv(locale, &header, rows.into_iter())
}

/// "20,7" without the sign, so a spreadsheet reads it as a number.
fn share_cell(share: Option<f64>) -> String {
    share.map(|p| format_share_da(Some(p)).trim_end_matches(" %").to_string()).unwrap_or_default()
}
