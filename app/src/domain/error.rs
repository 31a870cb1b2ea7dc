//! One error type for every path (pages, server functions, /api/v1, CLI). It carries a code,
//! the field it is about and an HTTP status — never database or hashing detail.
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// The input field an error is about; the UI puts the message next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema), serde(rename_all = "snake_case"))]
pub enum Field {
    Email,
    Password,
    PlacementId,
    Date,
    StartsAt,
    EndsAt,
    BreakMinutes,
    Note,
    ClientId,
    Reason,
    Status,
    From,
    To,
    Body,
    At,
    Kind,
    FromDate,
    ToDate,
    ShiftId,
    /// Why a mentor or caseworker corrected an entry (`reason` in the API).
    CorrectionReason,
    /// The entries of a "confirm these" request.
    Ids,
    /// Who may read a follow-up note.
    Visibility,
    /// How many weeks a planned shift repeats.
    RepeatWeeks,
    /// A placement's automatic confirmation setting.
    AutoConfirmMinutes,
    /// A calendar month, "YYYY-MM".
    Month,
    CompanyId,
    /// How a report is sent: json or csv.
    Format,
    /// Why an admin reopens a locked month (`reason` in the API).
    ReopenReason,
    /// The company's CVR number.
    Cvr,
    Name,
    Address,
    Postcode,
    ContactName,
    ContactPhone,
    ContactEmail,
    /// The date a company became a social-economic enterprise.
    SocialEnterpriseSince,
    Title,
    Tasks,
    HoursPerWeek,
    HourlyWage,
    Seats,
    /// Approve or decline a proposed opening.
    Decision,
    /// Why a proposed opening is declined (`reason` in the API).
    DeclineReason,
    CitizenId,
    OpeningId,
    MentorUserId,
    StartsOn,
    EndsOn,
    /// An internship's agreed length in weeks.
    Weeks,
    Outcome,
    EndedOn,
    /// Which follow-up: 3 or 6 months after the end.
    FollowUp,
    FollowUpOutcome,
    OutcomeNote,
    Location,
    TargetGroup,
    WantedHours,
    Phone,
    ReferredOn,
    Accommodations,
    /// An invitation's one-time token.
    Token,
    PasswordAgain,
    Role,
    /// What a goal counts.
    Metric,
    Target,
    PeriodStart,
    PeriodEnd,
    /// Where a social-economic enterprise initiative stands.
    Stage,
    AdvisorUserId,
    EstablishedOn,
    ClosedOn,
    /// The first day of a partnership.
    Since,
    Description,
    /// Which of one's logins to end: others or all.
    Scope,
    /// Names one login in "Dine enheder".
    Handle,
    /// Whose actions the audit log is filtered to.
    UserId,
    /// Which kind of line the audit log is filtered to.
    Action,
    /// A language code (da, en, ar, uk).
    Language,
    /// Whether a citizen needs an interpreter (yes or no).
    NeedsInterpreter,
}

