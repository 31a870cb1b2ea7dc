//! "Brugere" (admins): the municipality's users, their roles and whether they may log in,
//! and invitations for new caseworkers and admins.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::components::AppHeader;
use crate::domain::role::Role;
use crate::domain::staff::UserView;
use crate::functions::desk::{load_users, ChangeUser, EndUserSessions, InviteStaff};
use crate::i18n::{k, t, tr};
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;

fn staff_roles() -> Vec<(String, String)> {
    [Role::Caseworker, Role::Admin, Role::Manager].iter().map(|r| (r.as_str().to_string(), t(r.label_key()))).collect()
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let users = Resource::new(|| (), |_| load_users());
    let invite = vec![
        FormField::new("name", t(k::FIELD_NAME), Input::Text).required(),
        FormField::new("email", t(k::EMAIL), Input::Email).required(),
        FormField::new("role", t(k::FIELD_ROLE), Input::Select(staff_roles())).required(),
    ];
    view! {
        <Title text=tr(k::PAGE_TITLE, &[("page", t(k::NAV_USERS).into())])/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler/brugere"/>
        <main class="page page-desk" id="main">
            <h1>{t(k::NAV_USERS)}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match users.await {
                        Ok(list) => view! { <UserTable users=list/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
            <section class="card desk-narrow" aria-labelledby="invite-staff">
                <h2 id="invite-staff">{t(k::USERS_INVITE_HEADING)}</h2>
                <DeskForm id="staff-invite".to_string() action=InviteStaff::PATH.to_string() fields=invite
                    submit=t(k::INVITE_MAKE) after=AfterSave::ShowInvite danger=false/>
            </section>
        </main>
    }
}

#[component]
fn UserTable(users: Vec<UserView>) -> impl IntoView {
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
                            <td>
                                <DeskForm id=format!("user-{}", u.id) action=ChangeUser::PATH.to_string() fields submit=t(k::SAVE) after=AfterSave::Reload danger=false/>
                                {u.can_log_in.then(|| view! {
                                    <DeskForm id=format!("user-{}-logout", u.id) action=EndUserSessions::PATH.to_string()
                                        fields=vec![FormField::hidden("id", u.id.to_string())]
                                        submit=t(k::USERS_LOG_OUT_EVERYWHERE) after=AfterSave::Reload danger=true/>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
