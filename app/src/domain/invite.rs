//! Invitations: a one-time link that lets a new citizen or mentor choose a password. It
//! works once and for 7 days; only a hash of its token is stored.
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};

pub const VALID_DAYS: i64 = 7;
pub const MIN_PASSWORD_CHARS: usize = 8;

pub fn expires_at(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(VALID_DAYS)
}

/// An invitation can be taken while it is unused and before it expires.
pub fn check_usable(expires_at: DateTime<Utc>, used: bool, now: DateTime<Utc>) -> Result<(), AppError> {
    if used {
        return Err(AppError::invalid(Rule::InviteUsed, Field::Token));
    }
    if now >= expires_at {
        return Err(AppError::invalid(Rule::InviteExpired, Field::Token));
    }
    Ok(())
}

/// A new password, typed twice.
pub fn check_new_password(password: &str, again: &str) -> Result<(), AppError> {
    if password.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Password));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::invalid(Rule::PasswordTooShort, Field::Password));
    }
    if password.chars().count() > 200 {
        return Err(AppError::invalid(Rule::TextTooLong, Field::Password));
    }
    if again.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::PasswordAgain));
    }
    if password != again {
        return Err(AppError::invalid(Rule::PasswordsDiffer, Field::PasswordAgain));
    }
    Ok(())
}

/// What the caseworker hands over: the link (to print or send) and when it stops working.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InviteLink {
    /// The path, e.g. /invitation/…; the page puts the site's address in front.
    pub path: String,
    pub expires_at: DateTime<Utc>,
    pub name: String,
    /// The link as a QR code (SVG), for a printed sheet the citizen scans.
    pub qr_svg: String,
}

/// What the invitation page shows before the password is chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InviteInfo {
    pub name: String,
    pub email: String,
    pub role: super::role::Role,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_works_once_and_for_seven_days() {
        let made = DateTime::from_timestamp(1_795_000_000, 0).unwrap();
        let ends = expires_at(made);
        assert_eq!(ends - made, Duration::days(7));
        assert_eq!(check_usable(ends, false, ends - Duration::seconds(1)), Ok(()));
        assert_eq!(check_usable(ends, false, ends), Err(AppError::invalid(Rule::InviteExpired, Field::Token)));
        assert_eq!(check_usable(ends, true, made), Err(AppError::invalid(Rule::InviteUsed, Field::Token)));
    }

    #[test]
    fn a_new_password_is_long_enough_and_typed_the_same_twice() {
        assert_eq!(check_new_password("hemmelig", "hemmelig"), Ok(()));
        assert_eq!(check_new_password("", ""), Err(AppError::invalid(Rule::Required, Field::Password)));
        assert_eq!(check_new_password("kort", "kort"), Err(AppError::invalid(Rule::PasswordTooShort, Field::Password)));
        assert_eq!(check_new_password("hemmelig", ""), Err(AppError::invalid(Rule::Required, Field::PasswordAgain)));
        assert_eq!(check_new_password("hemmelig", "hemmelig2"), Err(AppError::invalid(Rule::PasswordsDiffer, Field::PasswordAgain)));
        // Eight letters, counted as letters: æøå count once each.
        assert_eq!(check_new_password("æøåæøåæø", "æøåæøåæø"), Ok(()));
    }
}
