//! The municipality's users as an admin manages them: staff roles, deactivation, and the
//! rule that a municipality always keeps an active admin.
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::role::Role;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UserView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The company a mentor works at.
    pub company_name: Option<String>,
    pub active: bool,
    /// Whether a password is set (an invited user has none until they take the invitation).
    pub can_log_in: bool,
    #[serde(default)]
    pub last_login_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Staff roles an admin hands out. Citizens and mentors come with their records, so their
/// role never changes here.
pub fn parse_staff_role(raw: &str) -> Result<Role, AppError> {
    match Role::parse(raw.trim()) {
        Some(r @ (Role::Caseworker | Role::Admin | Role::Manager)) => Ok(r),
        _ if raw.trim().is_empty() => Err(AppError::invalid(Rule::Required, Field::Role)),
        _ => Err(AppError::invalid(Rule::InvalidKind, Field::Role)),
    }
}

/// A change of role or activity that keeps at least one active admin.
pub fn check_change(current: Role, active_admins: i64, new_role: Role, new_active: bool) -> Result<(), AppError> {
    if matches!(current, Role::Citizen | Role::Mentor) && new_role != current {
        return Err(AppError::invalid(Rule::InvalidKind, Field::Role));
    }
    let was_admin = current == Role::Admin;
    let stays_admin = new_role == Role::Admin && new_active;
    if was_admin && !stays_admin && active_admins <= 1 {
        return Err(AppError::invalid(Rule::LastAdmin, Field::Role));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_roles_only_and_never_the_last_admin() {
        assert_eq!(parse_staff_role("admin"), Ok(Role::Admin));
        assert_eq!(parse_staff_role("manager"), Ok(Role::Manager));
        assert_eq!(parse_staff_role("mentor"), Err(AppError::invalid(Rule::InvalidKind, Field::Role)));
        assert_eq!(parse_staff_role(""), Err(AppError::invalid(Rule::Required, Field::Role)));
        assert_eq!(check_change(Role::Admin, 1, Role::Caseworker, true), Err(AppError::invalid(Rule::LastAdmin, Field::Role)));
        assert_eq!(check_change(Role::Admin, 1, Role::Admin, false), Err(AppError::invalid(Rule::LastAdmin, Field::Role)));
        assert_eq!(check_change(Role::Admin, 2, Role::Caseworker, true), Ok(()));
        assert_eq!(check_change(Role::Caseworker, 1, Role::Admin, true), Ok(()));
        assert_eq!(check_change(Role::Mentor, 1, Role::Mentor, false), Ok(()), "anyone can be deactivated");
        assert_eq!(check_change(Role::Mentor, 1, Role::Admin, true), Err(AppError::invalid(Rule::InvalidKind, Field::Role)));
    }
}
