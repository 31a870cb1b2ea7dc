//! The figures behind the municipality's goals, one function per metric. The page, the CSV
//! and /api/v1/goals all count through these, fed with facts the storage layer loads. A
//! period is whole Copenhagen dates with both ends included: a placement that starts on the
//! last day counts, one that starts the day after does not.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::opening::OpeningKind;
use super::placement::Outcome;
use super::target_group::TargetGroup;

/// Whole Copenhagen dates `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DateSpan {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl DateSpan {
    pub fn new(first: NaiveDate, last: NaiveDate) -> DateSpan {
        DateSpan { first, last }
    }

    pub fn contains(self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }

    /// The days of this span up to and including `day`; None before it starts.
    pub fn through(self, day: NaiveDate) -> Option<DateSpan> {
        (day >= self.first).then(|| DateSpan { first: self.first, last: day.min(self.last) })
    }

    pub fn days(self) -> i64 {
        (self.last - self.first).num_days() + 1
    }
}

/// A span cut where the storage layer keeps monthly sums: the whole calendar months inside
/// it (first day of the first, last day of the last) and the days at its ends outside them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthCover {
    pub whole_months: Option<DateSpan>,
    pub loose_days: Vec<DateSpan>,
}

pub fn month_cover(span: DateSpan) -> MonthCover {
    let month_first = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let next_month_first = |d: NaiveDate| month_first(month_first(d) + chrono::Days::new(31));
    let first_whole = if span.first.day() == 1 { span.first } else { next_month_first(span.first) };
    let after_last_whole = if span.last.succ_opt().is_some_and(|next| next.day() == 1) {
        span.last.succ_opt().unwrap_or(span.last)
    } else {
        month_first(span.last)
    };
    let Some(last_whole) = after_last_whole.pred_opt().filter(|last| first_whole < after_last_whole && *last >= first_whole) else {
        return MonthCover { whole_months: None, loose_days: vec![span] };
    };
    let mut loose_days = Vec::new();
    if let Some(before) = first_whole.pred_opt().filter(|_| span.first < first_whole) {
        loose_days.push(DateSpan::new(span.first, before));
    }
    if last_whole < span.last {
        loose_days.push(DateSpan::new(after_last_whole, span.last));
    }
    MonthCover { whole_months: Some(DateSpan::new(first_whole, last_whole)), loose_days }
}

/// One placement as the goals see it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacementFact {
    pub citizen_id: i64,
    pub company_id: i64,
    pub kind: OpeningKind,
    pub target_group: TargetGroup,
    pub starts_on: NaiveDate,
    /// The day it really ended; None while it runs.
    pub ended_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
}

impl PlacementFact {
    /// A placement ended before its first day never started.
    fn started(&self) -> bool {
        self.ended_on.is_none_or(|end| end >= self.starts_on)
    }

    fn active_on(&self, day: NaiveDate) -> bool {
        self.starts_on <= day && self.ended_on.is_none_or(|end| end >= day)
    }
}

/// Approved or waiting minutes summed by the storage layer over one span of days the
/// domain asked for, for one kind of placement and one company (None: every company, as the
/// goals need only the total).
#[derive(Clone, Debug, PartialEq)]
pub struct HoursFact {
    pub span: DateSpan,
    pub company_id: Option<i64>,
    pub kind: OpeningKind,
    /// Confirmed or locked: a mentor or caseworker approved the hours.
    pub approved: bool,
    pub minutes: i64,
}

/// An opening as the per-company table sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct OpeningFact {
    pub company_id: i64,
    pub seats: i64,
    pub created_on: NaiveDate,
    /// Closed for good (a proposal waiting or declined never counts).
    pub closed: bool,
}

/// Everything the goals count from, for one municipality.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub placements: Vec<PlacementFact>,
    /// The day each company became a social-economic enterprise.
    pub social_enterprises_since: Vec<NaiveDate>,
    /// The day each citizen was referred ("visiteret") to the programme.
    pub referrals: Vec<NaiveDate>,
    pub hours: Vec<HoursFact>,
    pub openings: Vec<OpeningFact>,
}

