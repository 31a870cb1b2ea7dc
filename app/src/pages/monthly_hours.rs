//! "Månedstimer": approved hours and pay per citizen and placement in a month, for the
//! benefit office. Prints as it looks; the same figures as CSV and from the API.
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{Frame, Place};

use leptos::server_fn::ServerFn as _;

use crate::components::{FieldError, FormError, FormSend};
use crate::domain::error::Field;
use crate::functions::caseworker::{LockMonth, ReopenMonth};
use crate::components::forms::{field_error, form_message, last_error};
use crate::domain::report::{parse_month, MonthlyHoursReport, MonthlyHoursRow};
use crate::i18n::{format, k, locale, t, tr};
use crate::functions::caseworker::load_monthly_hours;
use crate::pages::LoadError;

#[component]
pub fn MonthlyHoursPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let report = Resource::new(move || query.get().get("maaned").unwrap_or_default(), load_monthly_hours);
    view! {
        <Frame title=k::NAV_MONTHLY_HOURS place=Place::Desk("/sagsbehandler/maanedstimer")>
            <h1>{t(k::MONTHLY_HEADING)}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok((r, can_lock)) => view! { <Report report=r can_lock/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Frame>
    }
}

#[component]
fn Report(report: MonthlyHoursReport, can_lock: bool) -> impl IntoView {
    let period = parse_month(&report.month).ok();
    let link = |m: String| format!("/sagsbehandler/maanedstimer?maaned={m}");
    let prev = period.map(|p| link(p.previous().first.format("%Y-%m").to_string()));
    let next = period.map(|p| link(p.next().first.format("%Y-%m").to_string()));
    let csv = format!("/api/v1/reports/monthly-hours?month={}&format=csv", report.month);
    let lang = locale();
    let label = period.map(|p| format::month_year(lang, chrono::Datelike::year(&p.first), chrono::Datelike::month(&p.first))).unwrap_or_else(|| report.month.clone());
    let state = if report.locked {
        t(k::MONTHLY_LOCKED)
    } else if report.waiting_entries > 0 {
        tr(k::MONTHLY_WAITING, &[("count", report.waiting_entries.into())])
    } else {
        t(k::MONTHLY_NOT_LOCKED)
    };
    let mut companies: Vec<(i64, String)> =
        report.rows.iter().filter(|r| r.hourly_wage_ore.is_some()).map(|r| (r.company_id, r.company_name.clone())).collect();
    companies.sort();
    companies.dedup();
    let month = report.month.clone();
    let lock = can_lock.then(|| view! { <MonthLockForm month=report.month.clone() locked=report.locked texts=LockTexts::new(report.locked)/> });
    view! {
        <nav class="month-nav no-print" aria-label=t(k::MONTHLY_MONTHS)>
            {prev.map(|h| view! { <a class="button button-quiet" href=h rel="external">{t(k::MONTHLY_PREVIOUS)}</a> })}
            <form method="get" action="/sagsbehandler/maanedstimer" class="month-pick">
                <label for="maaned">{t(k::CSV_MONTH)}</label>
                <input id="maaned" name="maaned" type="month" value=report.month.clone()/>
                <button type="submit" class="button">{t(k::SHOW)}</button>
            </form>
            {next.map(|h| view! { <a class="button button-quiet" href=h rel="external">{t(k::MONTHLY_NEXT)}</a> })}
        </nav>
        <h2 class="report-month">{label.clone()}</h2>
        <p class=if report.locked { "report-state locked" } else { "report-state" }>{state}</p>
        <p class="report-summary">
            {tr(k::MONTHLY_SUMMARY, &[
                ("citizens", report.citizens.into()),
                ("hours", format::hours(lang, report.approved_minutes).into()),
                ("pay", format::kr(lang, report.pay_ore).into()),
            ])}
        </p>
        <p class="no-print"><a class="button" href=csv download>{t(k::DOWNLOAD_CSV)}</a></p>
        {if report.rows.is_empty() {
            view! { <p class="card empty">{t(k::MONTHLY_EMPTY)}</p> }.into_any()
        } else {
            view! { <ReportTable report label/> }.into_any()
        }}
        {(!companies.is_empty()).then(|| view! {
            <section class="card no-print" aria-labelledby="payroll-heading">
                <h2 id="payroll-heading">{t(k::MONTHLY_PAYROLL)}</h2>
                <ul class="payroll-links">
                    {companies.into_iter().map(|(id, name)| view! {
                        <li><a href=format!("/api/v1/reports/payroll?month={month}&company_id={id}&format=csv") download>{format!("{name} (CSV)")}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {lock}
    }
}

#[component]
fn ReportTable(report: MonthlyHoursReport, label: String) -> impl IntoView {
    let lang = locale();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::MONTHLY_HEADING)>
        <table class="caseload report">
            <caption class="visually-hidden">{tr(k::MONTHLY_CAPTION, &[("month", label.into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(k::COL_CITIZEN)}</th>
                    <th scope="col">{t(k::CSV_COMPANY)}</th>
                    <th scope="col">{t(k::CSV_PLACEMENT)}</th>
                    <th scope="col" class="num">{t(k::CSV_APPROVED_HOURS)}</th>
                    <th scope="col" class="num">{t(k::COL_HOURLY_WAGE)}</th>
                    <th scope="col" class="num">{t(k::COL_PAY)}</th>
                    <th scope="col" class="num">{t(k::COL_WAITING)}</th>
                </tr>
            </thead>
            <tbody>
                {report.rows.into_iter().map(|r| view! { <Row r/> }).collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row" colspan="3">{t(k::TOTAL)}</th>
                    <td class="num">{format::hours(lang, report.approved_minutes)}</td>
                    <td></td>
                    <td class="num">{format::kr(lang, report.pay_ore)}</td>
                    <td class="num">{report.waiting_entries}</td>
                </tr>
            </tfoot>
        </table>
        </div>
    }
}

#[component]
fn Row(r: MonthlyHoursRow) -> impl IntoView {
    let lang = locale();
    let kind = crate::domain::opening::OpeningKind::parse(&r.kind).map(|kind| t(kind.label_key())).unwrap_or_else(|| r.kind.clone());
    view! {
        <tr data-placement-id=r.placement_id.to_string()>
            <th scope="row">{r.citizen_name.clone()}</th>
            <td>{r.company_name.clone()}<span class="cvr">{format!(" ({})", tr(k::CVR_NUMBER_IS, &[("cvr", r.company_cvr.clone().into())]))}</span></td>
            <td>{kind}": "{r.opening_title.clone()}</td>
            <td class="num">{format::hours(lang, r.approved_minutes)}</td>
            <td class="num">{r.hourly_wage_ore.map(|w| format::kr(lang, w)).unwrap_or_else(|| "–".into())}</td>
            <td class="num">{if r.hourly_wage_ore.is_some() { format::kr(lang, r.pay_ore) } else { "–".into() }}</td>
            <td class="num">{if r.waiting_entries > 0 { format!("{} ({})", r.waiting_entries, format::hours(lang, r.waiting_minutes)) } else { "0".into() }}</td>
        </tr>
    }
}

/// The lock form's words, made on the server in the page's language.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct LockTexts {
    heading: String,
    reason: String,
    hint: String,
}

impl LockTexts {
    fn new(locked: bool) -> Self {
        LockTexts {
            heading: t(if locked { k::MONTHLY_REOPEN } else { k::MONTHLY_LOCK }),
            reason: t(k::MONTHLY_REOPEN_WHY),
            hint: t(k::MONTHLY_LOCK_HINT),
        }
    }
}

/// Admins lock a finished month (its figures become final) or reopen it with a reason.
#[island(lazy)]
fn MonthLockForm(month: String, locked: bool, texts: LockTexts) -> impl IntoView {
    lazy_parts::shown(LazyIsland::MonthLockForm);
    let LockTexts { heading, reason, hint } = texts;
    let send = FormSend::new();
    send.reload_when_taken();
    let last = last_error(send.result);
    let reason_e = field_error(last, Field::ReopenReason);
    let other = form_message(last, &[Field::ReopenReason]);
    view! {
        <section class="card no-print month-lock" aria-labelledby="lock-heading">
            <h2 id="lock-heading">{heading.clone()}</h2>
            {if locked {
                view! {
                    <form action=ReopenMonth::PATH method="post" class="form" novalidate on:submit=send.on_submit()>
                        <input type="hidden" name="month" value=month.clone()/>
                        <label for="reopen-reason">{reason}</label>
                        <textarea id="reopen-reason" name="reason" rows="2" maxlength="500" required aria-describedby="reopen-error"></textarea>
                        <FieldError id="reopen-error" message=reason_e/>
                        <FormError message=other/>
                        <button type="submit" class="button button-danger" disabled=move || send.pending.get()>{heading.clone()}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <form action=LockMonth::PATH method="post" class="form" on:submit=send.on_submit()>
                        <input type="hidden" name="month" value=month.clone()/>
                        <p class="hint">{hint}</p>
                        <FormError message=other/>
                        <button type="submit" class="button button-primary" disabled=move || send.pending.get()>{heading.clone()}</button>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
