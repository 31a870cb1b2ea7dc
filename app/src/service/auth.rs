use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use tower_sessions::Session;

use crate::db::session_store::{self, DEVICE_KEY, PROFILE_KEY, USER_KEY as SESSION_USER_KEY};
use crate::db::{users, Db};
use crate::domain::access::Actor;
use crate::domain::error::{AppError, Field, Rule};
use crate::domain::models::Me;
use crate::domain::session::{Device, EndScope, LoginView, Profile};
use crate::domain::throttle::ClientIp;
use crate::service::throttle::Guard;

/// A valid argon2id hash of a random password, verified against when the email is unknown
/// so the answer takes as long as for a real account.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Ho1eCzjUZ6d1Ew7MtE8N1Fzv3ZWcxdRJw8rfUv5xw8";

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// argon2id with the crate's defaults (19 MiB, 2 passes), the OWASP baseline.
pub fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            AppError::Internal
        })
}

/// Each argon2 run holds 19 MiB. Runs go to a few threads of their own, one per core: a
/// burst of logins queues instead of running at once, and only those threads' allocator
/// arenas ever hold the buffers (spread over the blocking pool's threads, 200 parallel logins
/// kept 368 MiB after a semaphore had already bounded them to two at a time).
type HashJob = Box<dyn FnOnce() + Send>;

fn hashing_threads() -> &'static std::sync::mpsc::Sender<HashJob> {
    static JOBS: std::sync::OnceLock<std::sync::mpsc::Sender<HashJob>> = std::sync::OnceLock::new();
    JOBS.get_or_init(|| {
        let (jobs, queue) = std::sync::mpsc::channel::<HashJob>();
        let queue = std::sync::Arc::new(std::sync::Mutex::new(queue));
        for i in 0..std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new().name(format!("hashing-{i}")).spawn(move || loop {
                let job = match queue.lock() {
                    Ok(q) => q.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start a hashing thread");
            }
        }
        jobs
    })
}

/// Runs `work` (a hash or a verification) on the hashing threads, off the async workers.
pub async fn bounded_hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let (answer, answered) = tokio::sync::oneshot::channel();
    hashing_threads()
        .send(Box::new(move || {
            let _ = answer.send(work());
        }))
        .map_err(|_| AppError::Internal)?;
    answered.await.map_err(|_| AppError::Internal)
}

async fn verify_password(hash: String, password: String) -> bool {
    bounded_hashing(move || {
        PasswordHash::new(&hash)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

pub async fn login(db: &Db, session: &Session, email: &str, password: &str, client: ClientIp, device: Device) -> Result<Me, AppError> {
    let email = normalize_email(email);
    if email.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Email));
    }
    if password.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Password));
    }
    // Counted before any hashing: a guesser who must wait costs no argon2 run either.
    let guard = Guard::login(&email, client);
    guard.check(db).await?;
    let record = users::find_login(db, &email).await?;
    let (user_id, hash) = match record {
        Some(r) => (Some(r.user_id), r.password_hash.unwrap_or_else(|| DUMMY_HASH.to_string())),
        None => (None, DUMMY_HASH.to_string()),
    };
    let ok = verify_password(hash, password.to_string()).await;
    let user_id = match (ok, user_id) {
        (true, Some(id)) => id,
        _ => {
            guard.failed(db).await?;
            return Err(AppError::InvalidCredentials);
        }
    };
    guard.succeeded(db).await?;
    users::note_login(db, user_id).await?;
    let (actor, me) = users::actor_and_me(db, user_id).await?.ok_or(AppError::InvalidCredentials)?;
    start_session(session, &actor, device).await?;
    Ok(me)
}

/// Logs `actor` in on this session, under the limits of their role.
pub(crate) async fn start_session(session: &Session, actor: &Actor, device: Device) -> Result<(), AppError> {
    // A new session id at login: a session id planted before login is worth nothing after.
    session.cycle_id().await.map_err(session_error)?;
    session.insert(SESSION_USER_KEY, actor.user_id).await.map_err(session_error)?;
    session.insert(PROFILE_KEY, Profile::for_role(actor.role)).await.map_err(session_error)?;
    session.insert(DEVICE_KEY, device).await.map_err(session_error)
}

/// The logged-in user's logins on every device.
pub async fn my_logins(db: &Db, session: &Session) -> Result<Vec<LoginView>, AppError> {
    let (actor, _) = current(db, session).await?;
    let this = session.id().map(|id| session_store::handle(&id));
    session_store::list_for_user(db, actor.user_id, this.as_deref()).await
}

/// "Log ud på alle andre enheder" / "… alle enheder": the number of logins ended.
pub async fn end_my_logins(db: &Db, session: &Session, scope: EndScope) -> Result<u64, AppError> {
    let (actor, _) = current(db, session).await?;
    let this = session.id().map(|id| session_store::handle(&id));
    let keep = match scope {
        EndScope::Others => this.as_deref(),
        EndScope::All => None,
    };
    let ended = session_store::end_for_user(&mut *db.write_conn().await?, actor.user_id, keep).await?;
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::SessionEndMine, &format!("user:{}:{ended}", actor.user_id)).await?;
    if scope == EndScope::All {
        logout(session).await?;
    }
    Ok(ended)
}

/// Ends one of the logged-in user's other logins; NotFound when it is not theirs.
pub async fn end_my_login(db: &Db, session: &Session, handle: &str) -> Result<(), AppError> {
    let (actor, _) = current(db, session).await?;
    if !session_store::end_one(db, actor.user_id, handle.trim()).await? {
        return Err(AppError::NotFound);
    }
    crate::db::audit::write(db, actor.municipality_id, actor.user_id, None, crate::domain::audit::Action::SessionEndOne, &format!("user:{}", actor.user_id)).await
}

pub async fn logout(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

/// The logged-in user, or Unauthenticated.
pub async fn current(db: &Db, session: &Session) -> Result<(Actor, Me), AppError> {
    // The cookie's id, read without loading the record: one statement finds the login and
    // its user together (session_store::user_of).
    let Some(id) = session.id() else { return Err(AppError::Unauthenticated) };
    session_store::user_of(db, &id).await?.ok_or(AppError::Unauthenticated)
}

fn session_error(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %e, "session store error");
    AppError::Internal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let h = hash_password("demo-password").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(h.clone(), "demo-password".into()).await);
        assert!(!verify_password(h, "wrong".into()).await);
    }

    #[tokio::test]
    async fn the_dummy_hash_parses_and_matches_nothing_typed() {
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(!verify_password(DUMMY_HASH.into(), "demo-password".into()).await);
    }
}
