//! The boundary of the server functions (`/api/…` outside `/api/v1`). Leptos answers every
//! server-function error with 500; this gives each `AppError` the status HTTP means for it,
//! as /api/v1 does, so the service worker's outbox tells a refusal (4xx, shown to the
//! citizen) from a server in trouble (5xx, sent again later). A body over [`MAX_BODY`] is
//! refused with 413 before any server function reads it.
use app::domain::error::AppError;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The largest form any page sends is a few kilobytes.
pub const MAX_BODY: usize = 256 * 1024;

/// Error bodies are a few hundred bytes; anything larger is not one of ours.
const MAX_ERROR_BODY: usize = 64 * 1024;

fn is_server_fn(path: &str) -> bool {
    path.starts_with("/api/") && !path.starts_with("/api/v1/")
}

pub fn error_response(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(err).unwrap_or_default();
    let mut res = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    add_retry_after(err, &mut res);
    res
}

/// Seconds a client waits before asking again while the database is unreachable: a restart
/// or a fail-over takes a few.
pub const UNAVAILABLE_RETRY_AFTER: i64 = 5;

/// `Retry-After` on a 429 and on a 503, as HTTP has it.
pub fn add_retry_after(err: &AppError, res: &mut Response) {
    let seconds = match err {
        AppError::TooManyAttempts { retry_after } => *retry_after,
        AppError::Unavailable => UNAVAILABLE_RETRY_AFTER,
        _ => return,
    };
    if let Ok(v) = header::HeaderValue::from_str(&seconds.max(1).to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
}

/// A form posted by the browser itself (no JavaScript ran), which Leptos answers by sending
/// the browser back where it came from.
fn accepts_html(headers: &axum::http::HeaderMap) -> bool {
    headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// On the way back from a plain form post that went through, the page is told what was done
/// (`?svar=`), as the islands tell it after a send of theirs. A refusal goes back with Leptos's
/// own error parameter and no answer (not even the one the page had before).
fn answer_on_return(res: &mut Response, answer: Option<app::components::Answer>) {
    if !res.status().is_redirection() {
        return;
    }
    let Some(to) = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()) else { return };
    let answer = answer.filter(|_| !to.contains("__err"));
    if let Ok(v) = header::HeaderValue::from_str(&app::components::answer::address_answering(to, answer)) {
        res.headers_mut().insert(header::LOCATION, v);
    }
}

pub async fn fix_status(req: Request, next: Next) -> Response {
    if !is_server_fn(req.uri().path()) {
        return next.run(req).await;
    }
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return error_response(&AppError::PayloadTooLarge);
    }
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => return error_response(&AppError::PayloadTooLarge),
    };
    let plain_post = accepts_html(&parts.headers).then(|| app::components::answer::after_plain_post(parts.uri.path(), &String::from_utf8_lossy(&bytes)));
    let mut res = next.run(Request::from_parts(parts, Body::from(bytes))).await;
    if let Some(answer) = plain_post {
        answer_on_return(&mut res, answer);
    }
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_ERROR_BODY).await {
        Ok(b) => b,
        Err(_) => return Response::from_parts(parts, Body::empty()),
    };
    let Ok(err) = serde_json::from_slice::<AppError>(&bytes) else {
        // Not one of ours: whatever went wrong, the caller gets our JSON, not a stack of text.
        return error_response(&AppError::Internal);
    };
    parts.status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut res = Response::from_parts(parts, Body::from(bytes));
    add_retry_after(&err, &mut res);
    res
}
