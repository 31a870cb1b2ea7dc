//! Monthly hours for the benefit office and payroll: approved hours and pay per citizen and
//! placement in a Copenhagen calendar month. One function makes the figures; the page, the
//! CSV and the API all show what it made.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::money;
use super::period::{Period, PeriodKind};

/// "2026-11" to that calendar month.
pub fn parse_month(raw: &str) -> Result<Period, AppError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Month));
    }
    let first = NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").map_err(|_| AppError::invalid(Rule::InvalidMonth, Field::Month))?;
    if s.len() != 7 || first.year() < 2000 {
        return Err(AppError::invalid(Rule::InvalidMonth, Field::Month));
    }
    Ok(Period::containing(PeriodKind::Month, first))
}

/// What storage sums for one placement in the month: minutes by status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlacementMonth {
    pub citizen_id: i64,
    pub citizen_name: String,
    pub placement_id: i64,
    pub company_id: i64,
    pub company_name: String,
    pub company_cvr: String,
    pub opening_title: String,
    pub kind: String,
    pub hourly_wage_ore: Option<i64>,
    /// Approved (confirmed or in a locked month).
    pub approved_minutes: i64,
    pub approved_entries: i64,
    /// Still waiting for the mentor: the office should know the month is not final.
    pub waiting_minutes: i64,
    pub waiting_entries: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MonthlyHoursRow {
    pub citizen_id: i64,
    pub citizen_name: String,
    pub placement_id: i64,
    pub company_id: i64,
    pub company_name: String,
    pub company_cvr: String,
    pub opening_title: String,
    /// small_job, internship, flex_job or sheltered_job
    pub kind: String,
    pub approved_minutes: i64,
    pub approved_entries: i64,
    pub waiting_minutes: i64,
    pub waiting_entries: i64,
    /// Null for unpaid kinds.
    pub hourly_wage_ore: Option<i64>,
    /// Approved minutes × hourly wage, rounded to the øre once per placement; 0 when unpaid.
    pub pay_ore: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MonthlyHoursReport {
    /// "2026-11"
    pub month: String,
    /// "November 2026"
    pub label: String,
    /// The month is locked: its figures are final.
    pub locked: bool,
    pub rows: Vec<MonthlyHoursRow>,
    pub approved_minutes: i64,
    pub pay_ore: i64,
    pub waiting_entries: i64,
    pub citizens: i64,
}

/// The report from the sums storage made: pay per placement, totals, citizens counted once,
/// rows by citizen then company.
pub fn build(month: Period, locked: bool, mut sums: Vec<PlacementMonth>) -> MonthlyHoursReport {
    sums.sort_by(|a, b| (&a.citizen_name, a.citizen_id, &a.company_name, a.placement_id).cmp(&(&b.citizen_name, b.citizen_id, &b.company_name, b.placement_id)));
    let rows: Vec<MonthlyHoursRow> = sums
        .into_iter()
        .map(|s| MonthlyHoursRow {
            pay_ore: s.hourly_wage_ore.map(|w| money::pay([(s.placement_id, s.approved_minutes, w)])).unwrap_or(0),
            citizen_id: s.citizen_id,
            citizen_name: s.citizen_name,
            placement_id: s.placement_id,
            company_id: s.company_id,
            company_name: s.company_name,
            company_cvr: s.company_cvr,
            opening_title: s.opening_title,
            kind: s.kind,
            approved_minutes: s.approved_minutes,
            approved_entries: s.approved_entries,
            waiting_minutes: s.waiting_minutes,
            waiting_entries: s.waiting_entries,
            hourly_wage_ore: s.hourly_wage_ore,
        })
        .collect();
    let mut citizens: Vec<i64> = rows.iter().map(|r| r.citizen_id).collect();
    citizens.dedup();
    MonthlyHoursReport {
        month: month.first.format("%Y-%m").to_string(),
        label: month.label_da(),
        locked,
        approved_minutes: rows.iter().map(|r| r.approved_minutes).sum(),
        pay_ore: rows.iter().map(|r| r.pay_ore).sum(),
        waiting_entries: rows.iter().map(|r| r.waiting_entries).sum(),
        citizens: citizens.len() as i64,
        rows,
    }
}

/// What locking or reopening a month did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MonthLock {
    /// "2026-11"
    pub month: String,
    pub locked: bool,
    /// Entries it locked (or confirmed again, reopening).
    pub entries: i64,
}

/// A month may be locked once it is over and no entry in it still waits for a decision:
/// locked figures are what the benefit office pays out on.
pub fn check_lockable(month: Period, today: NaiveDate, waiting: i64) -> Result<(), AppError> {
    if today <= month.last {
        return Err(AppError::invalid(Rule::MonthNotOver, Field::Month));
    }
    if waiting > 0 {
        return Err(AppError::invalid(Rule::EntriesWaiting, Field::Month));
    }
    Ok(())
}

