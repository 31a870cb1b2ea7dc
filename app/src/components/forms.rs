//! What every form shares: the result of the last send, each error on the field it is about,
//! and the date-and-times fields of hours and shifts. Citizen, mentor and desk forms use these,
//! so a field's marking (`aria-invalid`, `aria-describedby`) and its words are made once.
use leptos::prelude::*;

use crate::components::textarea_text;
use crate::domain::error::{AppError, Field};
use crate::domain::time_entry::form_field;
use crate::i18n::{error_text, k, t, Key};

/// The error of a form result if it is about `field`.
pub fn error_for<T>(result: &Option<Result<T, AppError>>, field: Field) -> Option<String> {
    match result {
        Some(Err(e)) if form_field(e) == Some(field) => Some(error_text(e)),
        _ => None,
    }
}

/// A message under an input; `id` is what the input's aria-describedby points at.
#[component]
pub fn FieldError(#[prop(into)] id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite">
            {move || message.get()}
        </p>
    }
}

/// An error that is about no single field (network, access, a race).
#[component]
pub fn FormError(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="form-error" role="alert">
            {move || message.get()}
        </p>
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

/// The error of the last send, if it belongs on `field`.
pub fn field_error(last: Signal<Option<AppError>>, field: Field) -> Signal<Option<String>> {
    Signal::derive(move || last.with(|e| e.as_ref().filter(|e| form_field(e) == Some(field)).map(error_text)))
}

/// `aria-invalid` for an input whose error is shown.
pub fn invalid(error: Signal<Option<String>>) -> impl Fn() -> Option<&'static str> + Send + Sync + Copy + 'static {
    move || error.with(|e| e.is_some().then_some("true"))
}

/// An error no field of `fields` owns (network, access, a race), as a message. A send the
/// phone kept for later is no error: [`KeptNote`] tells about it.
pub fn form_message(last: Signal<Option<AppError>>, fields: &'static [Field]) -> Signal<Option<String>> {
    Signal::derive(move || {
        last.with(|e| {
            e.as_ref()
                .filter(|e| **e != AppError::Queued && form_field(e).is_none_or(|f| !fields.contains(&f)))
                .map(error_text)
        })
    })
}

/// How a send ended for the form: taken by the server, or kept in the outbox.
pub fn went_through<O>(r: &Option<Result<O, AppError>>) -> bool {
    matches!(r, Some(Ok(_)) | Some(Err(AppError::Queued)))
}

/// After a send of a form that makes something new: load the page again with `answer` (taken
/// by the server) or empty the form (kept in the outbox; the page cannot be loaded offline). The
/// next send gets its own client id when it is made ([`crate::components::FormSend`]).
pub fn after_send<O>(result: &Option<Result<O, AppError>>, form: NodeRef<leptos::html::Form>, answer: crate::components::Answer) {
    if !went_through(result) {
        return;
    }
    if matches!(result, Some(Ok(_))) {
        crate::components::answer::reload_with(answer, &[]);
    } else if let Some(f) = form.get_untracked() {
        f.reset();
    }
}

/// The note that a send was kept on the phone by the service worker, to go later.
#[component]
pub fn KeptNote(last: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <p class="kept-note" role="status">
            {move || (last.get() == Some(AppError::Queued)).then(|| error_text(&AppError::Queued))}
        </p>
    }
}

/// A date, two clock times and "went home after midnight", as a form shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SpanValues {
    pub date: String,
    pub start: String,
    pub end: String,
    pub overnight: bool,
}

impl SpanValues {
    /// A stored span in Copenhagen time, as its form opens with it.
    pub fn of(starts_at: chrono::DateTime<chrono::Utc>, ends_at: chrono::DateTime<chrono::Utc>) -> Self {
        use crate::domain::local_time;
        SpanValues {
            date: local_time::local_date(starts_at).format("%Y-%m-%d").to_string(),
            start: local_time::format_local_time(starts_at),
            end: local_time::format_local_time(ends_at),
            overnight: local_time::is_overnight(starts_at, ends_at),
        }
    }
}

