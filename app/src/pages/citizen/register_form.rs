//! The hours form for a forgotten punch, on I dag.
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::forms::{after_send, field_error, form_message, last_error, EntryFields, EntryValues, KeptNote, ENTRY_FIELDS};
use crate::components::{FieldError, FormError, FormSend};
use crate::domain::error::Field;
use crate::i18n::{k, t};
use crate::domain::models::PlacementView;
use crate::functions::citizen::RegisterHours;

/// A placement to choose in a form: its id and "Company – opening".
pub type Choice = (i64, String);

pub fn choices(placements: &[PlacementView]) -> Vec<Choice> {
    placements.iter().map(|p| (p.id, format!("{} – {}", p.company_name, p.opening_title))).collect()
}

/// A manual registration, for forgotten punches.
#[island]
pub fn RegisterHoursForm(placements: Vec<Choice>, values: EntryValues) -> impl IntoView {
    let register = FormSend::new();
    let last = last_error(register.result);
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| after_send(&register.result.get(), form, crate::components::Answer::Registered));
    let placement_e = field_error(last, Field::PlacementId);
    let other = form_message(last, ENTRY_FIELDS);
    let single = (placements.len() == 1).then(|| placements[0].0);
    view! {
        <form action=RegisterHours::PATH method="post" node_ref=form class="form" novalidate on:submit=register.on_submit()>
            <input type="hidden" name="client_id" value=""/>
            {match single {
                Some(id) => Either::Left(view! { <input type="hidden" name="placement_id" value=id.to_string()/> }),
                None => Either::Right(view! {
                    <label for="placement_id">{t(k::REGISTER_WHERE)}</label>
                    <select id="placement_id" name="placement_id" aria-describedby="placement-error">
                        {placements.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                    </select>
                }),
            }}
            <FieldError id="placement-error" message=placement_e/>
            <EntryFields prefix=String::new() values last_error=last/>
            <FormError message=other/>
            <KeptNote last/>
            <button type="submit" class="button button-primary button-wide" disabled=move || register.pending.get()>
                {move || if register.pending.get() { t(k::SENDING) } else { t(k::REGISTER_SUBMIT) }}
            </button>
        </form>
    }
}
