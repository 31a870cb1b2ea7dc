//! Invitations: made by a caseworker for a citizen or a mentor, taken once by them to choose
//! a password, which also logs them in.
use tower_sessions::Session;

use crate::db::{invites as store, Db};
use crate::domain::access::Actor;
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::invite::{self, InviteInfo, InviteLink, InviteText};
use crate::domain::locale::Locale;
use crate::i18n::{format, k, tr_in};
use crate::domain::models::Me;
use crate::domain::session::Device;
use crate::domain::throttle::ClientIp;

use crate::db::secret_hash as hash;

fn qr_svg(text: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build())
}

/// A new invitation for `user_id`; earlier unused ones keep working until taken or expired.
/// `site` is the address the link starts with (for the QR code, which must be whole).
/// `language`: the invited person's, when recorded; the sheet then says it in that language
/// beside Danish.
pub(crate) async fn make(db: &Db, actor: &Actor, user_id: i64, name: &str, site: &str, language: Option<Locale>) -> Result<InviteLink, AppError> {
    let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
    let now = chrono::Utc::now();
    let expires_at = invite::expires_at(now);
    store::insert(db, actor.municipality_id, user_id, &hash(&token), actor.user_id, expires_at.timestamp()).await?;
    let path = format!("/invitation/{token}");
    let languages = std::iter::once(Locale::Da).chain(language.filter(|l| *l != Locale::Da));
    let texts = languages
        .map(|l| InviteText {
            language: l,
            heading: tr_in(l, k::INVITE_SHEET_HEADING, &[("name", name.into())]),
            how: tr_in(l, k::INVITE_SHEET_HOW, &[]),
            valid_until: tr_in(l, k::INVITE_SHEET_VALID, &[("date", format::day_of(l, expires_at).into())]),
        })
        .collect();
    Ok(InviteLink { qr_svg: qr_svg(&format!("{site}{path}"))?, path, expires_at, name: name.to_string(), texts })
}

async fn usable(db: &Db, token: &str, client: ClientIp) -> Result<store::Found, AppError> {
    let guard = crate::service::throttle::Guard::tokens("invitation", client);
    guard.check(db).await?;
    let Some(found) = store::find(db, &hash(token)).await? else {
        guard.failed(db).await?;
        return Err(AppError::NotFound);
    };
    invite::check_usable(found.expires_at, found.used, chrono::Utc::now())?;
    Ok(found)
}

/// Who the invitation is for, while it can be taken.
pub async fn info(db: &Db, token: &str, client: ClientIp) -> Result<InviteInfo, AppError> {
    Ok(usable(db, token, client).await?.info)
}

/// Chooses the password and logs in.
/// A new password ends every other login of the user (a stolen phone stays logged in no
/// longer) and starts one here.
pub async fn accept(db: &Db, session: &Session, token: &str, password: &str, again: &str, client: ClientIp, device: Device) -> Result<Me, AppError> {
    let found = usable(db, token, client).await?;
    let owner = crate::domain::password::Owner { email: &found.info.email, name: &found.info.name };
    invite::check_new_password(password, again, &owner)?;
    let password = password.to_string();
    let hashed = super::auth::bounded_hashing(move || super::auth::hash_password(&password)).await??;
    if !store::take(db, found.invite_id, found.user_id, &hashed).await? {
        return Err(AppError::invalid(Rule::InviteUsed, Field::Token));
    }
    let (actor, me) = crate::db::users::actor_and_me(db, found.user_id).await?.ok_or(AppError::NotFound)?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::InviteAccept, &format!("user:{}", actor.user_id)).await?;
    super::auth::start_session(session, &actor, device).await?;
    Ok(me)
}
