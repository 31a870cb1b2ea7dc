//! The punch clock: "Jeg er mødt" opens a punch, "Jeg går hjem" turns it into a time entry.
//! A tap made offline reaches the server later with the phone's instant of the tap.
use chrono::{DateTime, Duration, Utc};

use super::error::{AppError, Field, Rule};

/// How old a tap may be when it finally arrives (a phone offline over a long weekend).
pub const MAX_DELAY: Duration = Duration::days(7);

/// The instant a tap counts for: the phone's when it sent one, else the server's. A phone
/// clock running ahead is held to the server's now; a tap older than [`MAX_DELAY`] is refused.
pub fn tap_instant(sent: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<DateTime<Utc>, AppError> {
    match sent {
        None => Ok(now),
        Some(t) if t > now => Ok(now),
        Some(t) if now - t > MAX_DELAY => Err(AppError::invalid(Rule::TooFarInPast, Field::At)),
        Some(t) => Ok(t),
    }
}

/// A punch-out's instant, never before its punch-in (clocks of two sends may disagree).
/// Under a minute after it is almost surely a double tap: the citizen is told to cancel.
pub fn punch_out_instant(started_at: DateTime<Utc>, sent: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<DateTime<Utc>, AppError> {
    let end = tap_instant(sent, now)?;
    if end <= started_at {
        return Err(AppError::invalid(Rule::EndNotAfterStart, Field::At));
    }
    if end - started_at < Duration::minutes(1) {
        return Err(AppError::invalid(Rule::PunchTooShort, Field::At));
    }
    Ok(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_phones_instant_counts_unless_it_is_ahead_or_too_old() {
        let now = t("2026-11-22T12:00:00Z");
        assert_eq!(tap_instant(None, now), Ok(now));
        assert_eq!(tap_instant(Some(t("2026-11-22T07:58:00Z")), now), Ok(t("2026-11-22T07:58:00Z")));
        assert_eq!(tap_instant(Some(t("2026-11-22T12:03:00Z")), now), Ok(now));
        assert_eq!(
            tap_instant(Some(t("2026-11-15T11:59:00Z")), now),
            Err(AppError::invalid(Rule::TooFarInPast, Field::At))
        );
    }

    #[test]
    fn a_punch_out_comes_after_its_punch_in() {
        let now = t("2026-11-22T15:00:00Z");
        let start = t("2026-11-22T07:00:00Z");
        assert_eq!(punch_out_instant(start, None, now), Ok(now));
        assert_eq!(
            punch_out_instant(start, Some(t("2026-11-22T06:00:00Z")), now),
            Err(AppError::invalid(Rule::EndNotAfterStart, Field::At))
        );
        assert_eq!(
            punch_out_instant(start, Some(t("2026-11-22T07:00:40Z")), now),
            Err(AppError::invalid(Rule::PunchTooShort, Field::At))
        );
    }
}
