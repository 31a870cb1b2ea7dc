//! What the audit log records: one code per kind of read or change. A read of a citizen's
//! data by anyone but the citizen is recorded against the citizen, so they can see who looked
//! ("Hvem har set mine oplysninger") as the Danish Data Protection Agency's guidance on the
//! right of access to the log describes.
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::shift::ShiftStatus;
use super::time_entry::Change;

text_enum!(Action {
    // Reads of a citizen's data.
    CitizenView = "citizen.view", "Så dine oplysninger";
    CitizenTimeline = "citizen.timeline", "Så historikken i dit forløb";
    CaseloadView = "caseload.view", "Så dig på sin liste over borgere";
    MatchView = "match.view", "Så dig som mulig kandidat til et job";
    PlacementView = "placement.view", "Så dit forløb";
    PlacementList = "placement.list", "Så dig på en liste over forløb";
    NoteList = "note.list", "Så noter om dit forløb";
    TimeEntryView = "time_entry.view", "Så en af dine registreringer";
    TimeEntryList = "time_entry.list", "Så dine timer";
    TimeEntryHistory = "time_entry.history", "Så ændringerne i en af dine registreringer";
    AbsenceList = "absence.list", "Så dit fravær";
    ShiftList = "shift.list", "Så dine vagter";
    MentorHome = "mentor.home", "Så dine timer til godkendelse";
    MentorToday = "mentor.today", "Så hvem der er på arbejde i dag";
    MentorPlan = "mentor.plan", "Så vagtplanen";
    MentorNotes = "mentor.notes", "Så noter om dit forløb";
    ReportMonthlyHours = "report.monthly_hours", "Så dine timer i månedsopgørelsen";
    ReportPayroll = "report.payroll", "Så dine timer i lønopgørelsen";
    CitizenExport = "citizen.export", "Hentede alle dine data";
    // Changes to a citizen's data.
    CitizenCreate = "citizen.create", "Oprettede dig";
    CitizenUpdate = "citizen.update", "Rettede dine oplysninger";
    CitizenInvite = "citizen.invite", "Lavede en invitation til dig";
    PlacementCreate = "placement.create", "Oprettede et forløb";
    PlacementExtend = "placement.extend", "Forlængede dit forløb";
    PlacementEnd = "placement.end", "Afsluttede dit forløb";
    PlacementFollowUp = "placement.follow_up", "Fulgte op på dit forløb";
    PlacementAutoConfirm = "placement.auto_confirm", "Ændrede automatisk godkendelse";
    NoteCreate = "note.create", "Skrev en note om dit forløb";
    ShiftPlan = "shift.plan", "Planlagde vagter";
    ShiftMove = "shift.move", "Flyttede en vagt";
    ShiftCancel = "shift.cancel", "Aflyste en vagt";
    ShiftPlanned = "shift.planned", "Satte en vagt tilbage til planlagt";
    ShiftAttended = "shift.attended", "Noterede at du mødte";
    ShiftNoShow = "shift.no_show", "Noterede at du ikke mødte";
    ShiftCancelled = "shift.cancelled", "Aflyste en vagt";
    ShiftAbsent = "shift.absent", "Noterede fravær på en vagt";
    TimeEntryCreate = "time_entry.create", "Registrerede timer";
    TimeEntryEdit = "time_entry.edit", "Rettede en registrering";
    TimeEntryWithdraw = "time_entry.withdraw", "Trak en registrering tilbage";
    TimeEntryConfirmed = "time_entry.confirmed", "Godkendte timer";
    TimeEntryRejected = "time_entry.rejected", "Afviste timer";
    TimeEntryCorrected = "time_entry.corrected", "Rettede timer";
    TimeEntryAutoConfirmed = "time_entry.auto_confirmed", "Timer godkendt automatisk";
    TimeEntryUndone = "time_entry.undone", "Fortrød en afgørelse om timer";
    AbsenceCreate = "absence.create", "Meldte fravær";
    // Changes without a citizen.
    CompanyCreate = "company.create", "Oprettede en virksomhed";
    CompanyUpdate = "company.update", "Rettede en virksomhed";
    OpeningCreate = "opening.create", "Oprettede et jobopslag";
    OpeningUpdate = "opening.update", "Rettede et jobopslag";
    OpeningPropose = "opening.propose", "Foreslog et jobopslag";
    OpeningApprove = "opening.approve", "Godkendte et jobopslag";
    OpeningDecline = "opening.decline", "Afviste et jobopslag";
    GoalCreate = "goal.create", "Oprettede et mål";
    GoalUpdate = "goal.update", "Rettede et mål";
    GoalDelete = "goal.delete", "Slettede et mål";
    MonthLock = "month.lock", "Låste en måned";
    MonthReopen = "month.reopen", "Genåbnede en måned";
    SocialEnterpriseSave = "social_enterprise.save", "Gemte et initiativ";
    SocialEnterpriseEstablished = "social_enterprise.established", "Registrerede en socialøkonomisk virksomhed";
    SocialEnterprisePartnership = "social_enterprise.partnership", "Registrerede et partnerskab";
    CalendarRenew = "calendar.renew", "Lavede et nyt kalenderlink";
    InviteAccept = "invite.accept", "Valgte adgangskode";
    MentorInvite = "mentor.invite", "Inviterede en mentor";
    UserInvite = "user.invite", "Inviterede en bruger";
    UserChange = "user.change", "Ændrede en bruger";
    UserEndSessions = "user.end_sessions", "Loggede en bruger ud på alle enheder";
    SessionEndMine = "session.end_mine", "Loggede ud på sine enheder";
    SessionEndOne = "session.end_one", "Loggede ud på en enhed";
    AuditView = "audit.view", "Så revisionsloggen";
});

