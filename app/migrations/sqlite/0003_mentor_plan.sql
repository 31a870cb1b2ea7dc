-- The mentor's plan: shifts planned in weekly series, moved and cancelled with a reason;
-- automatic confirmation of hours that keep to the plan, per placement.

-- Minutes an entry may lie off its planned shift and still be confirmed automatically;
-- NULL: off (the default), every entry waits for the mentor.
ALTER TABLE placements ADD COLUMN auto_confirm_minutes BIGINT;

-- 1 when the entry was confirmed by the placement's rule rather than a person.
ALTER TABLE time_entries ADD COLUMN auto_confirmed BIGINT NOT NULL DEFAULT 0;

-- Shifts planned together ("every Tuesday for 6 weeks") share a series, so the rest of a
-- series can be cancelled at once.
ALTER TABLE shifts ADD COLUMN series_id TEXT;
ALTER TABLE shifts ADD COLUMN cancel_reason TEXT;
ALTER TABLE shifts ADD COLUMN updated_by BIGINT REFERENCES users(id);
ALTER TABLE shifts ADD COLUMN updated_at BIGINT;
CREATE INDEX shifts_series ON shifts (series_id, starts_at);

-- Why the entry was last corrected, kept on the entry so lists need not search the history.
ALTER TABLE time_entries ADD COLUMN correction_reason TEXT;
UPDATE time_entries SET correction_reason = (
    SELECT h.reason FROM time_entry_history h
    WHERE h.time_entry_id = time_entries.id AND h.action = 'corrected'
    ORDER BY h.id DESC LIMIT 1);
