//! "Din konto": where one is logged in, and the way to log out there — a lost or shared phone,
//! a computer at a job centre left logged in. Every role has it, from the name in the header.
use leptos::prelude::*;
use crate::components::lazy_parts::{self, LazyIsland};
use crate::pages::frame::{loaded, Frame, Place};
use leptos::server_fn::ServerFn as _;

use crate::components::{FormError, FormSend};
use crate::domain::audit::AuditLine;
use crate::domain::role::Role;
use crate::domain::session::LoginView;
use crate::functions::account::who_saw_me;
use crate::functions::auth::{my_logins, EndLogin, EndLogins};
use crate::i18n::{format, k, locale, t, tr};
use crate::components::forms::{form_message, last_error};
use crate::pages::LoadError;

#[component]
pub fn AccountPage() -> impl IntoView {
    let logins = Resource::new(|| (), |_| my_logins());
    let citizen = crate::pages::request_me().is_some_and(|m| m.role == Role::Citizen);
    view! {
        <Frame title=k::ACCOUNT_TITLE place=Place::Own>
            <h1>{t(k::ACCOUNT_TITLE)}</h1>
            <section class="card" aria-labelledby="logins-heading">
                <h2 id="logins-heading">{t(k::ACCOUNT_LOGINS)}</h2>
                <p class="hint">{t(k::ACCOUNT_LOGINS_HINT)}</p>
                {loaded(logins, |list| view! { <Logins logins=list/> })}
            </section>
            {citizen.then(|| view! { <CitizenPrivacy/> })}
        </Frame>
    }
}

/// The citizen's right of access: who has looked at their data, and all of it to take away.
#[component]
fn CitizenPrivacy() -> impl IntoView {
    let lines = Resource::new(|| (), |_| who_saw_me());
    view! {
        <section class="card" aria-labelledby="data-heading">
            <h2 id="data-heading">{t(k::ACCOUNT_DATA)}</h2>
            <p>{t(k::ACCOUNT_DATA_INTRO)}</p>
            <p><a class="button button-wide" href="/konto/mine-data">{t(k::ACCOUNT_SEE_DATA)}</a></p>
            <p><a class="button button-wide" href="/api/v1/me/export" download="fodfaeste-mine-data.json" rel="external">{t(k::ACCOUNT_DOWNLOAD_DATA)}</a></p>
        </section>
        <section class="card" aria-labelledby="seen-heading">
            <h2 id="seen-heading">{t(k::ACCOUNT_SEEN)}</h2>
            <p class="hint">{t(k::ACCOUNT_SEEN_HINT)}</p>
            <Suspense fallback=|| view! { <p class="loading">{t(k::LOADING)}</p> }>
                {move || Suspend::new(async move {
                    match lines.await {
                        Ok(list) if list.is_empty() => view! { <p class="empty">{t(k::ACCOUNT_SEEN_NONE)}</p> }.into_any(),
                        Ok(list) => view! { <SeenList lines=list/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Lines as a list a phone can show: when, who and what.
/// A person's lines close together are one visit: when, who, and what they saw or did.
#[component]
pub(crate) fn SeenList(lines: Vec<AuditLine>) -> impl IntoView {
    view! {
        <ul class="seen-list">
            {crate::domain::audit::visits(&lines).into_iter().map(|v| {
                let who = match (&v.actor_name, v.actor_role) {
                    (Some(n), Some(r)) => tr(k::ACCOUNT_SEEN_WHO, &[("name", n.into()), ("role", t(r.label_key()).to_lowercase().into())]),
                    (Some(n), None) => n.clone(),
                    _ => t(k::ACCOUNT_SEEN_SYSTEM),
                };
                view! {
                    <li class="seen-item">
                        <p class="seen-when">{when(v.at)}</p>
                        <p><strong><bdi>{who}</bdi></strong>{v.organisation.map(|o| view! { " · "<bdi>{o}</bdi> })}</p>
                        <ul class="seen-what">
                            {v.actions.into_iter().map(|a| view! { <li>{a.label_key().map(t).unwrap_or_else(|| a.label_da().to_string())}</li> }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// A stored moment (seconds) as "man. 24.11.2026 kl. 10:02" in the page's language.
pub(crate) fn when(ts: i64) -> String {
    format::day_and_time(locale(), chrono::DateTime::from_timestamp(ts, 0).unwrap_or_default())
}

pub(crate) fn device_name(l: &LoginView) -> String {
    match (l.device.browser.name(), l.device.os.name()) {
        (Some(b), Some(o)) => tr(k::DEVICE_ON, &[("browser", b.into()), ("os", o.into())]),
        (Some(b), None) => b.to_string(),
        (None, Some(o)) => o.to_string(),
        (None, None) => t(k::DEVICE_UNKNOWN),
    }
}

#[component]
fn Logins(logins: Vec<LoginView>) -> impl IntoView {
    let others = logins.iter().filter(|l| !l.this_device).count();
    view! {
        <ul class="login-list">
            {logins.into_iter().map(|l| {
                let name = device_name(&l);
                view! {
                    <li class="card login-item" data-this=l.this_device.to_string()>
                        <div>
                            <p class:login-this=l.this_device>{name}{l.this_device.then(|| format!(" {}", t(k::DEVICE_THIS)))}</p>
                            <p class="hint">{tr(k::ACCOUNT_LOGGED_IN_AT, &[("when", when(l.created_at).into()), ("last", when(l.last_seen_at).into())])}</p>
                        </div>
                        {(!l.this_device).then(|| view! { <EndOne handle=l.handle.clone()/> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <div class="account-actions">
            {(others > 0).then(|| view! { <EndMany all=false/> })}
            <EndMany all=true/>
        </div>
    }
}

/// Logs out one other device; the page then shows what is left.
#[island(lazy)]
fn EndOne(handle: String) -> impl IntoView {
    lazy_parts::shown(LazyIsland::EndOne);
    let send = FormSend::new();
    send.reload_when_taken();
    let message = form_message(last_error(send.result), &[]);
    view! {
        <form action=EndLogin::PATH method="post" class="form-quiet" on:submit=send.on_submit()>
            <FormError message=message/>
            <input type="hidden" name="handle" value=handle/>
            <button type="submit" class="button">{t(k::ACCOUNT_END_ONE)}</button>
        </form>
    }
}

/// "Log ud på alle andre enheder", or on all of them, this one too (then: to the login page,
/// with what this phone kept of the user gone, as at logout).
#[island(lazy)]
fn EndMany(all: bool) -> impl IntoView {
    lazy_parts::shown(LazyIsland::EndMany);
    let send = FormSend::new();
    let message = form_message(last_error(send.result), &[]);
    let pwa = crate::pwa::use_pwa();
    let confirm_unsent = move |ev: leptos::ev::MouseEvent| {
        if all && !crate::components::app_header::may_drop_unsent(pwa) {
            ev.prevent_default();
        }
    };
    Effect::new(move |_| {
        if matches!(send.result.get(), Some(Ok(_))) {
            if all {
                crate::pwa::forget_pages();
                let _ = window().location().set_href("/login");
            } else {
                crate::browser::reload();
            }
        }
    });
    view! {
        <form action=EndLogins::PATH method="post" on:submit=send.on_submit()>
            <FormError message=message/>
            <input type="hidden" name="scope" value=if all { "all" } else { "others" }/>
            <button type="submit" on:click=confirm_unsent class=if all { "button button-wide button-danger" } else { "button button-wide" }>
                {if all { t(k::ACCOUNT_END_ALL) } else { t(k::ACCOUNT_END_OTHERS) }}
            </button>
        </form>
    }
}
