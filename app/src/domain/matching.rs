//! Matching citizens and openings. The score is a sum of named parts so the caseworker can
//! read why a citizen is proposed — it ranks, it never decides:
//!
//! | part | points |
//! | --- | --- |
//! | lives in the opening's postcode | +30 |
//! | else lives in the same postcode area (first two digits) | +15 |
//! | hours wanted within 2 of the hours offered a week | +20 |
//! | else within 5 | +10 |
//! | the kind suits the target group (table in [`kind_fit`]) | +25 good, +10 possible |
//! | already in an active or planned placement | −40 |
//!
//! Ties go to the citizen (or opening) with the lower id, so the order is stable.
use serde::{Deserialize, Serialize};

use super::opening::OpeningKind;
use super::target_group::TargetGroup;

/// Why a part of a score was given, with what it compared: the page words it in the reader's
/// language, API clients can act on the code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum MatchReason {
    SamePostcode { postcode: String },
    SameArea { citizen_postcode: String, opening_postcode: String },
    /// Within 2 hours a week (20 points) or within 5 (10 points).
    HoursClose { wanted: f64, offered: f64 },
    KindSuits { kind: OpeningKind },
    KindMaySuit { kind: OpeningKind },
    AlreadyPlaced,
}

/// One part of a score, for the caseworker to read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ScorePart {
    pub points: i64,
    pub why: MatchReason,
    /// `why` in words, in the reader's language ("Bor i samme postnummer (6950)").
    #[serde(default)]
    pub reason: String,
}

impl ScorePart {
    fn new(points: i64, why: MatchReason) -> Self {
        ScorePart { points, why, reason: String::new() }
    }
}

/// One ranked candidate: a citizen for an opening, or an opening for a citizen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MatchView {
    /// The citizen's or the opening's id.
    pub id: i64,
    /// The citizen's name, or the opening's title at its company.
    pub name: String,
    pub postcode: Option<String>,
    pub score: i64,
    pub parts: Vec<ScorePart>,
}

/// What matching knows about a citizen.
#[derive(Clone, Debug, PartialEq)]
pub struct CitizenSide {
    pub postcode: Option<String>,
    pub wanted_hours_per_week: Option<f64>,
    pub target_group: Option<TargetGroup>,
    pub already_placed: bool,
}

/// What matching knows about an opening.
#[derive(Clone, Debug, PartialEq)]
pub struct OpeningSide {
    pub postcode: Option<String>,
    pub hours_per_week: Option<f64>,
    pub kind: OpeningKind,
}

/// How well a kind of opening suits a target group: 2 good, 1 possible, 0 not.
/// Fleksjob needs a visitation and skånejob a disability pension, so only those groups fit them.
pub fn kind_fit(group: TargetGroup, kind: OpeningKind) -> u8 {
    use OpeningKind::*;
    use TargetGroup::*;
    match (group, kind) {
        (Fleksjob, FlexJob) | (DisabilityPension, ShelteredJob) => 2,
        (Fleksjob | DisabilityPension, SmallJob | Internship) => 1,
        (_, FlexJob | ShelteredJob) => 0,
        (CashBenefitActivityReady, SmallJob) => 2,
        (ResourceProgramme | Integration | Youth | SicknessBenefit, Internship) => 2,
        (CashBenefitActivityReady, Internship) | (ResourceProgramme | Integration | Youth | SicknessBenefit, SmallJob) => 1,
    }
}

