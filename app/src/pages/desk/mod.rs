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
use crate::components::AppHeader;
use crate::domain::error::AppError;
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;
use crate::domain::company::CompanyInput;
use crate::domain::opening::{OpeningInput, OpeningKind, OpeningStatus};

/// The id in the page's address, or 0 (which names nothing).
pub(crate) fn id_param() -> i64 {
    let params = leptos_router::hooks::use_params_map();
    leptos::prelude::WithUntracked::with_untracked(&params, |p| p.get("id").and_then(|s| s.parse().ok()).unwrap_or(0))
}

pub(crate) fn company_fields(c: &CompanyInput) -> Vec<FormField> {
    vec![
        FormField::new("cvr", "CVR-nummer", Input::Text).value(&c.cvr).hint("8 cifre").required(),
        FormField::new("name", "Navn", Input::Text).value(&c.name).required(),
        FormField::new("address", "Adresse", Input::Text).value(&c.address),
        FormField::new("postcode", "Postnummer", Input::Text).value(&c.postcode),
        FormField::new("contact_name", "Kontaktperson", Input::Text).value(&c.contact_name),
        FormField::new("contact_phone", "Kontaktpersonens telefon", Input::Tel).value(&c.contact_phone),
        FormField::new("contact_email", "Kontaktpersonens e-mail", Input::Email).value(&c.contact_email),
        FormField::new("social_enterprise_since", "Socialøkonomisk virksomhed siden", Input::Date)
            .value(&c.social_enterprise_since)
            .hint("Udfyld kun, hvis virksomheden er socialøkonomisk (SØV)."),
    ]
}

pub(crate) fn kind_options() -> Vec<(String, String)> {
    OpeningKind::ALL.iter().map(|k| (k.as_str().to_string(), k.label_da().to_string())).collect()
}

pub(crate) fn opening_fields(o: &OpeningInput, status: Option<OpeningStatus>) -> Vec<FormField> {
    let mut f = vec![
        FormField::new("kind", "Type", Input::Select(kind_options())).value(&o.kind).required(),
        FormField::new("title", "Titel", Input::Text).value(&o.title).required(),
        FormField::new("tasks", "Opgaver", Input::Area).value(&o.tasks),
        FormField::new("hours_per_week", "Timer pr. uge", Input::Decimal).value(&o.hours_per_week),
        FormField::new("location", "Arbejdssted", Input::Text).value(&o.location),
        FormField::new("postcode", "Postnummer", Input::Text).value(&o.postcode),
        FormField::new("hourly_wage", "Timeløn (kr.)", Input::Decimal).value(&o.hourly_wage).hint("Kun for lønnede job: småjob, fleksjob og skånejob."),
        FormField::new("seats", "Antal pladser", Input::Text).value(&o.seats),
    ];
    if let Some(s) = status {
        let options = OpeningStatus::ALL.iter().map(|s| (s.as_str().to_string(), s.label_da().to_string())).collect();
        f.push(FormField::new("status", "Status", Input::Select(options)).value(s.as_str()));
    }
    f
}

/// "8 t/uge" or "–".
pub(crate) fn hours_da(h: Option<f64>) -> String {
    h.map(|h| format!("{} t/uge", crate::domain::money::decimal_da(h))).unwrap_or_else(|| "–".into())
}

/// A desk page for one record: header, nav, an optional way back, and the record once loaded
/// (or why it could not be, under `heading`).
pub(crate) fn record_page<T, F, Fut, V>(
    title: &'static str,
    heading: &'static str,
    current: &'static str,
    back: Option<(&'static str, &'static str)>,
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
    view! {
        <leptos_meta::Title text=format!("{title} – Fodfæste")/>
        <AppHeader/>
        <DeskNav current/>
        <main class="page page-desk" id="main">
            {back.map(|(href, text)| view! { <p class="no-print"><a href=href>{text}</a></p> })}
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => show(d).into_any(),
                        Err(e) => view! { <h1>{heading}</h1><LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}
