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
        .filter(|_| matches!(answer, Answer::Confirmed | Answer::Rejected | Answer::Corrected))
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

/// The answer to a form posted without JavaScript (the wasm not loaded yet on a slow line):
/// the server sends the browser back to the page it came from, and this is what that page
/// then says. `form` is the posted body; `None` where the page cannot word it (a copy's count).
#[cfg(feature = "ssr")]
pub fn after_plain_post(fn_path: &str, form: &str) -> Option<Answer> {
    use crate::functions::{citizen as c, mentor as m};
    let answers: [(&str, Answer); 13] = [
        (c::RegisterHours::PATH, Answer::Registered),
        (c::PunchIn::PATH, Answer::PunchedIn),
        (c::PunchOut::PATH, Answer::PunchedOut),
        (c::CancelPunch::PATH, Answer::PunchCancelled),
        (c::ReportSick::PATH, Answer::SickReported),
        (c::ReportCannotCome::PATH, Answer::CannotCome),
        (c::UpdateHours::PATH, Answer::Changed),
        (c::WithdrawHours::PATH, Answer::Withdrawn),
        (m::ConfirmEntry::PATH, Answer::Confirmed),
        (m::ConfirmEntries::PATH, Answer::Confirmed),
        (m::RejectEntry::PATH, Answer::Rejected),
        (m::CorrectEntry::PATH, Answer::Corrected),
        (m::UndoDecisions::PATH, Answer::Undone),
    ];
    if fn_path == m::MarkAttendance::PATH {
        let no_show = form.split('&').any(|pair| pair == "status=no_show");
        return Some(if no_show { Answer::NoShow } else { Answer::Attended });
    }
    answers.into_iter().find(|(path, _)| *path == fn_path).map(|(_, a)| a)
}

/// `address` (a path or a whole URL) with `answer` as its one answer (none: without one): the
/// other parameters and the fragment stay, an earlier answer goes.
pub fn address_answering(address: &str, answer: Option<Answer>) -> String {
    let (rest, fragment) = match address.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (address, None),
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !ANSWER_PARAMS.contains(&p.split('=').next().unwrap_or("")))
        .collect();
    let svar = answer.map(|a| format!("svar={}", a.code()));
    pairs.extend(svar.as_deref());
    let mut out = if pairs.is_empty() { path.to_string() } else { format!("{path}?{}", pairs.join("&")) };
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_replaces_the_last_one_and_keeps_the_rest() {
        assert_eq!(address_answering("http://h/borger", Some(Answer::Registered)), "http://h/borger?svar=registered");
        assert_eq!(address_answering("/borger/timer?visning=maaned&svar=changed#uge", Some(Answer::Withdrawn)), "/borger/timer?visning=maaned&svar=withdrawn#uge");
        assert_eq!(address_answering("/mentor?side=2&ids=4,5&svar=confirmed", Some(Answer::Undone)), "/mentor?side=2&svar=undone");
        assert_eq!(address_answering("/mentor?", Some(Answer::Confirmed)), "/mentor?svar=confirmed");
        assert_eq!(address_answering("/borger?svar=sick&__err=x#manual", None), "/borger?__err=x#manual", "a refusal says no earlier answer");
        assert_eq!(address_answering("/borger?svar=sick", None), "/borger");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_plain_post_is_answered_by_what_it_did() {
        use crate::functions::{citizen as c, mentor as m};
        use leptos::server_fn::ServerFn as _;
        assert_eq!(after_plain_post(c::ReportSick::PATH, "from_date=2026-12-01"), Some(Answer::SickReported));
        assert_eq!(after_plain_post(m::MarkAttendance::PATH, "shift_id=4&status=no_show"), Some(Answer::NoShow));
        assert_eq!(after_plain_post(m::MarkAttendance::PATH, "shift_id=4&status=attended"), Some(Answer::Attended));
        assert_eq!(after_plain_post(m::CopyLastWeek::PATH, ""), None, "the count is not known here");
        assert_eq!(after_plain_post("/api/login", ""), None);
    }

    #[test]
    fn every_answer_is_read_back_from_its_code() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.code()), Some(a));
        }
        assert_eq!(Answer::parse("<script>"), None);
    }
}
