//! A goal of the municipality — a metric, a target, a period — and how far it has come: the
//! value today, the burn-up against the straight line to the target, and the forecast at
//! the current pace.
use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::goal_metrics::{self as m, CompanyFigures, DateSpan, Facts, Funnel};
use super::local_time::parse_date;

text_enum!(Metric {
    PaidPlacementsStarted = "jobs_on_special_terms_created", "Job på særlige vilkår skabt";
    SocialEnterprisesEstablished = "new_social_enterprises", "Nye socialøkonomiske virksomheder";
    CitizensInPlacement = "citizens_in_placement", "Borgere i forløb på én dag";
    ApprovedPaidHours = "approved_paid_hours", "Godkendte lønnede timer";
    CitizensReferred = "citizens_referred", "Borgere visiteret";
    SelfSupporting = "self_supporting", "Forløb afsluttet til job eller uddannelse";
});

impl Metric {
    /// A level on one day rather than a count that only grows.
    pub fn is_level(self) -> bool {
        self == Metric::CitizensInPlacement
    }

    /// The metric's value over `span` (for a level: on its last day).
    pub fn value(self, facts: &Facts, span: DateSpan) -> i64 {
        match self {
            Metric::PaidPlacementsStarted => m::paid_placements_started(&facts.placements, span),
            Metric::SocialEnterprisesEstablished => m::social_enterprises_established(&facts.social_enterprises_since, span),
            Metric::CitizensInPlacement => m::citizens_in_placement(&facts.placements, span.last),
            Metric::ApprovedPaidHours => m::approved_paid_minutes(&facts.hours, span) / 60,
            Metric::CitizensReferred => m::citizens_referred(&facts.referrals, span),
            Metric::SelfSupporting => m::ended_by_outcome(&facts.placements, span, None).self_supporting,
        }
    }
}

/// What an admin or manager types to define a goal. Text, as forms send it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GoalInput {
    #[serde(default)]
    pub metric: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub target: String,
    #[serde(default)]
    pub period_start: String,
    #[serde(default)]
    pub period_end: String,
}

/// A goal that passed the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalSpec {
    pub metric: Metric,
    pub target: i64,
    pub period: DateSpan,
}

pub const MAX_TARGET: i64 = 10_000_000;
/// Strategies run for years, not decades.
pub const MAX_PERIOD_YEARS: u32 = 10;

pub fn check_goal(input: &GoalInput) -> Result<GoalSpec, AppError> {
    let metric = match input.metric.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::Metric)),
        key => Metric::parse(key).ok_or(AppError::invalid(Rule::InvalidKind, Field::Metric))?,
    };
    let target = match input.target.trim().replace('.', "") {
        t if t.is_empty() => return Err(AppError::invalid(Rule::Required, Field::Target)),
        t => t.parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::Target))?,
    };
    if !(1..=MAX_TARGET).contains(&target) {
        return Err(AppError::invalid(Rule::OutOfRange, Field::Target));
    }
    let first = parse_date(&input.period_start, Field::PeriodStart)?;
    let last = parse_date(&input.period_end, Field::PeriodEnd)?;
    if last < first {
        return Err(AppError::invalid(Rule::ToBeforeFrom, Field::PeriodEnd));
    }
    if first.checked_add_months(Months::new(12 * MAX_PERIOD_YEARS)).is_none_or(|limit| last >= limit) {
        return Err(AppError::invalid(Rule::RangeTooLong, Field::PeriodEnd));
    }
    Ok(GoalSpec { metric, target, period: DateSpan::new(first, last) })
}

/// The funnel's span from the page's `fra`/`til`; the calendar year by default.
pub fn dashboard_span(from: Option<&str>, to: Option<&str>, today: NaiveDate) -> Result<DateSpan, AppError> {
    let year_first = NaiveDate::from_ymd_opt(today.year(), 1, 1).ok_or(AppError::Internal)?;
    let year_last = NaiveDate::from_ymd_opt(today.year(), 12, 31).ok_or(AppError::Internal)?;
    let pick = |raw: Option<&str>, field, default| match raw.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => parse_date(s, field),
        None => Ok(default),
    };
    let first = pick(from, Field::FromDate, year_first)?;
    let last = pick(to, Field::ToDate, year_last)?;
    if last < first {
        return Err(AppError::invalid(Rule::ToBeforeFrom, Field::ToDate));
    }
    if (last - first).num_days() > 366 * MAX_PERIOD_YEARS as i64 {
        return Err(AppError::invalid(Rule::RangeTooLong, Field::PeriodEnd));
    }
    Ok(DateSpan::new(first, last))
}

