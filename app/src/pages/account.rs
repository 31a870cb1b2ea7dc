//! "Din konto": where one is logged in, and the way to log out there — a lost or shared phone,
//! a computer at a job centre left logged in. Every role has it, from the name in the header.
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_meta::Title;

use crate::components::{AppHeader, FormError, FormSend};
use crate::domain::local_time::{format_local_date, format_local_time};
use crate::domain::audit::AuditLine;
use crate::domain::role::Role;
use crate::domain::session::LoginView;
use crate::functions::account::who_saw_me;
use crate::functions::auth::{current_user, my_logins, EndLogin, EndLogins};
use crate::pages::citizen::register_form::{form_message, last_error};
use crate::pages::LoadError;

#[component]
pub fn AccountPage() -> impl IntoView {
    let logins = Resource::new(|| (), |_| my_logins());
    let me = Resource::new(|| (), |_| current_user());
    view! {
        <Title text="Din konto – Fodfæste"/>
        <AppHeader/>
        <main class="page page-phone" id="main">
            <h1>"Din konto"</h1>
            <section class="card" aria-labelledby="logins-heading">
                <h2 id="logins-heading">"Her er du logget ind"</h2>
                <p class="hint">"Kender du ikke en af enhederne, eller har du mistet din telefon, så log ud på den."</p>
                <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                    {move || Suspend::new(async move {
                        match logins.await {
                            Ok(list) => view! { <Logins logins=list/> }.into_any(),
                            Err(e) => view! { <LoadError error=e/> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    me.await.ok().filter(|m| m.role == Role::Citizen).map(|_| view! { <CitizenPrivacy/> })
                })}
            </Suspense>
        </main>
    }
}

/// The citizen's right of access: who has looked at their data, and all of it to take away.
#[component]
fn CitizenPrivacy() -> impl IntoView {
    let lines = Resource::new(|| (), |_| who_saw_me());
    view! {
        <section class="card" aria-labelledby="data-heading">
            <h2 id="data-heading">"Dine data"</h2>
            <p>"Se alt, hvad Fodfæste ved om dig, eller hent det som en fil."</p>
            <p><a class="button button-wide" href="/konto/mine-data">"Se mine data"</a></p>
            <p><a class="button button-wide" href="/api/v1/me/export" download="fodfaeste-mine-data.json" rel="external">"Hent mine data (fil)"</a></p>
        </section>
        <section class="card" aria-labelledby="seen-heading">
            <h2 id="seen-heading">"Hvem har set mine oplysninger"</h2>
            <p class="hint">"Din jobkonsulent, din mentor og kommunen kan se dine oplysninger, når de har brug for det. Her kan du se, hvem der har gjort det, og hvornår."</p>
            <Suspense fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match lines.await {
                        Ok(list) if list.is_empty() => view! { <p class="empty">"Ingen har set dine oplysninger endnu."</p> }.into_any(),
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
                    (Some(n), Some(r)) => format!("{n}, {}", r.label_da().to_lowercase()),
                    (Some(n), None) => n.clone(),
                    _ => "Fodfæste (automatisk)".to_string(),
                };
                view! {
                    <li class="seen-item">
                        <p class="seen-when">{when(v.at)}</p>
                        <p><strong>{who}</strong>{v.organisation.map(|o| format!(" · {o}"))}</p>
                        <ul class="seen-what">
                            {v.actions.into_iter().map(|a| view! { <li>{a.label_da()}</li> }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

pub(crate) fn when(ts: i64) -> String {
    let t = chrono::DateTime::from_timestamp(ts, 0).unwrap_or_default();
    format!("{} kl. {}", format_local_date(t), format_local_time(t))
}

fn device_name(l: &LoginView) -> String {
    match (l.device.browser.name(), l.device.os.name()) {
        (Some(b), Some(o)) => format!("{b} på {o}"),
        (Some(b), None) => b.to_string(),
        (None, Some(o)) => o.to_string(),
        (None, None) => "Ukendt browser".to_string(),
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
                            <p class:login-this=l.this_device>{name}{l.this_device.then_some(" – denne enhed")}</p>
                            <p class="hint">"Logget ind "{when(l.created_at)}". Sidst brugt "{when(l.last_seen_at)}"."</p>
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
#[island]
fn EndOne(handle: String) -> impl IntoView {
    let send = FormSend::new();
    send.reload_when_taken();
    let message = form_message(last_error(send.result), &[]);
    view! {
        <form action=EndLogin::PATH method="post" class="form-quiet" on:submit=send.on_submit()>
            <FormError message=message/>
            <input type="hidden" name="handle" value=handle/>
            <button type="submit" class="button">"Log ud her"</button>
        </form>
    }
}

/// "Log ud på alle andre enheder", or on all of them, this one too (then: to the login page,
/// with what this phone kept of the user gone, as at logout).
#[island]
fn EndMany(all: bool) -> impl IntoView {
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
                {if all { "Log ud på alle enheder" } else { "Log ud på alle andre enheder" }}
            </button>
        </form>
    }
}
