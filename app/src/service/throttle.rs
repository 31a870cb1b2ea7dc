//! The one place failed tries are counted and waits are enforced (`domain::throttle` says
//! how long). Login, invitations and calendar feeds ask a [`Guard`] before they try.
use crate::db::{self, Db};
use crate::domain::error::AppError;
use crate::domain::throttle::{self, ClientIp, Policy};

/// The counts one kind of try is held to.
pub struct Guard {
    keys: Vec<(String, Policy)>,
}

impl Guard {
    /// A login: counted per account (known or not, so the answer tells nothing) and per address.
    pub fn login(email: &str, client: ClientIp) -> Guard {
        let mut keys = vec![(format!("account:{email}"), throttle::ACCOUNT)];
        keys.extend(client.key("login").map(|k| (k, throttle::ADDRESS)));
        Guard { keys }
    }

    /// A try with a secret token (`kind`: invitation, calendar): counted per address.
    pub fn tokens(kind: &str, client: ClientIp) -> Guard {
        Guard { keys: client.key(kind).map(|k| (k, throttle::TOKENS)).into_iter().collect() }
    }

    /// Refuses the try while any count asks for a wait.
    pub async fn check(&self, db: &Db) -> Result<(), AppError> {
        let now = db::now_ts();
        let mut longest = None;
        for (key, policy) in &self.keys {
            if let Some((failures, last)) = db::throttle::get(db, key).await? {
                longest = longest.max(throttle::wait(*policy, failures, now - last));
            }
        }
        match longest {
            Some(retry_after) => Err(AppError::TooManyAttempts { retry_after }),
            None => Ok(()),
        }
    }

    pub async fn failed(&self, db: &Db) -> Result<(), AppError> {
        let now = db::now_ts();
        for (key, _) in &self.keys {
            db::throttle::failed(db, key, now, now - throttle::FORGET_AFTER_SECS).await?;
        }
        Ok(())
    }

    /// The account's count starts over; an address's does not (one right password among
    /// many guesses must not reset the guesser).
    pub async fn succeeded(&self, db: &Db) -> Result<(), AppError> {
        for (key, _) in self.keys.iter().filter(|(k, _)| k.starts_with("account:")) {
            db::throttle::clear(db, key).await?;
        }
        Ok(())
    }
}
