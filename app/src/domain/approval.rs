//! The mentor's queue: waiting entries grouped by placement and ISO week, each beside the
//! shift that was planned for it, so a difference stands out before the mentor confirms.
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::local_time;
use super::models::{EntryChange, ShiftView, TimeEntryView};
use super::period::{Period, PeriodKind};

/// A registered start or end this far from the planned one is worth a look.
pub const TOLERANCE_MINUTES: i64 = 15;

/// How long a mentor's own confirmation or rejection can be taken back ("Fortryd"). The
/// button shows for ten seconds; the server allows a slow network some slack.
pub const UNDO_WINDOW_SECONDS: i64 = 120;

/// How many entries one "confirm these" request may carry (a week holds a handful).
pub const MAX_CONFIRM: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalRow {
    pub entry: TimeEntryView,
    /// The shift planned for this work, if one was.
    pub planned: Option<ShiftView>,
    /// Started or ended more than [`TOLERANCE_MINUTES`] off the plan, or nothing was planned.
    pub differs: bool,
    /// What happened to the entry since it was registered (edits by the citizen, say).
    pub changes: Vec<EntryChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalGroup {
    pub placement_id: i64,
    pub citizen_name: String,
    pub company_name: String,
    /// Monday of the ISO week.
    pub week_start: NaiveDate,
    pub rows: Vec<ApprovalRow>,
    pub worked_minutes: i64,
}

impl ApprovalGroup {
    pub fn entry_ids(&self) -> Vec<i64> {
        self.rows.iter().map(|r| r.entry.id).collect()
    }
}

fn overlap_minutes(a: (DateTime<Utc>, DateTime<Utc>), b: (DateTime<Utc>, DateTime<Utc>)) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).num_minutes()
}

/// The shift of the entry's placement that was planned for it: the one overlapping it most,
/// else one on the same Copenhagen day.
pub fn planned_for<'a>(entry: &TimeEntryView, shifts: &'a [ShiftView]) -> Option<&'a ShiftView> {
    let span = (entry.starts_at, entry.ends_at);
    let same_placement = || shifts.iter().filter(|s| s.placement_id == entry.placement_id);
    same_placement()
        .map(|s| (overlap_minutes(span, (s.starts_at, s.ends_at)), s))
        .filter(|(o, _)| *o > 0)
        .max_by_key(|(o, _)| *o)
        .map(|(_, s)| s)
        .or_else(|| same_placement().find(|s| local_time::local_date(s.starts_at) == local_time::local_date(entry.starts_at)))
}

pub fn differs(entry: &TimeEntryView, planned: Option<&ShiftView>) -> bool {
    match planned {
        None => true,
        Some(s) => {
            (entry.starts_at - s.starts_at).num_minutes().abs() > TOLERANCE_MINUTES
                || (entry.ends_at - s.ends_at).num_minutes().abs() > TOLERANCE_MINUTES
        }
    }
}

/// Groups waiting entries by placement and week: oldest week first (it has waited longest),
/// entries in time order within a week.
pub fn group(entries: Vec<TimeEntryView>, shifts: &[ShiftView]) -> Vec<ApprovalGroup> {
    let mut groups: BTreeMap<(NaiveDate, String, i64), ApprovalGroup> = BTreeMap::new();
    for entry in entries {
        let week = Period::containing(PeriodKind::Week, local_time::local_date(entry.starts_at));
        let planned = planned_for(&entry, shifts).cloned();
        let row = ApprovalRow { differs: differs(&entry, planned.as_ref()), planned, entry, changes: vec![] };
        let key = (week.first, row.entry.citizen_name.clone(), row.entry.placement_id);
        let g = groups.entry(key).or_insert_with(|| ApprovalGroup {
            placement_id: row.entry.placement_id,
            citizen_name: row.entry.citizen_name.clone(),
            company_name: row.entry.company_name.clone(),
            week_start: week.first,
            rows: vec![],
            worked_minutes: 0,
        });
        g.worked_minutes += row.entry.worked_minutes;
        g.rows.push(row);
    }
    let mut out: Vec<ApprovalGroup> = groups.into_values().collect();
    for g in &mut out {
        g.rows.sort_by_key(|r| (r.entry.starts_at, r.entry.id));
    }
    out
}

/// "Godkend alle": the entries that keep to their plan, and those that differ from it (or had
/// none), which the mentor must choose to include.
pub fn confirm_all(groups: &[ApprovalGroup]) -> (Vec<i64>, Vec<i64>) {
    let rows = groups.iter().flat_map(|g| g.rows.iter());
    let (deviating, plain): (Vec<&ApprovalRow>, Vec<&ApprovalRow>) = rows.partition(|r| r.differs);
    (plain.iter().map(|r| r.entry.id).collect(), deviating.iter().map(|r| r.entry.id).collect())
}

