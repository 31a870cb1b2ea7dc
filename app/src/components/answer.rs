//! The answer to what the person just did (sent to the mentor and waiting, reported sick), shown
//! where the eye is, at the top of the page that loads after the send. The send reloads the
//! page with `?svar=<code>`; the page words the answer from its own data, and the note takes
//! the focus so a screen reader reads it, then drops the code from the address so a later
//! reload does not say it again.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use crate::components::{FormError, FormSend};
use crate::components::forms::{form_message, last_error};
use crate::i18n::{k, t, tr};

/// What was just done. The codes travel in the address (`?svar=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Registered,
    PunchedIn,
    PunchedOut,
    PunchCancelled,
    SickReported,
    CannotCome,
    Changed,
    Withdrawn,
    Confirmed,
    Rejected,
    Corrected,
    Undone,
    Attended,
    NoShow,
    /// A placement was made from the desk.
    Placed,
    /// Last week's shifts copied into this one (`antal`).
    Copied,
}

impl Answer {
    const ALL: [Answer; 16] = [
        Answer::Registered,
        Answer::PunchedIn,
        Answer::PunchedOut,
        Answer::PunchCancelled,
        Answer::SickReported,
        Answer::CannotCome,
        Answer::Changed,
        Answer::Withdrawn,
        Answer::Confirmed,
        Answer::Rejected,
        Answer::Corrected,
        Answer::Undone,
        Answer::Attended,
        Answer::NoShow,
        Answer::Placed,
        Answer::Copied,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Answer::Registered => "registered",
            Answer::PunchedIn => "punched_in",
            Answer::PunchedOut => "punched_out",
            Answer::PunchCancelled => "punch_cancelled",
            Answer::SickReported => "sick",
            Answer::CannotCome => "cannot_come",
            Answer::Changed => "changed",
            Answer::Withdrawn => "withdrawn",
            Answer::Confirmed => "confirmed",
            Answer::Rejected => "rejected",
            Answer::Corrected => "corrected",
            Answer::Undone => "undone",
            Answer::Attended => "attended",
            Answer::NoShow => "no_show",
            Answer::Placed => "placed",
            Answer::Copied => "copied",
        }
    }

    pub fn parse(code: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The answer of the page's address, if any.
    pub fn of_query(query: &leptos_router::params::ParamsMap) -> Option<Answer> {
        query.get("svar").as_deref().and_then(Answer::parse)
    }

    /// The answer in words, without names or counts; pages that know more say more.
    pub fn text(self) -> String {
        t(match self {
            Answer::Registered => k::ANSWER_REGISTERED,
            Answer::PunchedIn => k::ANSWER_PUNCHED_IN,
            Answer::PunchedOut => k::ANSWER_PUNCHED_OUT,
            Answer::PunchCancelled => k::ANSWER_PUNCH_CANCELLED,
            Answer::SickReported => k::ANSWER_SICK,
            Answer::CannotCome => k::ANSWER_CANNOT_COME,
            Answer::Changed => k::ANSWER_CHANGED,
            Answer::Withdrawn => k::ANSWER_WITHDRAWN,
            Answer::Confirmed => k::ANSWER_CONFIRMED,
            Answer::Rejected => k::ANSWER_REJECTED,
            Answer::Corrected => k::ANSWER_CORRECTED,
            Answer::Undone => k::ANSWER_UNDONE,
            Answer::Attended => k::ANSWER_ATTENDED,
            Answer::NoShow => k::ANSWER_NO_SHOW,
            Answer::Placed => k::ANSWER_PLACED,
            Answer::Copied => k::ANSWER_COPIED_NONE,
        })
    }
}

