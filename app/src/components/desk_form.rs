//! One form island for the desk's records (companies, openings, placements, reviews): the
//! fields are data, so each page describes its form and every form shows a refusal next to
//! the field the server names, in the page's language.
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use serde::{Deserialize, Serialize};

use crate::components::{FieldError, FormError, FormSend};
use crate::domain::error::AppError;
use crate::domain::invite::InviteLink;
use crate::domain::models::Saved;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Input {
    Text,
    Email,
    Tel,
    Password,
    /// Shown, never sent or changed (e.g. the login an invitation is for).
    ReadOnly,
    Date,
    /// A number typed with a decimal comma allowed.
    Decimal,
    Area,
    Hidden,
    /// (value, label) pairs; the first is chosen unless `value` says otherwise.
    Select(Vec<(String, String)>),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormField {
    /// The server function's argument, and the API field an error names.
    pub name: String,
    pub label: String,
    pub input: Input,
    pub value: String,
    pub hint: Option<String>,
    pub required: bool,
}

impl FormField {
    pub fn new(name: &str, label: impl Into<String>, input: Input) -> Self {
        FormField { name: name.into(), label: label.into(), input, value: String::new(), hint: None, required: false }
    }

    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }

    pub fn hint(mut self, h: impl Into<String>) -> Self {
        self.hint = Some(h.into());
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn hidden(name: &str, value: impl Into<String>) -> Self {
        FormField::new(name, "", Input::Hidden).value(value)
    }
}

/// What happens once the server took the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AfterSave {
    Reload,
    /// Go to this address with `{id}` replaced by the saved record's id.
    GoTo(String),
    /// Go where the answer (a JSON string) says, e.g. the home page after an invitation.
    GoToAnswer,
    /// Show the invitation the answer holds: its link, when it stops working, its QR code.
    ShowInvite,
}

#[island(lazy)]
pub fn DeskForm(
    /// Unique on the page; prefixes the fields' ids.
    id: String,
    action: String,
    fields: Vec<FormField>,
    submit: String,
    after: AfterSave,
    danger: bool,
) -> impl IntoView {
    lazy_parts::shown(LazyIsland::DeskForm);
    let send = FormSend::new();
    let invite = RwSignal::new(None::<InviteLink>);
    let last: Signal<Option<AppError>> = Signal::derive(move || send.result.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned())));
    Effect::new(move |_| {
        if let Some(Ok(body)) = send.result.get() {
            match &after {
                AfterSave::Reload => crate::browser::reload(),
                AfterSave::GoTo(url) => {
                    let saved = serde_json::from_str::<Saved>(&body).map(|s| s.id).unwrap_or_default();
                    crate::browser::go_to(&url.replace("{id}", &saved.to_string()));
                }
                AfterSave::GoToAnswer => crate::browser::go_to(&serde_json::from_str::<String>(&body).unwrap_or_else(|_| "/".into())),
                AfterSave::ShowInvite => invite.set(serde_json::from_str::<InviteLink>(&body).ok()),
            }
        }
    });
    let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let other = Signal::derive(move || {
        last.with(|e| e.as_ref().filter(|e| e.field().is_none_or(|f| !names.iter().any(|n| n == f.as_str()))).map(crate::i18n::error_text))
    });
    let rows = fields
        .into_iter()
        .map(|f| {
            let input_id = format!("{id}-{}", f.name);
            let error_id = format!("{input_id}-error");
            let name = f.name.clone();
            let message = Signal::derive(move || last.with(|e| e.as_ref().filter(|e| e.field().map(|x| x.as_str()) == Some(name.as_str())).map(crate::i18n::error_text)));
            let invalid = move || message.with(Option::is_some).then_some("true");
            let described = if f.hint.is_some() { format!("{error_id} {input_id}-hint") } else { error_id.clone() };
            let control = match f.input.clone() {
                Input::Hidden => return Either::Left(view! { <input type="hidden" name=f.name value=f.value/> }),
                Input::ReadOnly => EitherOf4::A(view! { <input id=input_id.clone() type="text" value=f.value readonly aria-describedby=described/> }),
                Input::Area => EitherOf4::B(view! {
                    <textarea id=input_id.clone() name=f.name rows="3" maxlength="500" required=f.required aria-invalid=invalid aria-describedby=described>{super::textarea_text(f.value)}</textarea>
                }),
                Input::Select(options) => EitherOf4::C(view! {
                    <select id=input_id.clone() name=f.name required=f.required aria-invalid=invalid aria-describedby=described>
                        {options.into_iter().map(|(v, label)| {
                            let selected = v == f.value;
                            view! { <option value=v selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                }),
                other => {
                    let (kind, mode) = match other {
                        Input::Email => ("email", None),
                        Input::Tel => ("tel", None),
                        Input::Date => ("date", None),
                        Input::Password => ("password", None),
                        Input::Decimal => ("text", Some("decimal")),
                        _ => ("text", None),
                    };
                    EitherOf4::D(view! {
                        <input id=input_id.clone() name=f.name type=kind inputmode=mode value=f.value required=f.required aria-invalid=invalid aria-describedby=described/>
                    })
                }
            };
            Either::Right(view! {
                <div class="field">
                    <label for=input_id.clone()>{f.label}{f.required.then_some(" *")}</label>
                    {f.hint.map(|h| view! { <p class="hint" id=format!("{input_id}-hint")>{h}</p> })}
                    {control}
                    <FieldError id=error_id message/>
                </div>
            })
        })
        .collect_view();
    view! {
        <form action=action method="post" class="form desk-form" novalidate on:submit=send.on_submit()>
            {rows}
            <FormError message=other/>
            <button type="submit" class=if danger { "button button-danger" } else { "button button-primary" } disabled=move || send.pending.get()>{submit}</button>
        </form>
        {move || invite.get().map(|link| view! { <InviteSheet link/> })}
    }
}

/// An invitation to hand over: printed (the QR code and the link) or sent. Printing shows this
/// sheet alone.
#[component]
fn InviteSheet(link: InviteLink) -> impl IntoView {
    let url = format!("{}{}", crate::browser::origin(), link.path);
    // The words come from the server, in Danish and the citizen's language (service/invites.rs).
    let words = |texts: &[crate::domain::invite::InviteText], part: fn(&crate::domain::invite::InviteText) -> String| {
        texts.iter().map(|x| view! { <p lang=x.language.code() dir=x.language.direction().as_str()>{part(x)}</p> }).collect_view()
    };
    let headings = link.texts.iter().map(|x| view! { <h3 lang=x.language.code() dir=x.language.direction().as_str()>{x.heading.clone()}</h3> }).collect_view();
    let how = words(&link.texts, |x| x.how.clone());
    let valid = words(&link.texts, |x| x.valid_until.clone());
    view! {
        <section class="card invite-sheet" aria-live="polite">
            <div class="invite-heading">{headings}</div>
            <div class="invite-how">{how}</div>
            <div class="qr" inner_html=link.qr_svg></div>
            <p class="invite-url"><a href=url.clone() dir="ltr">{url.clone()}</a></p>
            <div class="hint">{valid}</div>
            <button type="button" class="button no-print" on:click=|_| crate::browser::print()>{crate::i18n::t(crate::i18n::k::PRINT)}</button>
        </section>
    }
}
