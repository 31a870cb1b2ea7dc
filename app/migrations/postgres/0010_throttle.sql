-- Failed logins and unknown tokens, counted per account and per address
-- (domain/throttle.rs), in the database so that every app server sees the same counts.
CREATE TABLE throttle (
    key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL
);
CREATE INDEX throttle_last ON throttle (last_failure_at);