wire_codes!(Field {
    Email = "email",
    Password = "password",
    PlacementId = "placement_id",
    Date = "date",
    StartsAt = "starts_at",
    EndsAt = "ends_at",
    BreakMinutes = "break_minutes",
    Note = "note",
    ClientId = "client_id",
    Reason = "reason",
    Status = "status",
    From = "from",
    To = "to",
    Body = "body",
    At = "at",
    Kind = "kind",
    FromDate = "from_date",
    ToDate = "to_date",
    ShiftId = "shift_id",
    CorrectionReason = "correction_reason",
    Ids = "ids",
    Visibility = "visibility",
    RepeatWeeks = "repeat_weeks",
    AutoConfirmMinutes = "auto_confirm_minutes",
    Month = "month",
    CompanyId = "company_id",
    Format = "format",
    ReopenReason = "reopen_reason",
    Cvr = "cvr",
    Name = "name",
    Address = "address",
    Postcode = "postcode",
    ContactName = "contact_name",
    ContactPhone = "contact_phone",
    ContactEmail = "contact_email",
    SocialEnterpriseSince = "social_enterprise_since",
    Title = "title",
    Tasks = "tasks",
    HoursPerWeek = "hours_per_week",
    HourlyWage = "hourly_wage",
    Seats = "seats",
    Decision = "decision",
    DeclineReason = "decline_reason",
    CitizenId = "citizen_id",
    OpeningId = "opening_id",
    MentorUserId = "mentor_user_id",
    StartsOn = "starts_on",
    EndsOn = "ends_on",
    Weeks = "weeks",
    Outcome = "outcome",
    EndedOn = "ended_on",
    FollowUp = "follow_up",
    FollowUpOutcome = "follow_up_outcome",
    OutcomeNote = "outcome_note",
    Location = "location",
    TargetGroup = "target_group",
    WantedHours = "wanted_hours",
    Phone = "phone",
    ReferredOn = "referred_on",
    Accommodations = "accommodations",
    Token = "token",
    PasswordAgain = "password_again",
    Role = "role",
    Metric = "metric",
    Target = "target",
    PeriodStart = "period_start",
    PeriodEnd = "period_end",
    Stage = "stage",
    AdvisorUserId = "advisor_user_id",
    EstablishedOn = "established_on",
    ClosedOn = "closed_on",
    Since = "since",
    Description = "description",
    Scope = "scope",
    Handle = "handle",
    UserId = "user_id",
    Action = "action",
    Language = "language",
    NeedsInterpreter = "needs_interpreter",
});

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Email => "email",
            Field::Password => "password",
            Field::PlacementId => "placement_id",
            Field::Date => "date",
            Field::StartsAt => "starts_at",
            Field::EndsAt => "ends_at",
            Field::BreakMinutes => "break_minutes",
            Field::Note => "note",
            Field::ClientId => "client_id",
            Field::Reason => "reason",
            Field::Status => "status",
            Field::From => "from",
            Field::To => "to",
            Field::Body => "body",
            Field::At => "at",
            Field::Kind => "kind",
            Field::FromDate => "from_date",
            Field::ToDate => "to_date",
            Field::ShiftId => "shift_id",
            Field::CorrectionReason => "reason",
            Field::Ids => "ids",
            Field::Visibility => "visibility",
            Field::RepeatWeeks => "repeat_weeks",
            Field::AutoConfirmMinutes => "auto_confirm_minutes",
            Field::Month => "month",
            Field::Language => "language",
            Field::NeedsInterpreter => "needs_interpreter",
            Field::CompanyId => "company_id",
            Field::Format => "format",
            Field::ReopenReason => "reason",
            Field::Cvr => "cvr",
            Field::Name => "name",
            Field::Address => "address",
            Field::Postcode => "postcode",
            Field::ContactName => "contact_name",
            Field::ContactPhone => "contact_phone",
            Field::ContactEmail => "contact_email",
            Field::SocialEnterpriseSince => "social_enterprise_since",
            Field::Title => "title",
            Field::Tasks => "tasks",
            Field::HoursPerWeek => "hours_per_week",
            Field::HourlyWage => "hourly_wage",
            Field::Seats => "seats",
            Field::Decision => "decision",
            Field::DeclineReason => "reason",
            Field::CitizenId => "citizen_id",
            Field::OpeningId => "opening_id",
            Field::MentorUserId => "mentor_user_id",
            Field::StartsOn => "starts_on",
            Field::EndsOn => "ends_on",
            Field::Weeks => "weeks",
            Field::Outcome => "outcome",
            Field::EndedOn => "ended_on",
            Field::FollowUp => "follow_up",
            Field::FollowUpOutcome => "follow_up_outcome",
            Field::OutcomeNote => "outcome_note",
            Field::Location => "location",
            Field::TargetGroup => "target_group",
            Field::WantedHours => "wanted_hours_per_week",
            Field::Phone => "phone",
            Field::ReferredOn => "referred_on",
            Field::Accommodations => "accommodations",
            Field::Token => "token",
            Field::PasswordAgain => "password_again",
            Field::Role => "role",
            Field::Metric => "metric",
            Field::Target => "target",
            Field::PeriodStart => "period_start",
            Field::PeriodEnd => "period_end",
            Field::Stage => "stage",
            Field::AdvisorUserId => "advisor_user_id",
            Field::EstablishedOn => "established_on",
            Field::ClosedOn => "closed_on",
            Field::Since => "since",
            Field::Description => "description",
            Field::Scope => "scope",
            Field::Handle => "handle",
            Field::UserId => "user_id",
            Field::Action => "action",
        }
    }
}

