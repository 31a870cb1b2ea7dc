//! The page an invitation link opens: the new citizen or mentor chooses a password and is
//! logged in. Phone first, as the rest of their pages.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::components::LanguageMenu;
use crate::functions::desk::{load_invite, AcceptInvite};
use crate::i18n::{k, t, tr};
use crate::pages::LoadError;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let token = params.with_untracked(|p| p.get("token").unwrap_or_default());
    let for_load = token.clone();
    let info = Resource::new(move || for_load.clone(), load_invite);
    view! {
        <Title text=tr(k::PAGE_TITLE, &[("page", t(k::INVITE_TITLE).into())])/>
        <header class="login-top"><LanguageMenu/></header>
        <main class="page page-narrow" id="main">
            <h1 class="brand">{t(k::APP_NAME)}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match info.await {
                            Ok(i) => {
                                let fields = vec![
                                    FormField::hidden("token", token.clone()),
                                    FormField::new("login", &t(k::INVITE_LOGIN), Input::ReadOnly).value(i.email.clone()),
                                    FormField::new("password", &t(k::INVITE_PASSWORD), Input::Password).required().hint(&t(k::INVITE_PASSWORD_HINT)),
                                    FormField::new("password_again", &t(k::INVITE_PASSWORD_AGAIN), Input::Password).required(),
                                ];
                                view! {
                                    <p class="lead">{tr(k::INVITE_HELLO, &[("name", i.name.clone().into())])}</p>
                                    <DeskForm id="accept".to_string() action=AcceptInvite::PATH.to_string() fields
                                        submit=t(k::INVITE_SUBMIT) after=AfterSave::GoToAnswer danger=false/>
                                }.into_any()
                            }
                            Err(e) => view! { <LoadError error=e/><p><a class="button" href="/login">{t(k::INVITE_GO_LOGIN)}</a></p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </main>
    }
}
