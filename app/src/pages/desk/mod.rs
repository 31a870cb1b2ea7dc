//! The caseworker's desk beyond the caseload: companies, their openings and proposals,
//! matching, and placements from start to follow-up.
pub mod audit;
pub mod citizen;
pub mod companies;
pub mod company;
pub mod opening;
pub mod placement;
pub mod users;

use leptos::prelude::*;

use crate::components::desk_form::{FormField, Input};
use crate::domain::company::CompanyInput;
use crate::domain::error::AppError;
use crate::domain::opening::{OpeningInput, OpeningKind, OpeningStatus};
use crate::i18n::{describe, format, k, locale, t, tr, Key};
use crate::pages::LoadError;

/// The id in the page's address, or 0 (which names nothing).
pub(crate) fn id_param() -> i64 {
    let params = leptos_router::hooks::use_params_map();
    leptos::prelude::WithUntracked::with_untracked(&params, |p| p.get("id").and_then(|s| s.parse().ok()).unwrap_or(0))
}

/// A value, or a dash where there is none.
pub(crate) fn or_dash(o: Option<String>) -> String {
    o.unwrap_or_else(|| "–".into())
}

/// A stored date ("2026-11-24") in the page's language, or a dash.
pub(crate) fn iso_date(d: Option<&str>) -> String {
    d.map(|d| format::iso_date(locale(), d)).unwrap_or_else(|| "–".into())
}

/// "8 t/uge" or "–".
pub(crate) fn hours_per_week(h: Option<f64>) -> String {
    describe::hours_per_week(locale(), h)
}

/// An hourly wage in øre as "145,50 kr.", or what to say when there is none.
pub(crate) fn wage(ore: Option<i64>, none: &str) -> String {
    ore.map(|o| format::kr(locale(), o)).unwrap_or_else(|| none.to_string())
}

/// "Side 2 af 5".
pub(crate) fn page_of(page: usize, pages: usize) -> String {
    tr(k::DESK_PAGE_OF, &[("page", page.into()), ("pages", pages.into())])
}

pub(crate) fn company_fields(c: &CompanyInput) -> Vec<FormField> {
    vec![
        FormField::new("cvr", t(k::COMPANY_CVR_NUMBER), Input::Text).value(&c.cvr).hint(t(k::COMPANY_CVR_HINT)).required(),
        FormField::new("name", t(k::FIELD_NAME), Input::Text).value(&c.name).required(),
        FormField::new("address", t(k::ADDRESS), Input::Text).value(&c.address),
        FormField::new("postcode", t(k::FIELD_POSTCODE), Input::Text).value(&c.postcode),
        FormField::new("contact_name", t(k::COMPANY_CONTACT), Input::Text).value(&c.contact_name),
        FormField::new("contact_phone", t(k::COMPANY_CONTACT_PHONE), Input::Tel).value(&c.contact_phone),
        FormField::new("contact_email", t(k::COMPANY_CONTACT_EMAIL), Input::Email).value(&c.contact_email),
        FormField::new("social_enterprise_since", t(k::COMPANY_SOCIAL_SINCE), Input::Date)
            .value(&c.social_enterprise_since)
            .hint(t(k::COMPANY_SOCIAL_SINCE_HINT)),
    ]
}

pub(crate) fn kind_options() -> Vec<(String, String)> {
    OpeningKind::ALL.iter().map(|k| (k.as_str().to_string(), t(k.label_key()))).collect()
}

pub(crate) fn opening_fields(o: &OpeningInput, status: Option<OpeningStatus>) -> Vec<FormField> {
    let mut f = vec![
        FormField::new("kind", t(k::OPENING_FIELD_KIND), Input::Select(kind_options())).value(&o.kind).required(),
        FormField::new("title", t(k::OPENING_FIELD_TITLE), Input::Text).value(&o.title).required(),
        FormField::new("tasks", t(k::OPENING_FIELD_TASKS), Input::Area).value(&o.tasks),
        FormField::new("hours_per_week", t(k::FIELD_HOURS_PER_WEEK), Input::Decimal).value(&o.hours_per_week),
        FormField::new("location", t(k::OPENING_FIELD_LOCATION), Input::Text).value(&o.location),
        FormField::new("postcode", t(k::FIELD_POSTCODE), Input::Text).value(&o.postcode),
        FormField::new("hourly_wage", t(k::FIELD_HOURLY_WAGE), Input::Decimal).value(&o.hourly_wage).hint(t(k::OPENING_FIELD_WAGE_HINT)),
        FormField::new("seats", t(k::OPENING_FIELD_SEATS), Input::Text).value(&o.seats),
    ];
    if let Some(s) = status {
        let options = OpeningStatus::ALL.iter().map(|s| (s.as_str().to_string(), t(describe::opening_state(*s, None)))).collect();
        f.push(FormField::new("status", t(k::FIELD_STATUS), Input::Select(options)).value(s.as_str()));
    }
    f
}

/// A desk page for one record: header, nav, an optional way back, and the record once loaded
/// (or why it could not be, under `heading`).
pub(crate) fn record_page<T, F, Fut, V>(
    heading: Key,
    current: &'static str,
    back: Option<(&'static str, Key)>,
    load: F,
    show: fn(T) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(i64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let id = id_param();
    let data = Resource::new(move || id, load);
    let title = heading;
    let heading = t(heading);
    view! {
        <crate::pages::frame::Frame title place=crate::pages::frame::Place::Desk(current)>
            {back.map(|(href, text)| view! { <p class="no-print"><a href=href>{t(text)}</a></p> })}
            <crate::components::Answered/>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || {
                    let heading = heading.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(d) => show(d).into_any(),
                            Err(e) => view! { <h1>{heading}</h1><LoadError error=e/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </crate::pages::frame::Frame>
    }
}
