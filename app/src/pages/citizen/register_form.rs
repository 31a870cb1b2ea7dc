//! The hours form: a new registration (I dag) or a correction of a waiting one (Mine timer).
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::{textarea_text, FieldError, FormError, FormSend};
use crate::domain::error::{AppError, Field};
use crate::i18n::{error_text, k, t};
use crate::domain::models::PlacementView;
use crate::functions::citizen::RegisterHours;

/// What the fields show when the form opens.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct EntryValues {
    pub date: String,
    pub start: String,
    pub end: String,
    pub break_minutes: String,
    pub note: String,
}

impl EntryValues {
    /// What an entry holds now, in Copenhagen time: a correction form opens with it.
    pub fn of(entry: &crate::domain::models::TimeEntryView) -> Self {
        use crate::domain::local_time;
        EntryValues {
            date: local_time::local_date(entry.starts_at).format("%Y-%m-%d").to_string(),
            start: local_time::format_local_time(entry.starts_at),
            end: local_time::format_local_time(entry.ends_at),
            break_minutes: entry.break_minutes.to_string(),
            note: entry.note.clone().unwrap_or_default(),
        }
    }
}

/// The error of the last send, if it was about `field`.
pub fn field_error(last: Signal<Option<AppError>>, field: Field) -> Signal<Option<String>> {
    Signal::derive(move || last.with(|e| e.as_ref().filter(|e| e.field() == Some(field)).map(error_text)))
}

/// Date, start, end, break and note with their errors. `prefix` keeps ids unique when several
/// forms share a page.
#[component]
pub fn EntryFields(prefix: String, values: EntryValues, last_error: Signal<Option<AppError>>) -> impl IntoView {
    let id = |name: &str| format!("{prefix}{name}");
    let (date_e, start_e, end_e, break_e, note_e) = (
        field_error(last_error, Field::Date),
        field_error(last_error, Field::StartsAt),
        field_error(last_error, Field::EndsAt),
        field_error(last_error, Field::BreakMinutes),
        field_error(last_error, Field::Note),
    );
    let invalid = |s: Signal<Option<String>>| move || s.get().is_some().then_some("true");
    view! {
        <label for=id("date")>{t(k::FIELD_DATE)}</label>
        <input id=id("date") name="date" type="date" value=values.date required
            aria-describedby=id("date-error") aria-invalid=invalid(date_e)/>
        <FieldError id=id("date-error") message=date_e/>
        <div class="row">
            <div>
                <label for=id("start")>{t(k::FIELD_START)}</label>
                <input id=id("start") name="start" type="time" value=values.start required
                    aria-describedby=id("start-error") aria-invalid=invalid(start_e)/>
            </div>
            <div>
                <label for=id("end")>{t(k::FIELD_END)}</label>
                <input id=id("end") name="end" type="time" value=values.end required
                    aria-describedby=id("end-error") aria-invalid=invalid(end_e)/>
            </div>
        </div>
        <FieldError id=id("start-error") message=start_e/>
        <FieldError id=id("end-error") message=end_e/>
        <label for=id("break_minutes")>{t(k::FIELD_BREAK)}</label>
        <input id=id("break_minutes") name="break_minutes" type="number" inputmode="numeric" min="0" step="1"
            value=if values.break_minutes.is_empty() { "0".to_string() } else { values.break_minutes }
            aria-describedby=id("break-error") aria-invalid=invalid(break_e)/>
        <FieldError id=id("break-error") message=break_e/>
        <label for=id("note")>{t(k::FIELD_NOTE)}" "<span class="optional">{t(k::OPTIONAL)}</span></label>
        <textarea id=id("note") name="note" rows="2" maxlength="500" aria-describedby=id("note-error")>{textarea_text(values.note)}</textarea>
        <FieldError id=id("note-error") message=note_e/>
    }
}

/// The last error of an action, for the fields and the form.
pub fn last_error<O, S>(value: S) -> Signal<Option<AppError>>
where
    O: 'static,
    S: With<Value = Option<Result<O, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned())))
}

/// An error no field owns (network, access, a race), as a message. A send the phone kept
/// for later is no error: [`KeptNote`] tells about it.
pub fn form_message(last: Signal<Option<AppError>>, fields: &'static [Field]) -> Signal<Option<String>> {
    Signal::derive(move || {
        last.with(|e| {
            e.as_ref()
                .filter(|e| **e != AppError::Queued && e.field().is_none_or(|f| !fields.contains(&f)))
                .map(error_text)
        })
    })
}

/// How a send ended for the form: taken by the server, or kept in the outbox.
pub fn went_through<O>(r: &Option<Result<O, AppError>>) -> bool {
    matches!(r, Some(Ok(_)) | Some(Err(AppError::Queued)))
}

/// After a send of a form that makes something new: load the page again (taken by the
/// server) or empty the form (kept in the outbox; the page cannot be loaded offline). The
/// next send gets its own client id when it is made ([`crate::components::FormSend`]).
pub fn after_send<O>(result: &Option<Result<O, AppError>>, form: NodeRef<leptos::html::Form>) {
    if !went_through(result) {
        return;
    }
    if matches!(result, Some(Ok(_))) {
        crate::browser::reload();
    } else if let Some(f) = form.get_untracked() {
        f.reset();
    }
}

/// A placement to choose in a form: its id and "Company – opening".
pub type Choice = (i64, String);

pub fn choices(placements: &[PlacementView]) -> Vec<Choice> {
    placements.iter().map(|p| (p.id, format!("{} – {}", p.company_name, p.opening_title))).collect()
}

/// "Gemt på telefonen …" after a send the service worker kept for later.
#[component]
pub fn KeptNote(last: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <p class="kept-note" role="status">
            {move || (last.get() == Some(AppError::Queued)).then(|| error_text(&AppError::Queued))}
        </p>
    }
}

pub const ENTRY_FIELDS: &[Field] = &[Field::Date, Field::StartsAt, Field::EndsAt, Field::BreakMinutes, Field::Note, Field::PlacementId];

/// A manual registration, for forgotten punches.
#[island]
pub fn RegisterHoursForm(placements: Vec<Choice>, today: String) -> impl IntoView {
    let register = FormSend::new();
    let last = last_error(register.result);
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| after_send(&register.result.get(), form));
    let placement_e = field_error(last, Field::PlacementId);
    let other = form_message(last, ENTRY_FIELDS);
    let single = (placements.len() == 1).then(|| placements[0].0);
    view! {
        <form action=RegisterHours::PATH method="post" node_ref=form class="form" novalidate on:submit=register.on_submit()>
            <input type="hidden" name="client_id" value=""/>
            {match single {
                Some(id) => view! { <input type="hidden" name="placement_id" value=id.to_string()/> }.into_any(),
                None => view! {
                    <label for="placement_id">{t(k::REGISTER_WHERE)}</label>
                    <select id="placement_id" name="placement_id" aria-describedby="placement-error">
                        {placements.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                    </select>
                }.into_any(),
            }}
            <FieldError id="placement-error" message=placement_e/>
            <EntryFields prefix=String::new() values=EntryValues { date: today, ..Default::default() } last_error=last/>
            <FormError message=other/>
            <KeptNote last/>
            <button type="submit" class="button button-primary button-wide" disabled=move || register.pending.get()>
                {move || if register.pending.get() { t(k::SENDING) } else { t(k::REGISTER_SUBMIT) }}
            </button>
        </form>
    }
}