/// A broken input rule. Format rules answer 400, business rules 422.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Required,
    TextTooLong,
    InvalidDate,
    /// A date outside the years 1900–2100.
    DateOutOfRange,
    InvalidTime,
    InvalidNumber,
    InvalidTimestamp,
    InvalidUuid,
    InvalidStatus,
    NonexistentLocalTime,
    EndNotAfterStart,
    /// An end typed before the start on the same day, without saying it went past midnight.
    EndsBeforeStart,
    /// The same for a planned shift.
    ShiftEndsBeforeStart,
    TooLong,
    BreakNegative,
    BreakNotShorter,
    TooFarInFuture,
    Overlap,
    PlacementNotActive,
    OutsidePlacementPeriod,
    MonthLocked,
    InvalidKind,
    ToBeforeFrom,
    RangeTooLong,
    TooFarInPast,
    TooFarAhead,
    ShiftNotPlanned,
    /// A sick report for days already reported (a second tap, a second phone).
    AlreadyReported,
    PunchTooShort,
    TooMany,
    ShiftNotStarted,
    OutOfRange,
    PlacementEnded,
    ShiftTooShort,
    ShiftTooLong,
    ShiftInPast,
    ShiftOverlap,
    InvalidMonth,
    MonthNotOver,
    EntriesWaiting,
    MonthNotLocked,
    InvalidCvr,
    CvrChecksum,
    CvrTaken,
    InvalidPostcode,
    InvalidEmail,
    InvalidDecimal,
    OpeningNotOpen,
    NoSeatsLeft,
    AlreadyPlaced,
    MentorNotAtCompany,
    EndInFuture,
    NotInternship,
    FollowUpNotDue,
    PlacementNotEnded,
    DateInFuture,
    EmailTaken,
    InviteExpired,
    InviteUsed,
    PasswordTooShort,
    PasswordTooLong,
    /// Among the 10,000 most common passwords, or one character over and over.
    PasswordTooCommon,
    /// Contains the person's name or e-mail.
    PasswordContainsName,
    PasswordsDiffer,
    LastAdmin,
    EmailNeededForLogin,
    /// An invisible control character in free text.
    ControlCharacter,
    /// A partnership between a company and itself.
    SameCompany,
    PartnershipExists,
    /// "Fortryd" after the decision could no longer be taken back.
    UndoTooLate,
}

wire_codes!(Rule {
    Required = "required",
    TextTooLong = "text_too_long",
    InvalidDate = "invalid_date",
    DateOutOfRange = "date_out_of_range",
    InvalidTime = "invalid_time",
    InvalidNumber = "invalid_number",
    InvalidTimestamp = "invalid_timestamp",
    InvalidUuid = "invalid_uuid",
    InvalidStatus = "invalid_status",
    NonexistentLocalTime = "nonexistent_local_time",
    EndNotAfterStart = "end_not_after_start",
    EndsBeforeStart = "ends_before_start",
    ShiftEndsBeforeStart = "shift_ends_before_start",
    TooLong = "too_long",
    BreakNegative = "break_negative",
    BreakNotShorter = "break_not_shorter",
    TooFarInFuture = "too_far_in_future",
    Overlap = "overlap",
    PlacementNotActive = "placement_not_active",
    OutsidePlacementPeriod = "outside_placement_period",
    MonthLocked = "month_locked",
    InvalidKind = "invalid_kind",
    ToBeforeFrom = "to_before_from",
    RangeTooLong = "range_too_long",
    TooFarInPast = "too_far_in_past",
    TooFarAhead = "too_far_ahead",
    ShiftNotPlanned = "shift_not_planned",
    AlreadyReported = "already_reported",
    PunchTooShort = "punch_too_short",
    TooMany = "too_many",
    ShiftNotStarted = "shift_not_started",
    OutOfRange = "out_of_range",
    PlacementEnded = "placement_ended",
    ShiftTooShort = "shift_too_short",
    ShiftTooLong = "shift_too_long",
    ShiftInPast = "shift_in_past",
    ShiftOverlap = "shift_overlap",
    InvalidMonth = "invalid_month",
    MonthNotOver = "month_not_over",
    EntriesWaiting = "entries_waiting",
    MonthNotLocked = "month_not_locked",
    InvalidCvr = "invalid_cvr",
    CvrChecksum = "cvr_checksum",
    CvrTaken = "cvr_taken",
    InvalidPostcode = "invalid_postcode",
    InvalidEmail = "invalid_email",
    InvalidDecimal = "invalid_decimal",
    OpeningNotOpen = "opening_not_open",
    NoSeatsLeft = "no_seats_left",
    AlreadyPlaced = "already_placed",
    MentorNotAtCompany = "mentor_not_at_company",
    EndInFuture = "end_in_future",
    NotInternship = "not_internship",
    FollowUpNotDue = "follow_up_not_due",
    PlacementNotEnded = "placement_not_ended",
    DateInFuture = "date_in_future",
    EmailTaken = "email_taken",
    InviteExpired = "invite_expired",
    InviteUsed = "invite_used",
    PasswordTooShort = "password_too_short",
    PasswordTooLong = "password_too_long",
    PasswordTooCommon = "password_too_common",
    PasswordContainsName = "password_contains_name",
    PasswordsDiffer = "passwords_differ",
    LastAdmin = "last_admin",
    EmailNeededForLogin = "email_needed_for_login",
    ControlCharacter = "control_character",
    SameCompany = "same_company",
    PartnershipExists = "partnership_exists",
    UndoTooLate = "undo_too_late",
});

