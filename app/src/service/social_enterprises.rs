//! The social-economic enterprises pipeline, for admins and managers: initiatives from idea
//! to established, and the companies that buy their work.
use crate::db::social_enterprises as store;
use crate::db::Db;
use crate::domain::access::{self, Actor, Overview};
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::local_time;
use crate::domain::social_enterprise::{check_initiative, check_partnership, InitiativeInput, InitiativeView, PartnershipInput};

fn today() -> chrono::NaiveDate {
    local_time::local_date(chrono::Utc::now())
}

pub async fn list(db: &Db, actor: &Actor) -> Result<Vec<InitiativeView>, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    store::list(db, actor.municipality_id).await
}

pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<InitiativeView, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    store::get(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)
}

/// Creates (`id` None) or changes an initiative; the company and advisor named must be the
/// municipality's own.
pub async fn save(db: &Db, actor: &Actor, id: Option<i64>, input: &InitiativeInput) -> Result<InitiativeView, AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let initiative = check_initiative(input, today())?;
    if let Some(c) = initiative.company_id {
        if !store::company_in(db, actor.municipality_id, c).await? {
            return Err(AppError::invalid(Rule::Required, Field::CompanyId));
        }
    }
    if let Some(u) = initiative.advisor_user_id {
        if !store::advisor_in(db, actor.municipality_id, u).await? {
            return Err(AppError::invalid(Rule::InvalidKind, Field::AdvisorUserId));
        }
    }
    let id = store::save(db, actor.municipality_id, id, &initiative).await?.ok_or(AppError::NotFound)?;
    let action = if initiative.marks_company().is_some() { crate::domain::audit::Action::SocialEnterpriseEstablished } else { crate::domain::audit::Action::SocialEnterpriseSave };
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, action, &format!("initiative:{id}")).await?;
    get(db, actor, id).await
}

pub async fn add_partnership(db: &Db, actor: &Actor, initiative_id: i64, input: &PartnershipInput) -> Result<InitiativeView, AppError> {
    let initiative = get(db, actor, initiative_id).await?;
    let partnership = check_partnership(input, initiative.company_id, today())?;
    if !store::company_in(db, actor.municipality_id, partnership.company_id).await? {
        return Err(AppError::invalid(Rule::Required, Field::CompanyId));
    }
    store::add_partnership(db, actor.municipality_id, initiative_id, &partnership).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::SocialEnterprisePartnership, &format!("initiative:{initiative_id}")).await?;
    get(db, actor, initiative_id).await
}

/// Who may follow an initiative, and which companies it may be, for the forms.
pub async fn choices(db: &Db, actor: &Actor) -> Result<(Vec<(i64, String)>, Vec<(i64, String)>), AppError> {
    access::authorize_overview(actor, Overview::Goals)?;
    let mut companies = crate::db::goals::company_names(db, actor.municipality_id).await?;
    companies.sort_by(|a, b| a.1.cmp(&b.1));
    Ok((store::advisors(db, actor.municipality_id).await?, companies))
}