impl Action {
    /// A shift marked with `status`.
    pub fn shift_marked(status: ShiftStatus) -> Action {
        match status {
            ShiftStatus::Planned => Action::ShiftPlanned,
            ShiftStatus::Attended => Action::ShiftAttended,
            ShiftStatus::NoShow => Action::ShiftNoShow,
            ShiftStatus::Cancelled => Action::ShiftCancelled,
            ShiftStatus::Absent => Action::ShiftAbsent,
        }
    }

    /// The line a change of one entry writes. A month's lock and reopening write one line
    /// for the month (`MonthLock`, `MonthReopen`), not one per entry.
    pub fn of_entry_change(change: Change) -> Option<Action> {
        Some(match change {
            Change::Submitted => Action::TimeEntryCreate,
            Change::Edited => Action::TimeEntryEdit,
            Change::Withdrawn => Action::TimeEntryWithdraw,
            Change::Confirmed => Action::TimeEntryConfirmed,
            Change::Rejected => Action::TimeEntryRejected,
            Change::Corrected => Action::TimeEntryCorrected,
            Change::AutoConfirmed => Action::TimeEntryAutoConfirmed,
            Change::Undone => Action::TimeEntryUndone,
            Change::Locked | Change::Reopened => return None,
        })
    }

    /// Reads (as opposed to changes): the lines a citizen's "who has seen my data" lists.
    pub fn is_read(self) -> bool {
        use Action::*;
        matches!(
            self,
            CitizenView | CitizenTimeline | CaseloadView | MatchView | PlacementView | PlacementList | NoteList | TimeEntryView
                | TimeEntryList | TimeEntryHistory | AbsenceList | ShiftList | MentorHome | MentorToday | MentorPlan | MentorNotes
                | ReportMonthlyHours | ReportPayroll
        )
    }
}

/// The subject of a line about one time entry; the test suite and the admin's filter read
/// entries back by it.
pub fn entry_subject(entry_id: i64) -> String {
    format!("{ENTRY_SUBJECT_PREFIX}{entry_id}")
}

pub const ENTRY_SUBJECT_PREFIX: &str = "time_entry:";

/// One line of the log as a citizen or an admin sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AuditLine {
    pub at: i64,
    /// Who: a name (and an id for admins); None when the user is gone or it was the system.
    pub actor_name: Option<String>,
    pub actor_user_id: Option<i64>,
    pub actor_role: Option<super::role::Role>,
    /// The mentor's company, or the municipality for its staff.
    pub organisation: Option<String>,
    /// The action's code, as the log's `action` filter takes it ("citizen.view").
    #[serde(with = "action_code")]
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub action: Action,
    pub citizen_id: Option<i64>,
    pub citizen_name: Option<String>,
    /// What exactly: "placement:12", "month:2026-11" …
    pub subject: Option<String>,
}

