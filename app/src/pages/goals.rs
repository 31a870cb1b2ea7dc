//! "Mål": the municipality's goals with their burn-up and forecast, the funnel from referral
//! to self-supporting, and each company's part — for admins and managers. Charts are SVG
//! drawn on the server, each with its figures in a table, so phones and printers show them
//! alike.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::components::AppHeader;
use crate::domain::goal::{burn_up_geometry, GoalInput, GoalProgress, GoalsDashboard, Metric};
use crate::domain::goal_metrics::{format_count_da, format_share_da, share, DateSpan, Funnel};
use crate::domain::local_time::date_da;
use crate::domain::money;
use crate::functions::goals::{load_goal, load_goals, DeleteGoal, SaveGoal};
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;

fn span_da(s: DateSpan) -> String {
    format!("{} – {}", date_da(&s.first.to_string()), date_da(&s.last.to_string()))
}

pub(crate) fn goal_fields(g: &GoalInput) -> Vec<FormField> {
    let metrics = Metric::ALL.iter().map(|m| (m.as_str().to_string(), m.label_da().to_string())).collect();
    vec![
        FormField::new("metric", "Hvad tæller målet", Input::Select(metrics)).value(g.metric.clone()).required(),
        FormField::new("target", "Mål (antal, eller timer)", Input::Decimal).value(g.target.clone()).hint("Et helt tal, fx 250.").required(),
        FormField::new("period_start", "Periodens første dag", Input::Date).value(g.period_start.clone()).required(),
        FormField::new("period_end", "Periodens sidste dag", Input::Date).value(g.period_end.clone()).required(),
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
        <Title text="Mål – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/maal"/>
        <main class="page page-desk" id="main">
            <h1>"Mål og resultater"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <Dashboard d/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

#[component]
fn Dashboard(d: GoalsDashboard) -> impl IntoView {
    let csv = format!("/api/v1/goals/dashboard?from={}&to={}&format=csv", d.span.first, d.span.last);
    let today = format!(
        "I dag er {} borgere i forløb hos {} virksomheder.",
        format_count_da(d.citizens_in_placement),
        format_count_da(d.companies_with_placements)
    );
    let mut new_goal = vec![FormField::hidden("id", "0")];
    new_goal.extend(goal_fields(&GoalInput::default()));
    let goals = d.goals.clone();
    view! {
        <p class="report-summary">{today}</p>
        <p class="no-print"><a class="button" href=csv download>"Hent tallene som CSV"</a></p>
        <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">"Kommunens mål"</h2>
            {if goals.is_empty() {
                view! { <p class="card empty">"Der er ingen mål endnu. Opret det første herunder."</p> }.into_any()
            } else {
                view! { <div class="goal-grid">{goals.into_iter().map(|g| view! { <GoalCard g/> }).collect_view()}</div> }.into_any()
            }}
        </section>
        <section class="card no-print" aria-labelledby="new-goal">
            <h2 id="new-goal">"Nyt mål"</h2>
            <DeskForm id="goal-new".to_string() action=SaveGoal::PATH.to_string() fields=new_goal
                submit="Opret mål".to_string() after=AfterSave::Reload danger=false/>
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
    let figures = format!("{} af {}", g.metric.figure_da(g.value), g.metric.figure_da(g.target));
    let edit = format!("/maal/{}", g.id);
    view! {
        <article class="card goal" aria-labelledby=labelled_by data-metric=g.metric.as_str()>
            <h3 id=heading_id>{g.metric.label_da()}</h3>
            <p class="goal-period">{span_da(g.period)}</p>
            <p class="goal-figure">{figures}</p>
            <p class=pace_class>{g.pace.label_da()}</p>
            <p class="goal-forecast">
                {format!("Forventet i dag: {} · Prognose ved periodens slut: {}", format_count_da(g.expected), format_count_da(g.forecast))}
            </p>
            <p class="hint">{g.metric.explanation_da()}</p>
            <BurnUp g=g.clone()/>
            <p class="no-print"><a href=edit>"Ret eller slet målet"</a></p>
        </article>
    }
}

/// The burn-up: the value over the period against the straight line to the target. The
/// table under it holds the same figures for screen readers and for anyone who prefers them.
#[component]
fn BurnUp(g: GoalProgress) -> impl IntoView {
    const W: f64 = 320.0;
    const H: f64 = 140.0;
    let geo = burn_up_geometry(&g, W, H);
    let title_id = format!("burnup-{}-title", g.id);
    let labelled_by = title_id.clone();
    let label = format!(
        "{}: {} af {} ({}). Den stiplede linje er den lige vej til målet.",
        g.metric.label_da(),
        format_count_da(g.value),
        format_count_da(g.target),
        g.pace.label_da()
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
                <text class="tick" x="-4" y="4" text-anchor="end">{format_count_da(geo.top)}</text>
                <text class="tick" x="0" y=(H + 18.0).to_string()>{date_da(&g.period.first.to_string())}</text>
                <text class="tick" x=W.to_string() y=(H + 18.0).to_string() text-anchor="end">{date_da(&g.period.last.to_string())}</text>
                <line class="target-line" x1=x1.to_string() y1=y1.to_string() x2=x2.to_string() y2=y2.to_string()/>
                <polyline class="value-line" points=geo.value_points fill="none"/>
            </svg>
            <details>
                <summary>"Vis tallene"</summary>
                <table class="caseload compact">
                    <caption class="visually-hidden">{format!("{} over perioden", g.metric.label_da())}</caption>
                    <thead><tr><th scope="col">"Til og med"</th><th scope="col" class="num">"Opnået"</th><th scope="col" class="num">"Lige vej til målet"</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|p| view! {
                            <tr><th scope="row">{date_da(&p.day.to_string())}</th><td class="num">{format_count_da(p.value)}</td><td class="num">{format_count_da(p.line)}</td></tr>
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
        <form method="get" action="/maal" class="month-pick span-pick no-print" aria-label="Periode for forløb og virksomheder">
            <div class="field">
                <label for="fra">"Fra"</label>
                <input id="fra" name="fra" type="date" value=span.first.to_string()/>
            </div>
            <div class="field">
                <label for="til">"Til"</label>
                <input id="til" name="til" type="date" value=span.last.to_string()/>
            </div>
            <button type="submit" class="button">"Vis periode"</button>
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
            <h2 id="funnel-heading">{format!("Fra visitation til selvforsørgelse, {}", span_da(funnel.span))}</h2>
            <SpanPicker span=funnel.span/>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Forløbets trin">
            <table class="caseload funnel">
                <thead><tr><th scope="col">"Trin"</th><th scope="col" class="num">"Antal"</th><th scope="col" class="num">"Af trinnet før"</th><th scope="col" class="bar-col" aria-hidden="true"></th></tr></thead>
                <tbody>
                    {steps.into_iter().map(|(name, value, part)| {
                        let width = format!("width: {:.1}%", value as f64 * 100.0 / top as f64);
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td class="num">{format_count_da(value)}</td>
                                <td class="num">{part.map(|p| format_share_da(Some(p))).unwrap_or_default()}</td>
                                <td class="bar-col" aria-hidden="true"><span class="bar" style=width></span></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <h3>"Sådan sluttede forløbene"</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Sådan sluttede forløbene">
            <table class="caseload compact">
                <thead><tr><th scope="col">"Afsluttet som"</th><th scope="col" class="num">"Forløb"</th><th scope="col" class="num">"Andel"</th></tr></thead>
                <tbody>
                    {outcomes.by_outcome.iter().map(|c| view! {
                        <tr>
                            <th scope="row">{c.outcome.label_da()}</th>
                            <td class="num">{format_count_da(c.placements)}</td>
                            <td class="num">{format_share_da(share(c.placements, outcomes.ended))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr><th scope="row">"Afsluttet i alt"</th><td class="num">{format_count_da(outcomes.ended)}</td><td></td></tr>
                    <tr><th scope="row">"I job, fleksjob eller uddannelse"</th><td class="num">{format_count_da(outcomes.work_or_education)}</td><td class="num">{format_share_da(outcomes.work_or_education_share())}</td></tr>
                </tfoot>
            </table>
            </div>
        </section>
    }
}

#[component]
fn Companies(d: GoalsDashboard) -> impl IntoView {
    let span = span_da(d.span);
    view! {
        <section class="card" aria-labelledby="companies-heading">
            <h2 id="companies-heading">{format!("Virksomhedernes bidrag, {span}")}</h2>
            {if d.companies.is_empty() {
                view! { <p class="empty">"Ingen virksomheder har pladser, forløb eller timer i perioden."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Virksomhedernes bidrag">
                    <table class="caseload">
                        <thead><tr>
                            <th scope="col">"Virksomhed"</th>
                            <th scope="col" class="num">"Pladser udbudt"</th>
                            <th scope="col" class="num">"Forløb startet"</th>
                            <th scope="col" class="num">"Godkendte timer"</th>
                        </tr></thead>
                        <tbody>
                            {d.companies.into_iter().map(|c| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/sagsbehandler/virksomheder/{}", c.figures.company_id)>{c.name}</a></th>
                                    <td class="num">{format_count_da(c.figures.seats_offered)}</td>
                                    <td class="num">{format_count_da(c.figures.placements_started)}</td>
                                    <td class="num">{money::format_hours(c.figures.approved_minutes)}</td>
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
    crate::pages::desk::record_page("Ret mål", "Ret mål", "/maal", Some(("/maal", "‹ Alle mål")), load_goal, |g| view! { <EditGoal g/> })
}

#[component]
fn EditGoal(g: GoalInput) -> impl IntoView {
    let id = crate::pages::desk::id_param();
    let mut fields = vec![FormField::hidden("id", id.to_string())];
    fields.extend(goal_fields(&g));
    view! {
        <h1>"Ret mål"</h1>
        <section class="card">
            <DeskForm id="goal-edit".to_string() action=SaveGoal::PATH.to_string() fields
                submit="Gem målet".to_string() after=AfterSave::GoTo("/maal".into()) danger=false/>
        </section>
        <section class="card" aria-labelledby="delete-goal">
            <h2 id="delete-goal">"Slet målet"</h2>
            <p>"Tallene bag målet bliver ikke slettet, kun målet selv."</p>
            <DeskForm id="goal-delete".to_string() action=DeleteGoal::PATH.to_string() fields=vec![FormField::hidden("id", id.to_string())]
                submit="Slet målet".to_string() after=AfterSave::GoTo("/maal".into()) danger=true/>
        </section>
    }
}