/// Citizen-weeks per page of the queue: a phone shows a screenful or two, and the page stays
/// quick to render however long the queue has grown.
pub const GROUPS_PER_PAGE: usize = 10;

/// Page `page` (1-based, clamped) of the groups, and how many pages there are.
pub fn page(groups: Vec<ApprovalGroup>, page: usize) -> (Vec<ApprovalGroup>, usize, usize) {
    let pages = groups.len().div_ceil(GROUPS_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    (groups.into_iter().skip((page - 1) * GROUPS_PER_PAGE).take(GROUPS_PER_PAGE).collect(), page, pages)
}

/// Puts the planned shift beside each entry of `groups`.
pub fn attach_plans(groups: &mut [ApprovalGroup], shifts: &[ShiftView]) {
    for row in groups.iter_mut().flat_map(|g| g.rows.iter_mut()) {
        row.planned = planned_for(&row.entry, shifts).cloned();
        row.differs = differs(&row.entry, row.planned.as_ref());
    }
}

/// Entry ids as a form sends them: "12,13,14". Duplicates count once.
pub fn parse_ids(raw: &str) -> Result<Vec<i64>, super::error::AppError> {
    use super::error::{AppError, Field, Rule};
    let mut ids = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let id: i64 = part.parse().map_err(|_| AppError::invalid(Rule::InvalidNumber, Field::Ids))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    check_ids(&ids)?;
    Ok(ids)
}

/// The ids of a "decide these" request, each once and in the order given, checked.
pub fn distinct_ids(ids: &[i64]) -> Result<Vec<i64>, super::error::AppError> {
    let mut unique = Vec::with_capacity(ids.len());
    for id in ids {
        if !unique.contains(id) {
            unique.push(*id);
        }
    }
    check_ids(&unique)?;
    Ok(unique)
}

pub fn check_ids(ids: &[i64]) -> Result<(), super::error::AppError> {
    use super::error::{AppError, Field, Rule};
    if ids.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Ids));
    }
    if ids.len() > MAX_CONFIRM {
        return Err(AppError::invalid(Rule::TooMany, Field::Ids));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::error::{AppError, Field, Rule};
    use crate::domain::shift::ShiftStatus;
    use crate::domain::time_entry::{EntrySource, EntryStatus};
    use chrono::TimeZone;

    fn at(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        // November: Copenhagen is UTC+1.
        Utc.with_ymd_and_hms(2026, 11, d, h - 1, m, 0).unwrap()
    }

    fn entry(id: i64, placement_id: i64, who: &str, s: DateTime<Utc>, e: DateTime<Utc>) -> TimeEntryView {
        TimeEntryView {
            id,
            placement_id,
            citizen_id: placement_id,
            citizen_name: who.into(),
            company_name: "Vestjysk Metal ApS".into(),
            starts_at: s,
            ends_at: e,
            break_minutes: 0,
            worked_minutes: (e - s).num_minutes(),
            note: None,
            source: EntrySource::Manual,
            status: EntryStatus::Submitted,
            reject_reason: None,
            reject_code: None,
            client_id: None,
            decided_by: None,
            correction_reason: None,
            auto_confirmed: false,
        }
    }

    fn shift(id: i64, placement_id: i64, s: DateTime<Utc>, e: DateTime<Utc>) -> ShiftView {
        ShiftView {
            id,
            placement_id,
            citizen_id: placement_id,
            citizen_name: String::new(),
            company_name: String::new(),
            opening_title: String::new(),
            address: None,
            postcode: None,
            mentor_name: None,
            starts_at: s,
            ends_at: e,
            status: ShiftStatus::Planned,
            series_id: None,
            cancel_reason: None,
        }
    }

    #[test]
    fn groups_by_placement_and_iso_week_oldest_first() {
        // Sunday 22 Nov ends week 47; Monday 23 Nov starts week 48.
        let entries = vec![
            entry(3, 1, "Camilla", at(23, 8, 0), at(23, 12, 0)),
            entry(1, 1, "Camilla", at(22, 8, 0), at(22, 12, 0)),
            entry(2, 1, "Camilla", at(16, 8, 0), at(16, 10, 0)),
            entry(4, 2, "Ali", at(17, 9, 0), at(17, 14, 0)),
        ];
        let groups = group(entries, &[]);
        let summary: Vec<(String, String, Vec<i64>, i64)> =
            groups.iter().map(|g| (g.citizen_name.clone(), g.week_start.to_string(), g.entry_ids(), g.worked_minutes)).collect();
        assert_eq!(
            summary,
            vec![
                ("Ali".into(), "2026-11-16".into(), vec![4], 300),
                ("Camilla".into(), "2026-11-16".into(), vec![2, 1], 360),
                ("Camilla".into(), "2026-11-23".into(), vec![3], 240),
            ]
        );
    }

    #[test]
    fn each_entry_sits_beside_its_planned_shift_and_differences_stand_out() {
        let shifts = vec![
            shift(10, 1, at(16, 8, 0), at(16, 12, 0)),
            shift(11, 1, at(17, 8, 0), at(17, 12, 0)),
            shift(12, 2, at(18, 8, 0), at(18, 12, 0)), // another placement
        ];
        let on_time = entry(1, 1, "C", at(16, 8, 10), at(16, 12, 0));
        let late = entry(2, 1, "C", at(17, 8, 20), at(17, 12, 0));
        let left_early = entry(3, 1, "C", at(16, 13, 0), at(16, 15, 0)); // same day, no overlap
        let unplanned = entry(4, 1, "C", at(18, 8, 0), at(18, 12, 0));
        assert_eq!(planned_for(&on_time, &shifts).map(|s| s.id), Some(10));
        assert!(!differs(&on_time, planned_for(&on_time, &shifts)), "10 minutes late is within the tolerance");
        assert!(differs(&late, planned_for(&late, &shifts)), "20 minutes late stands out");
        assert_eq!(planned_for(&left_early, &shifts).map(|s| s.id), Some(10), "the same day's shift");
        assert_eq!(planned_for(&unplanned, &shifts), None, "another placement's shift is not this one's plan");
        assert!(differs(&unplanned, None));
    }

    #[test]
    fn confirm_all_leaves_out_entries_that_differ_from_the_plan_or_had_none() {
        let shifts = vec![shift(10, 1, at(16, 8, 0), at(16, 12, 0)), shift(11, 1, at(17, 8, 0), at(17, 12, 0))];
        let entries = vec![
            entry(1, 1, "C", at(16, 8, 5), at(16, 12, 0)),  // on time
            entry(2, 1, "C", at(17, 9, 0), at(17, 12, 0)),  // an hour late
            entry(3, 1, "C", at(18, 8, 0), at(18, 12, 0)),  // no shift planned
            entry(4, 2, "A", at(16, 8, 0), at(16, 12, 0)),  // another placement, nothing planned
        ];
        let (plain, deviating) = confirm_all(&group(entries, &shifts));
        assert_eq!(plain, vec![1]);
        let mut deviating = deviating;
        deviating.sort();
        assert_eq!(deviating, vec![2, 3, 4]);
    }

    #[test]
    fn the_queue_is_paged_by_citizen_weeks_and_plans_are_attached_afterwards() {
        let entries: Vec<TimeEntryView> =
            (0..25).map(|i| entry(i, i, &format!("C{i:02}"), at(16, 8, 0), at(16, 9, 0))).collect();
        let (first, page_no, pages) = page(group(entries.clone(), &[]), 1);
        assert_eq!((first.len(), page_no, pages), (GROUPS_PER_PAGE, 1, 3));
        let (last, page_no, _) = page(group(entries, &[]), 9);
        assert_eq!((last.len(), page_no), (5, 3), "a page past the end shows the last one");
        let mut groups = last;
        assert!(groups[0].rows[0].differs, "without plans everything stands out");
        let s = shift(1, groups[0].placement_id, at(16, 8, 0), at(16, 9, 0));
        attach_plans(&mut groups, &[s]);
        assert_eq!(groups[0].rows[0].planned.as_ref().map(|p| p.id), Some(1));
        assert!(!groups[0].rows[0].differs);
    }

    #[test]
    fn ids_from_a_form() {
        assert_eq!(parse_ids("12, 13,12,"), Ok(vec![12, 13]));
        assert_eq!(parse_ids(""), Err(AppError::invalid(Rule::Required, Field::Ids)));
        assert_eq!(parse_ids("12,x"), Err(AppError::invalid(Rule::InvalidNumber, Field::Ids)));
        let many: Vec<String> = (1..=201).map(|i| i.to_string()).collect();
        assert_eq!(parse_ids(&many.join(",")), Err(AppError::invalid(Rule::TooMany, Field::Ids)));
    }
}