/// The spans the burn-up is drawn from: weeks for a period of up to half a year, months
/// for a longer one, cut to the period and ending with `today` when it is inside.
pub fn sample_spans(period: DateSpan, today: NaiveDate) -> Vec<DateSpan> {
    let Some(shown) = period.through(today) else { return Vec::new() };
    let weekly = period.days() <= 183;
    let mut spans = Vec::new();
    let mut first = shown.first;
    while first <= shown.last {
        let natural_end = if weekly {
            first + Duration::days(6 - first.weekday().num_days_from_monday() as i64)
        } else {
            let next_month = first.with_day(1).and_then(|d| d.checked_add_months(Months::new(1))).unwrap_or(shown.last);
            next_month - Duration::days(1)
        };
        let last = natural_end.min(shown.last);
        spans.push(DateSpan::new(first, last));
        first = last + Duration::days(1);
    }
    spans
}

/// Where a goal stands, as the dashboard, its CSV and the API show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "status", content = "by", rename_all = "snake_case")]
pub enum Pace {
    /// The period has not begun.
    NotStarted,
    /// At the current pace the target is met by the end.
    OnTrack,
    /// At the current pace the period ends this many short.
    Behind(i64),
    /// The period is over and the target was met.
    Reached,
    /// The period is over, this many short.
    Missed(i64),
}

impl Pace {
    pub fn is_good(self) -> bool {
        matches!(self, Pace::OnTrack | Pace::Reached)
    }

