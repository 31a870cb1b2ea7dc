//! Invitations: a one-time link that lets a new citizen or mentor choose a password. It
//! works once and for 7 days; only a hash of its token is stored.
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};

pub const VALID_DAYS: i64 = 7;

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

/// A new password, typed twice, by its owner (the rule itself is `domain::password`).
pub fn check_new_password(password: &str, again: &str, owner: &super::password::Owner<'_>) -> Result<(), AppError> {
    super::password::check(password, owner)?;
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
    /// What the printed sheet says: in Danish, and beside it in the citizen's language when
    /// the caseworker has recorded another, so both can read it.
    #[serde(default)]
    pub texts: Vec<InviteText>,
}

/// The printed sheet's words in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InviteText {
    pub language: super::locale::Locale,
    pub heading: String,
    pub how: String,
    pub valid_until: String,
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
    fn a_new_password_passes_the_rule_and_is_typed_the_same_twice() {
        let sara = crate::domain::password::Owner { email: "sara@demo.dk", name: "Sara Sørensen" };
        assert_eq!(check_new_password("grøn-cykel-42", "grøn-cykel-42", &sara), Ok(()));
        assert_eq!(check_new_password("", "", &sara), Err(AppError::invalid(Rule::Required, Field::Password)));
        assert_eq!(check_new_password("kort", "kort", &sara), Err(AppError::invalid(Rule::PasswordTooShort, Field::Password)));
        assert_eq!(check_new_password("password", "password", &sara), Err(AppError::invalid(Rule::PasswordTooCommon, Field::Password)));
        assert_eq!(check_new_password("grøn-cykel-42", "", &sara), Err(AppError::invalid(Rule::Required, Field::PasswordAgain)));
        assert_eq!(check_new_password("grøn-cykel-42", "grøn-cykel-43", &sara), Err(AppError::invalid(Rule::PasswordsDiffer, Field::PasswordAgain)));
        // Eight letters, counted as letters: æøå count once each.
        assert_eq!(check_new_password("æøåæøåæø", "æøåæøåæø", &sara), Ok(()));
    }
}
