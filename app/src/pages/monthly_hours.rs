//! "Månedstimer": approved hours and pay per citizen and placement in a month, for the
//! benefit office. Prints as it looks; the same figures as CSV and from the API.
use leptos::prelude::*;
use leptos_meta::Title;

use leptos::server_fn::ServerFn as _;

use crate::components::{AppHeader, FieldError, FormError, FormSend};
use crate::domain::error::Field;
use crate::functions::caseworker::{LockMonth, ReopenMonth};
use crate::pages::citizen::register_form::{field_error, form_message, last_error};
use crate::domain::models::kind_da;
use crate::domain::money;
use crate::domain::report::{parse_month, MonthlyHoursReport, MonthlyHoursRow};
use crate::functions::caseworker::load_monthly_hours;
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;

#[component]
pub fn MonthlyHoursPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let report = Resource::new(move || query.get().get("maaned").unwrap_or_default(), load_monthly_hours);
    view! {
        <Title text="Månedstimer – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler/maanedstimer"/>
        <main class="page page-desk" id="main">
            <h1>"Månedstimer til ydelseskontoret"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok((r, can_lock)) => view! { <Report report=r can_lock/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

#[component]
fn Report(report: MonthlyHoursReport, can_lock: bool) -> impl IntoView {
    let period = parse_month(&report.month).ok();
    let link = |m: String| format!("/sagsbehandler/maanedstimer?maaned={m}");
    let prev = period.map(|p| link(p.previous().first.format("%Y-%m").to_string()));
    let next = period.map(|p| link(p.next().first.format("%Y-%m").to_string()));
    let csv = format!("/api/v1/reports/monthly-hours?month={}&format=csv", report.month);
    let state = if report.locked {
        "Måneden er låst: tallene er endelige.".to_string()
    } else if report.waiting_entries > 0 {
        format!("Måneden er ikke låst, og {} registreringer venter stadig på godkendelse.", report.waiting_entries)
    } else {
        "Måneden er ikke låst endnu.".to_string()
    };
    let mut companies: Vec<(i64, String)> =
        report.rows.iter().filter(|r| r.hourly_wage_ore.is_some()).map(|r| (r.company_id, r.company_name.clone())).collect();
    companies.sort();
    companies.dedup();
    let month = report.month.clone();
    let lock = can_lock.then(|| view! { <MonthLockForm month=report.month.clone() locked=report.locked/> });
    view! {
        <nav class="month-nav no-print" aria-label="Måneder">
            {prev.map(|h| view! { <a class="button button-quiet" href=h rel="external">"‹ Forrige måned"</a> })}
            <form method="get" action="/sagsbehandler/maanedstimer" class="month-pick">
                <label for="maaned">"Måned"</label>
                <input id="maaned" name="maaned" type="month" value=report.month.clone()/>
                <button type="submit" class="button">"Vis"</button>
            </form>
            {next.map(|h| view! { <a class="button button-quiet" href=h rel="external">"Næste måned ›"</a> })}
        </nav>
        <h2 class="report-month">{report.label.clone()}</h2>
        <p class=if report.locked { "report-state locked" } else { "report-state" }>{state}</p>
        <p class="report-summary">
            {format!("{} borgere · {} godkendt · {} i løn", report.citizens, money::format_hours(report.approved_minutes), money::format_kr(report.pay_ore))}
        </p>
        <p class="no-print"><a class="button" href=csv download>"Hent som CSV"</a></p>
        {if report.rows.is_empty() {
            view! { <p class="card empty">"Ingen timer i denne måned."</p> }.into_any()
        } else {
            view! { <ReportTable report/> }.into_any()
        }}
        {(!companies.is_empty()).then(|| view! {
            <section class="card no-print" aria-labelledby="payroll-heading">
                <h2 id="payroll-heading">"Løn pr. virksomhed"</h2>
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
fn ReportTable(report: MonthlyHoursReport) -> impl IntoView {
    view! {
        <table class="caseload report">
            <caption class="visually-hidden">{format!("Godkendte timer og løn, {}", report.label)}</caption>
            <thead>
                <tr>
                    <th scope="col">"Borger"</th>
                    <th scope="col">"Virksomhed"</th>
                    <th scope="col">"Forløb"</th>
                    <th scope="col" class="num">"Godkendte timer"</th>
                    <th scope="col" class="num">"Timeløn"</th>
                    <th scope="col" class="num">"Løn"</th>
                    <th scope="col" class="num">"Venter"</th>
                </tr>
            </thead>
            <tbody>
                {report.rows.into_iter().map(|r| view! { <Row r/> }).collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row" colspan="3">"I alt"</th>
                    <td class="num">{money::format_hours(report.approved_minutes)}</td>
                    <td></td>
                    <td class="num">{money::format_kr(report.pay_ore)}</td>
                    <td class="num">{report.waiting_entries}</td>
                </tr>
            </tfoot>
        </table>
    }
}

#[component]
fn Row(r: MonthlyHoursRow) -> impl IntoView {
    view! {
        <tr data-placement-id=r.placement_id.to_string()>
            <th scope="row">{r.citizen_name.clone()}</th>
            <td>{r.company_name.clone()}<span class="cvr">{format!(" (CVR {})", r.company_cvr)}</span></td>
            <td>{kind_da(&r.kind)}": "{r.opening_title.clone()}</td>
            <td class="num">{money::format_hours(r.approved_minutes)}</td>
            <td class="num">{r.hourly_wage_ore.map(money::format_kr).unwrap_or_else(|| "–".into())}</td>
            <td class="num">{if r.hourly_wage_ore.is_some() { money::format_kr(r.pay_ore) } else { "–".into() }}</td>
            <td class="num">{if r.waiting_entries > 0 { format!("{} ({})", r.waiting_entries, money::format_hours(r.waiting_minutes)) } else { "0".into() }}</td>
        </tr>
    }
}

/// Admins lock a finished month (its figures become final) or reopen it with a reason.
#[island]
fn MonthLockForm(month: String, locked: bool) -> impl IntoView {
    let send = FormSend::new();
    send.reload_when_taken();
    let last = last_error(send.result);
    let reason_e = field_error(last, Field::ReopenReason);
    let other = form_message(last, &[Field::ReopenReason]);
    view! {
        <section class="card no-print month-lock" aria-labelledby="lock-heading">
            <h2 id="lock-heading">{if locked { "Genåbn måneden" } else { "Lås måneden" }}</h2>
            {if locked {
                view! {
                    <form action=ReopenMonth::PATH method="post" class="form" novalidate on:submit=send.on_submit()>
                        <input type="hidden" name="month" value=month.clone()/>
                        <label for="reopen-reason">"Hvorfor genåbnes måneden?"</label>
                        <textarea id="reopen-reason" name="reason" rows="2" maxlength="500" required aria-describedby="reopen-error"></textarea>
                        <FieldError id="reopen-error" message=reason_e/>
                        <FormError message=other/>
                        <button type="submit" class="button button-danger" disabled=move || send.pending.get()>"Genåbn måneden"</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <form action=LockMonth::PATH method="post" class="form" on:submit=send.on_submit()>
                        <input type="hidden" name="month" value=month.clone()/>
                        <p class="hint">"Når måneden er låst, kan dens godkendte timer ikke længere ændres. Det kræver, at måneden er slut, og at ingen timer venter."</p>
                        <FormError message=other/>
                        <button type="submit" class="button button-primary" disabled=move || send.pending.get()>"Lås måneden"</button>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
