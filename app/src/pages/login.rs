use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::{error_for, FieldError, FormError, FormSend};
use crate::components::LanguageMenu;
use crate::domain::error::Field;
use crate::i18n::{error_text, k, t, tr};
use crate::functions::auth::Login;

#[component]
pub fn LoginPage() -> impl IntoView {
    view! {
        <Title text=tr(k::PAGE_TITLE, &[("page", t(k::LOGIN_TITLE).into())])/>
        <header class="login-top"><LanguageMenu/></header>
        <main class="page page-narrow login" id="main">
            <h1 class="brand">{t(k::APP_NAME)}</h1>
            <p class="lead">{t(k::LOGIN_LEAD)}</p>
            <LoginForm/>
        </main>
    }
}

#[island(lazy)]
fn LoginForm() -> impl IntoView {
    lazy_parts::shown(LazyIsland::LoginForm);
    let login = FormSend::new();
    let result = login.result;
    Effect::new(move |_| {
        // The answer is the user's home page, as a JSON string.
        if let Some(Ok(body)) = result.get() {
            let home = serde_json::from_str::<String>(&body).unwrap_or_else(|_| "/".into());
            let _ = window().location().set_href(&home);
        }
    });
    let email_error = Signal::derive(move || result.with(|r| error_for(r, Field::Email)));
    let password_error = Signal::derive(move || result.with(|r| error_for(r, Field::Password)));
    let other_error = Signal::derive(move || {
        result.with(|r| match r {
            Some(Err(e)) if e.field().is_none() => Some(error_text(e)),
            _ => None,
        })
    });
    let invalid = move |f: Signal<Option<String>>| move || f.get().is_some().then_some("true");
    view! {
        <form action=Login::PATH method="post" class="card form" novalidate on:submit=login.on_submit()>
            <h2>{t(k::LOGIN)}</h2>
            <label for="email">{t(k::EMAIL)}</label>
            <input id="email" name="email" type="email" autocomplete="username" inputmode="email"
                required aria-describedby="email-error" aria-invalid=invalid(email_error)/>
            <FieldError id="email-error" message=email_error/>
            <label for="password">{t(k::PASSWORD)}</label>
            <input id="password" name="password" type="password" autocomplete="current-password"
                required aria-describedby="password-error" aria-invalid=invalid(password_error)/>
            <FieldError id="password-error" message=password_error/>
            <FormError message=other_error/>
            <button type="submit" class="button button-primary button-wide" disabled=move || login.pending.get()>
                {move || if login.pending.get() { t(k::LOGGING_IN) } else { t(k::LOGIN) }}
            </button>
        </form>
    }
}
