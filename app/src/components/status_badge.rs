use leptos::prelude::*;

use crate::domain::time_entry::EntryStatus;
use crate::i18n::{k, t, tr};

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
        (EntryStatus::Rejected, Some(r)) => tr(k::STATUS_REJECTED_BECAUSE, &[("reason", r.into())]),
        (EntryStatus::Confirmed, _) if auto => t(k::STATUS_CONFIRMED_AUTO),
        (s, _) => t(s.label_key()),
    };
    view! { <span class=class>{text}</span> }
}
