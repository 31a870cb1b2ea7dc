//! The mentor's phone: hours waiting for a yes or a no, per citizen and week beside the plan,
//! a whole week in one tap.
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::answer::reload_with;
use crate::components::{error_for, Answer, Answered, FieldError, FormError, FormSend, StatusBadge};
use crate::domain::approval::{ApprovalGroup, ApprovalRow};
use crate::domain::error::Field;
use crate::domain::models::{DecidedEntry, EntryChange, MentorHome};
use crate::domain::models::{ExpectedToday, MentorToday};
use crate::i18n::{describe, format, k, locale, t, tr};
use crate::domain::shift::ShiftStatus;
use crate::domain::time_entry::RejectCode;
use crate::domain::models::PlacementNotes;
use crate::functions::mentor::{
    load_mentor_home, load_mentor_notes, load_mentor_today, AddNote, ConfirmEntries, ConfirmEntry, CorrectEntry, MarkAttendance, RejectEntry,
};
use crate::components::forms::{field_error, form_message, last_error, EntryFields, EntryValues};
use crate::pages::LoadError;

#[component]
pub fn MentorPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let home = Resource::new(move || query.get().get("side").unwrap_or_default(), load_mentor_home);
    view! {
        <Frame title=k::MENTOR_QUEUE_TITLE place=Place::Mentor("/mentor")>
            <h1>{t(k::MENTOR_QUEUE_TITLE)}</h1>
            <Answered/>
            {loaded(home, |data| view! { <MentorQueue data/> })}
        </Frame>
    }
}

/// The mentor's places.
#[component]
pub(crate) fn MentorNav(current: &'static str) -> impl IntoView {
    use crate::i18n::{k, t};
    let items = vec![
        ("/mentor", t(k::NAV_APPROVE)),
        ("/mentor/i-dag", t(k::NAV_TODAY)),
        ("/mentor/vagtplan", t(k::NAV_SHIFT_PLAN)),
        ("/mentor/noter", t(k::NAV_NOTES)),
    ];
    view! { <crate::components::PlaceNav label=t(k::NAV_MENTOR) items current/> }
}

/// "I dag": who is expected at the mentor's workplace today, who has come, who has sent word.
#[component]
pub fn MentorTodayPage() -> impl IntoView {
    let today = Resource::new(|| (), |_| load_mentor_today());
    view! {
        <Frame title=k::NAV_TODAY place=Place::Mentor("/mentor/i-dag")>
            <h1>{t(k::NAV_TODAY)}</h1>
            <Answered/>
            {loaded(today, |data| view! { <Today data/> })}
        </Frame>
    }
}