/// Loads the page again with `answer` (and `extra` parameters, such as the ids an undo
/// needs) in its address.
pub fn reload_with(answer: Answer, extra: &[(&str, String)]) {
    #[cfg(feature = "hydrate")]
    if let Some(url) = crate::browser::address_with(|params| {
        for name in ANSWER_PARAMS {
            params.delete(name);
        }
        params.set("svar", answer.code());
        for (name, value) in extra {
            params.set(name, value);
        }
    }) {
        crate::browser::go_to(&url);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (answer, extra);
}

/// What an answer puts in the address, and takes out again once said.
#[cfg(feature = "hydrate")]
const ANSWER_PARAMS: [&str; 3] = ["svar", "ids", "antal"];

/// How long "Fortryd" stays on screen.
pub const UNDO_SECONDS: u64 = 10;

/// The answer at the top of the page, and for a mentor's decision "Fortryd" for a while.
#[island]
pub fn AnswerNote(text: String, undo_ids: Option<String>) -> impl IntoView {
    let note = NodeRef::<leptos::html::P>::new();
    let undo_open = RwSignal::new(undo_ids.is_some());
    Effect::new(move |_| {
        if let Some(el) = note.get() {
            let _ = el.focus();
            forget_answer();
        }
    });
    // Timers exist only in the browser: an effect never runs while the server renders.
    let has_undo = undo_ids.is_some();
    Effect::new(move |_| {
        if has_undo {
            set_timeout(move || undo_open.set(false), std::time::Duration::from_secs(UNDO_SECONDS));
        }
    });
    let undo = FormSend::new();
    Effect::new(move |_| {
        if matches!(undo.result.get(), Some(Ok(_))) {
            reload_with(Answer::Undone, &[]);
        }
    });
    let undo_error = form_message(last_error(undo.result), &[]);
    view! {
        <div class="answer">
            <p class="answer-text" role="status" tabindex="-1" node_ref=note>{text}</p>
            {undo_ids.map(|ids| view! {
                <form action=crate::functions::mentor::UndoDecisions::PATH method="post" class="inline-form" hidden=move || !undo_open.get()
                    on:submit=undo.on_submit()>
                    <input type="hidden" name="ids" value=ids/>
                    <button type="submit" class="button button-secondary" disabled=move || undo.pending.get()>{t(k::UNDO)}</button>
                </form>
                <FormError message=undo_error/>
            })}
        </div>
    }
}

/// The answer of the page's address, if any. `mentor` names who got the hours, when the
/// page knows.
#[component]
pub fn Answered(#[prop(optional_no_strip)] mentor: Option<String>) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let answer = Answer::of_query(&query)?;
    // Only ids the server would take: digits and commas, as the queue sent them.
    let ids = query.get("ids").and_then(|raw| crate::domain::approval::parse_ids(&raw).ok());
    let count = ids.as_ref().map(Vec::len).or_else(|| query.get("antal").and_then(|n| n.parse::<usize>().ok()));
    let text = match (answer, mentor, count) {
        (Answer::Registered | Answer::Changed, Some(name), _) => tr(k::ANSWER_REGISTERED_TO, &[("name", name.into())]),
        (Answer::Confirmed, _, Some(n)) => tr(k::ANSWER_CONFIRMED_COUNT, &[("count", n.into())]),
        (Answer::Copied, _, Some(n)) if n > 0 => tr(k::ANSWER_COPIED, &[("count", n.into())]),
        (a, _, _) => a.text(),
    };
    let undo_ids = ids
        .filter(|_| matches!(answer, Answer::Confirmed | Answer::Rejected))
        .map(|ids| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
    Some(view! { <AnswerNote text undo_ids/> })
}

/// Drops the answer from the address without loading the page.
fn forget_answer() {
    #[cfg(feature = "hydrate")]
    if let Some(url) = crate::browser::address_with(|params| {
        for name in ANSWER_PARAMS {
            params.delete(name);
        }
    }) {
        crate::browser::replace_address(&url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_is_read_back_from_its_code() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.code()), Some(a));
        }
        assert_eq!(Answer::parse("<script>"), None);
    }
}
