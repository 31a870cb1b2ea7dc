//! The caseload table's order, filter and pages, from the page's address (`?sort=`,
//! `?retning=`, `?q=`, `?kun=advarsler`, `?side=`), so every view is a link that works with
//! the keyboard, in a new tab and without WebAssembly.
use super::models::CaseloadRow;

/// A caseworker's whole caseload (some 60 citizens) on one page; beyond that, pages.
pub const PAGE_SIZE: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// Most urgent alert first (the default: what needs acting on).
    Alerts,
    Name,
    Waiting,
    Approved,
    LastEntry,
}

impl Sort {
    pub fn parse(s: &str) -> Sort {
        match s {
            "navn" => Sort::Name,
            "venter" => Sort::Waiting,
            "godkendt" => Sort::Approved,
            "seneste" => Sort::LastEntry,
            _ => Sort::Alerts,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Sort::Alerts => "advarsler",
            Sort::Name => "navn",
            Sort::Waiting => "venter",
            Sort::Approved => "godkendt",
            Sort::LastEntry => "seneste",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub sort: Sort,
    pub descending: bool,
    /// Part of a name, any case.
    pub query: String,
    pub only_alerts: bool,
    pub page: usize,
}

impl View {
    pub fn from_query(sort: &str, direction: &str, q: &str, only: &str, page: &str) -> View {
        View {
            sort: Sort::parse(sort.trim()),
            descending: direction.trim() == "ned",
            query: q.trim().chars().take(100).collect(),
            only_alerts: only.trim() == "advarsler",
            page: page.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1),
        }
    }
}

/// The rows to show and the number of pages, after filter, order and paging.
pub fn arrange(mut rows: Vec<CaseloadRow>, v: &View) -> (Vec<CaseloadRow>, usize, usize) {
    let needle = super::search::fold(&v.query);
    rows.retain(|r| super::search::holds(&r.citizen_name, &needle) && (!v.only_alerts || !r.alerts.is_empty()));
    let name = |r: &CaseloadRow| r.citizen_name.to_lowercase();
    match v.sort {
        Sort::Name => rows.sort_by_key(name),
        Sort::Waiting => rows.sort_by(|a, b| b.waiting.cmp(&a.waiting).then_with(|| name(a).cmp(&name(b)))),
        Sort::Approved => rows.sort_by(|a, b| b.confirmed_minutes_this_month.cmp(&a.confirmed_minutes_this_month).then_with(|| name(a).cmp(&name(b)))),
        // Longest without hours first: that is who to call.
        Sort::LastEntry => rows.sort_by(|a, b| a.last_entry_at.cmp(&b.last_entry_at).then_with(|| name(a).cmp(&name(b)))),
        Sort::Alerts => rows.sort_by(|a, b| {
            let key = |r: &CaseloadRow| (r.alerts.is_empty(), r.alerts.first().map(|x| x.rank()).unwrap_or(u8::MAX));
            key(a).cmp(&key(b)).then_with(|| name(a).cmp(&name(b)))
        }),
    }
    if v.descending {
        rows.reverse();
    }
    page_of(rows, v.page)
}

/// Page `page` (from 1) of [`PAGE_SIZE`] rows; a page past the end shows the last. The rows
/// shown, the page and the number of pages.
pub fn page_of<T>(rows: Vec<T>, page: usize) -> (Vec<T>, usize, usize) {
    let pages = rows.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let shown = rows.into_iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).collect();
    (shown, page, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alerts::Alert;

    fn row(name: &str, waiting: i64, alerts: Vec<Alert>) -> CaseloadRow {
        CaseloadRow {
            citizen_id: waiting,
            citizen_name: name.into(),
            placement: None,
            waiting,
            confirmed_minutes_this_month: 0,
            absences: vec![],
            no_shows: vec![],
            entries: vec![],
            alerts,
            last_entry_at: None,
        }
    }

    fn names(rows: &[CaseloadRow]) -> Vec<&str> {
        rows.iter().map(|r| r.citizen_name.as_str()).collect()
    }

    #[test]
    fn alerts_first_by_urgency_then_names_and_the_other_orders() {
        let rows = vec![
            row("Åse", 0, vec![]),
            row("bo", 3, vec![Alert::NoHours { days: Some(20) }]),
            row("Ali", 1, vec![Alert::InternshipOver37 { week_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(), minutes: 2300 }]),
        ];
        let v = View::from_query("", "", "", "", "");
        assert_eq!(names(&arrange(rows.clone(), &v).0), ["Ali", "bo", "Åse"]);
        let by_waiting = View::from_query("venter", "", "", "", "");
        assert_eq!(names(&arrange(rows.clone(), &by_waiting).0), ["bo", "Ali", "Åse"]);
        let by_name_down = View::from_query("navn", "ned", "", "", "");
        assert_eq!(names(&arrange(rows.clone(), &by_name_down).0), ["Åse", "bo", "Ali"]);
        let only = View::from_query("navn", "", "", "advarsler", "");
        assert_eq!(names(&arrange(rows.clone(), &only).0), ["Ali", "bo"]);
        let search = View::from_query("", "", "  BO ", "", "");
        assert_eq!(names(&arrange(rows, &search).0), ["bo"]);
    }

    #[test]
    fn a_caseload_of_sixty_is_one_page_and_a_page_past_the_end_shows_the_last() {
        let sixty: Vec<_> = (0..60).map(|i| row(&format!("Borger {i:03}"), 0, vec![])).collect();
        assert_eq!(arrange(sixty, &View::from_query("navn", "", "", "", "")).2, 1);
        let rows: Vec<_> = (0..240).map(|i| row(&format!("Borger {i:03}"), 0, vec![])).collect();
        let (shown, page, pages) = arrange(rows.clone(), &View::from_query("navn", "", "", "", "3"));
        assert_eq!((shown.len(), page, pages), (40, 3, 3));
        assert_eq!(shown[0].citizen_name, "Borger 200");
        let (_, page, _) = arrange(rows.clone(), &View::from_query("navn", "", "", "", "9"));
        assert_eq!(page, 3);
        let (_, page, _) = arrange(rows, &View::from_query("navn", "", "", "", "x"));
        assert_eq!(page, 1);
    }
}
