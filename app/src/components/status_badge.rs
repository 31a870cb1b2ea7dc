use leptos::prelude::*;

use crate::domain::time_entry::EntryStatus;

#[component]
pub fn StatusBadge(status: EntryStatus, reason: Option<String>) -> impl IntoView {
    let class = format!("badge badge-{}", status.as_str());
    let text = match (status, reason) {
        (EntryStatus::Rejected, Some(r)) => format!("Afvist: {r}"),
        (s, _) => s.label_da().to_string(),
    };
    view! { <span class=class>{text}</span> }
}
