-- Sessions are found by a SHA-256 of their id, so a copy of the database (a backup, a
-- replica) holds no cookie anyone could use. Each row names its user, so everything that
-- must end a user's sessions (a new password, deactivation, a role change, "log out on all
-- devices") deletes them in the same transaction; a deleted session never comes back.
-- Sessions from before this migration cannot be hashed by SQL on SQLite: everyone logs in
-- once more.
DROP TABLE sessions;
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    -- domain/session.rs Profile: how long it may idle and live.
    profile TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    -- The earlier of idle deadline and absolute end; a session past it is never loaded.
    expires_at BIGINT NOT NULL,
    browser TEXT NOT NULL,
    os TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_user ON sessions (user_id);

-- Calendar feed tokens likewise only as hashes; plain tokens are hashed by the server at
-- start (db::users::hash_plain_calendar_tokens), so subscribed calendars keep working.
ALTER TABLE users ADD COLUMN calendar_token_hash TEXT;
CREATE UNIQUE INDEX users_calendar_token_hash ON users (calendar_token_hash);