/// Small jobs, fleksjob and skånejob: jobs on special terms, with a wage.
pub fn paid_placements_started(placements: &[PlacementFact], span: DateSpan) -> i64 {
    placements.iter().filter(|p| p.kind.is_paid() && p.started() && span.contains(p.starts_on)).count() as i64
}

/// All placements, of every kind, that started in the span.
pub fn placements_started(placements: &[PlacementFact], span: DateSpan) -> i64 {
    placements.iter().filter(|p| p.started() && span.contains(p.starts_on)).count() as i64
}

/// Companies that became social-economic enterprises in the span.
pub fn social_enterprises_established(since: &[NaiveDate], span: DateSpan) -> i64 {
    since.iter().filter(|d| span.contains(**d)).count() as i64
}

/// Distinct citizens with a placement running on `day`.
pub fn citizens_in_placement(placements: &[PlacementFact], day: NaiveDate) -> i64 {
    let mut citizens: Vec<i64> = placements.iter().filter(|p| p.active_on(day)).map(|p| p.citizen_id).collect();
    citizens.sort_unstable();
    citizens.dedup();
    citizens.len() as i64
}

/// Distinct companies with a placement running on `day`.
pub fn companies_with_placements(placements: &[PlacementFact], day: NaiveDate) -> i64 {
    let mut companies: Vec<i64> = placements.iter().filter(|p| p.active_on(day)).map(|p| p.company_id).collect();
    companies.sort_unstable();
    companies.dedup();
    companies.len() as i64
}

/// Approved minutes in paid placements, from the spans that lie inside `span`.
pub fn approved_paid_minutes(hours: &[HoursFact], span: DateSpan) -> i64 {
    hours
        .iter()
        .filter(|h| h.approved && h.kind.is_paid() && span.contains(h.span.first) && span.contains(h.span.last))
        .map(|h| h.minutes)
        .sum()
}

/// Citizens referred to the programme in the span.
pub fn citizens_referred(referrals: &[NaiveDate], span: DateSpan) -> i64 {
    referrals.iter().filter(|d| span.contains(**d)).count() as i64
}

/// Ordinary job or education: the citizen no longer needs the benefit.
pub fn is_self_supporting(outcome: Outcome) -> bool {
    matches!(outcome, Outcome::OrdinaryJob | Outcome::Education)
}

/// Job (ordinary or fleksjob) or education, as Hedensted counts its resource programmes.
pub fn is_work_or_education(outcome: Outcome) -> bool {
    matches!(outcome, Outcome::OrdinaryJob | Outcome::Fleksjob | Outcome::Education)
}

/// Placements that ended in a span, by how they ended.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OutcomeTally {
    pub ended: i64,
    /// Every outcome, in the order of `Outcome::ALL`, zeros included.
    pub by_outcome: Vec<OutcomeCount>,
    pub self_supporting: i64,
    pub work_or_education: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OutcomeCount {
    pub outcome: Outcome,
    pub placements: i64,
}

impl OutcomeTally {
    /// Self-supporting as a share of the ended, in per cent.
    pub fn self_supporting_share(&self) -> Option<f64> {
        share(self.self_supporting, self.ended)
    }

    pub fn work_or_education_share(&self) -> Option<f64> {
        share(self.work_or_education, self.ended)
    }
}

/// Placements ended in the span, of one target group or all.
pub fn ended_by_outcome(placements: &[PlacementFact], span: DateSpan, group: Option<TargetGroup>) -> OutcomeTally {
    let ended: Vec<Outcome> = placements
        .iter()
        .filter(|p| group.is_none_or(|g| p.target_group == g))
        .filter_map(|p| match (p.ended_on, p.outcome) {
            (Some(day), Some(outcome)) if span.contains(day) => Some(outcome),
            _ => None,
        })
        .collect();
    let count = |f: &dyn Fn(Outcome) -> bool| ended.iter().filter(|o| f(**o)).count() as i64;
    OutcomeTally {
        ended: ended.len() as i64,
        by_outcome: Outcome::ALL.iter().map(|o| OutcomeCount { outcome: *o, placements: count(&|x| x == *o) }).collect(),
        self_supporting: count(&is_self_supporting),
        work_or_education: count(&is_work_or_education),
    }
}

