//! "Mål": the municipality's goals with their burn-up and forecast, the funnel from referral
//! to self-supporting, and each company's part — for admins and managers. Charts are SVG
//! drawn on the server, each with its figures in a table, so phones and printers show them
//! alike.
use leptos::prelude::*;
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::goal::{burn_up_geometry, GoalInput, GoalProgress, GoalsDashboard, Metric};
use crate::domain::goal_metrics::{share, DateSpan, Funnel};
use crate::functions::goals::{load_goal, load_goals, DeleteGoal, SaveGoal};
use crate::i18n::{describe, format, k, locale, t, tr};

fn span(s: DateSpan) -> String {
    describe::date_span(locale(), s.first, s.last)
}

fn count(n: i64) -> String {
    describe::count(locale(), n)
}

fn percent(p: Option<f64>) -> String {
    describe::share(locale(), p)
}

fn day(d: chrono::NaiveDate) -> String {
    format::date_numeric(locale(), d)
}

pub(crate) fn goal_fields(g: &GoalInput) -> Vec<FormField> {
    let metrics = Metric::ALL.iter().map(|m| (m.as_str().to_string(), m.label())).collect();
    vec![
        FormField::new("metric", t(k::GOAL_FIELD_METRIC), Input::Select(metrics)).value(g.metric.clone()).required(),
        FormField::new("target", t(k::GOAL_FIELD_TARGET), Input::Decimal).value(g.target.clone()).hint(t(k::GOAL_FIELD_TARGET_HINT)).required(),
        FormField::new("period_start", t(k::GOAL_FIELD_START), Input::Date).value(g.period_start.clone()).required(),
        FormField::new("period_end", t(k::GOAL_FIELD_END), Input::Date).value(g.period_end.clone()).required(),
    ]
}

#[component]
pub fn GoalsPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let data = Resource::new(
        move || query.with(|q| (q.get("fra").unwrap_or_default(), q.get("til").unwrap_or_default())),
        |(fra, til)| load_goals(fra, til),
    );
    view! {
        <Frame title=k::NAV_GOALS place=Place::Desk("/maal")>
            <h1>{t(k::GOALS_HEADING)}</h1>
            {loaded(data, |d| view! { <Dashboard d/> })}
        </Frame>
    }
}

#[component]
fn Dashboard(d: GoalsDashboard) -> impl IntoView {
    let csv = format!("/api/v1/goals/dashboard?from={}&to={}&format=csv", d.span.first, d.span.last);
    let today = tr(k::GOALS_TODAY, &[("citizens", d.citizens_in_placement.into()), ("companies", d.companies_with_placements.into())]);
    let mut new_goal = vec![FormField::hidden("id", "0")];
    new_goal.extend(goal_fields(&GoalInput::default()));
    let goals = d.goals.clone();
    view! {
        <p class="report-summary">{today}</p>
        <p class="no-print"><a class="button" href=csv download>{t(k::GOALS_CSV)}</a></p>
        <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t(k::GOALS_MUNICIPALITY)}</h2>
            {if goals.is_empty() {
                view! { <p class="card empty">{t(k::GOALS_NONE)}</p> }.into_any()
            } else {
                view! { <div class="goal-grid">{goals.into_iter().map(|g| view! { <GoalCard g/> }).collect_view()}</div> }.into_any()
            }}
        </section>
        <section class="card no-print" aria-labelledby="new-goal">
            <h2 id="new-goal">{t(k::GOAL_NEW)}</h2>
            <DeskForm id="goal-new".to_string() action=SaveGoal::PATH.to_string() fields=new_goal
                submit=t(k::GOAL_CREATE) after=AfterSave::Reload danger=false/>
        </section>
        <FunnelView funnel=d.funnel.clone()/>
        <Companies d=d.clone()/>
    }
}

#[component]
fn GoalCard(g: GoalProgress) -> impl IntoView {
    let heading_id = format!("goal-{}", g.id);
    let labelled_by = heading_id.clone();
    let pace_class = if g.pace.is_good() { "pace pace-good" } else { "pace pace-behind" };
    let lang = locale();
    let figures = tr(k::GOAL_OF, &[("value", describe::metric_figure(lang, g.metric, g.value).into()), ("target", describe::metric_figure(lang, g.metric, g.target).into())]);
    let edit = format!("/maal/{}", g.id);
    view! {
        <article class="card goal" aria-labelledby=labelled_by data-metric=g.metric.as_str()>
            <h3 id=heading_id>{g.metric.label()}</h3>
            <p class="goal-period"><bdi>{span(g.period)}</bdi></p>
            <p class="goal-figure">{figures}</p>
            <p class=pace_class>{describe::pace(lang, g.pace)}</p>
            <p class="goal-forecast">{tr(k::GOAL_FORECAST, &[("expected", g.expected.into()), ("forecast", g.forecast.into())])}</p>
            <p class="hint">{describe::metric_explanation(lang, g.metric)}</p>
            <BurnUp g=g.clone()/>
            <p class="no-print"><a href=edit>{t(k::GOAL_EDIT_LINK)}</a></p>
        </article>
    }
}