/// One person's look at a citizen's data: the lines they left within a few minutes of each
/// other, as one entry in the citizen's list ("Karen, jobkonsulent · Demo Kommune: saw your
/// details, your hours and your absence").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    /// When the visit began.
    pub at: i64,
    pub actor_name: Option<String>,
    pub actor_role: Option<super::role::Role>,
    pub organisation: Option<String>,
    /// What was seen or done, each once, in the order it happened.
    pub actions: Vec<Action>,
}

/// How far apart two lines by one person may be and still be one visit.
pub const VISIT_GAP_SECS: i64 = 15 * 60;

/// `lines`, newest first, as visits, newest first: a person's lines count as one visit while
/// each follows the one before within [`VISIT_GAP_SECS`].
pub fn visits(lines: &[AuditLine]) -> Vec<Visit> {
    let mut out: Vec<Visit> = Vec::new();
    for l in lines {
        match out.last_mut() {
            Some(v) if v.actor_name == l.actor_name && v.actor_role == l.actor_role && v.organisation == l.organisation && v.at - l.at <= VISIT_GAP_SECS => {
                v.at = l.at;
                if !v.actions.contains(&l.action) {
                    v.actions.insert(0, l.action);
                }
            }
            _ => out.push(Visit {
                at: l.at,
                actor_name: l.actor_name.clone(),
                actor_role: l.actor_role,
                organisation: l.organisation.clone(),
                actions: vec![l.action],
            }),
        }
    }
    out
}

/// An action as its stored code in JSON, the same code the filters take.
mod action_code {
    use super::Action;

    pub fn serialize<S: serde::Serializer>(a: &Action, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(a.as_str())
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Action, D::Error> {
        let code = <String as serde::Deserialize>::deserialize(d)?;
        Action::parse(&code).ok_or_else(|| serde::de::Error::custom(format!("unknown action {code:?}")))
    }
}

/// One change of a time entry, named by the entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ExportedChange {
    pub time_entry_id: i64,
    pub change: super::models::EntryChange,
}

/// "Hent mine data": everything Fodfæste holds about the citizen (GDPR articles 15 and 20),
/// as JSON and as a page to read or print.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CitizenExport {
    /// Seconds since the epoch.
    pub generated_at: i64,
    pub person: super::citizen_record::CitizenRecord,
    pub login_email: Option<String>,
    pub placements: Vec<super::placement::PlacementRecord>,
    pub time_entries: Vec<super::models::TimeEntryView>,
    pub time_entry_changes: Vec<ExportedChange>,
    pub absences: Vec<super::models::AbsenceView>,
    pub shifts: Vec<super::models::ShiftView>,
    /// Follow-up notes by the mentor and the caseworker about the citizen's placements.
    pub notes: Vec<super::models::NoteView>,
    pub logins: Vec<super::session::LoginView>,
    /// Who else read or changed the citizen's data.
    pub audit: Vec<AuditLine>,
}

/// Filters of the admin's log view; every one optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub citizen_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    pub action: Option<Action>,
    /// Copenhagen dates, inclusive.
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub limit: usize,
}

impl AuditFilter {
    /// The filter from the form or query string: empty means "any".
    pub fn parse(citizen_id: &str, user_id: &str, action: &str, from: &str, to: &str) -> Result<AuditFilter, AppError> {
        let id = |s: &str, field: Field| -> Result<Option<i64>, AppError> {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<i64>().ok().filter(|n| *n > 0).map(Some).ok_or(AppError::invalid(Rule::InvalidNumber, field))
        };
        let day = |s: &str, field: Field| -> Result<Option<chrono::NaiveDate>, AppError> {
            if s.trim().is_empty() { Ok(None) } else { super::local_time::parse_date(s, field).map(Some) }
        };
        let action = match action.trim() {
            "" => None,
            code => Some(Action::parse(code).ok_or(AppError::invalid(Rule::InvalidKind, Field::Action))?),
        };
        let filter = AuditFilter {
            citizen_id: id(citizen_id, Field::CitizenId)?,
            actor_user_id: id(user_id, Field::UserId)?,
            action,
            from: day(from, Field::From)?,
            to: day(to, Field::To)?,
            limit: 0,
        };
        if let (Some(f), Some(t)) = (filter.from, filter.to) {
            if t < f {
                return Err(AppError::invalid(Rule::ToBeforeFrom, Field::To));
            }
        }
        Ok(filter)
    }
}

