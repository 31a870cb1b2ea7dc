-- What an entry adds to the approved hours, written once: its worked seconds when it has a
-- day, is not withdrawn and is confirmed or locked (EntryStatus::APPROVED), else 0. The sums'
-- triggers and the monthly report read this column instead of repeating the condition.
-- SQLite has the same column, virtual.
ALTER TABLE time_entries ADD COLUMN approved_seconds BIGINT GENERATED ALWAYS AS (
    CASE WHEN work_day IS NOT NULL AND withdrawn_at IS NULL AND status IN ('confirmed', 'locked')
        THEN ends_at - starts_at - break_minutes * 60 ELSE 0 END
) STORED;

-- The old contribution out, the new one in; the month lock (confirmed -> locked) changes
-- neither and touches no sum.
CREATE OR REPLACE FUNCTION time_entries_rollup() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.approved_seconds = NEW.approved_seconds
        AND OLD.work_day IS NOT DISTINCT FROM NEW.work_day AND OLD.placement_id = NEW.placement_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.approved_seconds <> 0 THEN
        PERFORM approved_seconds_add(OLD.municipality_id, OLD.work_day, OLD.placement_id, -OLD.approved_seconds);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.approved_seconds <> 0 THEN
        PERFORM approved_seconds_add(NEW.municipality_id, NEW.work_day, NEW.placement_id, NEW.approved_seconds);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- An opening's kind may be changed: its placements' sums move to the new kind.
CREATE OR REPLACE FUNCTION openings_rollup_kind() RETURNS trigger AS $$
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT te.municipality_id, te.work_day, k.kind, SUM(te.approved_seconds) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        CROSS JOIN (VALUES (OLD.kind, -1), (NEW.kind, 1)) AS k (kind, sign)
        WHERE p.opening_id = NEW.id AND te.approved_seconds <> 0
        GROUP BY te.municipality_id, te.work_day, k.kind, k.sign
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = approved_seconds_daily.seconds + EXCLUDED.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, SUM(te.approved_seconds) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        CROSS JOIN (VALUES (OLD.kind, -1), (NEW.kind, 1)) AS k (kind, sign)
        WHERE p.opening_id = NEW.id AND te.approved_seconds <> 0
        GROUP BY te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, k.sign
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = approved_seconds_monthly.seconds + EXCLUDED.seconds;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