/// The burn-up: the value over the period against the straight line to the target. The
/// table under it holds the same figures for screen readers and for anyone who prefers them.
#[component]
fn BurnUp(g: GoalProgress) -> impl IntoView {
    const W: f64 = 320.0;
    const H: f64 = 140.0;
    let geo = burn_up_geometry(&g, W, H, crate::domain::local_time::local_date(chrono::Utc::now()));
    let value_class = match (g.pace.is_good(), g.pace.is_far_behind(g.target)) {
        (true, _) => "value-line",
        (false, false) => "value-line behind",
        (false, true) => "value-line far-behind",
    };
    let mid = geo.top / 2;
    let title_id = format!("burnup-{}-title", g.id);
    let labelled_by = title_id.clone();
    let label = tr(
        k::BURNUP_LABEL,
        &[
            ("metric", g.metric.label().into()),
            ("value", g.value.into()),
            ("target", g.target.into()),
            ("pace", describe::pace(locale(), g.pace).into()),
        ],
    );
    let (x1, y1, x2, y2) = geo.line;
    let rows = g.points.clone();
    view! {
        <figure class="burnup">
            <svg viewBox=format!("-36 -8 {} {}", W + 44.0, H + 30.0) role="img" aria-labelledby=labelled_by preserveAspectRatio="xMidYMid meet">
                <title id=title_id>{label}</title>
                <line class="axis" x1="0" y1=H.to_string() x2=W.to_string() y2=H.to_string()/>
                <line class="axis" x1="0" y1="0" x2="0" y2=H.to_string()/>
                <text class="tick" x="-4" y=(H + 4.0).to_string() text-anchor="end">"0"</text>
                <text class="tick" x="-4" y="4" text-anchor="end">{count(geo.top)}</text>
                {(mid > 0 && mid < geo.top).then(|| view! {
                    <line class="grid" x1="0" y1=(H / 2.0).to_string() x2=W.to_string() y2=(H / 2.0).to_string()/>
                    <text class="tick" x="-4" y=(H / 2.0 + 4.0).to_string() text-anchor="end">{count(mid)}</text>
                })}
                <text class="tick" x="0" y=(H + 18.0).to_string()>{day(g.period.first)}</text>
                <text class="tick" x=W.to_string() y=(H + 18.0).to_string() text-anchor="end">{day(g.period.last)}</text>
                <line class="target-line" x1=x1.to_string() y1=y1.to_string() x2=x2.to_string() y2=y2.to_string()/>
                <polyline class=value_class points=geo.value_points fill="none"/>
                {geo.today_x.map(|x| view! {
                    <line class="today-line" x1=x.to_string() y1="0" x2=x.to_string() y2=H.to_string()/>
                })}
            </svg>
            <p class="burnup-legend" aria-hidden="true">
                <span class=format!("key key-{}", value_class.replace(' ', "-"))></span>{t(k::BURNUP_REACHED)}
                <span class="key key-target"></span>{t(k::BURNUP_LINE)}
                {geo.today_x.is_some().then(|| view! { <span class="key key-today"></span>{t(k::BURNUP_TODAY)} })}
            </p>
            <details>
                <summary>{t(k::BURNUP_SHOW_FIGURES)}</summary>
                <table class="caseload compact">
                    <caption class="visually-hidden">{tr(k::BURNUP_CAPTION, &[("metric", g.metric.label().into())])}</caption>
                    <thead><tr><th scope="col">{t(k::FIELD_TO_INCL)}</th><th scope="col" class="num">{t(k::BURNUP_REACHED)}</th><th scope="col" class="num">{t(k::BURNUP_LINE)}</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|p| view! {
                            <tr><th scope="row">{day(p.day)}</th><td class="num">{count(p.value)}</td><td class="num">{count(p.line)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

#[component]
fn SpanPicker(span: DateSpan) -> impl IntoView {
    view! {
        <form method="get" action="/maal" class="month-pick span-pick no-print" aria-label=t(k::GOALS_SPAN_LABEL)>
            <div class="field">
                <label for="fra">{t(k::FIELD_FROM)}</label>
                <input id="fra" name="fra" type="date" value=span.first.to_string()/>
            </div>
            <div class="field">
                <label for="til">{t(k::FIELD_TO)}</label>
                <input id="til" name="til" type="date" value=span.last.to_string()/>
            </div>
            <button type="submit" class="button">{t(k::GOALS_SHOW_SPAN)}</button>
        </form>
    }
}

#[component]
fn FunnelView(funnel: Funnel) -> impl IntoView {
    let top = funnel.referred.max(funnel.started).max(1);
    let steps = funnel.steps();
    let outcomes = funnel.outcomes.clone();
    view! {
        <section class="card" aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">{tr(k::FUNNEL_HEADING, &[("span", span(funnel.span).into())])}</h2>
            <SpanPicker span=funnel.span/>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::FUNNEL_STEPS)>
            <table class="caseload funnel">
                <thead><tr><th scope="col">{t(k::FUNNEL_STEP)}</th><th scope="col" class="num">{t(k::FUNNEL_COUNT)}</th><th scope="col" class="num">{t(k::FUNNEL_OF_BEFORE)}</th><th scope="col" class="bar-col" aria-hidden="true"></th></tr></thead>
                <tbody>
                    {steps.into_iter().map(|(name, value, part)| {
                        let width = format!("width: {:.1}%", value as f64 * 100.0 / top as f64);
                        view! {
                            <tr>
                                <th scope="row">{t(name)}</th>
                                <td class="num">{count(value)}</td>
                                <td class="num">{part.map(|p| percent(Some(p))).unwrap_or_default()}</td>
                                <td class="bar-col" aria-hidden="true"><span class="bar" style=width></span></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <h3>{t(k::FUNNEL_OUTCOMES)}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::FUNNEL_OUTCOMES)>
            <table class="caseload compact">
                <thead><tr><th scope="col">{t(k::FUNNEL_ENDED_AS)}</th><th scope="col" class="num">{t(k::CSV_PLACEMENT)}</th><th scope="col" class="num">{t(k::CSV_SHARE)}</th></tr></thead>
                <tbody>
                    {outcomes.by_outcome.iter().map(|c| view! {
                        <tr>
                            <th scope="row">{c.outcome.label()}</th>
                            <td class="num">{count(c.placements)}</td>
                            <td class="num">{percent(share(c.placements, outcomes.ended))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr><th scope="row">{t(k::FUNNEL_ENDED_TOTAL)}</th><td class="num">{count(outcomes.ended)}</td><td></td></tr>
                    <tr><th scope="row">{t(k::FUNNEL_WORK_OR_EDUCATION)}</th><td class="num">{count(outcomes.work_or_education)}</td><td class="num">{percent(outcomes.work_or_education_share())}</td></tr>
                </tfoot>
            </table>
            </div>
        </section>
    }
}

#[component]
fn Companies(d: GoalsDashboard) -> impl IntoView {
    let lang = locale();
    view! {
        <section class="card" aria-labelledby="companies-heading">
            <h2 id="companies-heading">{tr(k::CONTRIBUTION_HEADING, &[("span", span(d.span).into())])}</h2>
            {if d.companies.is_empty() {
                view! { <p class="empty">{t(k::CONTRIBUTION_NONE)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::CONTRIBUTION_REGION)>
                    <table class="caseload">
                        <thead><tr>
                            <th scope="col">{t(k::CSV_COMPANY)}</th>
                            <th scope="col" class="num">{t(k::CONTRIBUTION_SEATS)}</th>
                            <th scope="col" class="num">{t(k::FUNNEL_STARTED)}</th>
                            <th scope="col" class="num">{t(k::CSV_APPROVED_HOURS)}</th>
                        </tr></thead>
                        <tbody>
                            {d.companies.into_iter().map(|c| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/sagsbehandler/virksomheder/{}", c.figures.company_id)>{c.name}</a></th>
                                    <td class="num">{count(c.figures.seats_offered)}</td>
                                    <td class="num">{count(c.figures.placements_started)}</td>
                                    <td class="num">{format::hours(lang, c.figures.approved_minutes)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// One goal's edit form, and the way to delete it.
#[component]
pub fn GoalPage() -> impl IntoView {
    crate::pages::desk::record_page(k::GOAL_EDIT, "/maal", Some(("/maal", k::BACK_GOALS)), load_goal, |g| view! { <EditGoal g/> })
}

#[component]
fn EditGoal(g: GoalInput) -> impl IntoView {
    let id = crate::pages::desk::id_param();
    let mut fields = vec![FormField::hidden("id", id.to_string())];
    fields.extend(goal_fields(&g));
    view! {
        <h1>{t(k::GOAL_EDIT)}</h1>
        <section class="card">
            <DeskForm id="goal-edit".to_string() action=SaveGoal::PATH.to_string() fields
                submit=t(k::GOAL_SAVE) after=AfterSave::GoTo("/maal".into()) danger=false/>
        </section>
        <section class="card" aria-labelledby="delete-goal">
            <h2 id="delete-goal">{t(k::GOAL_DELETE)}</h2>
            <p>{t(k::GOAL_DELETE_HINT)}</p>
            <DeskForm id="goal-delete".to_string() action=DeleteGoal::PATH.to_string() fields=vec![FormField::hidden("id", id.to_string())]
                submit=t(k::GOAL_DELETE) after=AfterSave::GoTo("/maal".into()) danger=true/>
        </section>
    }
}