    /// A quarter or more of the target short at the forecast (or at the end): the chart
    /// shows it in a stronger colour.
    pub fn is_far_behind(self, target: i64) -> bool {
        matches!(self, Pace::Behind(n) | Pace::Missed(n) if n * 4 >= target)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BurnUpPoint {
    /// The last day the value counts.
    pub day: NaiveDate,
    pub value: i64,
    /// Where the straight line to the target is on that day.
    pub line: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GoalProgress {
    pub id: i64,
    pub metric: Metric,
    pub target: i64,
    pub period: DateSpan,
    /// The value today, or at the end of a period that is over.
    pub value: i64,
    /// Where the straight line to the target is today.
    pub expected: i64,
    /// The value at the end of the period at the current pace.
    pub forecast: i64,
    pub pace: Pace,
    pub points: Vec<BurnUpPoint>,
}

/// The straight line from 0 on the first day to `target` on the last, on `day`.
pub fn line_on(period: DateSpan, target: i64, day: NaiveDate) -> i64 {
    let elapsed = (day - period.first).num_days() + 1;
    if elapsed <= 0 {
        return 0;
    }
    let elapsed = elapsed.min(period.days());
    // Rounded up: the line says how much should be done by the end of that day.
    (target * elapsed + period.days() - 1) / period.days()
}

pub fn progress(id: i64, goal: GoalSpec, facts: &Facts, today: NaiveDate) -> GoalProgress {
    let period = goal.period;
    let points: Vec<BurnUpPoint> = sample_spans(period, today)
        .into_iter()
        .map(|s| {
            let upto = DateSpan::new(period.first, s.last);
            BurnUpPoint { day: s.last, value: goal.metric.value(facts, upto), line: line_on(period, goal.target, s.last) }
        })
        .collect();
    let Some(last) = points.last().copied() else {
        return GoalProgress {
            id, metric: goal.metric, target: goal.target, period, value: 0, expected: 0, forecast: 0, pace: Pace::NotStarted, points,
        };
    };
    let value = last.value;
    let elapsed = (last.day - period.first).num_days() + 1;
    let forecast = if goal.metric.is_level() {
        // A level grows from where it stood on the first day.
        let start = goal.metric.value(facts, DateSpan::new(period.first, period.first));
        start + (value - start) * period.days() / elapsed
    } else {
        value * period.days() / elapsed
    };
    let over = today > period.last;
    let pace = match (over, value >= goal.target, forecast >= goal.target) {
        (true, true, _) => Pace::Reached,
        (true, false, _) => Pace::Missed(goal.target - value),
        (false, true, _) if !goal.metric.is_level() => Pace::Reached,
        (false, _, true) => Pace::OnTrack,
        (false, _, false) => Pace::Behind(goal.target - forecast),
    };
    GoalProgress { id, metric: goal.metric, target: goal.target, period, value, expected: last.line, forecast, pace, points }
}

/// Every figure the goals dashboard shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GoalsDashboard {
    pub today: NaiveDate,
    pub goals: Vec<GoalProgress>,
    /// The span the funnel and the company table are for.
    pub span: DateSpan,
    pub funnel: Funnel,
    pub companies: Vec<CompanyRow>,
    /// Citizens and companies with a placement running today.
    pub citizens_in_placement: i64,
    pub companies_with_placements: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CompanyRow {
    pub name: String,
    #[serde(flatten)]
    pub figures: CompanyFigures,
}

/// A burn-up drawn in a `width` × `height` box: the value's polyline and the straight line
/// to the target, both from the period's first day to its last.
#[derive(Clone, Debug, PartialEq)]
pub struct BurnUpGeometry {
    /// "x,y x,y …" for an SVG polyline, starting at 0 on the first day.
    pub value_points: String,
    pub line: (f64, f64, f64, f64),
    /// The top of the scale: the target or the highest value, whichever is more.
    pub top: i64,
    /// Where today is on the time axis, when the period holds it.
    pub today_x: Option<f64>,
}

pub fn burn_up_geometry(p: &GoalProgress, width: f64, height: f64, today: NaiveDate) -> BurnUpGeometry {
    let top = p.points.iter().map(|pt| pt.value).chain([p.target, 1]).max().unwrap_or(1);
    let days = p.period.days().max(1) as f64;
    let x = |day: NaiveDate| ((day - p.period.first).num_days() + 1) as f64 / days * width;
    let y = |v: i64| height - v as f64 / top as f64 * height;
    let r = |f: f64| (f * 10.0).round() / 10.0;
    let start_value = if p.metric.is_level() { p.points.first().map_or(0, |pt| pt.value) } else { 0 };
    let mut points = vec![format!("0,{}", r(y(start_value)))];
    points.extend(p.points.iter().map(|pt| format!("{},{}", r(x(pt.day)), r(y(pt.value)))));
    let today_x = (today >= p.period.first && today <= p.period.last).then(|| r(x(today)));
    BurnUpGeometry { value_points: points.join(" "), line: (0.0, r(y(0)), r(width), r(y(p.target))), top, today_x }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::goal_metrics::tests::{d, placement};
    use crate::domain::opening::OpeningKind;

    fn input(metric: &str, target: &str, start: &str, end: &str) -> GoalInput {
        GoalInput { metric: metric.into(), target: target.into(), period_start: start.into(), period_end: end.into() }
    }

    #[test]
    fn the_dashboard_span_is_this_year_unless_chosen_and_never_backwards() {
        let today = d("2026-11-23");
        assert_eq!(dashboard_span(None, Some(" "), today).unwrap(), DateSpan::new(d("2026-01-01"), d("2026-12-31")));
        assert_eq!(dashboard_span(Some("2026-03-01"), None, today).unwrap(), DateSpan::new(d("2026-03-01"), d("2026-12-31")));
        assert_eq!(dashboard_span(Some("2026-03-01"), Some("2026-03-01"), today).unwrap().days(), 1);
        assert_eq!(dashboard_span(Some("2026-03-02"), Some("2026-03-01"), today), Err(AppError::invalid(Rule::ToBeforeFrom, Field::ToDate)));
        assert_eq!(dashboard_span(Some("i går"), None, today).unwrap_err().field(), Some(Field::FromDate));
        assert_eq!(dashboard_span(Some("2010-01-01"), Some("2026-01-01"), today), Err(AppError::invalid(Rule::RangeTooLong, Field::PeriodEnd)));
    }

    #[test]
    fn a_goal_needs_a_known_metric_a_positive_target_and_a_period() {
        let ok = check_goal(&input("jobs_on_special_terms_created", "250", "2025-01-01", "2026-12-31")).unwrap();
        assert_eq!((ok.metric, ok.target, ok.period.days()), (Metric::PaidPlacementsStarted, 250, 730));
        let err = |i: GoalInput| check_goal(&i).unwrap_err();
        assert_eq!(err(input("", "1", "2026-01-01", "2026-12-31")), AppError::invalid(Rule::Required, Field::Metric));
        assert_eq!(err(input("jobs", "1", "2026-01-01", "2026-12-31")), AppError::invalid(Rule::InvalidKind, Field::Metric));
        assert_eq!(err(input("citizens_referred", "", "2026-01-01", "2026-12-31")), AppError::invalid(Rule::Required, Field::Target));
        assert_eq!(err(input("citizens_referred", "ti", "2026-01-01", "2026-12-31")), AppError::invalid(Rule::InvalidNumber, Field::Target));
        assert_eq!(err(input("citizens_referred", "0", "2026-01-01", "2026-12-31")), AppError::invalid(Rule::OutOfRange, Field::Target));
        assert_eq!(err(input("citizens_referred", "5", "2026-01-01", "2025-12-31")), AppError::invalid(Rule::ToBeforeFrom, Field::PeriodEnd));
        assert_eq!(err(input("citizens_referred", "5", "2026-01-01", "2036-01-01")), AppError::invalid(Rule::RangeTooLong, Field::PeriodEnd));
        assert_eq!(err(input("citizens_referred", "5", "1/1", "2026-12-31")), AppError::invalid(Rule::InvalidDate, Field::PeriodStart));
        assert_eq!(check_goal(&input("citizens_referred", "1.000", "2026-01-01", "2035-12-31")).unwrap().target, 1000);
        // A goal of one day is a period too.
        assert!(check_goal(&input("citizens_in_placement", "93", "2026-05-01", "2026-05-01")).is_ok());
    }

    #[test]
    fn the_burn_up_is_sampled_by_week_or_month_up_to_today() {
        let half_year = DateSpan::new(d("2026-01-01"), d("2026-03-31"));
        let spans = sample_spans(half_year, d("2026-01-14"));
        assert_eq!(spans, [DateSpan::new(d("2026-01-01"), d("2026-01-04")), DateSpan::new(d("2026-01-05"), d("2026-01-11")), DateSpan::new(d("2026-01-12"), d("2026-01-14"))]);
        let two_years = DateSpan::new(d("2025-01-01"), d("2026-12-31"));
        let spans = sample_spans(two_years, d("2027-03-01"));
        assert_eq!(spans.len(), 24);
        assert_eq!(spans[1], DateSpan::new(d("2025-02-01"), d("2025-02-28")));
        assert_eq!(spans.last().unwrap().last, d("2026-12-31"));
        assert!(sample_spans(two_years, d("2024-12-31")).is_empty());
    }

    #[test]
    fn the_line_to_the_target_rises_evenly_and_ends_on_it() {
        let p = DateSpan::new(d("2026-01-01"), d("2026-01-10"));
        assert_eq!(line_on(p, 100, d("2025-12-31")), 0);
        assert_eq!(line_on(p, 100, d("2026-01-01")), 10);
        assert_eq!(line_on(p, 100, d("2026-01-05")), 50);
        assert_eq!(line_on(p, 100, d("2026-01-10")), 100);
        assert_eq!(line_on(p, 100, d("2026-02-10")), 100);
        assert_eq!(line_on(p, 5, d("2026-01-01")), 1, "rounded up");
    }

    fn paid_starts(days: &[&str]) -> Facts {
        Facts {
            placements: days.iter().enumerate().map(|(i, day)| placement(i as i64, OpeningKind::SmallJob, day, None)).collect(),
            ..Facts::default()
        }
    }

    #[test]
    fn at_the_current_pace_a_goal_is_on_track_or_behind_by_what_it_will_miss() {
        let goal = GoalSpec { metric: Metric::PaidPlacementsStarted, target: 10, period: DateSpan::new(d("2026-01-01"), d("2026-01-10")) };
        // Five days in, 5 started: 10 by the end.
        let on = progress(1, goal, &paid_starts(&["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"]), d("2026-01-05"));
        assert_eq!((on.value, on.expected, on.forecast, on.pace), (5, 5, 10, Pace::OnTrack));
        // Five days in, 3 started: 6 by the end, 4 short.
        let behind = progress(1, goal, &paid_starts(&["2026-01-01", "2026-01-02", "2026-01-05"]), d("2026-01-05"));
        assert_eq!((behind.forecast, behind.pace), (6, Pace::Behind(4)));
        assert_eq!(behind.pace, Pace::Behind(4));
        // Over: reached or missed, whatever the pace was.
        let over = progress(1, goal, &paid_starts(&["2026-01-01", "2026-01-02", "2026-01-11"]), d("2026-02-01"));
        assert_eq!((over.value, over.pace), (2, Pace::Missed(8)));
        let early = progress(1, goal, &paid_starts(&["2026-01-01"; 10]), d("2026-01-02"));
        assert_eq!(early.pace, Pace::Reached);
        let waiting = progress(1, goal, &paid_starts(&["2026-01-01"]), d("2025-12-01"));
        assert_eq!((waiting.pace, waiting.points.len()), (Pace::NotStarted, 0));
    }

    #[test]
    fn the_burn_up_counts_from_the_first_day_to_each_span_end() {
        let goal = GoalSpec { metric: Metric::PaidPlacementsStarted, target: 4, period: DateSpan::new(d("2026-01-01"), d("2026-01-31")) };
        let p = progress(9, goal, &paid_starts(&["2025-12-31", "2026-01-02", "2026-01-06", "2026-01-07"]), d("2026-01-08"));
        assert_eq!(p.points.iter().map(|pt| (pt.day, pt.value)).collect::<Vec<_>>(), [(d("2026-01-04"), 1), (d("2026-01-08"), 3)]);
        assert_eq!(p.value, 3);
    }

    #[test]
    fn the_chart_scales_to_the_target_or_a_higher_value() {
        let goal = GoalSpec { metric: Metric::PaidPlacementsStarted, target: 4, period: DateSpan::new(d("2026-01-01"), d("2026-01-10")) };
        let p = progress(1, goal, &paid_starts(&["2026-01-01", "2026-01-02"]), d("2026-01-05"));
        let g = burn_up_geometry(&p, 100.0, 50.0, d("2026-01-05"));
        assert_eq!(g.top, 4);
        assert_eq!(g.line, (0.0, 50.0, 100.0, 0.0));
        assert_eq!(g.value_points, "0,50 40,25 50,25");
        assert_eq!(g.today_x, Some(50.0), "the fifth of ten days ends halfway");
        assert_eq!(burn_up_geometry(&p, 100.0, 50.0, d("2026-02-01")).today_x, None, "after the period: no marker");
        let over = progress(1, goal, &paid_starts(&["2026-01-01"; 8]), d("2026-01-10"));
        assert_eq!(burn_up_geometry(&over, 100.0, 50.0, d("2026-01-10")).top, 8);
    }

    #[test]
    fn far_behind_is_a_quarter_of_the_target_short() {
        assert!(Pace::Behind(25).is_far_behind(100));
        assert!(!Pace::Behind(24).is_far_behind(100));
        assert!(Pace::Missed(3).is_far_behind(10));
        assert!(!Pace::OnTrack.is_far_behind(100) && !Pace::Reached.is_far_behind(1));
    }

    #[test]
    fn a_level_forecasts_from_its_growth_since_the_first_day() {
        let goal = GoalSpec { metric: Metric::CitizensInPlacement, target: 10, period: DateSpan::new(d("2026-01-01"), d("2026-01-10")) };
        // 2 on the first day, 4 on the fifth: growing 2 in 5 days, 6 by the end.
        let facts = paid_starts(&["2026-01-01", "2026-01-01", "2026-01-03", "2026-01-05"]);
        let p = progress(1, goal, &facts, d("2026-01-05"));
        assert_eq!((p.value, p.forecast, p.pace), (4, 6, Pace::Behind(4)));
    }
}
