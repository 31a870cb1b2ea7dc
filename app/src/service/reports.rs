//! Monthly hours for the benefit office, and payroll per company: the same figures on the
//! printable page, in the CSV and from the API.
use crate::i18n::{k, tr_in, Key, Locale};
use crate::db::reports::{self as store, MonthFilter};
use crate::db::Db;
use crate::domain::access::{self, Actor, Overview};
use crate::domain::error::AppError;
use crate::domain::models::kind_da;
use crate::domain::report::{self, hours_decimal_da, kr_decimal_da, spreadsheet_safe, MonthLock, MonthlyHoursReport};

/// Approved hours and pay per citizen and placement in `month` ("YYYY-MM"), for the whole
/// municipality; `company_id` narrows it to one company and `paid_only` to paid placements.
pub async fn monthly_hours(db: &Db, actor: &Actor, month: &str, company_id: Option<i64>, paid_only: bool) -> Result<MonthlyHoursReport, AppError> {
    access::authorize_overview(actor, Overview::Reports)?;
    let period = report::parse_month(month)?;
    if let Some(c) = company_id {
        if !store::company_exists(db, actor.municipality_id, c).await? {
            return Err(AppError::NotFound);
        }
    }
    let (from, to) = period.instants();
    let filter = MonthFilter { municipality_id: actor.municipality_id, from, to, company_id: company_id.unwrap_or(0), paid_only };
    let sums = store::placement_months(db, &filter).await?;
    let month_key = period.first.format("%Y-%m").to_string();
    let locked = store::is_locked(db, actor.municipality_id, &month_key).await?;
    let subject = match company_id {
        Some(c) => format!("month:{month_key}:company:{c}"),
        None => format!("month:{month_key}"),
    };
    let action = if paid_only { crate::domain::audit::Action::ReportPayroll } else { crate::domain::audit::Action::ReportMonthlyHours };
    // One line per citizen in the figures; a month with none still records the look.
    if sums.is_empty() {
        crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, action, &subject).await?;
    }
    super::audit::read(db, actor, sums.iter().map(|s| s.citizen_id), action, &subject).await?;
    Ok(report::build(period, locked, sums))
}

/// Semicolon-separated with a byte order mark and decimal commas: what a Danish spreadsheet
/// opens as columns, with æ, ø and å intact. The headings are in the requester's language;
/// the columns' order and values are the same in every language, so imports keep working.
pub(crate) fn write_csv(locale: Locale, header: &[Key], rows: impl Iterator<Item = Vec<String>>) -> Result<String, AppError> {
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    w.write_record(header.iter().map(|key| tr_in(locale, *key, &[]))).map_err(|_| AppError::Internal)?;
    for row in rows {
        w.write_record(row.iter().map(|c| spreadsheet_safe(c))).map_err(|_| AppError::Internal)?;
    }
    let bytes = w.into_inner().map_err(|_| AppError::Internal)?;
    let body = String::from_utf8(bytes).map_err(|_| AppError::Internal)?;
    Ok(format!("\u{feff}{body}"))
}

pub fn monthly_hours_csv(r: &MonthlyHoursReport, locale: Locale) -> Result<String, AppError> {
    let header = [
        k::CSV_MONTH, k::CSV_CITIZEN_ID, k::CSV_CITIZEN, k::CSV_COMPANY, k::CSV_CVR, k::CSV_PLACEMENT_ID, k::CSV_PLACEMENT, k::CSV_POSITION,
        k::CSV_APPROVED_HOURS, k::CSV_APPROVED_ENTRIES, k::CSV_WAITING_HOURS, k::CSV_WAITING_ENTRIES, k::CSV_HOURLY_WAGE, k::CSV_PAY,
    ];
    let rows = r.rows.iter().map(|x| {
        vec![
            r.month.clone(),
            x.citizen_id.to_string(),
            x.citizen_name.clone(),
            x.company_name.clone(),
            x.company_cvr.clone(),
            x.placement_id.to_string(),
            kind_da(&x.kind).to_string(),
            x.opening_title.clone(),
            hours_decimal_da(x.approved_minutes),
            x.approved_entries.to_string(),
            hours_decimal_da(x.waiting_minutes),
            x.waiting_entries.to_string(),
            x.hourly_wage_ore.map(kr_decimal_da).unwrap_or_default(),
            kr_decimal_da(x.pay_ore),
        ]
    });
    write_csv(locale, &header, rows)
}

pub fn payroll_csv(r: &MonthlyHoursReport, locale: Locale) -> Result<String, AppError> {
    let header = [
        k::CSV_MONTH, k::CSV_CVR, k::CSV_COMPANY, k::CSV_CITIZEN_ID, k::CSV_CITIZEN, k::CSV_PLACEMENT_ID, k::CSV_POSITION, k::CSV_HOURS,
        k::CSV_HOURLY_WAGE, k::CSV_PAY,
    ];
    let rows = r.rows.iter().map(|x| {
        vec![
            r.month.clone(),
            x.company_cvr.clone(),
            x.company_name.clone(),
            x.citizen_id.to_string(),
            x.citizen_name.clone(),
            x.placement_id.to_string(),
            x.opening_title.clone(),
            hours_decimal_da(x.approved_minutes),
            x.hourly_wage_ore.map(kr_decimal_da).unwrap_or_default(),
            kr_decimal_da(x.pay_ore),
        ]
    });
    write_csv(locale, &header, rows)
}

fn month_filter(actor: &Actor, period: crate::domain::period::Period) -> (MonthFilter, String) {
    let (from, to) = period.instants();
    (MonthFilter { municipality_id: actor.municipality_id, from, to, company_id: 0, paid_only: false }, period.first.format("%Y-%m").to_string())
}

/// An admin locks a month that is over and has nothing waiting: its approved entries become
/// locked and no longer change. Locking it again changes nothing.
pub async fn lock_month(db: &Db, actor: &Actor, month: &str) -> Result<MonthLock, AppError> {
    access::authorize_overview(actor, Overview::MonthLocks)?;
    let period = report::parse_month(month)?;
    let (filter, key) = month_filter(actor, period);
    let today = crate::domain::local_time::local_date(chrono::Utc::now());
    let entries = store::lock_month(db, &filter, &key, actor.user_id, |waiting| report::check_lockable(period, today, waiting)).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::MonthLock, &format!("month:{key}")).await?;
    Ok(MonthLock { month: key, locked: true, entries })
}

/// An admin reopens a locked month with a reason; every entry's history keeps it.
pub async fn reopen_month(db: &Db, actor: &Actor, month: &str, reason: &str) -> Result<MonthLock, AppError> {
    access::authorize_overview(actor, Overview::MonthLocks)?;
    let period = report::parse_month(month)?;
    let reason = report::check_reopen_reason(reason)?;
    let (filter, key) = month_filter(actor, period);
    let entries = store::reopen_month(db, &filter, &key, actor.user_id, &reason)
        .await?
        .ok_or(AppError::invalid(crate::domain::error::Rule::MonthNotLocked, crate::domain::error::Field::Month))?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::MonthReopen, &format!("month:{key}")).await?;
    Ok(MonthLock { month: key, locked: false, entries })
}
