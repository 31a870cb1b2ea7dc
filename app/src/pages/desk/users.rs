//! "Brugere" (admins): the municipality's users, their roles and whether they may log in,
//! and invitations for new caseworkers and admins.
use leptos::prelude::*;
use crate::pages::frame::{Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::domain::role::Role;
use crate::domain::staff::UserView;
use crate::functions::desk::{load_users, ChangeUser, EndUserSessions, InviteStaff};
use crate::i18n::{k, t};
use crate::pages::LoadError;

fn staff_roles() -> Vec<(String, String)> {
    [Role::Caseworker, Role::Admin, Role::Manager].iter().map(|r| (r.as_str().to_string(), t(r.label_key()))).collect()
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let users = Resource::new(|| (), |_| load_users());
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let filter = UserFilter { text: query.get("q").unwrap_or_default(), role: query.get("rolle").and_then(|r| Role::parse(&r)) };
    let invite = vec![
        FormField::new("name", t(k::FIELD_NAME), Input::Text).required(),
        FormField::new("email", t(k::EMAIL), Input::Email).required(),
        FormField::new("role", t(k::FIELD_ROLE), Input::Select(staff_roles())).required(),
    ];
    view! {
        <Frame title=k::NAV_USERS place=Place::Desk("/sagsbehandler/brugere")>
            <h1>{t(k::NAV_USERS)}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || { let filter = filter.clone(); Suspend::new(async move {
                    match users.await {
                        Ok(list) => view! { <UserFilterForm filter=filter.clone()/><UserTable users=filter.apply(list)/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}}
            </Suspense>
            <section class="card desk-narrow" aria-labelledby="invite-staff">
                <h2 id="invite-staff">{t(k::USERS_INVITE_HEADING)}</h2>
                <DeskForm id="staff-invite".to_string() action=InviteStaff::PATH.to_string() fields=invite
                    submit=t(k::INVITE_MAKE) after=AfterSave::ShowInvite danger=false/>
            </section>
        </Frame>
    }
}

/// The search field and role filter above the list; a plain GET form, so it works without the wasm.
#[derive(Clone, Debug, Default)]
struct UserFilter {
    text: String,
    role: Option<Role>,
}

impl UserFilter {
    /// Users whose name or e-mail holds the text (any case, any script), of the chosen role.
    fn apply(&self, users: Vec<UserView>) -> Vec<UserView> {
        let folded = crate::domain::search::fold(self.text.trim());
        users
            .into_iter()
            .filter(|u| self.role.is_none_or(|r| u.role == r))
            .filter(|u| folded.is_empty() || crate::domain::search::holds(&u.name, &folded) || crate::domain::search::holds(&u.email, &folded))
            .collect()
    }
}

#[component]
fn UserFilterForm(filter: UserFilter) -> impl IntoView {
    let roles = [Role::Admin, Role::Caseworker, Role::Manager, Role::Mentor, Role::Citizen];
    view! {
        <form method="get" action="/sagsbehandler/brugere" class="caseload-filter" role="search">
            <label for="users-q">{t(k::USERS_SEARCH)}</label>
            <input id="users-q" name="q" type="search" value=filter.text.clone()/>
            <label for="users-role">{t(k::FIELD_ROLE)}</label>
            <select id="users-role" name="rolle">
                <option value="" selected=filter.role.is_none()>{t(k::USERS_ALL_ROLES)}</option>
                {roles.into_iter().map(|r| view! { <option value=r.as_str() selected=filter.role == Some(r)>{t(r.label_key())}</option> }).collect_view()}
            </select>
            <button type="submit" class="button">{t(k::FILTER)}</button>
        </form>
    }
}

#[component]
fn UserTable(users: Vec<UserView>) -> impl IntoView {
    if users.is_empty() {
        return view! { <p class="card empty">{t(k::USERS_NONE)}</p> }.into_any();
    }
    let lang = crate::i18n::locale();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(k::USERS_CAPTION)>
        <table class="caseload users">
            <caption class="visually-hidden">{t(k::USERS_CAPTION)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(k::FIELD_NAME)}</th>
                    <th scope="col">{t(k::EMAIL)}</th>
                    <th scope="col">{t(k::FIELD_ROLE)}</th>
                    <th scope="col">{t(k::FIELD_STATUS)}</th>
                    <th scope="col">{t(k::USERS_LAST_LOGIN)}</th>
                    <th scope="col">{t(k::USERS_CHANGE)}</th>
                </tr>
            </thead>
            <tbody>
                {users.into_iter().map(|u| {
                    let staff = matches!(u.role, Role::Caseworker | Role::Admin);
                    let mut fields = vec![FormField::hidden("id", u.id.to_string())];
                    if staff {
                        fields.push(FormField::new("role", t(k::FIELD_ROLE), Input::Select(staff_roles())).value(u.role.as_str()));
                    }
                    let active = vec![("true".into(), t(k::YES)), ("false".into(), t(k::USERS_NO_DEACTIVATED))];
                    fields.push(FormField::new("active", t(k::USERS_MAY_LOG_IN), Input::Select(active)).value(if u.active { "true" } else { "false" }));
                    let status = t(match (u.active, u.can_log_in) {
                        (false, _) => k::USERS_DEACTIVATED,
                        (true, false) => k::USERS_INVITED,
                        (true, true) => k::USERS_ACTIVE,
                    });
                    view! {
                        <tr data-user-id=u.id.to_string()>
                            <th scope="row">{u.name.clone()}</th>
                            <td>{u.email.clone()}</td>
                            <td>{t(u.role.label_key())}{u.company_name.clone().map(|c| format!(" ({c})"))}</td>
                            <td>{status}</td>
                            <td class="nowrap">{u.last_login_at.map(|at| crate::i18n::format::day_of(lang, at)).unwrap_or_else(|| t(k::USERS_NEVER))}</td>
                            <td>
                                // A row per user; its form opens in the row.
                                <details class="row-more">
                                    <summary>{t(k::USERS_CHANGE)}</summary>
                                    <DeskForm id=format!("user-{}", u.id) action=ChangeUser::PATH.to_string() fields submit=t(k::SAVE) after=AfterSave::Reload danger=false/>
                                    {u.can_log_in.then(|| view! {
                                        <DeskForm id=format!("user-{}-logout", u.id) action=EndUserSessions::PATH.to_string()
                                            fields=vec![FormField::hidden("id", u.id.to_string())]
                                            submit=t(k::USERS_LOG_OUT_EVERYWHERE) after=AfterSave::Reload danger=true/>
                                    })}
                                </details>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}
