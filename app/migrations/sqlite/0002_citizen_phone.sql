-- The citizen's phone: punch clock, withdrawn entries, absences for one shift, and
-- idempotent offline sends of punches and absences.

-- A punch is the pair of taps "Jeg er mødt" / "Jeg går hjem". It is open until punched out
-- and then points at the entry it became. Each tap's client id makes a resend harmless.
CREATE TABLE punches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    placement_id BIGINT NOT NULL REFERENCES placements(id),
    citizen_id BIGINT NOT NULL REFERENCES citizens(id),
    started_at BIGINT NOT NULL,
    in_client_id TEXT,
    out_client_id TEXT,
    time_entry_id BIGINT REFERENCES time_entries(id),
    closed_at BIGINT,
    cancelled INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    UNIQUE (created_by, in_client_id),
    UNIQUE (created_by, out_client_id)
);
-- At most one open punch per citizen.
CREATE UNIQUE INDEX punches_one_open ON punches (citizen_id) WHERE closed_at IS NULL;

-- A citizen may withdraw an entry while it waits; the row stays for its history.
ALTER TABLE time_entries ADD COLUMN withdrawn_at BIGINT;

ALTER TABLE absences ADD COLUMN shift_id BIGINT REFERENCES shifts(id);
CREATE UNIQUE INDEX absences_client ON absences (created_by, client_id);
CREATE INDEX absences_citizen ON absences (citizen_id, from_date);
ALTER TABLE shifts ADD COLUMN absence_id BIGINT REFERENCES absences(id);
