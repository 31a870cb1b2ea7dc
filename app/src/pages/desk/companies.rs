//! "Virksomheder": the municipality's companies, the proposals waiting for review, and a new
//! company.
use leptos::prelude::*;
use crate::pages::frame::{Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm};
use crate::domain::company::{arrange, CompanyInput, CompanySort, CompanyView};
use crate::domain::opening::OpeningView;
use crate::functions::desk::{load_companies, SaveCompany};
use crate::i18n::{k, t, tr, Key};
use crate::pages::LoadError;

#[component]
pub fn CompaniesPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let q = move || query.with(|m| m.get("q").unwrap_or_default());
    let data = Resource::new(q, load_companies);
    let table = move || {
        query.with(|m| {
            let get = |k: &str| m.get(k).unwrap_or_default();
            Table { sort: CompanySort::parse(&get("sort")), descending: get("retning") == "ned", page: get("side").parse().unwrap_or(1), q: get("q") }
        })
    };
    view! {
        <Frame title=k::NAV_COMPANIES place=Place::Desk("/sagsbehandler/virksomheder")>
            <h1>{t(k::NAV_COMPANIES)}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! {
                            <Proposals proposals=d.proposals/>
                            <form method="get" action="/sagsbehandler/virksomheder" class="caseload-filter" role="search">
                                <label for="q">{t(k::COMPANIES_SEARCH)}</label>
                                <input id="q" name="q" type="search" value=q()/>
                                <button type="submit" class="button">{t(k::SEARCH)}</button>
                            </form>
                            <CompanyTable companies=d.companies t=table()/>
                            <section class="card" aria-labelledby="new-company">
                                <h2 id="new-company">{t(k::COMPANY_NEW)}</h2>
                                <DeskForm id="company-new".to_string() action=SaveCompany::PATH.to_string()
                                    fields={
                                        let mut f = vec![crate::components::desk_form::FormField::hidden("id", "0")];
                                        f.extend(super::company_fields(&CompanyInput::default()));
                                        f
                                    }
                                    submit=t(k::COMPANY_CREATE) after=AfterSave::GoTo("/sagsbehandler/virksomheder/{id}".into()) danger=false/>
                            </section>
                        }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Frame>
    }
}

#[component]
fn Proposals(proposals: Vec<OpeningView>) -> impl IntoView {
    (!proposals.is_empty()).then(|| view! {
        <section class="card alerts" aria-labelledby="proposals-heading">
            <h2 id="proposals-heading">{tr(k::COMPANIES_PROPOSALS, &[("count", proposals.len().into())])}</h2>
            <ul class="alert-list">
                {proposals.into_iter().map(|o| view! {
                    <li data-opening-id=o.id.to_string()>
                        <a href=format!("/sagsbehandler/opslag/{}", o.id)>{o.title.clone()}</a>
                        {format!(" – {} · {} · ", o.company_name, t(o.kind.label_key()))}
                        {tr(k::COMPANIES_PROPOSED_BY, &[("name", o.proposed_by_name.clone().unwrap_or_default().into())])}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}

/// The table's order and page, from the address, so every view is a plain link.
#[derive(Clone, Debug, PartialEq)]
struct Table {
    sort: CompanySort,
    descending: bool,
    page: usize,
    q: String,
}

impl Table {
    fn href(&self, sort: CompanySort, descending: bool, page: usize) -> String {
        let mut h = format!("/sagsbehandler/virksomheder?sort={}", sort.slug());
        if descending {
            h.push_str("&retning=ned");
        }
        if !self.q.is_empty() {
            h.push_str(&format!("&q={}", crate::pages::caseworker::encode(&self.q)));
        }
        if page > 1 {
            h.push_str(&format!("&side={page}"));
        }
        h
    }
}

/// A column heading that sorts by it; again reverses the order.
#[component]
fn SortBy(label: Key, sort: CompanySort, t: Table, #[prop(optional)] num: bool) -> impl IntoView {
    let here = t.sort == sort;
    let aria = here.then(|| if t.descending { "descending" } else { "ascending" });
    let link = t.href(sort, here && !t.descending, 1);
    view! {
        <th scope="col" class:num=num aria-sort=aria>
            <a href=link class="sort-link">{crate::i18n::t(label)}{here.then(|| if t.descending { " ▲" } else { " ▼" })}</a>
        </th>
    }
}

#[component]
fn CompanyTable(companies: Vec<CompanyView>, t: Table) -> impl IntoView {
    if companies.is_empty() {
        return view! { <p class="card empty">{crate::i18n::t(k::COMPANIES_NO_MATCH)}</p> }.into_any();
    }
    let (companies, page, pages) = arrange(companies, t.sort, t.descending, t.page);
    let nav = (pages > 1).then(|| view! {
        <nav class="period-nav queue-pages" aria-label=crate::i18n::t(k::MENTOR_PAGES)>
            {(page > 1).then(|| view! { <a class="button button-quiet" href=t.href(t.sort, t.descending, page - 1)>{crate::i18n::t(k::DESK_PREVIOUS)}</a> })}
            <p class="period-label">{super::page_of(page, pages)}</p>
            {(page < pages).then(|| view! { <a class="button button-quiet" href=t.href(t.sort, t.descending, page + 1)>{crate::i18n::t(k::DESK_NEXT)}</a> })}
        </nav>
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=crate::i18n::t(k::COMPANIES_CAPTION)>
        <table class="caseload companies">
            <caption class="visually-hidden">{crate::i18n::t(k::COMPANIES_CAPTION)}</caption>
            <thead>
                <tr>
                    <SortBy label=k::CSV_COMPANY sort=CompanySort::Name t=t.clone()/>
                    <th scope="col">{crate::i18n::t(k::CSV_CVR)}</th>
                    <th scope="col">{crate::i18n::t(k::COL_POSTCODE)}</th>
                    <th scope="col">{crate::i18n::t(k::COMPANY_CONTACT)}</th>
                    <th scope="col">{crate::i18n::t(k::MY_DATA_CASEWORKER)}</th>
                    <SortBy label=k::COL_OPEN_OPENINGS sort=CompanySort::OpenOpenings t=t.clone() num=true/>
                    <SortBy label=k::COL_PROPOSALS sort=CompanySort::Proposals t=t.clone() num=true/>
                    <SortBy label=k::COL_CITIZENS_PLACED sort=CompanySort::Placements t=t.clone() num=true/>
                </tr>
            </thead>
            <tbody>
                {companies.into_iter().map(|c| view! {
                    <tr data-company-id=c.id.to_string()>
                        <th scope="row">
                            <a href=format!("/sagsbehandler/virksomheder/{}", c.id)>{c.name.clone()}</a>
                            {c.is_social_enterprise.then(|| view! { " " <span class="badge badge-info" title=crate::i18n::t(k::COMPANY_SOCIAL_ENTERPRISE)>{crate::i18n::t(k::COMPANY_SOCIAL_SHORT)}</span> })}
                        </th>
                        <td>{c.cvr.clone()}</td>
                        <td>{c.postcode.clone().unwrap_or_else(|| "–".into())}</td>
                        <td>{c.contact_name.clone().unwrap_or_else(|| "–".into())}</td>
                        <td>{c.caseworker_name.clone().unwrap_or_else(|| "–".into())}</td>
                        <td class="num">{c.open_openings}</td>
                        <td class="num">{c.waiting_proposals}</td>
                        <td class="num">{c.active_placements}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
        {nav}
    }
    .into_any()
}
