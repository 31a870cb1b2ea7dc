use leptos::prelude::*;

use crate::domain::error::{AppError, Field};
use crate::i18n::error_text;

/// The error of a form result if it is about `field`.
pub fn error_for<T>(result: &Option<Result<T, AppError>>, field: Field) -> Option<String> {
    match result {
        Some(Err(e)) if e.field() == Some(field) => Some(error_text(e)),
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
