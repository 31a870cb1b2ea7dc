//! A placement's life from the desk: created from an opening, an internship's agreed length
//! and its extension, the end with an outcome, and the follow-ups 3 and 6 months later.
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::company::optional_text;
use super::error::{AppError, Field, Rule};
use super::local_time::parse_date;
use super::opening::{parse_decimal, parse_kr, OpeningKind};

/// The agreed lengths of an internship at its start; it may be extended to at most 26 weeks.
pub const INTERNSHIP_WEEKS: [i64; 3] = [4, 8, 13];
pub const INTERNSHIP_MAX_WEEKS: i64 = 26;

text_enum!(Outcome {
    OrdinaryJob = "ordinary_job", "Ordinært job";
    Fleksjob = "fleksjob", "Fleksjob";
    Education = "education", "Uddannelse";
    Continued = "continued", "Fortsætter i nyt forløb";
    DroppedOut = "dropped_out", "Stoppet undervejs";
    Other = "other", "Andet";
});

text_enum!(FollowUpOutcome {
    OrdinaryJob = "ordinary_job", "I ordinært job";
    Fleksjob = "fleksjob", "I fleksjob";
    Education = "education", "I uddannelse";
    InProgramme = "in_programme", "I et andet forløb";
    OnBenefits = "on_benefits", "På ydelse uden forløb";
    Other = "other", "Andet";
});

/// What a caseworker types to place a citizen in an opening.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlacementInput {
    #[serde(default)]
    pub opening_id: i64,
    #[serde(default)]
    pub citizen_id: i64,
    #[serde(default)]
    pub mentor_user_id: Option<i64>,
    /// YYYY-MM-DD
    #[serde(default, deserialize_with = "super::loose_text")]
    pub starts_on: String,
    /// YYYY-MM-DD; for internships it follows from `weeks` and is ignored.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub ends_on: String,
    /// Internships: 4, 8 or 13.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub weeks: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub agreed_hours_per_week: String,
    /// Kroner per hour for paid kinds; empty takes the opening's wage.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub hourly_wage: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlacementPlan {
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub weeks: Option<i64>,
    pub agreed_hours_per_week: Option<f64>,
    pub hourly_wage_ore: Option<i64>,
    /// "active" from its first day, "planned" before it.
    pub status: &'static str,
}

/// A placement as the desk shows it: its terms, its end and the follow-ups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlacementRecord {
    pub id: i64,
    pub citizen_id: i64,
    pub citizen_name: String,
    pub opening_id: i64,
    pub opening_title: String,
    pub kind: OpeningKind,
    pub company_id: i64,
    pub company_name: String,
    pub mentor_user_id: Option<i64>,
    pub mentor_name: Option<String>,
    pub caseworker_name: Option<String>,
    /// YYYY-MM-DD
    pub starts_on: String,
    /// The agreed last day.
    pub ends_on: Option<String>,
    /// An internship's agreed length.
    pub agreed_weeks: Option<i64>,
    pub agreed_hours_per_week: Option<f64>,
    pub hourly_wage_ore: Option<i64>,
    /// planned, active or ended
    pub status: String,
    /// The day it really ended.
    pub ended_on: Option<String>,
    pub outcome: Option<Outcome>,
    pub outcome_note: Option<String>,
    pub follow_up_3_on: Option<String>,
    pub follow_up_3_outcome: Option<FollowUpOutcome>,
    pub follow_up_6_on: Option<String>,
    pub follow_up_6_outcome: Option<FollowUpOutcome>,
}

/// The last day of `weeks` whole weeks from `starts_on`.
pub fn internship_end(starts_on: NaiveDate, weeks: i64) -> NaiveDate {
    starts_on.checked_add_days(Days::new((weeks * 7 - 1).max(0) as u64)).unwrap_or(starts_on)
}

fn parse_weeks(raw: &str) -> Result<i64, AppError> {
    match raw.trim() {
        "" => Err(AppError::invalid(Rule::Required, Field::Weeks)),
        s => s.parse::<i64>().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::Weeks)),
    }
}

pub fn plan(kind: OpeningKind, opening_wage_ore: Option<i64>, input: &PlacementInput, today: NaiveDate) -> Result<PlacementPlan, AppError> {
    let starts_on = parse_date(&input.starts_on, Field::StartsOn)?;
    let (ends_on, weeks) = if kind == OpeningKind::Internship {
        let weeks = parse_weeks(&input.weeks)?;
        if !INTERNSHIP_WEEKS.contains(&weeks) {
            return Err(AppError::invalid(Rule::OutOfRange, Field::Weeks));
        }
        (Some(internship_end(starts_on, weeks)), Some(weeks))
    } else {
        let ends_on = match input.ends_on.trim() {
            "" => None,
            s => Some(parse_date(s, Field::EndsOn)?),
        };
        if ends_on.is_some_and(|e| e < starts_on) {
            return Err(AppError::invalid(Rule::ToBeforeFrom, Field::EndsOn));
        }
        (ends_on, None)
    };
    let agreed_hours_per_week = parse_decimal(&input.agreed_hours_per_week, Field::HoursPerWeek)?;
    if agreed_hours_per_week.is_some_and(|h| !(1.0..=37.0).contains(&h)) {
        return Err(AppError::invalid(Rule::OutOfRange, Field::HoursPerWeek));
    }
    let hourly_wage_ore = if kind.is_paid() {
        Some(parse_kr(&input.hourly_wage, Field::HourlyWage)?.or(opening_wage_ore).ok_or(AppError::invalid(Rule::Required, Field::HourlyWage))?)
    } else {
        None
    };
    let status = if starts_on <= today { "active" } else { "planned" };
    Ok(PlacementPlan { starts_on, ends_on, weeks, agreed_hours_per_week, hourly_wage_ore, status })
}

