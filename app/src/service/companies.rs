//! Companies: the caseworker's portfolio.
use crate::db::{companies as store, Db};
use crate::domain::access::{self, Actor, Desk};
use crate::domain::company::{self, CompanyInput, CompanyView};
use crate::domain::error::AppError;
use crate::domain::local_time::local_date;
use crate::domain::role::Role;

pub async fn list(db: &Db, actor: &Actor, query: &str) -> Result<Vec<CompanyView>, AppError> {
    access::authorize_desk(actor, Desk::Companies)?;
    store::list(db, actor.municipality_id, query).await
}

pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<CompanyView, AppError> {
    access::authorize_desk(actor, Desk::Companies)?;
    store::get(db, actor.municipality_id, id).await?.ok_or(AppError::NotFound)
}

/// A new company; the caseworker who creates it becomes its contact.
pub async fn create(db: &Db, actor: &Actor, input: &CompanyInput) -> Result<CompanyView, AppError> {
    access::authorize_desk(actor, Desk::Companies)?;
    let fields = company::validate(input, local_date(chrono::Utc::now()))?;
    let contact = (actor.role == Role::Caseworker).then_some(actor.user_id);
    let id = store::insert(db, actor.municipality_id, &fields, contact).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::CompanyCreate, &format!("company:{id}")).await?;
    get(db, actor, id).await
}

pub async fn update(db: &Db, actor: &Actor, id: i64, input: &CompanyInput) -> Result<CompanyView, AppError> {
    access::authorize_desk(actor, Desk::Companies)?;
    let fields = company::validate(input, local_date(chrono::Utc::now()))?;
    if !store::update(db, actor.municipality_id, id, &fields).await? {
        return Err(AppError::NotFound);
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::CompanyUpdate, &format!("company:{id}")).await?;
    get(db, actor, id).await
}