pub fn score(c: &CitizenSide, o: &OpeningSide) -> Vec<ScorePart> {
    let mut parts = Vec::new();
    if let (Some(cp), Some(op)) = (&c.postcode, &o.postcode) {
        if cp == op {
            parts.push(ScorePart::new(30, MatchReason::SamePostcode { postcode: op.clone() }));
        } else if cp.get(..2) == op.get(..2) {
            parts.push(ScorePart::new(15, MatchReason::SameArea { citizen_postcode: cp.clone(), opening_postcode: op.clone() }));
        }
    }
    if let (Some(want), Some(offer)) = (c.wanted_hours_per_week, o.hours_per_week) {
        let gap = (want - offer).abs();
        let why = MatchReason::HoursClose { wanted: want, offered: offer };
        if gap <= 2.0 {
            parts.push(ScorePart::new(20, why));
        } else if gap <= 5.0 {
            parts.push(ScorePart::new(10, why));
        }
    }
    if let Some(g) = c.target_group {
        match kind_fit(g, o.kind) {
            2 => parts.push(ScorePart::new(25, MatchReason::KindSuits { kind: o.kind })),
            1 => parts.push(ScorePart::new(10, MatchReason::KindMaySuit { kind: o.kind })),
            _ => {}
        }
    }
    if c.already_placed {
        parts.push(ScorePart::new(-40, MatchReason::AlreadyPlaced));
    }
    parts
}

pub fn total(parts: &[ScorePart]) -> i64 {
    parts.iter().map(|p| p.points).sum()
}

/// Highest total first; ties by id, lowest first.
pub fn rank<T>(mut items: Vec<(i64, Vec<ScorePart>, T)>) -> Vec<(i64, Vec<ScorePart>, T)> {
    items.sort_by(|a, b| total(&b.1).cmp(&total(&a.1)).then(a.0.cmp(&b.0)));
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citizen(postcode: &str, hours: f64, group: TargetGroup, placed: bool) -> CitizenSide {
        CitizenSide { postcode: Some(postcode.into()), wanted_hours_per_week: Some(hours), target_group: Some(group), already_placed: placed }
    }

    fn opening(kind: OpeningKind) -> OpeningSide {
        OpeningSide { postcode: Some("6950".into()), hours_per_week: Some(8.0), kind }
    }

    #[test]
    fn every_part_counts_as_documented() {
        let best = score(&citizen("6950", 8.0, TargetGroup::CashBenefitActivityReady, false), &opening(OpeningKind::SmallJob));
        assert_eq!(best.iter().map(|p| p.points).collect::<Vec<_>>(), vec![30, 20, 25]);
        assert_eq!(total(&best), 75);
        assert_eq!(best[0].why, MatchReason::SamePostcode { postcode: "6950".into() });
        let area = score(&citizen("6940", 12.0, TargetGroup::Youth, false), &opening(OpeningKind::SmallJob));
        assert_eq!(area.iter().map(|p| p.points).collect::<Vec<_>>(), vec![15, 10, 10]);
        let far = score(&citizen("2100", 30.0, TargetGroup::Youth, true), &opening(OpeningKind::FlexJob));
        assert_eq!(far.iter().map(|p| p.points).collect::<Vec<_>>(), vec![-40]);
        let unknown = score(&CitizenSide { postcode: None, wanted_hours_per_week: None, target_group: None, already_placed: false }, &opening(OpeningKind::SmallJob));
        assert!(unknown.is_empty());
    }

    #[test]
    fn fleksjob_and_skaanejob_fit_only_their_groups() {
        for g in TargetGroup::ALL {
            let flex = kind_fit(*g, OpeningKind::FlexJob);
            let sheltered = kind_fit(*g, OpeningKind::ShelteredJob);
            assert_eq!(flex, if *g == TargetGroup::Fleksjob { 2 } else { 0 }, "{g:?}");
            assert_eq!(sheltered, if *g == TargetGroup::DisabilityPension { 2 } else { 0 }, "{g:?}");
            assert!(kind_fit(*g, OpeningKind::SmallJob) + kind_fit(*g, OpeningKind::Internship) >= 2, "{g:?} has an ordinary way in");
        }
    }

    #[test]
    fn ranking_is_by_total_then_id() {
        let p = |n: i64| vec![ScorePart::new(n, MatchReason::AlreadyPlaced)];
        let ranked = rank(vec![(3, p(10), "c"), (1, p(10), "a"), (2, p(30), "b")]);
        assert_eq!(ranked.iter().map(|r| r.2).collect::<Vec<_>>(), vec!["b", "a", "c"]);
    }
}