/// `part` of `whole` in per cent; None when there is no whole to take a share of.
pub fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

/// "20,7 %", as Danish reports write a share; "–" when there is none.
pub fn format_share_da(percent: Option<f64>) -> String {
    match percent {
        Some(p) => format!("{} %", format!("{:.1}", p).replace('.', ",")),
        None => "–".into(),
    }
}

pub use super::money::format_count_da;

/// The programme's funnel for a span: referred, placements started, ended, self-supporting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Funnel {
    pub span: DateSpan,
    pub referred: i64,
    pub started: i64,
    pub ended: i64,
    pub self_supporting: i64,
    pub outcomes: OutcomeTally,
}

impl Funnel {
    /// Each step with its share of the step before it (none for the first).
    /// Each step's name, count and share of the step before.
    pub fn steps(&self) -> [(crate::i18n::Key, i64, Option<f64>); 4] {
        use crate::i18n::k;
        [
            (k::FUNNEL_REFERRED, self.referred, None),
            (k::FUNNEL_STARTED, self.started, share(self.started, self.referred)),
            (k::FUNNEL_ENDED, self.ended, share(self.ended, self.started)),
            (k::FUNNEL_SELF_SUPPORTING, self.self_supporting, share(self.self_supporting, self.ended)),
        ]
    }
}

/// A placement counts as started on its first day: none that starts after `today` is counted,
/// whatever the span.
pub fn funnel(facts: &Facts, span: DateSpan, today: NaiveDate) -> Funnel {
    let outcomes = ended_by_outcome(&facts.placements, span, None);
    Funnel {
        span,
        referred: citizens_referred(&facts.referrals, span),
        started: span.through(today).map(|so_far| placements_started(&facts.placements, so_far)).unwrap_or(0),
        ended: outcomes.ended,
        self_supporting: outcomes.self_supporting,
        outcomes,
    }
}

/// One company's part in a span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CompanyFigures {
    pub company_id: i64,
    /// Seats in openings offered in the span: made in it, or made before and not closed.
    pub seats_offered: i64,
    pub placements_started: i64,
    /// Approved minutes of every kind (internships too), in the span.
    pub approved_minutes: i64,
}