impl Rule {
    pub fn code(self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TextTooLong => "text_too_long",
            Rule::InvalidDate => "invalid_date",
            Rule::DateOutOfRange => "date_out_of_range",
            Rule::InvalidTime => "invalid_time",
            Rule::InvalidNumber => "invalid_number",
            Rule::InvalidTimestamp => "invalid_timestamp",
            Rule::InvalidUuid => "invalid_uuid",
            Rule::InvalidStatus => "invalid_status",
            Rule::NonexistentLocalTime => "nonexistent_local_time",
            Rule::EndNotAfterStart => "end_not_after_start",
            Rule::EndsBeforeStart => "ends_before_start",
            Rule::ShiftEndsBeforeStart => "shift_ends_before_start",
            Rule::UndoTooLate => "undo_too_late",
            Rule::TooLong => "entry_too_long",
            Rule::BreakNegative => "break_negative",
            Rule::BreakNotShorter => "break_not_shorter_than_period",
            Rule::TooFarInFuture => "too_far_in_future",
            Rule::Overlap => "overlaps_other_entry",
            Rule::PlacementNotActive => "placement_not_active",
            Rule::OutsidePlacementPeriod => "outside_placement_period",
            Rule::MonthLocked => "month_locked",
            Rule::InvalidKind => "invalid_kind",
            Rule::ToBeforeFrom => "to_before_from",
            Rule::RangeTooLong => "range_too_long",
            Rule::TooFarInPast => "too_far_in_past",
            Rule::TooFarAhead => "too_far_ahead",
            Rule::ShiftNotPlanned => "shift_not_planned",
            Rule::AlreadyReported => "already_reported",
            Rule::PunchTooShort => "punch_too_short",
            Rule::TooMany => "too_many",
            Rule::ShiftNotStarted => "shift_not_started",
            Rule::OutOfRange => "out_of_range",
            Rule::PlacementEnded => "placement_ended",
            Rule::ShiftTooShort => "shift_too_short",
            Rule::ShiftTooLong => "shift_too_long",
            Rule::ShiftInPast => "shift_in_past",
            Rule::ShiftOverlap => "overlaps_other_shift",
            Rule::InvalidMonth => "invalid_month",
            Rule::MonthNotOver => "month_not_over",
            Rule::EntriesWaiting => "entries_waiting",
            Rule::MonthNotLocked => "month_not_locked",
            Rule::InvalidCvr => "invalid_cvr",
            Rule::CvrChecksum => "cvr_checksum",
            Rule::CvrTaken => "cvr_taken",
            Rule::InvalidPostcode => "invalid_postcode",
            Rule::InvalidEmail => "invalid_email",
            Rule::InvalidDecimal => "invalid_decimal",
            Rule::OpeningNotOpen => "opening_not_open",
            Rule::NoSeatsLeft => "no_seats_left",
            Rule::AlreadyPlaced => "already_placed",
            Rule::MentorNotAtCompany => "mentor_not_at_company",
            Rule::EndInFuture => "end_in_future",
            Rule::NotInternship => "not_internship",
            Rule::FollowUpNotDue => "follow_up_not_due",
            Rule::PlacementNotEnded => "placement_not_ended",
            Rule::DateInFuture => "date_in_future",
            Rule::EmailTaken => "email_taken",
            Rule::InviteExpired => "invite_expired",
            Rule::InviteUsed => "invite_used",
            Rule::PasswordTooShort => "password_too_short",
            Rule::PasswordTooLong => "password_too_long",
            Rule::PasswordTooCommon => "password_too_common",
            Rule::PasswordContainsName => "password_contains_name",
            Rule::PasswordsDiffer => "passwords_differ",
            Rule::LastAdmin => "last_admin",
            Rule::EmailNeededForLogin => "email_needed_for_login",
            Rule::SameCompany => "same_company",
            Rule::ControlCharacter => "control_character",
            Rule::PartnershipExists => "partnership_exists",
        }
    }

    fn is_format(self) -> bool {
        matches!(
            self,
            Rule::InvalidDate
                | Rule::DateOutOfRange
                | Rule::InvalidTime
                | Rule::InvalidNumber
                | Rule::InvalidTimestamp
                | Rule::InvalidUuid
                | Rule::InvalidStatus
                | Rule::InvalidKind
                | Rule::InvalidMonth
                | Rule::InvalidCvr
                | Rule::InvalidPostcode
                | Rule::InvalidEmail
                | Rule::InvalidDecimal
        )
    }
}

