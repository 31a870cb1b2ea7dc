//! "Fravær": "Jeg er syg" for today or some days, "Jeg kan ikke komme" for one shift. The
//! note is optional and the page asks for no diagnosis.
use leptos::either::Either;
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::{Answer, Answered};
use crate::components::forms::{after_send, field_error, form_message, last_error, KeptNote};
use crate::components::{FieldError, FormError, FormSend, OfflineBanner, OutboxPanel};
use crate::domain::error::Field;
use crate::domain::models::{AbsenceView, CitizenAbsence, ShiftView};
use crate::functions::citizen::{load_citizen_absence, ReportCannotCome, ReportSick};
use crate::i18n::{format, k, locale, t};

#[component]
pub fn CitizenAbsencePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_citizen_absence());
    view! {
        <Frame title=k::NAV_ABSENCE place=Place::Citizen("/borger/fravaer")>
            <h1>{t(k::NAV_ABSENCE)}</h1>
            <Answered/>
            <OfflineBanner/>
            <OutboxPanel/>
            {loaded(data, |d| view! { <Absence data=d/> })}
        </Frame>
    }
}

#[component]
fn Absence(data: CitizenAbsence) -> impl IntoView {
    let CitizenAbsence { absences, upcoming_shifts, today } = data;
    view! {
        <SickForm today/>
        <CannotComeForm shifts=shift_choices(&upcoming_shifts)/>
        <section class="card" aria-labelledby="given-heading">
            <h2 id="given-heading">{t(k::ABSENCE_GIVEN)}</h2>
            {if absences.is_empty() {
                view! { <p class="empty">{t(k::ABSENCE_NONE)}</p> }.into_any()
            } else {
                view! { <ul class="absence-list">{absences.into_iter().map(|a| view! { <AbsenceItem absence=a/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
fn AbsenceItem(absence: AbsenceView) -> impl IntoView {
    let lang = locale();
    let days = if absence.from_date == absence.to_date {
        format::iso_date(lang, &absence.from_date)
    } else {
        format!("{} – {}", format::iso_date(lang, &absence.from_date), format::iso_date(lang, &absence.to_date))
    };
    view! {
        <li class="absence" data-absence-id=absence.id.to_string()>
            <strong>{t(absence.kind.map(|kind| kind.label_key()).unwrap_or(k::ABSENCE))}</strong>" "<bdi>{days}</bdi>
            {absence.note.clone().map(|n| view! { <p class="entry-note">{n}</p> })}
        </li>
    }
}

#[island(lazy)]
fn SickForm(today: String) -> impl IntoView {
    lazy_parts::shown(LazyIsland::SickForm);
    let action = FormSend::new();
    let form = NodeRef::<leptos::html::Form>::new();
    // Taken: the citizen's today page says so at the top, and punching in is no longer its main action.
    Effect::new(move |_| match action.result.get() {
        Some(Ok(_)) => crate::browser::go_to(&format!("/borger?svar={}", Answer::SickReported.code())),
        other => after_send(&other, form, Answer::SickReported),
    });
    let last = last_error(action.result);
    let (from_e, to_e, note_e) = (field_error(last, Field::FromDate), field_error(last, Field::ToDate), field_error(last, Field::Note));
    let other = form_message(last, &[Field::FromDate, Field::ToDate, Field::Note]);
    let invalid = |s: Signal<Option<String>>| move || s.get().is_some().then_some("true");
    view! {
        <section class="card" aria-labelledby="sick-heading">
            <h2 id="sick-heading">{t(k::SICK_HEADING)}</h2>
            <form action=ReportSick::PATH method="post" node_ref=form class="form" novalidate on:submit=action.on_submit()>
                <input type="hidden" name="client_id" value=""/>
                <label for="sick-from">{t(k::FIELD_FROM_INCL)}</label>
                <input id="sick-from" name="from_date" type="date" value=today required aria-describedby="sick-from-error" aria-invalid=invalid(from_e)/>
                <FieldError id="sick-from-error" message=from_e/>
                <label for="sick-to">{t(k::FIELD_TO_INCL)}" "<span class="optional">{t(k::FIELD_TO_EMPTY_HINT)}</span></label>
                <input id="sick-to" name="to_date" type="date" aria-describedby="sick-to-error" aria-invalid=invalid(to_e)/>
                <FieldError id="sick-to-error" message=to_e/>
                <label for="sick-note">{t(k::FIELD_MESSAGE)}" "<span class="optional">{t(k::OPTIONAL)}</span></label>
                <p class="hint" id="sick-note-hint">{t(k::SICK_NO_DIAGNOSIS)}</p>
                <textarea id="sick-note" name="note" rows="2" maxlength="500" aria-describedby="sick-note-hint sick-note-error"></textarea>
                <FieldError id="sick-note-error" message=note_e/>
                <FormError message=other/>
                <KeptNote last/>
                <button type="submit" class="button button-primary button-wide" disabled=move || action.pending.get()>{t(k::SICK_SUBMIT)}</button>
            </form>
        </section>
    }
}

/// The shifts one can send word for: id and "day time – company".
fn shift_choices(shifts: &[ShiftView]) -> Vec<(i64, String)> {
    let lang = locale();
    shifts.iter().map(|s| (s.id, format!("{} {} – {}", format::day_of(lang, s.starts_at), format::time_span(s.starts_at, s.ends_at), s.company_name))).collect()
}

#[island(lazy)]
fn CannotComeForm(shifts: Vec<(i64, String)>) -> impl IntoView {
    lazy_parts::shown(LazyIsland::CannotComeForm);
    let action = FormSend::new();
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| after_send(&action.result.get(), form, Answer::CannotCome));
    let last = last_error(action.result);
    let (shift_e, note_e) = (field_error(last, Field::ShiftId), field_error(last, Field::Note));
    let other = form_message(last, &[Field::ShiftId, Field::Note]);
    view! {
        <section class="card" aria-labelledby="cannot-heading">
            <h2 id="cannot-heading">{t(k::CANNOT_HEADING)}</h2>
            {if shifts.is_empty() {
                Either::Left(view! { <p class="empty">{t(k::CANNOT_NONE)}</p> })
            } else {
                Either::Right(view! {
                    <form action=ReportCannotCome::PATH method="post" node_ref=form class="form" novalidate on:submit=action.on_submit()>
                        <input type="hidden" name="client_id" value=""/>
                        <label for="cannot-shift">{t(k::CANNOT_WHICH)}</label>
                        <select id="cannot-shift" name="shift_id" aria-describedby="cannot-shift-error">
                            {shifts.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                        </select>
                        <FieldError id="cannot-shift-error" message=shift_e/>
                        <label for="cannot-note">{t(k::FIELD_MESSAGE)}" "<span class="optional">{t(k::OPTIONAL)}</span></label>
                        <textarea id="cannot-note" name="note" rows="2" maxlength="500" aria-describedby="cannot-note-error"></textarea>
                        <FieldError id="cannot-note-error" message=note_e/>
                        <FormError message=other/>
                        <KeptNote last/>
                        <button type="submit" class="button button-primary button-wide" disabled=move || action.pending.get()>{t(k::CANNOT_SUBMIT)}</button>
                    </form>
                })
            }}
        </section>
    }
}