/// Every company with anything to show in the span, most approved hours first. Placements
/// count as started on their first day, so none after `today`.
pub fn per_company(facts: &Facts, span: DateSpan, today: NaiveDate) -> Vec<CompanyFigures> {
    use std::collections::BTreeMap;
    let mut rows: BTreeMap<i64, CompanyFigures> = BTreeMap::new();
    fn row(rows: &mut BTreeMap<i64, CompanyFigures>, id: i64) -> &mut CompanyFigures {
        rows.entry(id).or_insert(CompanyFigures { company_id: id, seats_offered: 0, placements_started: 0, approved_minutes: 0 })
    }
    for o in facts.openings.iter().filter(|o| o.created_on <= span.last && (o.created_on >= span.first || !o.closed)) {
        row(&mut rows, o.company_id).seats_offered += o.seats;
    }
    let so_far = span.through(today);
    for p in facts.placements.iter().filter(|p| p.started() && so_far.is_some_and(|s| s.contains(p.starts_on))) {
        row(&mut rows, p.company_id).placements_started += 1;
    }
    for h in facts.hours.iter().filter(|h| h.approved && span.contains(h.span.first) && span.contains(h.span.last)) {
        if let Some(company_id) = h.company_id {
            row(&mut rows, company_id).approved_minutes += h.minutes;
        }
    }
    let mut out: Vec<CompanyFigures> = rows.into_values().collect();
    out.sort_by(|a, b| {
        (b.approved_minutes, b.placements_started, a.company_id).cmp(&(a.approved_minutes, a.placements_started, b.company_id))
    });
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn a_span_is_cut_into_whole_months_and_loose_days() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let span = |a, b| DateSpan::new(d(a), d(b));
        let cover = |a, b| month_cover(span(a, b));
        // A calendar year is twelve whole months and nothing loose.
        assert_eq!(cover("2026-01-01", "2026-12-31"), MonthCover { whole_months: Some(span("2026-01-01", "2026-12-31")), loose_days: vec![] });
        // Ragged ends on both sides.
        assert_eq!(
            cover("2026-01-15", "2026-04-10"),
            MonthCover { whole_months: Some(span("2026-02-01", "2026-03-31")), loose_days: vec![span("2026-01-15", "2026-01-31"), span("2026-04-01", "2026-04-10")] }
        );
        // February's last day in a leap year closes the month; the 28th does not.
        assert_eq!(cover("2028-02-01", "2028-02-29").whole_months, Some(span("2028-02-01", "2028-02-29")));
        assert_eq!(cover("2028-02-01", "2028-02-28"), MonthCover { whole_months: None, loose_days: vec![span("2028-02-01", "2028-02-28")] });
        // Inside one month, or straddling two without a whole one: all loose.
        assert_eq!(cover("2026-03-05", "2026-03-09").loose_days, vec![span("2026-03-05", "2026-03-09")]);
        assert_eq!(cover("2026-03-05", "2026-04-09"), MonthCover { whole_months: None, loose_days: vec![span("2026-03-05", "2026-04-09")] });
        assert_eq!(cover("2026-12-31", "2026-12-31").loose_days, vec![span("2026-12-31", "2026-12-31")]);
        // Every day of any span is counted once: whole months plus loose days add up.
        for (a, b) in [("2026-01-15", "2026-04-10"), ("2025-12-31", "2027-01-01"), ("2026-02-01", "2026-02-27"), ("2026-05-31", "2026-07-01")] {
            let c = cover(a, b);
            let days: i64 = c.whole_months.map_or(0, DateSpan::days) + c.loose_days.iter().map(|s| s.days()).sum::<i64>();
            assert_eq!(days, span(a, b).days(), "{a}..{b}");
        }
    }

    pub fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    pub fn placement(citizen_id: i64, kind: OpeningKind, starts: &str, ended: Option<(&str, Outcome)>) -> PlacementFact {
        PlacementFact {
            citizen_id,
            company_id: 1,
            kind,
            target_group: TargetGroup::CashBenefitActivityReady,
            starts_on: d(starts),
            ended_on: ended.map(|(day, _)| d(day)),
            outcome: ended.map(|(_, o)| o),
        }
    }

    #[test]
    fn a_placement_started_on_the_last_day_counts_and_the_day_after_does_not() {
        let year = DateSpan::new(d("2026-01-01"), d("2026-12-31"));
        let ps = vec![
            placement(1, OpeningKind::SmallJob, "2025-12-31", None),
            placement(2, OpeningKind::SmallJob, "2026-01-01", None),
            placement(3, OpeningKind::FlexJob, "2026-12-31", None),
            placement(4, OpeningKind::ShelteredJob, "2027-01-01", None),
            placement(5, OpeningKind::Internship, "2026-06-01", None),
            // Ended before its first day: it never started.
            placement(6, OpeningKind::SmallJob, "2026-06-01", Some(("2026-05-20", Outcome::Other))),
        ];
        assert_eq!(paid_placements_started(&ps, year), 2);
        assert_eq!(placements_started(&ps, year), 3);
    }

    #[test]
    fn social_enterprises_and_referrals_count_by_their_date() {
        let span = DateSpan::new(d("2026-01-01"), d("2026-03-31"));
        let dates = [d("2025-12-31"), d("2026-01-01"), d("2026-03-31"), d("2026-04-01")];
        assert_eq!(social_enterprises_established(&dates, span), 2);
        assert_eq!(citizens_referred(&dates, span), 2);
    }

    #[test]
    fn citizens_in_placement_are_counted_once_on_a_day() {
        let ps = vec![
            placement(1, OpeningKind::SmallJob, "2026-01-01", None),
            placement(1, OpeningKind::Internship, "2026-02-01", None),
            placement(2, OpeningKind::SmallJob, "2026-01-01", Some(("2026-02-01", Outcome::OrdinaryJob))),
            placement(3, OpeningKind::SmallJob, "2026-02-02", None),
        ];
        assert_eq!(citizens_in_placement(&ps, d("2026-02-01")), 2, "the last day still counts");
        assert_eq!(citizens_in_placement(&ps, d("2026-02-02")), 2);
        assert_eq!(citizens_in_placement(&ps, d("2025-12-31")), 0);
    }

    #[test]
    fn hedensted_93_citizens_in_small_jobs_with_18_companies() {
        let day = d("2026-05-01");
        let ps: Vec<PlacementFact> = (0..93)
            .map(|i| PlacementFact { company_id: i % 18, ..placement(i, OpeningKind::SmallJob, "2026-01-05", None) })
            .collect();
        assert_eq!(citizens_in_placement(&ps, day), 93);
        assert_eq!(companies_with_placements(&ps, day), 18);
    }

    #[test]
    fn frederikssund_29_ended_and_6_self_supporting_is_20_7_per_cent() {
        let year = DateSpan::new(d("2026-01-01"), d("2026-12-31"));
        let mut ps = Vec::new();
        let outcomes = [(Outcome::OrdinaryJob, 4), (Outcome::Education, 2), (Outcome::Continued, 5), (Outcome::DroppedOut, 10), (Outcome::Other, 8)];
        let mut id = 0;
        for (outcome, n) in outcomes {
            for _ in 0..n {
                id += 1;
                ps.push(placement(id, OpeningKind::Internship, "2026-02-02", Some(("2026-09-30", outcome))));
            }
        }
        // Still running, and ended the year before: neither counts.
        ps.push(placement(100, OpeningKind::Internship, "2026-02-02", None));
        ps.push(placement(101, OpeningKind::Internship, "2025-02-02", Some(("2025-12-31", Outcome::OrdinaryJob))));
        let tally = ended_by_outcome(&ps, year, None);
        assert_eq!(tally.ended, 29);
        assert_eq!(tally.self_supporting, 6);
        assert_eq!(format_share_da(tally.self_supporting_share()), "20,7 %");
        let continued = tally.by_outcome.iter().find(|c| c.outcome == Outcome::Continued).unwrap();
        assert_eq!(continued.placements, 5);
        assert_eq!(tally.by_outcome.len(), Outcome::ALL.len());
    }

    #[test]
    fn hedensted_47_per_cent_of_ended_resource_programmes_in_job_fleksjob_or_education() {
        let year = DateSpan::new(d("2026-01-01"), d("2026-12-31"));
        let mut ps = Vec::new();
        let ended = [(Outcome::OrdinaryJob, 3), (Outcome::Fleksjob, 3), (Outcome::Education, 2), (Outcome::Continued, 5), (Outcome::DroppedOut, 4)];
        let mut id = 0;
        for (outcome, n) in ended {
            for _ in 0..n {
                id += 1;
                let mut p = placement(id, OpeningKind::Internship, "2026-01-05", Some(("2026-06-30", outcome)));
                p.target_group = TargetGroup::ResourceProgramme;
                ps.push(p);
            }
        }
        // Another target group's placements do not move the resource programmes' share.
        ps.push(placement(50, OpeningKind::SmallJob, "2026-01-05", Some(("2026-06-30", Outcome::DroppedOut))));
        let tally = ended_by_outcome(&ps, year, Some(TargetGroup::ResourceProgramme));
        assert_eq!((tally.ended, tally.work_or_education), (17, 8));
        assert_eq!(tally.work_or_education_share().map(f64::round), Some(47.0));
        assert_eq!(ended_by_outcome(&ps, year, None).ended, 18);
    }

    #[test]
    fn approved_paid_hours_leave_out_waiting_hours_and_internships() {
        let jan = DateSpan::new(d("2026-01-01"), d("2026-01-31"));
        let week = |first: &str, last: &str| DateSpan::new(d(first), d(last));
        let h = |span, kind, approved, minutes| HoursFact { span, company_id: Some(7), kind, approved, minutes };
        let hours = vec![
            h(week("2026-01-01", "2026-01-04"), OpeningKind::SmallJob, true, 600),
            h(week("2026-01-05", "2026-01-11"), OpeningKind::FlexJob, true, 120),
            h(week("2026-01-05", "2026-01-11"), OpeningKind::SmallJob, false, 999),
            h(week("2026-01-05", "2026-01-11"), OpeningKind::Internship, true, 480),
            h(week("2026-02-01", "2026-02-01"), OpeningKind::SmallJob, true, 60),
        ];
        assert_eq!(approved_paid_minutes(&hours, jan), 720);
        let facts = Facts { hours, ..Facts::default() };
        let companies = per_company(&facts, jan, d("2026-12-31"));
        assert_eq!(companies.len(), 1);
        assert_eq!(companies[0].approved_minutes, 1200, "the company table counts internship hours too");
    }

    #[test]
    fn the_funnel_runs_from_referred_to_self_supporting_with_shares() {
        let year = DateSpan::new(d("2026-01-01"), d("2026-12-31"));
        let facts = Facts {
            referrals: vec![d("2026-01-10"); 10],
            placements: vec![
                placement(1, OpeningKind::SmallJob, "2026-02-01", Some(("2026-05-01", Outcome::OrdinaryJob))),
                placement(2, OpeningKind::Internship, "2026-02-01", Some(("2026-05-01", Outcome::DroppedOut))),
                placement(3, OpeningKind::Internship, "2026-02-01", None),
                placement(4, OpeningKind::Internship, "2026-03-01", None),
            ],
            ..Facts::default()
        };
        let f = funnel(&facts, year, d("2026-12-31"));
        assert_eq!((f.referred, f.started, f.ended, f.self_supporting), (10, 4, 2, 1));
        // A placement starts on its first day: the day before, the funnel does not count it.
        assert_eq!(funnel(&facts, year, d("2026-02-28")).started, 3, "the one starting 1 March has not started");
        assert_eq!(funnel(&facts, year, d("2026-03-01")).started, 4, "it counts on its first day");
        assert_eq!(funnel(&facts, year, d("2025-12-31")).started, 0, "a span still to come has none");
        let tomorrow = per_company(&Facts { placements: facts.placements.clone(), ..Facts::default() }, year, d("2026-02-28"));
        assert_eq!(tomorrow.iter().map(|c| c.placements_started).sum::<i64>(), 3);
        let steps = f.steps();
        assert_eq!(steps[1].2, Some(40.0));
        assert_eq!(steps[3].2, Some(50.0));
        assert_eq!(format_share_da(share(0, 0)), "–");
    }

    #[test]
    fn seats_offered_are_openings_of_the_span_or_still_standing() {
        let span = DateSpan::new(d("2026-01-01"), d("2026-12-31"));
        let o = |company_id, seats, created: &str, closed| OpeningFact { company_id, seats, created_on: d(created), closed };
        let facts = Facts {
            openings: vec![o(1, 2, "2026-03-01", true), o(1, 3, "2025-03-01", false), o(2, 5, "2025-03-01", true), o(3, 1, "2027-01-01", false)],
            ..Facts::default()
        };
        let rows = per_company(&facts, span, d("2026-12-31"));
        assert_eq!(rows.iter().map(|r| (r.company_id, r.seats_offered)).collect::<Vec<_>>(), [(1, 5)]);
    }

    #[test]
    fn counts_read_the_danish_way() {
        assert_eq!(format_count_da(1234567), "1.234.567");
        assert_eq!(format_count_da(250), "250");
        assert_eq!(format_count_da(-1000), "-1.000");
    }
}
