//! What an error says to a person, in the page's language: each error and rule has its key in
//! `errors.ftl`, and a rule can have a sharper message for one field.
use super::{k, tr_in, Key, Locale};
use crate::domain::error::{AppError, Field, Rule};

/// The message for an error, in the page's language.
pub fn error_text(err: &AppError) -> String {
    error_text_in(super::locale(), err)
}

pub fn error_text_in(locale: Locale, err: &AppError) -> String {
    match err {
        AppError::TooManyAttempts { retry_after } if *retry_after < 60 => tr_in(locale, k::ERR_TOO_MANY_ATTEMPTS_SECONDS, &[("seconds", (*retry_after).into())]),
        AppError::TooManyAttempts { retry_after } => tr_in(locale, k::ERR_TOO_MANY_ATTEMPTS_MINUTES, &[("minutes", ((retry_after + 59) / 60).into())]),
        other => tr_in(locale, error_key(other), &[]),
    }
}

pub fn error_key(err: &AppError) -> Key {
    match err {
        AppError::Unauthenticated => k::ERR_UNAUTHENTICATED,
        AppError::InvalidCredentials => k::ERR_INVALID_CREDENTIALS,
        AppError::Forbidden => k::ERR_FORBIDDEN,
        AppError::NotFound => k::ERR_NOT_FOUND,
        AppError::MalformedRequest => k::ERR_MALFORMED_REQUEST,
        AppError::AlreadyDecided => k::ERR_ALREADY_DECIDED,
        AppError::PunchAlreadyOpen => k::ERR_PUNCH_ALREADY_OPEN,
        AppError::NoOpenPunch => k::ERR_NO_OPEN_PUNCH,
        AppError::NotEditable => k::ERR_NOT_EDITABLE,
        AppError::Internal => k::ERR_INTERNAL,
        AppError::Unavailable => k::ERR_UNAVAILABLE,
        AppError::IdempotencyKeyReused => k::ERR_IDEMPOTENCY_KEY_REUSED,
        AppError::PayloadTooLarge => k::ERR_PAYLOAD_TOO_LARGE,
        AppError::TooManyAttempts { .. } => k::ERR_TOO_MANY_ATTEMPTS_MINUTES,
        AppError::CrossOrigin => k::ERR_CROSS_ORIGIN,
        AppError::OtherUser => k::ERR_OTHER_USER,
        AppError::Transport(_) => k::ERR_NETWORK,
        AppError::Queued => k::ERR_QUEUED,
        AppError::Invalid { rule, field } => rule_key(*rule, *field),
    }
}

