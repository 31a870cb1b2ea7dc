//! The one place a client id is read and checked. Every idempotent send (hours, punches,
//! absences; `/api/v1` and the outbox's server functions alike) makes a [`Key`] here and
//! asks it before answering with what an earlier send made.
use sha2::{Digest, Sha256};

use crate::domain::error::{AppError, Field, Rule};
use crate::domain::idempotency::{same_request, Request};

/// A send's client id with the fingerprint of what it asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub client_id: String,
    pub fingerprint: String,
}

impl Key {
    /// None when the send has no client id (each such send is a new one).
    pub fn new(raw: Option<&str>, request: &Request<'_>) -> Result<Option<Key>, AppError> {
        let Some(client_id) = normalize_client_id(raw)? else { return Ok(None) };
        let digest = Sha256::digest(request.canonical().as_bytes());
        let fingerprint = digest.iter().map(|b| format!("{b:02x}")).collect();
        Ok(Some(Key { client_id, fingerprint }))
    }

    /// Ok when what the key made may answer this send; the refusal when the key came with
    /// another request before.
    pub fn replay(&self, stored: Option<&str>) -> Result<(), AppError> {
        if same_request(stored, &self.fingerprint) {
            Ok(())
        } else {
            Err(AppError::IdempotencyKeyReused)
        }
    }
}

/// A client id as stored: a UUID in its canonical form, or none.
pub fn normalize_client_id(raw: Option<&str>) -> Result<Option<String>, AppError> {
    match raw.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => uuid::Uuid::parse_str(c)
            .map(|u| Some(u.to_string()))
            .map_err(|_| AppError::invalid(Rule::InvalidUuid, Field::ClientId)),
        None => Ok(None),
    }
}
