//! "Ret" on a send the server refused for good: the form again, filled in as it was sent.
//! Sent from here it is a new send with its own client id; the refused one is then removed.
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::forms::{field_error, form_message, last_error, went_through, EntryFields, EntryValues, KeptNote, SpanValues, ENTRY_FIELDS};
use crate::components::{FieldError, FormError, FormSend};
use crate::domain::error::Field;
use crate::functions::citizen::{RegisterHours, ReportSick};
use crate::i18n::{k, t};
use crate::pwa::{self, OutboxItem, OutboxKind};

pub enum RetryForm {
    /// Hours by hand; also what a refused punch-in becomes (its day and time filled in).
    Hours { placement_id: String, values: EntryValues },
    Sick { from: String, to: String, note: String },
}

impl RetryForm {
    /// The form for a refused item, when there is one to correct (a punch-out or an afbud
    /// to a shift has nothing to type: only "Slet").
    pub fn of(item: &OutboxItem) -> Option<RetryForm> {
        match item.kind {
            OutboxKind::RegisterHours => Some(RetryForm::Hours {
                placement_id: item.sent("placement_id"),
                values: EntryValues {
                    span: SpanValues { date: item.sent("date"), start: item.sent("start"), end: item.sent("end"), overnight: !item.sent("overnight").is_empty() },
                    break_minutes: item.sent("break_minutes"),
                    note: item.sent("note"),
                },
            }),
            OutboxKind::PunchIn => Some(RetryForm::Hours {
                placement_id: item.sent("placement_id"),
                values: EntryValues { span: SpanValues { date: item.at_date(), start: item.at_clock(), ..Default::default() }, ..Default::default() },
            }),
            OutboxKind::ReportSick => Some(RetryForm::Sick { from: item.sent("from_date"), to: item.sent("to_date"), note: item.sent("note") }),
            _ => None,
        }
    }

    pub fn view(self, seq: u64, editing: RwSignal<Option<u64>>) -> impl IntoView {
        let send = FormSend::new();
        Effect::new(move |_| {
            if went_through(&send.result.get()) {
                pwa::dismiss(seq);
                editing.set(None);
            }
        });
        let last = last_error(send.result);
        let prefix = format!("retry{seq}-");
        match self {
            RetryForm::Hours { placement_id, values } => {
                let other = form_message(last, ENTRY_FIELDS);
                Either::Left(view! {
                    <form action=RegisterHours::PATH method="post" class="form outbox-retry" novalidate on:submit=send.on_submit()>
                        <input type="hidden" name="client_id" value=""/>
                        <input type="hidden" name="placement_id" value=placement_id/>
                        <EntryFields prefix values last_error=last/>
                        <FormError message=other/>
                        <KeptNote last/>
                        <button type="submit" class="button button-primary button-wide" disabled=move || send.pending.get()>{t(k::SEND_AGAIN)}</button>
                    </form>
                })
            }
            RetryForm::Sick { from, to, note } => {
                let id = |n: &str| format!("{prefix}{n}");
                let (from_e, to_e) = (field_error(last, Field::FromDate), field_error(last, Field::ToDate));
                let other = form_message(last, &[Field::FromDate, Field::ToDate]);
                Either::Right(view! {
                    <form action=ReportSick::PATH method="post" class="form outbox-retry" novalidate on:submit=send.on_submit()>
                        <input type="hidden" name="client_id" value=""/>
                        <label for=id("from")>{t(k::FIELD_FROM_INCL)}</label>
                        <input id=id("from") name="from_date" type="date" value=from aria-describedby=id("from-error")/>
                        <FieldError id=id("from-error") message=from_e/>
                        <label for=id("to")>{t(k::FIELD_TO_INCL)}</label>
                        <input id=id("to") name="to_date" type="date" value=to aria-describedby=id("to-error")/>
                        <FieldError id=id("to-error") message=to_e/>
                        <input type="hidden" name="note" value=note/>
                        <FormError message=other/>
                        <KeptNote last/>
                        <button type="submit" class="button button-primary button-wide" disabled=move || send.pending.get()>{t(k::SEND_AGAIN)}</button>
                    </form>
                })
            }
        }
    }
}