/// Reopening a locked month needs a reason, kept in every entry's history.
pub fn check_reopen_reason(reason: &str) -> Result<String, AppError> {
    let r = reason.trim();
    if r.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::ReopenReason));
    }
    if r.chars().count() > 500 {
        return Err(AppError::invalid(Rule::TextTooLong, Field::ReopenReason));
    }
    super::time_entry::check_characters(r, Field::ReopenReason)?;
    Ok(r.to_string())
}

/// "7,50": hours with a decimal comma, as Danish spreadsheets read them.
pub fn hours_decimal_da(minutes: i64) -> String {
    let hundredths = (minutes * 100 + 30) / 60;
    format!("{},{:02}", hundredths / 100, hundredths % 100)
}

/// "142,50": kroner with a decimal comma and no grouping, for spreadsheets.
pub fn kr_decimal_da(ore: i64) -> String {
    format!("{},{:02}", ore / 100, ore % 100)
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return first) gets a leading apostrophe, so it is shown as the text it is.
pub fn spreadsheet_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(citizen: (i64, &str), placement: i64, wage: Option<i64>, approved: i64, waiting: i64) -> PlacementMonth {
        PlacementMonth {
            citizen_id: citizen.0,
            citizen_name: citizen.1.into(),
            placement_id: placement,
            company_id: 1,
            company_name: "Vestjysk Metal ApS".into(),
            company_cvr: "12345678".into(),
            opening_title: "Lager".into(),
            kind: if wage.is_some() { "small_job".into() } else { "internship".into() },
            hourly_wage_ore: wage,
            approved_minutes: approved,
            approved_entries: 1,
            waiting_minutes: waiting,
            waiting_entries: i64::from(waiting > 0),
        }
    }

    #[test]
    fn a_month_is_locked_when_it_is_over_and_nothing_waits() {
        let nov = parse_month("2026-11").unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(check_lockable(nov, d("2026-11-30"), 0), Err(AppError::invalid(Rule::MonthNotOver, Field::Month)));
        assert_eq!(check_lockable(nov, d("2026-12-01"), 0), Ok(()));
        assert_eq!(check_lockable(nov, d("2026-12-01"), 3), Err(AppError::invalid(Rule::EntriesWaiting, Field::Month)));
        assert_eq!(check_reopen_reason("  "), Err(AppError::invalid(Rule::Required, Field::ReopenReason)));
        assert_eq!(check_reopen_reason(" Rettelse fra ydelseskontoret "), Ok("Rettelse fra ydelseskontoret".into()));
    }

    #[test]
    fn months_are_read_strictly() {
        let m = parse_month("2026-11").unwrap();
        assert_eq!((m.first.to_string(), m.last.to_string()), ("2026-11-01".into(), "2026-11-30".into()));
        assert_eq!(parse_month("2028-02").unwrap().last.to_string(), "2028-02-29");
        for bad in ["2026-13", "2026-1", "november", "2026-11-01", "1999-12"] {
            assert_eq!(parse_month(bad), Err(AppError::invalid(Rule::InvalidMonth, Field::Month)), "{bad}");
        }
        assert_eq!(parse_month(" "), Err(AppError::invalid(Rule::Required, Field::Month)));
    }

    #[test]
    fn pay_is_approved_hours_times_wage_per_placement_and_citizens_count_once() {
        let month = parse_month("2026-11").unwrap();
        let r = build(
            month,
            false,
            vec![
                sum((2, "Ali Hassan"), 20, None, 15 * 60, 0),
                sum((1, "Camilla Borger"), 10, Some(14250), 8 * 60 + 20, 120),
                sum((1, "Camilla Borger"), 11, Some(13000), 60, 0),
            ],
        );
        assert_eq!(r.month, "2026-11");
        assert_eq!(r.label, "November 2026");
        assert_eq!(r.rows.iter().map(|r| r.placement_id).collect::<Vec<_>>(), vec![20, 10, 11], "by citizen name");
        // 8 h 20 min × 142,50 kr. = 1.187,50 kr.
        assert_eq!(r.rows[1].pay_ore, 118750);
        assert_eq!(r.rows[0].pay_ore, 0, "an internship earns nothing here");
        assert_eq!(r.pay_ore, 118750 + 13000);
        assert_eq!(r.approved_minutes, 15 * 60 + 8 * 60 + 20 + 60);
        assert_eq!(r.citizens, 2);
        assert_eq!(r.waiting_entries, 1);
    }

    #[test]
    fn spreadsheet_cells_are_defused_and_numbers_use_the_danish_comma() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("+45 1234"), "'+45 1234");
        assert_eq!(spreadsheet_safe("-2"), "'-2");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("Søren Æbelø"), "Søren Æbelø");
        assert_eq!(hours_decimal_da(450), "7,50");
        assert_eq!(hours_decimal_da(500), "8,33");
        assert_eq!(hours_decimal_da(0), "0,00");
        assert_eq!(kr_decimal_da(118750), "1187,50");
    }
}
