-- Idempotency that cannot merge two different things: next to each client id, the
-- fingerprint of the request it came with (service/idempotency.rs). The same key with
-- another body is refused instead of answered with the first record. Rows from before
-- have none and are taken as they are.
ALTER TABLE time_entries ADD COLUMN client_fingerprint TEXT;
ALTER TABLE punches ADD COLUMN in_fingerprint TEXT;
ALTER TABLE punches ADD COLUMN out_fingerprint TEXT;
ALTER TABLE absences ADD COLUMN client_fingerprint TEXT;