/// On the wire (server functions, the outbox) an error is the API's body,
/// `{"error", "message", "field"}`, plus what the pages need to say it in their language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(into = "WireError", try_from = "WireError")]
pub enum AppError {
    #[error("not logged in")]
    Unauthenticated,
    #[error("wrong email or password")]
    InvalidCredentials,
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid {field:?}: {rule:?}")]
    Invalid { rule: Rule, field: Field },
    #[error("the request body is not valid JSON of the expected shape")]
    MalformedRequest,
    #[error("the entry is no longer waiting for approval")]
    AlreadyDecided,
    #[error("there is already an open punch; punch out first")]
    PunchAlreadyOpen,
    #[error("there is no open punch to punch out of")]
    NoOpenPunch,
    #[error("the entry can no longer be changed by the citizen")]
    NotEditable,
    #[error("internal error")]
    Internal,
    /// The database cannot be reached just now (restarting, a lost connection, the pool
    /// exhausted): nothing was done, and the same request may be sent again shortly.
    #[error("the service is briefly unavailable; try again in a few seconds")]
    Unavailable,
    /// The client id came before with a different request: nothing was changed.
    #[error("client_id was used before for a different request")]
    IdempotencyKeyReused,
    #[error("the request body is too large")]
    PayloadTooLarge,
    /// Too many failed tries (logins, tokens): the next may come after `retry_after` seconds.
    #[error("too many failed attempts; try again in {retry_after} seconds")]
    TooManyAttempts { retry_after: i64 },
    /// A state-changing request sent by another site's page (CSRF).
    #[error("the request came from another site")]
    CrossOrigin,
    /// A send kept on the phone for one user while another is logged in.
    #[error("the send belongs to another user than the one logged in")]
    OtherUser,
    /// Kept in the phone's outbox by the service worker, to be sent when there is a
    /// connection. Never made by the server; the worker answers with it.
    #[error("saved on the phone, not sent yet")]
    Queued,
    /// The request never reached the handler or the answer never came back (server functions).
    #[error("transport: {0}")]
    Transport(String),
}

