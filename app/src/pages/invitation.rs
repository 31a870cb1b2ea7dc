//! The page an invitation link opens: the new citizen or mentor chooses a password and is
//! logged in. Phone first, as the rest of their pages.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::desk_form::{AfterSave, DeskForm, FormField, Input};
use crate::functions::desk::{load_invite, AcceptInvite};
use crate::pages::LoadError;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let token = params.with_untracked(|p| p.get("token").unwrap_or_default());
    let t = token.clone();
    let info = Resource::new(move || t.clone(), load_invite);
    view! {
        <Title text="Velkommen – Fodfæste"/>
        <main class="page page-narrow" id="main">
            <h1 class="brand">"Fodfæste"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match info.await {
                            Ok(i) => {
                                let fields = vec![
                                    FormField::hidden("token", token.clone()),
                                    FormField::new("login", "Din e-mail (den logger du ind med)", Input::ReadOnly).value(i.email.clone()),
                                    FormField::new("password", "Vælg en adgangskode", Input::Password).required().hint("Mindst 8 tegn."),
                                    FormField::new("password_again", "Skriv den igen", Input::Password).required(),
                                ];
                                view! {
                                    <p class="lead">{format!("Hej {}. Vælg en adgangskode, så er du klar.", i.name)}</p>
                                    <DeskForm id="accept".to_string() action=AcceptInvite::PATH.to_string() fields
                                        submit="Gem og log ind".to_string() after=AfterSave::GoToAnswer danger=false/>
                                }.into_any()
                            }
                            Err(e) => view! { <LoadError error=e/><p><a class="button" href="/login">"Gå til log ind"</a></p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </main>
    }
}