/// Days audit lines are kept unless the installation says otherwise
/// (`FODFAESTE_AUDIT_RETENTION_DAYS`): five years, the span a municipality must be able to
/// account for access to a case.
pub const DEFAULT_RETENTION_DAYS: i64 = 5 * 365 + 1;

/// The retention setting: whole days, at least 30 (a shorter log could not answer a citizen
/// who asks next month), at most 20 years.
pub fn parse_retention_days(s: &str) -> Option<i64> {
    s.trim().parse::<i64>().ok().filter(|d| (30..=20 * 366).contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time_entry::EntryStatus;

    #[test]
    fn every_code_reads_back_and_has_a_label() {
        for a in Action::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(*a));
            assert!(!a.label_da().is_empty());
        }
        let mut codes: Vec<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Action::ALL.len(), "two actions share a code");
    }

    #[test]
    fn marked_shifts_and_decided_entries_have_their_own_codes() {
        for s in [ShiftStatus::Planned, ShiftStatus::Attended, ShiftStatus::NoShow, ShiftStatus::Cancelled, ShiftStatus::Absent] {
            assert_eq!(Action::shift_marked(s).as_str(), format!("shift.{}", s.as_str()));
        }
        // No two changes of an entry share an audit code, and every code reads back.
        let mut lines: Vec<Action> = Change::ALL.into_iter().filter_map(Action::of_entry_change).collect();
        assert_eq!(lines.len(), Change::ALL.len() - 2, "only a month's lock and reopening are logged per month");
        lines.sort_by_key(|a| a.as_str());
        lines.dedup();
        assert_eq!(lines.len(), Change::ALL.len() - 2);
        for change in Change::ALL {
            assert_eq!(Change::parse(change.as_str()), Some(change));
        }
        assert_eq!(Action::of_entry_change(Change::decided(EntryStatus::Rejected)), Some(Action::TimeEntryRejected));
        assert_eq!(Action::of_entry_change(Change::decided(EntryStatus::Confirmed)), Some(Action::TimeEntryConfirmed));
        assert!(Action::CitizenView.is_read() && Action::MentorHome.is_read());
        assert!(!Action::TimeEntryConfirmed.is_read() && !Action::CitizenExport.is_read());
    }

    fn line(at: i64, who: &str, action: Action) -> AuditLine {
        AuditLine {
            at,
            actor_name: Some(who.into()),
            actor_user_id: Some(1),
            actor_role: Some(super::super::role::Role::Caseworker),
            organisation: Some("Demo Kommune".into()),
            action,
            citizen_id: Some(7),
            citizen_name: None,
            subject: None,
        }
    }

    #[test]
    fn a_persons_lines_close_together_are_one_visit() {
        // Newest first, as the log is read.
        let lines = [
            line(10_000, "Karen", Action::TimeEntryList),
            line(9_990, "Karen", Action::CitizenTimeline),
            line(9_980, "Karen", Action::CitizenView),
            line(9_970, "Karen", Action::CitizenView),
            line(9_000, "Mette", Action::MentorHome),
            line(8_990, "Karen", Action::CitizenView),
            line(8_990 - VISIT_GAP_SECS - 1, "Karen", Action::CitizenView),
        ];
        let v = visits(&lines);
        assert_eq!(v.len(), 4);
        assert_eq!(v[0].actions, vec![Action::CitizenView, Action::CitizenTimeline, Action::TimeEntryList]);
        assert_eq!(v[0].at, 9_970);
        assert_eq!(v[1].actor_name.as_deref(), Some("Mette"));
        assert_eq!((v[2].at, v[3].at), (8_990, 8_990 - VISIT_GAP_SECS - 1), "a long pause makes a new visit");
        assert!(visits(&[]).is_empty());
    }

    #[test]
    fn retention_is_whole_days_within_sense() {
        assert_eq!(parse_retention_days(" 365 "), Some(365));
        for bad in ["", "0", "29", "-5", "1.5", "99999", "ten"] {
            assert_eq!(parse_retention_days(bad), None, "{bad}");
        }
    }
}

#[cfg(test)]
mod label_tests {
    use super::Action;

    #[test]
    fn every_action_has_its_words_in_the_locale_files() {
        let missing: Vec<&str> = Action::ALL.iter().filter(|a| a.label_key().is_none()).map(|a| a.as_str()).collect();
        assert!(missing.is_empty(), "no action-… key for {missing:?}");
        assert_eq!(crate::domain::kebab("FollowUpOutcome"), "follow-up-outcome");
    }
}
