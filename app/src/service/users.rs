//! The municipality's users, for its admins: roles, deactivation and staff invitations.
use crate::db::{users as store, Db};
use crate::domain::access::{self, Actor, Overview};
use crate::domain::company::{optional_email, required_text};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::invite::InviteLink;
use crate::domain::staff::{self, UserView};

pub async fn list(db: &Db, actor: &Actor) -> Result<Vec<UserView>, AppError> {
    access::authorize_overview(actor, Overview::Users)?;
    store::list(db, actor.municipality_id).await
}

/// `role` empty keeps the role (citizens and mentors keep theirs); `active` is "true"/"false".
pub async fn change(db: &Db, actor: &Actor, user_id: i64, role: &str, active: bool) -> Result<UserView, AppError> {
    access::authorize_overview(actor, Overview::Users)?;
    let users = store::list(db, actor.municipality_id).await?;
    let before = users.iter().find(|u| u.id == user_id).ok_or(AppError::NotFound)?;
    let new_role = if role.trim().is_empty() || crate::domain::role::Role::parse(role.trim()) == Some(before.role) { before.role } else { staff::parse_staff_role(role)? };
    store::set_role_and_activity(db, actor.municipality_id, user_id, new_role, active, |current, admins| staff::check_change(current, admins, new_role, active)).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::UserChange, &format!("user:{user_id}:{}:{active}", new_role.as_str())).await?;
    store::list(db, actor.municipality_id).await?.into_iter().find(|u| u.id == user_id).ok_or(AppError::Internal)
}

/// Logs a user of the municipality out on every device (a lost phone, a leaver); the number
/// of logins ended. The user may log in again; to stop that, deactivate them.
pub async fn end_sessions(db: &Db, actor: &Actor, user_id: i64) -> Result<u64, AppError> {
    access::authorize_overview(actor, Overview::Users)?;
    if !store::list(db, actor.municipality_id).await?.iter().any(|u| u.id == user_id) {
        return Err(AppError::NotFound);
    }
    let ended = crate::db::session_store::end_for_user(&mut *db.write_conn().await?, user_id, None).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::UserEndSessions, &format!("user:{user_id}:{ended}")).await?;
    Ok(ended)
}

/// A new caseworker or admin with an invitation link.
pub async fn invite_staff(db: &Db, actor: &Actor, name: &str, email: &str, role: &str, site: &str) -> Result<InviteLink, AppError> {
    access::authorize_overview(actor, Overview::Users)?;
    let name = required_text(name, Field::Name)?;
    let email = optional_email(email, Field::Email)?.ok_or(AppError::invalid(Rule::EmailNeededForLogin, Field::Email))?;
    let role = staff::parse_staff_role(role)?;
    let user = store::insert_staff(db, actor.municipality_id, &email, &name, role).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::UserInvite, &format!("user:{user}")).await?;
    super::invites::make(db, actor, user, &name, site, None).await
}