fn rule_key(rule: Rule, field: Field) -> Key {
    match (rule, field) {
            (Rule::Required, Field::Metric) | (Rule::InvalidKind, Field::Metric) => k::ERR_REQUIRED_METRIC,
            (Rule::Required, Field::Target) => k::ERR_REQUIRED_TARGET,
            (Rule::InvalidNumber, Field::Target) => k::ERR_INVALID_NUMBER_TARGET,
            (Rule::OutOfRange, Field::Target) => k::ERR_OUT_OF_RANGE_TARGET,
            (Rule::Required, Field::PeriodStart) => k::ERR_REQUIRED_PERIOD_START,
            (Rule::Required, Field::PeriodEnd) => k::ERR_REQUIRED_PERIOD_END,
            (Rule::ToBeforeFrom, Field::PeriodEnd) => k::ERR_TO_BEFORE_FROM_PERIOD_END,
            (Rule::RangeTooLong, Field::PeriodEnd) => k::ERR_RANGE_TOO_LONG_PERIOD_END,
            (Rule::Required, Field::Stage) | (Rule::InvalidKind, Field::Stage) => k::ERR_REQUIRED_STAGE,
            (Rule::Required, Field::CompanyId) => k::ERR_REQUIRED_COMPANY_ID,
            (Rule::Required, Field::EstablishedOn) => k::ERR_REQUIRED_ESTABLISHED_ON,
            (Rule::Required, Field::ClosedOn) => k::ERR_REQUIRED_CLOSED_ON,
            (Rule::Required, Field::Since) => k::ERR_REQUIRED_SINCE,
            (Rule::ToBeforeFrom, Field::EstablishedOn) | (Rule::ToBeforeFrom, Field::ClosedOn) => k::ERR_TO_BEFORE_FROM_ESTABLISHED_ON,
            (Rule::SameCompany, _) => k::ERR_SAME_COMPANY,
            (Rule::ControlCharacter, _) => k::ERR_CONTROL_CHARACTER,
            (Rule::PartnershipExists, _) => k::ERR_PARTNERSHIP_EXISTS,
            (Rule::Required, Field::Email) => k::ERR_REQUIRED_EMAIL,
            (Rule::Required, Field::Password) => k::ERR_REQUIRED_PASSWORD,
            (Rule::Required, Field::Reason) => k::ERR_REQUIRED_REASON,
            (Rule::Required, Field::Date) => k::ERR_REQUIRED_DATE,
            (Rule::Required, Field::StartsAt) => k::ERR_REQUIRED_STARTS_AT,
            (Rule::Required, Field::EndsAt) => k::ERR_REQUIRED_ENDS_AT,
            (Rule::Required, Field::PlacementId) => k::ERR_REQUIRED_PLACEMENT_ID,
            (Rule::Required, Field::ShiftId) => k::ERR_REQUIRED_SHIFT_ID,
            (Rule::Required, Field::FromDate) => k::ERR_REQUIRED_FROM_DATE,
            (Rule::Required, Field::CorrectionReason) => k::ERR_REQUIRED_CORRECTION_REASON,
            (Rule::Required, Field::ReopenReason) => k::ERR_REQUIRED_REOPEN_REASON,
            (Rule::Required, Field::Ids) => k::ERR_REQUIRED_IDS,
            (Rule::Required, Field::Cvr) => k::ERR_REQUIRED_CVR,
            (Rule::Required, Field::Name) => k::ERR_REQUIRED_NAME,
            (Rule::Required, Field::Title) => k::ERR_REQUIRED_TITLE,
            (Rule::Required, Field::HourlyWage) => k::ERR_REQUIRED_HOURLY_WAGE,
            (Rule::Required, Field::Decision) => k::ERR_REQUIRED_DECISION,
            (Rule::Required, Field::DeclineReason) => k::ERR_REQUIRED_DECLINE_REASON,
            (Rule::Required, Field::CitizenId) => k::ERR_REQUIRED_CITIZEN_ID,
            (Rule::Required, Field::OpeningId) => k::ERR_REQUIRED_OPENING_ID,
            (Rule::Required, Field::StartsOn) => k::ERR_REQUIRED_STARTS_ON,
            (Rule::Required, Field::Weeks) => k::ERR_REQUIRED_WEEKS,
            (Rule::Required, Field::Outcome) => k::ERR_REQUIRED_OUTCOME,
            (Rule::Required, Field::EndedOn) => k::ERR_REQUIRED_ENDED_ON,
            (Rule::Required, Field::FollowUpOutcome) => k::ERR_REQUIRED_FOLLOW_UP_OUTCOME,
            (Rule::OutOfRange, Field::Weeks) => k::ERR_OUT_OF_RANGE_WEEKS,
            (Rule::OutOfRange, Field::Seats) => k::ERR_OUT_OF_RANGE_SEATS,
            (Rule::OutOfRange, Field::HoursPerWeek) => k::ERR_OUT_OF_RANGE_HOURS_PER_WEEK,
            (Rule::OutOfRange, Field::HourlyWage) => k::ERR_OUT_OF_RANGE_HOURLY_WAGE,
            (Rule::ToBeforeFrom, Field::EndsOn) | (Rule::ToBeforeFrom, Field::EndedOn) => k::ERR_TO_BEFORE_FROM_ENDS_ON,
            (Rule::Required, Field::TargetGroup) => k::ERR_REQUIRED_TARGET_GROUP,
            (Rule::Required, Field::PasswordAgain) => k::ERR_REQUIRED_PASSWORD_AGAIN,
            (Rule::Required, _) => k::ERR_REQUIRED,
            (Rule::TextTooLong, _) => k::ERR_TEXT_TOO_LONG,
            (Rule::InvalidDate, _) => k::ERR_INVALID_DATE,
            (Rule::DateOutOfRange, _) => k::ERR_DATE_OUT_OF_RANGE,
            (Rule::InvalidTime, _) => k::ERR_INVALID_TIME,
            (Rule::InvalidNumber, Field::BreakMinutes) => k::ERR_INVALID_NUMBER_BREAK_MINUTES,
            (Rule::InvalidNumber, _) => k::ERR_INVALID_NUMBER,
            (Rule::InvalidTimestamp, _) => k::ERR_INVALID_TIMESTAMP,
            (Rule::InvalidUuid, _) => k::ERR_INVALID_UUID,
            (Rule::InvalidStatus, _) => k::ERR_INVALID_STATUS,
            (Rule::NonexistentLocalTime, _) => k::ERR_NONEXISTENT_LOCAL_TIME,
            (Rule::EndNotAfterStart, _) => k::ERR_END_NOT_AFTER_START,
            (Rule::EndsBeforeStart, _) => k::ERR_ENDS_BEFORE_START,
            (Rule::ShiftEndsBeforeStart, _) => k::ERR_SHIFT_ENDS_BEFORE_START,
            (Rule::UndoTooLate, _) => k::ERR_UNDO_TOO_LATE,
            (Rule::TooLong, _) => k::ERR_TOO_LONG,
            (Rule::BreakNegative, _) => k::ERR_BREAK_NEGATIVE,
            (Rule::BreakNotShorter, _) => k::ERR_BREAK_NOT_SHORTER,
            (Rule::TooFarInFuture, _) => k::ERR_TOO_FAR_IN_FUTURE,
            (Rule::Overlap, _) => k::ERR_OVERLAP,
            (Rule::PlacementNotActive, _) => k::ERR_PLACEMENT_NOT_ACTIVE,
            (Rule::OutsidePlacementPeriod, _) => k::ERR_OUTSIDE_PLACEMENT_PERIOD,
            (Rule::MonthLocked, _) => k::ERR_MONTH_LOCKED,
            (Rule::InvalidKind, _) => k::ERR_INVALID_KIND,
            (Rule::ToBeforeFrom, _) => k::ERR_TO_BEFORE_FROM,
            (Rule::RangeTooLong, _) => k::ERR_RANGE_TOO_LONG,
            (Rule::TooFarInPast, _) => k::ERR_TOO_FAR_IN_PAST,
            (Rule::TooFarAhead, _) => k::ERR_TOO_FAR_AHEAD,
            (Rule::ShiftNotPlanned, _) => k::ERR_SHIFT_NOT_PLANNED,
            (Rule::AlreadyReported, _) => k::ERR_ALREADY_REPORTED,
            (Rule::PunchTooShort, _) => k::ERR_PUNCH_TOO_SHORT,
            (Rule::TooMany, _) => k::ERR_TOO_MANY,
            (Rule::ShiftNotStarted, _) => k::ERR_SHIFT_NOT_STARTED,
            (Rule::OutOfRange, Field::RepeatWeeks) => k::ERR_OUT_OF_RANGE_REPEAT_WEEKS,
            (Rule::OutOfRange, Field::AutoConfirmMinutes) => k::ERR_OUT_OF_RANGE_AUTO_CONFIRM_MINUTES,
            (Rule::OutOfRange, _) => k::ERR_OUT_OF_RANGE,
            (Rule::PlacementEnded, _) => k::ERR_PLACEMENT_ENDED,
            (Rule::ShiftTooShort, _) => k::ERR_SHIFT_TOO_SHORT,
            (Rule::ShiftTooLong, _) => k::ERR_SHIFT_TOO_LONG,
            (Rule::ShiftInPast, _) => k::ERR_SHIFT_IN_PAST,
            (Rule::ShiftOverlap, _) => k::ERR_SHIFT_OVERLAP,
            (Rule::InvalidMonth, _) => k::ERR_INVALID_MONTH,
            (Rule::MonthNotOver, _) => k::ERR_MONTH_NOT_OVER,
            (Rule::EntriesWaiting, _) => k::ERR_ENTRIES_WAITING,
            (Rule::MonthNotLocked, _) => k::ERR_MONTH_NOT_LOCKED,
            (Rule::InvalidCvr, _) => k::ERR_INVALID_CVR,
            (Rule::CvrChecksum, _) => k::ERR_CVR_CHECKSUM,
            (Rule::CvrTaken, _) => k::ERR_CVR_TAKEN,
            (Rule::InvalidPostcode, _) => k::ERR_INVALID_POSTCODE,
            (Rule::InvalidEmail, _) => k::ERR_INVALID_EMAIL,
            (Rule::InvalidDecimal, _) => k::ERR_INVALID_DECIMAL,
            (Rule::OpeningNotOpen, _) => k::ERR_OPENING_NOT_OPEN,
            (Rule::NoSeatsLeft, _) => k::ERR_NO_SEATS_LEFT,
            (Rule::AlreadyPlaced, _) => k::ERR_ALREADY_PLACED,
            (Rule::MentorNotAtCompany, _) => k::ERR_MENTOR_NOT_AT_COMPANY,
            (Rule::EndInFuture, _) => k::ERR_END_IN_FUTURE,
            (Rule::NotInternship, _) => k::ERR_NOT_INTERNSHIP,
            (Rule::FollowUpNotDue, _) => k::ERR_FOLLOW_UP_NOT_DUE,
            (Rule::PlacementNotEnded, _) => k::ERR_PLACEMENT_NOT_ENDED,
            (Rule::DateInFuture, _) => k::ERR_DATE_IN_FUTURE,
            (Rule::EmailTaken, _) => k::ERR_EMAIL_TAKEN,
            (Rule::InviteExpired, _) => k::ERR_INVITE_EXPIRED,
            (Rule::InviteUsed, _) => k::ERR_INVITE_USED,
            (Rule::PasswordTooShort, _) => k::ERR_PASSWORD_TOO_SHORT,
            (Rule::PasswordTooLong, _) => k::ERR_PASSWORD_TOO_LONG,
            (Rule::PasswordTooCommon, _) => k::ERR_PASSWORD_TOO_COMMON,
            (Rule::PasswordContainsName, _) => k::ERR_PASSWORD_CONTAINS_NAME,
            (Rule::PasswordsDiffer, _) => k::ERR_PASSWORDS_DIFFER,
            (Rule::EmailNeededForLogin, _) => k::ERR_EMAIL_NEEDED_FOR_LOGIN,
            (Rule::LastAdmin, _) => k::ERR_LAST_ADMIN,
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn errors_speak_the_readers_language_and_say_what_to_do() {
        let e = AppError::invalid(Rule::BreakNotShorter, Field::BreakMinutes);
        assert!(error_text_in(Locale::Da, &e).contains("Pausen"));
        assert_ne!(error_text_in(Locale::Ar, &e), error_text_in(Locale::Da, &e));
        let wait = error_text_in(Locale::Da, &AppError::TooManyAttempts { retry_after: 61 });
        assert!(wait.contains("2 min"), "{wait}");
        let wait = error_text_in(Locale::En, &AppError::TooManyAttempts { retry_after: 17 });
        assert!(wait.contains("17"), "{wait}");
        // A field-specific message wins over the rule's general one.
        assert_ne!(
            error_text_in(Locale::Da, &AppError::invalid(Rule::Required, Field::Email)),
            error_text_in(Locale::Da, &AppError::invalid(Rule::Required, Field::Note))
        );
    }
}