impl AppError {
    pub fn invalid(rule: Rule, field: Field) -> Self {
        AppError::Invalid { rule, field }
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "unauthenticated",
            AppError::InvalidCredentials => "invalid_credentials",
            AppError::Forbidden => "forbidden",
            AppError::NotFound => "not_found",
            AppError::Invalid { rule, .. } => rule.code(),
            AppError::MalformedRequest => "malformed_request",
            AppError::AlreadyDecided => "already_decided",
            AppError::PunchAlreadyOpen => "punch_already_open",
            AppError::NoOpenPunch => "no_open_punch",
            AppError::NotEditable => "not_editable",
            AppError::Internal => "internal",
            AppError::Unavailable => "unavailable",
            AppError::IdempotencyKeyReused => "idempotency_key_reused",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::CrossOrigin => "cross_origin_request",
            AppError::TooManyAttempts { .. } => "too_many_attempts",
            AppError::OtherUser => "other_user",
            AppError::Queued => "queued",
            AppError::Transport(_) => "network",
        }
    }

    pub fn field(&self) -> Option<Field> {
        match self {
            AppError::Invalid { field, .. } => Some(*field),
            AppError::InvalidCredentials => Some(Field::Password),
            AppError::IdempotencyKeyReused => Some(Field::ClientId),
            _ => None,
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated | AppError::InvalidCredentials | AppError::OtherUser => 401,
            AppError::Forbidden | AppError::CrossOrigin => 403,
            AppError::NotFound => 404,
            AppError::Invalid { rule, .. } if rule.is_format() => 400,
            AppError::Invalid { .. } | AppError::IdempotencyKeyReused => 422,
            AppError::PayloadTooLarge => 413,
            AppError::TooManyAttempts { .. } => 429,
            AppError::MalformedRequest => 400,
            AppError::AlreadyDecided | AppError::PunchAlreadyOpen | AppError::NoOpenPunch | AppError::NotEditable => 409,
            AppError::Queued | AppError::Unavailable => 503,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // On the server: the arguments did not parse, the sender's mistake, never ours.
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => AppError::MalformedRequest,
            other => AppError::Transport(other.to_string()),
        }
    }
}

/// [`AppError`] as JSON: the API's three keys, and the rule and field by their own names
/// (the API's `field` is shared by several fields, e.g. `reason`).
#[derive(Serialize, Deserialize)]
struct WireError {
    error: String,
    message: String,
    field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule: Option<Rule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field_id: Option<Field>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retry_after: Option<i64>,
}

impl From<AppError> for WireError {
    fn from(e: AppError) -> Self {
        let (rule, field_id) = match &e {
            AppError::Invalid { rule, field } => (Some(*rule), Some(*field)),
            _ => (None, None),
        };
        let detail = match &e {
            AppError::Transport(d) => Some(d.clone()),
            _ => None,
        };
        let retry_after = match &e {
            AppError::TooManyAttempts { retry_after } => Some(*retry_after),
            _ => None,
        };
        WireError { error: e.code().into(), message: messages::en(&e), field: e.field().map(|f| f.as_str().into()), rule, field_id, detail, retry_after }
    }
}

impl TryFrom<WireError> for AppError {
    type Error = String;

    fn try_from(w: WireError) -> Result<Self, String> {
        if let (Some(rule), Some(field)) = (w.rule, w.field_id) {
            return Ok(AppError::Invalid { rule, field });
        }
        Ok(match w.error.as_str() {
            "unauthenticated" => AppError::Unauthenticated,
            "invalid_credentials" => AppError::InvalidCredentials,
            "forbidden" => AppError::Forbidden,
            "not_found" => AppError::NotFound,
            "malformed_request" => AppError::MalformedRequest,
            "already_decided" => AppError::AlreadyDecided,
            "punch_already_open" => AppError::PunchAlreadyOpen,
            "no_open_punch" => AppError::NoOpenPunch,
            "not_editable" => AppError::NotEditable,
            "internal" => AppError::Internal,
            "unavailable" => AppError::Unavailable,
            "idempotency_key_reused" => AppError::IdempotencyKeyReused,
            "payload_too_large" => AppError::PayloadTooLarge,
            "cross_origin_request" => AppError::CrossOrigin,
            "too_many_attempts" => AppError::TooManyAttempts { retry_after: w.retry_after.unwrap_or(60) },
            "other_user" => AppError::OtherUser,
            "queued" => AppError::Queued,
            "network" => AppError::Transport(w.detail.unwrap_or(w.message)),
            other => return Err(format!("unknown error code {other}")),
        })
    }
}

/// Messages for API clients, in English and naming the API's fields. People read theirs in
/// their own language from the locale files (`i18n::error_text`).
pub mod messages {
    use super::{AppError, Field, Rule};

    pub fn en(err: &AppError) -> String {
        match err {
            AppError::Invalid { rule, field } => {
                let what = match (rule, field) {
                    (Rule::ToBeforeFrom, Field::PeriodEnd) => "must not be before period_start",
                    (Rule::RangeTooLong, Field::PeriodEnd) => "makes the period longer than 10 years",
                    (rule, _) => rule_en(*rule),
                };
                format!("{} {what}", field.as_str())
            }
            other => other.to_string(),
        }
    }

