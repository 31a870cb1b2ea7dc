use leptos::prelude::*;

use crate::domain::time_entry::EntryStatus;

#[component]
pub fn StatusBadge(
    status: EntryStatus,
    reason: Option<String>,
    /// Confirmed by the placement's rule, not by a person.
    #[prop(optional)]
    auto: bool,
) -> impl IntoView {
    let class = format!("badge badge-{}", status.as_str());
    let text = match (status, reason) {
        (EntryStatus::Rejected, Some(r)) => format!("Afvist: {r}"),
        (EntryStatus::Confirmed, _) if auto => "Godkendt automatisk".to_string(),
        (s, _) => s.label_da().to_string(),
    };
    view! { <span class=class>{text}</span> }
}
