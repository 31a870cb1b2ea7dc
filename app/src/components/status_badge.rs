use leptos::prelude::*;

use crate::domain::time_entry::EntryStatus;

/// An entry's state as a coloured badge; `text` from [`crate::i18n::describe::entry_status`].
#[component]
pub fn StatusBadge(status: EntryStatus, text: String) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", status.as_str())>{text}</span> }
}