/// "Noter": short follow-up notes on each placement, shared with the caseworker.
#[component]
pub fn MentorNotesPage() -> impl IntoView {
    let notes = Resource::new(|| (), |_| load_mentor_notes());
    view! {
        <Frame title=k::NAV_NOTES place=Place::Mentor("/mentor/noter")>
            <h1>{t(k::NAV_NOTES)}</h1>
            <p class="card offer-link">{t(k::MENTOR_NOTES_OFFER)}" "<a class="button" href="/mentor/tilbyd">{t(k::MENTOR_OFFER_LINK)}</a></p>
            <p class="hint">{t(k::MENTOR_NOTES_HINT)}</p>
            <Transition fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match notes.await {
                        Ok(list) if list.is_empty() => view! { <p class="card empty">{t(k::MENTOR_NO_ONE)}</p> }.into_any(),
                        Ok(list) => list.into_iter().map(|p| view! { <PlacementNoteCard data=p/> }).collect_view().into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </Frame>
    }
}

#[component]
fn PlacementNoteCard(data: PlacementNotes) -> impl IntoView {
    let PlacementNotes { placement, notes } = data;
    let heading = format!("notes-{}", placement.id);
    let labelled_by = heading.clone();
    view! {
        <section class="card placement-notes" aria-labelledby=labelled_by data-placement-id=placement.id.to_string()>
            <h2 id=heading><bdi>{placement.citizen_name.clone()}</bdi></h2>
            <p class="week-summary"><bdi>{placement.company_name.clone()}</bdi>" – "<bdi>{placement.opening_title.clone()}</bdi></p>
            <NoteForm placement_id=placement.id/>
            {if notes.is_empty() {
                view! { <p class="empty">{t(k::MENTOR_NO_NOTES)}</p> }.into_any()
            } else {
                view! {
                    <ul class="note-list">
                        {notes.into_iter().map(|n| view! {
                            <li class="note"><p class="note-body">{n.body.clone()}</p><p class="note-by">{describe::note_byline(locale(), &n)}</p></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[island(lazy)]
fn NoteForm(placement_id: i64) -> impl IntoView {
    lazy_parts::shown(LazyIsland::NoteForm);
    let send = FormSend::new();
    send.reload_when_taken();
    let last = last_error(send.result);
    let body_e = field_error(last, Field::Note);
    let other = form_message(last, &[Field::Note]);
    let id = format!("note-{placement_id}");
    let error_id = format!("note-error-{placement_id}");
    view! {
        <form action=AddNote::PATH method="post" class="form" novalidate on:submit=send.on_submit()>
            <input type="hidden" name="placement_id" value=placement_id.to_string()/>
            <label for=id.clone()>{t(k::NOTE_NEW)}</label>
            <textarea id=id name="body" rows="2" maxlength="500" required aria-describedby=error_id.clone()></textarea>
            <FieldError id=error_id message=body_e/>
            <FormError message=other/>
            <button type="submit" class="button button-primary" disabled=move || send.pending.get()>{t(k::NOTE_SAVE)}</button>
        </form>
    }
}

#[component]
fn Today(data: MentorToday) -> impl IntoView {
    let MentorToday { date, expected, absences } = data;
    let lang = locale();
    view! {
        <p class="as-of">{format::date_long(lang, date)}</p>
        <section class="card" aria-labelledby="expected-heading">
            <h2 id="expected-heading">{t(k::MENTOR_EXPECTED)}</h2>
            {if expected.is_empty() {
                view! { <p class="empty">{t(k::MENTOR_EXPECTED_NONE)}</p> }.into_any()
            } else {
                view! { <ul class="queue">{expected.into_iter().map(|e| view! { <Expected row=e/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        {(!absences.is_empty()).then(|| view! {
            <AbsentList absences/>
        })}
    }
}

/// Who has reported absence, and for which days (never why).
#[component]
fn AbsentList(absences: Vec<crate::domain::models::AbsenceView>) -> impl IntoView {
    let lang = locale();
    view! {
        <section class="card absences" aria-labelledby="absent-heading">
            <h2 id="absent-heading">{t(k::MENTOR_ABSENT)}</h2>
            <ul class="absence-list">
                {absences.into_iter().map(|a| view! {
                    <li class="absence" data-absence-id=a.id.to_string()><strong><bdi>{a.citizen_name.clone()}</bdi></strong>" "<bdi>{describe::absence_days(lang, &a)}</bdi></li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Expected(row: ExpectedToday) -> impl IntoView {
    let ExpectedToday { shift, punched_in, citizen_phone } = row;
    let markable = matches!(shift.status, ShiftStatus::Planned | ShiftStatus::Attended | ShiftStatus::NoShow);
    let marked = match shift.status {
        ShiftStatus::Attended => Some(true),
        ShiftStatus::NoShow => Some(false),
        _ => None,
    };
    view! {
        <li class="waiting expected" data-shift-id=shift.id.to_string()>
            <h3 class="entry-who"><bdi>{shift.citizen_name.clone()}</bdi></h3>
            <p class="entry-when"><bdi>{format::time_span(shift.starts_at, shift.ends_at)}</bdi>" · "<bdi>{shift.company_name.clone()}</bdi></p>
            <p>
                <span class=format!("badge badge-shift-{}", shift.status.as_str())>{t(shift.status.label_key())}</span>
                {punched_in.map(|time| view! { " "<span class="punched">{tr(k::MENTOR_PUNCHED_IN, &[("time", time.into())])}</span> })}
            </p>
            {markable.then(|| view! { <Attendance shift_id=shift.id marked/> })}
            {citizen_phone.map(|phone| view! {
                <p><a class="button button-secondary call" href=format!("tel:{}", phone.replace(' ', ""))>
                    {tr(k::MENTOR_CALL, &[("name", shift.citizen_name.clone().into())])}
                </a></p>
            })}
        </li>
    }
}

/// Came / did not come for one shift, the one marked shown pressed. A no-show reaches the
/// caseworker at once. `marked`: Some(true) came, Some(false) did not.
#[island(lazy)]
fn Attendance(shift_id: i64, marked: Option<bool>) -> impl IntoView {
    lazy_parts::shown(LazyIsland::Attendance);
    let (came, absent) = (FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        if matches!(came.result.get(), Some(Ok(_))) {
            reload_with(Answer::Attended, &[]);
        } else if matches!(absent.result.get(), Some(Ok(_))) {
            reload_with(Answer::NoShow, &[]);
        }
    });
    let pressed = |is: bool| if marked == Some(is) { "true" } else { "false" };
    let message = Signal::derive(move || {
        [came, absent].iter().find_map(|s| s.result.with(|r| match r {
            Some(Err(e)) => Some(crate::i18n::error_text(e)),
            _ => None,
        }))
    });
    view! {
        <FormError message/>
        <div class="actions actions-row">
            <form action=MarkAttendance::PATH method="post" class="inline-form" on:submit=came.on_submit()>
                <input type="hidden" name="shift_id" value=shift_id.to_string()/>
                <input type="hidden" name="status" value="attended"/>
                <button type="submit" class="button button-primary button-wide" aria-pressed=pressed(true)>{t(k::ATTEND_CAME)}</button>
            </form>
            <form action=MarkAttendance::PATH method="post" class="inline-form" on:submit=absent.on_submit()>
                <input type="hidden" name="shift_id" value=shift_id.to_string()/>
                <input type="hidden" name="status" value="no_show"/>
                <button type="submit" class="button button-secondary button-wide" aria-pressed=pressed(false)>{t(k::ATTEND_NO_SHOW)}</button>
            </form>
        </div>
    }
}

#[component]
fn MentorQueue(data: MentorHome) -> impl IntoView {
    let MentorHome { groups, page, pages, waiting_total, recently_decided, absences } = data;
    let (plain, deviating) = crate::domain::approval::confirm_all(&groups);
    view! {
        {(!absences.is_empty()).then(|| view! { <AbsentList absences/> })}
        {if groups.is_empty() {
            view! { <p class="card empty">{t(k::MENTOR_QUEUE_EMPTY)}</p> }.into_any()
        } else {
            let texts = ConfirmAllTexts {
                plain: tr(k::CONFIRM_ALL, &[("count", plain.len().into())]),
                with_deviating: tr(k::CONFIRM_ALL, &[("count", (plain.len() + deviating.len()).into())]),
                deviating: tr(k::CONFIRM_ALL_DEVIATING, &[("count", deviating.len().into())]),
            };
            view! {
                <ConfirmAll plain deviating texts/>
                {groups.into_iter().map(|g| view! { <WeekGroup group=g/> }).collect_view()}
                {(pages > 1).then(|| view! { <QueuePages page pages waiting_total/> })}
            }.into_any()
        }}
        <section class="card" aria-labelledby="decided-heading">
            <h2 id="decided-heading">{t(k::MENTOR_DECIDED)}</h2>
            {if recently_decided.is_empty() {
                view! { <p class="empty">{t(k::MENTOR_DECIDED_NONE)}</p> }.into_any()
            } else {
                view! {
                    <ul class="entry-list">
                        {recently_decided.into_iter().map(|d| view! { <Decided decided=d/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// "Side 1 af 3": the oldest weeks come first.
#[component]
fn QueuePages(page: usize, pages: usize, waiting_total: usize) -> impl IntoView {
    view! {
        <nav class="period-nav queue-pages" aria-label=t(k::MENTOR_PAGES)>
            {(page > 1).then(|| view! { <a class="button button-quiet" href=format!("/mentor?side={}", page - 1) rel="external">{t(k::PERIOD_PREVIOUS)}</a> })}
            <p class="period-label">{tr(k::MENTOR_PAGE_OF, &[("page", page.into()), ("pages", pages.into()), ("waiting", waiting_total.into())])}</p>
            {(page < pages).then(|| view! { <a class="button button-quiet" href=format!("/mentor?side={}", page + 1) rel="external">{t(k::PERIOD_NEXT)}</a> })}
        </nav>
    }
}

/// One citizen's week: a row per entry beside its plan.
#[component]
fn WeekGroup(group: ApprovalGroup) -> impl IntoView {
    let heading_id = format!("week-{}-{}", group.placement_id, group.week_start);
    let labelled_by = heading_id.clone();
    let lang = locale();
    let summary = tr(
        k::MENTOR_WEEK_SUMMARY,
        &[
            ("week", describe::week(lang, group.week_start).into()),
            ("company", group.company_name.clone().into()),
            ("hours", format::hours(lang, group.worked_minutes).into()),
        ],
    );
    view! {
        <section class="card week-group" aria-labelledby=labelled_by data-week=group.week_start.to_string()>
            <h2 id=heading_id class="entry-who"><bdi>{group.citizen_name.clone()}</bdi></h2>
            <p class="week-summary">{summary}</p>
            <ul class="queue queue-compact">
                {group.rows.into_iter().map(|row| view! { <WaitingEntry row/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn WaitingEntry(row: ApprovalRow) -> impl IntoView {
    let ApprovalRow { entry, planned, differs, changes } = row;
    let lang = locale();
    let planned_text = match &planned {
        Some(s) => tr(k::MENTOR_PLANNED, &[("times", format::time_span(s.starts_at, s.ends_at).into())]),
        None => t(k::MENTOR_NOT_PLANNED),
    };
    view! {
        <li class="waiting" class:differs=differs data-entry-id=entry.id.to_string()>
            <p class="entry-when">
                <span class="entry-date">{format::day_of(lang, entry.starts_at)}</span>" "
                <bdi class="entry-time">{format::time_span(entry.starts_at, entry.ends_at)}</bdi>" · "
                <span class="entry-hours">{tr(k::MENTOR_HOURS_BREAK, &[("hours", format::hours(lang, entry.worked_minutes).into()), ("minutes", entry.break_minutes.into())])}</span>
            </p>
            <p class="planned">
                {planned_text}
                {differs.then(|| view! { <strong class="differs-flag">" · "{t(k::MENTOR_DIFFERS)}</strong> })}
            </p>
            {entry.note.clone().map(|n| view! { <p class="entry-note">{n}</p> })}
            <History changes/>
            <Decide id=entry.id values=EntryValues::of(&entry)/>
        </li>
    }
}

#[component]
fn Decided(decided: DecidedEntry) -> impl IntoView {
    let DecidedEntry { entry, changes } = decided;
    view! {
        <li class="entry" data-entry-id=entry.id.to_string()>
            <div class="entry-who"><bdi>{entry.citizen_name.clone()}</bdi></div>
            <div class="entry-when"><span class="entry-date">{format::day_of(locale(), entry.starts_at)}</span>" "<bdi class="entry-time">{format::time_span(entry.starts_at, entry.ends_at)}</bdi></div>
            <StatusBadge status=entry.status text=crate::i18n::describe::entry_status(crate::i18n::locale(), &entry)/>
            <History changes/>
        </li>
    }
}

/// Who changed the entry, when, from what to what, and why.
#[component]
fn History(changes: Vec<EntryChange>) -> impl IntoView {
    (!changes.is_empty()).then(|| view! {
        <details class="history">
            <summary>{tr(k::MENTOR_HISTORY, &[("count", changes.len().into())])}</summary>
            <ol class="history-list">
                {changes.into_iter().map(|c| view! { <li>{describe::entry_change(locale(), &c)}</li> }).collect_view()}
            </ol>
        </details>
    })
}

/// The words of "Godkend alle", made on the server where plurals are known.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ConfirmAllTexts {
    /// "Godkend alle (3)": the entries that keep to their plan.
    plain: String,
    /// "Godkend alle (5)": with those that differ.
    with_deviating: String,
    /// "2 afviger fra planen – tag dem med".
    deviating: String,
}

/// "Godkend alle (n)" at the top of the queue, in one request. Entries that differ from their
/// plan (or had none) are left out unless the mentor ticks them in.
#[island(lazy)]
fn ConfirmAll(plain: Vec<i64>, deviating: Vec<i64>, texts: ConfirmAllTexts) -> impl IntoView {
    lazy_parts::shown(LazyIsland::ConfirmAll);
    let send = FormSend::new();
    let with_deviating = RwSignal::new(false);
    let csv = |ids: &[i64]| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let (plain_ids, deviating_ids) = (csv(&plain), csv(&deviating));
    let sent = {
        let (p, d) = (plain_ids.clone(), deviating_ids.clone());
        move || if with_deviating.get_untracked() && !d.is_empty() { [p.as_str(), d.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(",") } else { p.clone() }
    };
    Effect::new(move |_| {
        if matches!(send.result.get(), Some(Ok(_))) {
            reload_with(Answer::Confirmed, &[("ids", sent())]);
        }
    });
    let message = form_message(last_error(send.result), &[]);
    let nothing_plain = plain.is_empty();
    let ConfirmAllTexts { plain: plain_label, with_deviating: with_label, deviating: deviating_label } = texts;
    view! {
        <form action=ConfirmEntries::PATH method="post" class="card form confirm-all" on:submit=send.on_submit()>
            <input type="hidden" name="ids" value=plain_ids/>
            {(!deviating.is_empty()).then(|| view! {
                <input type="hidden" name="deviating" value=deviating_ids.clone()/>
                <p class="check">
                    <input id="with-deviating" type="checkbox" name="with_deviating" value="ja"
                        on:change=move |ev| with_deviating.set(event_target_checked(&ev))/>
                    <label for="with-deviating">{deviating_label}</label>
                </p>
            })}
            <FormError message/>
            <button type="submit" class="button button-primary button-wide"
                disabled=move || send.pending.get() || (nothing_plain && !with_deviating.get())>
                {move || if with_deviating.get() { with_label.clone() } else { plain_label.clone() }}
            </button>
        </form>
    }
}

const CORRECT_FIELDS: &[Field] = &[Field::Date, Field::StartsAt, Field::EndsAt, Field::BreakMinutes, Field::CorrectionReason];

/// Confirm, reject with a reason, or correct with a reason one entry. Each card has its own
/// sends, so an error shows on the card it is about; a decision loads the queue again.
#[island(lazy)]
fn Decide(id: i64, values: EntryValues) -> impl IntoView {
    lazy_parts::shown(LazyIsland::Decide);
    let (confirm, reject, correct) = (FormSend::new(), FormSend::new(), FormSend::new());
    Effect::new(move |_| {
        let done = |s: FormSend| matches!(s.result.get(), Some(Ok(_)));
        let ids = [("ids", id.to_string())];
        if done(confirm) {
            reload_with(Answer::Confirmed, &ids);
        } else if done(reject) {
            reload_with(Answer::Rejected, &ids);
        } else if done(correct) {
            reload_with(Answer::Corrected, &ids);
        }
    });
    let reason_id = format!("reason-{id}");
    let reason_error_id = format!("reason-error-{id}");
    let reject_error = Signal::derive(move || reject.result.with(|r| error_for(r, Field::Reason)));
    let other_error = Signal::derive(move || {
        let from_confirm = confirm.result.with(|r| match r {
            Some(Err(e)) => Some(crate::i18n::error_text(e)),
            _ => None,
        });
        let from_reject = reject.result.with(|r| match r {
            Some(Err(e)) if e.field().is_none() => Some(crate::i18n::error_text(e)),
            _ => None,
        });
        from_confirm.or(from_reject)
    });
    let last = last_error(correct.result);
    let why_e = field_error(last, Field::CorrectionReason);
    let correct_other = form_message(last, CORRECT_FIELDS);
    let fid = move |name: &str| format!("c{id}-{name}");
    view! {
        <FormError message=other_error/>
        <div class="actions actions-compact">
            <form action=ConfirmEntry::PATH method="post" class="inline-form" on:submit=confirm.on_submit()>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button button-primary" disabled=move || confirm.pending.get()>
                    <span aria-hidden="true">"✓ "</span>{t(k::DECIDE_CONFIRM)}
                </button>
            </form>
            <details class="reject">
                <summary class="button button-secondary"><span aria-hidden="true">"✗ "</span>{t(k::DECIDE_REJECT)}</summary>
                <form action=RejectEntry::PATH method="post" class="form" novalidate on:submit=reject.on_submit()>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <fieldset class="quick-reasons">
                        <legend>{t(k::DECIDE_REJECT_WHY)}</legend>
                        {RejectCode::ALL.iter().map(|code| {
                            let rid = format!("quick-{id}-{}", code.as_str());
                            let for_id = rid.clone();
                            view! {
                                <label class="chip" for=for_id>
                                    <input id=rid type="radio" name="quick" value=code.as_str()/>
                                    <span>{code.label()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label for=reason_id.clone()>{t(k::DECIDE_REJECT_WORDS)}</label>
                    <textarea id=reason_id name="reason" rows="2" maxlength="500"
                        aria-describedby=reason_error_id.clone()></textarea>
                    <FieldError id=reason_error_id message=reject_error/>
                    <button type="submit" class="button button-danger">{t(k::DECIDE_REJECT_SUBMIT)}</button>
                </form>
            </details>
            <details class="correct">
                <summary class="button button-quiet">{t(k::DECIDE_CORRECT)}</summary>
                <form action=CorrectEntry::PATH method="post" class="form" novalidate on:submit=correct.on_submit()>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <EntryFields prefix=fid("") values last_error=last note=false/>
                    <label for=fid("why")>{t(k::DECIDE_CORRECT_WHY)}" "<span class="optional">{t(k::DECIDE_CORRECT_WHY_HINT)}</span></label>
                    <textarea id=fid("why") name="reason" rows="2" maxlength="500" required aria-describedby=fid("why-error")
                        aria-invalid=crate::components::forms::invalid(why_e)></textarea>
                    <FieldError id=fid("why-error") message=why_e/>
                    <FormError message=correct_other/>
                    <button type="submit" class="button button-primary">{t(k::DECIDE_CORRECT_SUBMIT)}</button>
                </form>
            </details>
        </div>
    }
}
