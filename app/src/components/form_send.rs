//! Sending a form to its server function from an island. One small piece of code serves
//! every form: a typed action per server function (`ActionForm`) would put a form decoder, an
//! encoder and a response decoder per function into the phone's download. The server
//! function stays the one place for parsing and rules; the island only needs to know whether
//! the send went through and, if not, the `AppError` to show.
//!
//! The form keeps its `action` and `method`, so before the WebAssembly has loaded (or
//! without it) the browser posts it the classic way.
use leptos::prelude::*;

use crate::domain::error::AppError;

/// The answer to the last send: the JSON body when taken, the error when not.
pub type SendResult = Option<Result<String, AppError>>;

#[derive(Clone, Copy)]
pub struct FormSend {
    pub result: RwSignal<SendResult>,
    pub pending: RwSignal<bool>,
}

impl Default for FormSend {
    fn default() -> Self {
        Self::new()
    }
}

impl FormSend {
    pub fn new() -> Self {
        FormSend { result: RwSignal::new(None), pending: RwSignal::new(false) }
    }

    /// Loads the page again once a send is taken, so it shows what the server now holds.
    pub fn reload_when_taken(self) {
        Effect::new(move |_| {
            if matches!(self.result.get(), Some(Ok(_))) {
                crate::browser::reload();
            }
        });
    }

    /// The submit handler: posts the form's fields to its `action`, once at a time.
    pub fn on_submit(self) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if self.pending.get_untracked() {
                return; // a double tap while the first send is on its way
            }
            #[cfg(feature = "hydrate")]
            {
                use wasm_bindgen::JsCast;
                let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
                self.pending.set(true);
                leptos::task::spawn_local(async move {
                    let result = post_form(&form).await;
                    self.pending.set(false);
                    self.result.set(Some(result));
                });
            }
        }
    }
}

/// The fields of `form` as `application/x-www-form-urlencoded`, to its action. A refusal's
/// body is the server's `AppError` as JSON; so is the service worker's `"Queued"`.
#[cfg(feature = "hydrate")]
async fn post_form(form: &web_sys::HtmlFormElement) -> Result<String, AppError> {
    let transport = |e: &dyn std::fmt::Display| AppError::Transport(e.to_string());
    let data = web_sys::FormData::new_with_form(form).map_err(|_| AppError::Transport("form".into()))?;
    // A send that may be kept and sent again gets its id now: one id, one send.
    if data.has("client_id") {
        let id = crate::browser::new_client_id().ok_or_else(|| AppError::Transport("crypto".into()))?;
        let _ = data.set_with_str("client_id", &id);
    }
    let body = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data)
        .map_err(|_| AppError::Transport("form".into()))?
        .to_string();
    let mut request = gloo_net::http::Request::post(&form.action())
        .header("Content-Type", "application/x-www-form-urlencoded") // not text: an HTTP header
        .header("Accept", "application/json");
    // Whose send this is: the outbox keeps it for that user only.
    if let Some(user) = crate::pwa::page_user() {
        request = request.header(crate::pwa::OWNER_HEADER, &user);
    }
    let response = request
        .body(String::from(body))
        .map_err(|e| transport(&e))?
        .send()
        .await
        .map_err(|e| transport(&e))?;
    let ok = response.ok();
    let status = response.status();
    let text = response.text().await.map_err(|e| transport(&e))?;
    if ok {
        Ok(text)
    } else {
        Err(serde_json::from_str::<AppError>(&text).unwrap_or_else(|_| AppError::Transport(format!("HTTP {status}"))))
    }
}