/// An internship extended to `new_weeks` in all: longer than now, at most 26. The new end.
pub fn extend(kind: OpeningKind, starts_on: NaiveDate, current_weeks: Option<i64>, new_weeks: &str) -> Result<(i64, NaiveDate), AppError> {
    if kind != OpeningKind::Internship {
        return Err(AppError::invalid(Rule::NotInternship, Field::Weeks));
    }
    let weeks = parse_weeks(new_weeks)?;
    if weeks > INTERNSHIP_MAX_WEEKS || weeks <= current_weeks.unwrap_or(0) {
        return Err(AppError::invalid(Rule::OutOfRange, Field::Weeks));
    }
    Ok((weeks, internship_end(starts_on, weeks)))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ending {
    pub ended_on: NaiveDate,
    pub outcome: Outcome,
    pub note: Option<String>,
    pub follow_up_3_on: NaiveDate,
    pub follow_up_6_on: NaiveDate,
}

/// Ending a placement: a day from its start to today, an outcome, and the follow-up dates
/// three and six months on.
pub fn end(starts_on: NaiveDate, ended: bool, ended_on: &str, outcome: &str, note: &str, today: NaiveDate) -> Result<Ending, AppError> {
    if ended {
        return Err(AppError::invalid(Rule::PlacementEnded, Field::EndedOn));
    }
    let ended_on = parse_date(ended_on, Field::EndedOn)?;
    if ended_on < starts_on {
        return Err(AppError::invalid(Rule::ToBeforeFrom, Field::EndedOn));
    }
    if ended_on > today {
        return Err(AppError::invalid(Rule::EndInFuture, Field::EndedOn));
    }
    let outcome = match outcome.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::Outcome)),
        o => Outcome::parse(o).ok_or(AppError::invalid(Rule::InvalidKind, Field::Outcome))?,
    };
    let months = |n| ended_on.checked_add_months(Months::new(n)).unwrap_or(ended_on);
    Ok(Ending { ended_on, outcome, note: optional_text(note, Field::OutcomeNote)?, follow_up_3_on: months(3), follow_up_6_on: months(6) })
}

/// Which follow-up is recorded: 3 or 6 months after the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUp {
    ThreeMonths,
    SixMonths,
}

