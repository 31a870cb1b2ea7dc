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
use crate::pages::caseworker::DeskNav;
use crate::pages::LoadError;

fn staff_roles() -> Vec<(String, String)> {
    [Role::Caseworker, Role::Admin, Role::Manager].iter().map(|r| (r.as_str().to_string(), r.label_da().to_string())).collect()
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let users = Resource::new(|| (), |_| load_users());
    let invite = vec![
        FormField::new("name", "Navn", Input::Text).required(),
        FormField::new("email", "E-mail", Input::Email).required(),
        FormField::new("role", "Rolle", Input::Select(staff_roles())).required(),
    ];
    view! {
        <Title text="Brugere – Fodfæste"/>
        <AppHeader/>
        <DeskNav current="/sagsbehandler/brugere"/>
        <main class="page page-desk" id="main">
            <h1>"Brugere"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match users.await {
                        Ok(list) => view! { <UserTable users=list/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
            <section class="card desk-narrow" aria-labelledby="invite-staff">
                <h2 id="invite-staff">"Inviter en jobkonsulent eller administrator"</h2>
                <DeskForm id="staff-invite".to_string() action=InviteStaff::PATH.to_string() fields=invite
                    submit="Lav invitation".to_string() after=AfterSave::ShowInvite danger=false/>
            </section>
        </main>
    }
}

#[component]
fn UserTable(users: Vec<UserView>) -> impl IntoView {
    view! {
        <table class="caseload users">
            <caption class="visually-hidden">"Kommunens brugere"</caption>
            <thead>
                <tr>
                    <th scope="col">"Navn"</th>
                    <th scope="col">"E-mail"</th>
                    <th scope="col">"Rolle"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Ændr"</th>
                </tr>
            </thead>
            <tbody>
                {users.into_iter().map(|u| {
                    let staff = matches!(u.role, Role::Caseworker | Role::Admin);
                    let mut fields = vec![FormField::hidden("id", u.id.to_string())];
                    if staff {
                        fields.push(FormField::new("role", "Rolle", Input::Select(staff_roles())).value(u.role.as_str()));
                    }
                    fields.push(FormField::new("active", "Må logge ind", Input::Select(vec![("true".into(), "Ja".into()), ("false".into(), "Nej, deaktiveret".into())])).value(if u.active { "true" } else { "false" }));
                    let status = match (u.active, u.can_log_in) {
                        (false, _) => "Deaktiveret",
                        (true, false) => "Inviteret, ingen adgangskode endnu",
                        (true, true) => "Aktiv",
                    };
                    view! {
                        <tr data-user-id=u.id.to_string()>
                            <th scope="row">{u.name.clone()}</th>
                            <td>{u.email.clone()}</td>
                            <td>{u.role.label_da()}{u.company_name.clone().map(|c| format!(" ({c})"))}</td>
                            <td>{status}</td>
                            <td>
                                <DeskForm id=format!("user-{}", u.id) action=ChangeUser::PATH.to_string() fields submit="Gem".to_string() after=AfterSave::Reload danger=false/>
                                {u.can_log_in.then(|| view! {
                                    <DeskForm id=format!("user-{}-logout", u.id) action=EndUserSessions::PATH.to_string()
                                        fields=vec![FormField::hidden("id", u.id.to_string())]
                                        submit="Log ud på alle enheder".to_string() after=AfterSave::Reload danger=true/>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
