//! Citizens on the desk: created and edited by caseworkers, invited to log in, and read with
//! every view written to the audit log.
use crate::db::{citizens as store, Db};
use crate::domain::access::{self, Actor, Desk};
use crate::domain::citizen_record::{self, CitizenInput, CitizenRecord};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::invite::InviteLink;
use crate::domain::local_time::local_date;
use crate::domain::role::Role;

pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<CitizenRecord, AppError> {
    access::authorize_desk(actor, Desk::Citizens)?;
    let r = store::get_record(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(id), crate::domain::audit::Action::CitizenView, &format!("citizen:{id}")).await?;
    Ok(r)
}

/// The citizen's hours and pay this month and last (the benefit office's month), by the
/// payroll's rule; `placements` are the citizen's, for their wages.
pub async fn months(
    db: &Db,
    actor: &Actor,
    id: i64,
    placements: &[crate::domain::placement::PlacementRecord],
) -> Result<Vec<(chrono::NaiveDate, crate::domain::hours::Totals)>, AppError> {
    use crate::domain::period::{Period, PeriodKind};
    access::authorize_desk(actor, Desk::Citizens)?;
    let this = Period::containing(PeriodKind::Month, local_date(chrono::Utc::now()));
    let last = this.previous();
    let (from, _) = last.instants();
    let (_, to) = this.instants();
    let filter = crate::db::time_entries::EntryFilter { citizen_id: Some(id), from: Some(from), to: Some(to), limit: 5000, ..Default::default() };
    let entries = crate::db::time_entries::list(db, access::visibility(actor), &filter).await?;
    let wage = |p: i64| placements.iter().find(|x| x.id == p).and_then(|x| x.hourly_wage_ore);
    Ok([this, last]
        .into_iter()
        .map(|period| {
            let (a, b) = period.instants();
            let inside = entries.iter().filter(|e| e.starts_at >= a && e.starts_at < b);
            (period.first, crate::domain::hours::totals(inside.map(|e| (e.placement_id, e.status, e.worked_minutes, wage(e.placement_id)))))
        })
        .collect())
}

/// A new citizen; a caseworker's goes into their own caseload.
pub async fn create(db: &Db, actor: &Actor, input: &CitizenInput) -> Result<CitizenRecord, AppError> {
    access::authorize_desk(actor, Desk::Citizens)?;
    let fields = citizen_record::validate(input, local_date(chrono::Utc::now()))?;
    let caseworker = (actor.role == Role::Caseworker).then_some(actor.user_id);
    let id = store::insert(db, actor.municipality_id, &fields, caseworker).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(id), crate::domain::audit::Action::CitizenCreate, &format!("citizen:{id}")).await?;
    get(db, actor, id).await
}

pub async fn update(db: &Db, actor: &Actor, id: i64, input: &CitizenInput) -> Result<CitizenRecord, AppError> {
    access::authorize_desk(actor, Desk::Citizens)?;
    let fields = citizen_record::validate(input, local_date(chrono::Utc::now()))?;
    if !store::update(db, actor.municipality_id, id, &fields).await? {
        return Err(AppError::NotFound);
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(id), crate::domain::audit::Action::CitizenUpdate, &format!("citizen:{id}")).await?;
    get(db, actor, id).await
}

/// A one-time link for the citizen to choose a password. Needs the e-mail they will log in with.
pub async fn invite(db: &Db, actor: &Actor, id: i64, site: &str) -> Result<InviteLink, AppError> {
    let c = get(db, actor, id).await?;
    let email = c.email.clone().ok_or(AppError::invalid(Rule::EmailNeededForLogin, Field::Email))?;
    let user = store::ensure_user(db, actor.municipality_id, id, &email, &c.name).await?;
    let link = super::invites::make(db, actor, user, &c.name, site, c.language).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, Some(id), crate::domain::audit::Action::CitizenInvite, &format!("citizen:{id}")).await?;
    Ok(link)
}

/// A new mentor of a company, with an invitation to choose a password.
pub async fn invite_mentor(db: &Db, actor: &Actor, company_id: i64, name: &str, email: &str, phone: &str, site: &str) -> Result<InviteLink, AppError> {
    use crate::domain::company::{optional_email, optional_text, required_text};
    access::authorize_desk(actor, Desk::Citizens)?;
    let name = required_text(name, Field::Name)?;
    let email = optional_email(email, Field::Email)?.ok_or(AppError::invalid(Rule::EmailNeededForLogin, Field::Email))?;
    let phone = optional_text(phone, Field::Phone)?;
    crate::db::companies::get(db, actor.municipality_id, company_id).await?.ok_or(AppError::NotFound)?;
    let user = crate::db::users::insert_mentor(db, actor.municipality_id, company_id, &email, &name, phone.as_deref()).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::MentorInvite, &format!("company:{company_id}:user:{user}")).await?;
    super::invites::make(db, actor, user, &name, site, None).await
}

/// The citizen's timeline: placements, hours and their changes, absences and notes.
pub async fn timeline(db: &Db, actor: &Actor, id: i64, locale: crate::i18n::Locale) -> Result<Vec<crate::domain::timeline::TimelineItem>, AppError> {
    access::authorize_desk(actor, Desk::Citizens)?;
    store::get_record(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)?;
    super::audit::read(db, actor, [id], crate::domain::audit::Action::CitizenTimeline, &format!("citizen:{id}")).await?;
    let mut items = crate::domain::timeline::merge(crate::db::timeline::for_citizen(db, actor.municipality_id, id).await?);
    for item in &mut items {
        item.text = crate::i18n::describe::timeline(locale, &item.event);
    }
    Ok(items)
}