/// Date, start and end with their errors, and the box that says the end is the next morning.
/// `prefix` keeps ids unique when several forms share a page.
#[component]
pub fn SpanFields(
    prefix: String,
    values: SpanValues,
    last: Signal<Option<AppError>>,
    #[prop(default = k::FIELD_START)] start_label: Key,
    #[prop(default = k::FIELD_END)] end_label: Key,
    #[prop(default = k::FIELD_OVERNIGHT)] overnight_label: Key,
) -> impl IntoView {
    let id = |name: &str| format!("{prefix}{name}");
    let [date_e, start_e, end_e] = [Field::Date, Field::StartsAt, Field::EndsAt].map(|f| field_error(last, f));
    view! {
        <label for=id("date")>{t(k::FIELD_DATE)}</label>
        <input id=id("date") name="date" type="date" value=values.date required
            aria-describedby=id("date-error") aria-invalid=invalid(date_e)/>
        <FieldError id=id("date-error") message=date_e/>
        <div class="row">
            <div>
                <label for=id("start")>{t(start_label)}</label>
                <input id=id("start") name="start" type="time" value=values.start required
                    aria-describedby=id("start-error") aria-invalid=invalid(start_e)/>
            </div>
            <div>
                <label for=id("end")>{t(end_label)}</label>
                <input id=id("end") name="end" type="time" value=values.end required
                    aria-describedby=id("end-error") aria-invalid=invalid(end_e)/>
            </div>
        </div>
        <FieldError id=id("start-error") message=start_e/>
        <FieldError id=id("end-error") message=end_e/>
        <p class="check">
            <input id=id("overnight") type="checkbox" name="overnight" value="ja" checked=values.overnight/>
            <label for=id("overnight")>{t(overnight_label)}</label>
        </p>
    }
}

/// What an entry's fields show when the form opens.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct EntryValues {
    pub span: SpanValues,
    pub break_minutes: String,
    pub note: String,
}

impl EntryValues {
    /// What an entry holds now, in Copenhagen time: a correction form opens with it.
    pub fn of(entry: &crate::domain::models::TimeEntryView) -> Self {
        EntryValues {
            span: SpanValues::of(entry.starts_at, entry.ends_at),
            break_minutes: entry.break_minutes.to_string(),
            note: entry.note.clone().unwrap_or_default(),
        }
    }
}

pub const ENTRY_FIELDS: &[Field] = &[Field::Date, Field::StartsAt, Field::EndsAt, Field::BreakMinutes, Field::Note, Field::PlacementId];

/// Date, times, break and (with `note`) the citizen's note, with their errors.
#[component]
pub fn EntryFields(
    prefix: String,
    values: EntryValues,
    last_error: Signal<Option<AppError>>,
    #[prop(default = true)] note: bool,
) -> impl IntoView {
    let id = |name: &str| format!("{prefix}{name}");
    let (break_e, note_e) = (field_error(last_error, Field::BreakMinutes), field_error(last_error, Field::Note));
    let EntryValues { span, break_minutes, note: note_text } = values;
    view! {
        <SpanFields prefix=prefix.clone() values=span last=last_error/>
        <label for=id("break_minutes")>{t(k::FIELD_BREAK)}</label>
        <input id=id("break_minutes") name="break_minutes" type="number" inputmode="numeric" min="0" step="1"
            value=if break_minutes.is_empty() { "0".to_string() } else { break_minutes }
            aria-describedby=id("break-error") aria-invalid=invalid(break_e)/>
        <FieldError id=id("break-error") message=break_e/>
        {note.then(|| view! {
            <label for=id("note")>{t(k::FIELD_NOTE)}" "<span class="optional">{t(k::OPTIONAL)}</span></label>
            <textarea id=id("note") name="note" rows="2" maxlength="500" aria-describedby=id("note-error")
                aria-invalid=invalid(note_e)>{textarea_text(note_text)}</textarea>
            <FieldError id=id("note-error") message=note_e/>
        })}
    }
}