/// A follow-up is recorded once its day has come.
pub fn follow_up(which: &str, due: Option<NaiveDate>, outcome: &str, today: NaiveDate) -> Result<(FollowUp, FollowUpOutcome), AppError> {
    let which = match which.trim() {
        "3" => FollowUp::ThreeMonths,
        "6" => FollowUp::SixMonths,
        "" => return Err(AppError::invalid(Rule::Required, Field::FollowUp)),
        _ => return Err(AppError::invalid(Rule::InvalidKind, Field::FollowUp)),
    };
    let outcome = match outcome.trim() {
        "" => return Err(AppError::invalid(Rule::Required, Field::FollowUpOutcome)),
        o => FollowUpOutcome::parse(o).ok_or(AppError::invalid(Rule::InvalidKind, Field::FollowUpOutcome))?,
    };
    let due = due.ok_or(AppError::invalid(Rule::PlacementNotEnded, Field::FollowUp))?;
    if today < due {
        return Err(AppError::invalid(Rule::FollowUpNotDue, Field::FollowUp));
    }
    Ok((which, outcome))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn input() -> PlacementInput {
        PlacementInput { opening_id: 1, citizen_id: 2, starts_on: "2026-11-30".into(), weeks: "8".into(), ..Default::default() }
    }

    #[test]
    fn an_internship_runs_whole_weeks_and_starts_planned_when_in_the_future() {
        let p = plan(OpeningKind::Internship, None, &input(), d(2026, 11, 23)).unwrap();
        assert_eq!((p.ends_on, p.weeks, p.status, p.hourly_wage_ore), (Some(d(2027, 1, 24)), Some(8), "planned", None));
        let p = plan(OpeningKind::Internship, None, &input(), d(2026, 11, 30)).unwrap();
        assert_eq!(p.status, "active");
        assert_eq!(internship_end(d(2026, 11, 30), 4), d(2026, 12, 27));
        for bad in ["5", "26", "0"] {
            let i = PlacementInput { weeks: bad.into(), ..input() };
            assert_eq!(plan(OpeningKind::Internship, None, &i, d(2026, 11, 23)), Err(AppError::invalid(Rule::OutOfRange, Field::Weeks)), "{bad}");
        }
        let i = PlacementInput { weeks: "".into(), ..input() };
        assert_eq!(plan(OpeningKind::Internship, None, &i, d(2026, 11, 23)), Err(AppError::invalid(Rule::Required, Field::Weeks)));
    }

    #[test]
    fn paid_placements_take_the_openings_wage_unless_another_is_agreed() {
        let i = PlacementInput { weeks: String::new(), ..input() };
        assert_eq!(plan(OpeningKind::SmallJob, Some(14250), &i, d(2026, 11, 23)).unwrap().hourly_wage_ore, Some(14250));
        let i2 = PlacementInput { hourly_wage: "150".into(), ..i.clone() };
        assert_eq!(plan(OpeningKind::SmallJob, Some(14250), &i2, d(2026, 11, 23)).unwrap().hourly_wage_ore, Some(15000));
        assert_eq!(plan(OpeningKind::FlexJob, None, &i, d(2026, 11, 23)), Err(AppError::invalid(Rule::Required, Field::HourlyWage)));
        let before = PlacementInput { ends_on: "2026-11-29".into(), ..i.clone() };
        assert_eq!(plan(OpeningKind::SmallJob, Some(1), &before, d(2026, 11, 23)), Err(AppError::invalid(Rule::ToBeforeFrom, Field::EndsOn)));
        let no_start = PlacementInput { starts_on: "".into(), ..i };
        assert_eq!(plan(OpeningKind::SmallJob, Some(1), &no_start, d(2026, 11, 23)), Err(AppError::invalid(Rule::Required, Field::StartsOn)));
    }

    #[test]
    fn an_internship_extends_to_at_most_26_weeks() {
        let start = d(2026, 1, 5);
        assert_eq!(extend(OpeningKind::Internship, start, Some(13), "26"), Ok((26, d(2026, 7, 5))));
        assert_eq!(extend(OpeningKind::Internship, start, Some(13), "27"), Err(AppError::invalid(Rule::OutOfRange, Field::Weeks)));
        assert_eq!(extend(OpeningKind::Internship, start, Some(13), "13"), Err(AppError::invalid(Rule::OutOfRange, Field::Weeks)));
        assert_eq!(extend(OpeningKind::SmallJob, start, None, "8"), Err(AppError::invalid(Rule::NotInternship, Field::Weeks)));
    }

    #[test]
    fn ending_sets_follow_ups_three_and_six_months_on_even_from_a_month_end() {
        let e = end(d(2026, 6, 1), false, "2026-08-31", "ordinary_job", "", d(2026, 11, 23)).unwrap();
        assert_eq!((e.follow_up_3_on, e.follow_up_6_on, e.outcome), (d(2026, 11, 30), d(2027, 2, 28), Outcome::OrdinaryJob));
        assert_eq!(end(d(2026, 6, 1), false, "2026-05-31", "other", "", d(2026, 11, 23)), Err(AppError::invalid(Rule::ToBeforeFrom, Field::EndedOn)));
        assert_eq!(end(d(2026, 6, 1), false, "2026-11-24", "other", "", d(2026, 11, 23)), Err(AppError::invalid(Rule::EndInFuture, Field::EndedOn)));
        assert_eq!(end(d(2026, 6, 1), false, "2026-11-23", "", "", d(2026, 11, 23)), Err(AppError::invalid(Rule::Required, Field::Outcome)));
        assert_eq!(end(d(2026, 6, 1), false, "2026-11-23", "job", "", d(2026, 11, 23)), Err(AppError::invalid(Rule::InvalidKind, Field::Outcome)));
        assert_eq!(end(d(2026, 6, 1), true, "2026-11-23", "other", "", d(2026, 11, 23)), Err(AppError::invalid(Rule::PlacementEnded, Field::EndedOn)));
    }

    #[test]
    fn a_follow_up_is_recorded_when_its_day_has_come() {
        let due = Some(d(2026, 11, 30));
        assert_eq!(follow_up("3", due, "education", d(2026, 11, 30)), Ok((FollowUp::ThreeMonths, FollowUpOutcome::Education)));
        assert_eq!(follow_up("3", due, "education", d(2026, 11, 29)), Err(AppError::invalid(Rule::FollowUpNotDue, Field::FollowUp)));
        assert_eq!(follow_up("6", None, "education", d(2026, 11, 29)), Err(AppError::invalid(Rule::PlacementNotEnded, Field::FollowUp)));
        assert_eq!(follow_up("9", due, "education", d(2026, 12, 1)), Err(AppError::invalid(Rule::InvalidKind, Field::FollowUp)));
        assert_eq!(follow_up("6", due, "", d(2026, 12, 1)), Err(AppError::invalid(Rule::Required, Field::FollowUpOutcome)));
    }
}