    fn rule_en(rule: Rule) -> &'static str {
                match rule {
                    Rule::Required => "is required",
                    Rule::TextTooLong => "is too long (at most 500 characters)",
                    Rule::InvalidDate => "is not a valid date (YYYY-MM-DD)",
                    Rule::DateOutOfRange => "is not between the years 1900 and 2100",
                    Rule::InvalidTime => "is not a valid time (HH:MM)",
                    Rule::InvalidNumber => "is not a valid whole number",
                    Rule::InvalidTimestamp => "is not an RFC 3339 timestamp",
                    Rule::InvalidUuid => "is not a UUID",
                    Rule::InvalidStatus => "is not a known status",
                    Rule::NonexistentLocalTime => "does not exist in Europe/Copenhagen (DST gap)",
                    Rule::EndNotAfterStart => "must be after starts_at",
                    Rule::EndsBeforeStart => "is before the start; tick overnight if the shift went past midnight",
                    Rule::ShiftEndsBeforeStart => "is before the start; tick overnight if the shift goes past midnight",
                    Rule::UndoTooLate => "holds no decision of yours from the last two minutes",
                    Rule::TooLong => "makes the entry longer than 16 hours",
                    Rule::BreakNegative => "must not be negative",
                    Rule::BreakNotShorter => "must be shorter than the period",
                    Rule::TooFarInFuture => "is more than a day in the future",
                    Rule::Overlap => "overlaps another entry of the same citizen",
                    Rule::PlacementNotActive => "is not an active placement",
                    Rule::OutsidePlacementPeriod => "is outside the placement's period",
                    Rule::MonthLocked => "is in a locked month",
                    Rule::InvalidKind => "is not one of the allowed values",
                    Rule::ToBeforeFrom => "must not be before from_date",
                    Rule::RangeTooLong => "makes the range longer than 62 days",
                    Rule::TooFarInPast => "is more than 14 days in the past",
                    Rule::TooFarAhead => "is more than 90 days ahead",
                    Rule::ShiftNotPlanned => "is not a planned shift",
                    Rule::AlreadyReported => "is a day already reported sick",
                    Rule::PunchTooShort => "is less than a minute after the punch-in",
                    Rule::TooMany => "has too many items (at most 200)",
                    Rule::ShiftNotStarted => "has not begun yet",
                    Rule::OutOfRange => "is outside the allowed range",
                    Rule::PlacementEnded => "is a placement that has ended",
                    Rule::ShiftTooShort => "makes the shift shorter than 15 minutes",
                    Rule::ShiftTooLong => "makes the shift longer than 16 hours",
                    Rule::ShiftInPast => "is in the past",
                    Rule::ShiftOverlap => "overlaps another shift of the same citizen",
                    Rule::InvalidMonth => "is not a month (YYYY-MM)",
                    Rule::MonthNotOver => "has not ended yet",
                    Rule::EntriesWaiting => "still has entries waiting for a decision",
                    Rule::MonthNotLocked => "is not locked",
                    Rule::InvalidCvr => "is not 8 digits",
                    Rule::CvrChecksum => "fails the CVR modulus 11 check",
                    Rule::CvrTaken => "belongs to another company already",
                    Rule::InvalidPostcode => "is not a Danish postcode (4 digits)",
                    Rule::InvalidEmail => "is not an e-mail address",
                    Rule::InvalidDecimal => "is not a number",
                    Rule::OpeningNotOpen => "is not an open opening",
                    Rule::NoSeatsLeft => "has no seats left",
                    Rule::AlreadyPlaced => "already has a placement in this opening",
                    Rule::MentorNotAtCompany => "is not a mentor at the opening's company",
                    Rule::EndInFuture => "is after today",
                    Rule::NotInternship => "is not an internship",
                    Rule::FollowUpNotDue => "is not due yet",
                    Rule::PlacementNotEnded => "has not ended",
                    Rule::DateInFuture => "is after today",
                    Rule::EmailTaken => "belongs to another user already",
                    Rule::InviteExpired => "has expired",
                    Rule::InviteUsed => "has been used already",
                    Rule::PasswordTooShort => "must be at least 8 characters",
                    Rule::PasswordTooLong => "must be at most 128 characters",
                    Rule::PasswordTooCommon => "is among the 10,000 most common passwords",
                    Rule::PasswordContainsName => "must not contain the user's name or e-mail",
                    Rule::PasswordsDiffer => "does not match password",
                    Rule::EmailNeededForLogin => "is needed to log in",
                    Rule::LastAdmin => "would leave the municipality without an active admin",
                    Rule::SameCompany => "is the enterprise itself",
                    Rule::ControlCharacter => "contains a control character (only line breaks and tabs are allowed)",
                    Rule::PartnershipExists => "is a partner already",
                }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_errors_are_400_and_rule_errors_422() {
        assert_eq!(AppError::invalid(Rule::InvalidTimestamp, Field::StartsAt).status(), 400);
        assert_eq!(AppError::invalid(Rule::Overlap, Field::StartsAt).status(), 422);
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::AlreadyDecided.status(), 409);
    }

    #[test]
    fn the_workers_queued_answer_reads_as_queued() {
        // public/sw.js answers a send it kept with this body; the pages must read it so.
        let body = r#"{"error":"queued","message":"kept on the phone","field":null}"#;
        assert_eq!(serde_json::from_str::<AppError>(body).unwrap(), AppError::Queued);
    }

    #[test]
    fn errors_travel_as_the_api_body_and_come_back_whole() {
        let reused = serde_json::to_value(AppError::IdempotencyKeyReused).unwrap();
        assert_eq!(reused["error"], "idempotency_key_reused");
        assert_eq!(reused["field"], "client_id");
        assert_eq!(AppError::IdempotencyKeyReused.status(), 422);
        // Several fields share the API name "reason"; the pages still get the exact one back.
        for e in [
            AppError::invalid(Rule::Required, Field::CorrectionReason),
            AppError::invalid(Rule::Required, Field::ReopenReason),
            AppError::invalid(Rule::Overlap, Field::StartsAt),
            AppError::Transport("offline".into()),
            AppError::MalformedRequest,
            AppError::OtherUser,
            AppError::PayloadTooLarge,
            AppError::CrossOrigin,
            AppError::TooManyAttempts { retry_after: 17 },
            AppError::Unauthenticated,
        ] {
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(serde_json::from_str::<AppError>(&json).unwrap(), e, "{json}");
        }
        let v = serde_json::to_value(AppError::invalid(Rule::Required, Field::CorrectionReason)).unwrap();
        assert_eq!((v["error"].as_str(), v["field"].as_str()), (Some("required"), Some("reason")));
        assert!(serde_json::from_str::<AppError>(r#"{"error":"nonsense","message":"","field":null}"#).is_err());
    }

    /// The codes are what the derive wrote (and the OpenAPI schema says: the variant in snake
    /// case), every one reads back as itself, and anything else is refused by name.
    #[test]
    fn rules_and_fields_travel_as_their_snake_case_names() {
        use crate::domain::snake;
        for &f in Field::ALL {
            assert_eq!(f.wire_code(), snake(&format!("{f:?}")));
            assert_eq!(serde_json::to_string(&f).unwrap(), format!("\"{}\"", f.wire_code()));
            assert_eq!(serde_json::from_str::<Field>(&serde_json::to_string(&f).unwrap()).unwrap(), f);
        }
        for &r in Rule::ALL {
            assert_eq!(r.wire_code(), snake(&format!("{r:?}")));
            assert_eq!(serde_json::from_value::<Rule>(serde_json::json!(r.wire_code())).unwrap(), r);
        }
        let err = serde_json::from_str::<Field>("\"starts_on_\"").unwrap_err().to_string();
        assert!(err.contains("starts_on_") && err.contains("a Field code"), "{err}");
        assert!(serde_json::from_str::<Rule>("3").is_err());
        assert!(serde_json::from_str::<Rule>("null").is_err());
    }

    #[test]
    fn every_error_has_an_english_message_for_api_clients() {
        let e = AppError::invalid(Rule::BreakNotShorter, Field::BreakMinutes);
        assert_eq!(messages::en(&e), "break_minutes must be shorter than the period");
        assert_eq!(e.code(), "break_not_shorter_than_period");
        assert_eq!(e.field(), Some(Field::BreakMinutes));
    }
}
