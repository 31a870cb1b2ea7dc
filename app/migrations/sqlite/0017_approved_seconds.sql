-- What an entry adds to the approved hours, written once: its worked seconds when it has a
-- day, is not withdrawn and is confirmed or locked (EntryStatus::APPROVED), else 0. The sums'
-- triggers and the monthly report read this column instead of repeating the condition.
-- PostgreSQL has the same column, stored; SQLite can only add a virtual one.
ALTER TABLE time_entries ADD COLUMN approved_seconds BIGINT GENERATED ALWAYS AS (
    CASE WHEN work_day IS NOT NULL AND withdrawn_at IS NULL AND status IN ('confirmed', 'locked')
        THEN ends_at - starts_at - break_minutes * 60 ELSE 0 END
) VIRTUAL;

DROP TRIGGER time_entries_rollup_insert;
DROP TRIGGER time_entries_rollup_delete;
DROP TRIGGER time_entries_rollup_update;
DROP TRIGGER openings_rollup_kind;

CREATE TRIGGER time_entries_rollup_insert AFTER INSERT ON time_entries
WHEN NEW.approved_seconds <> 0
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT NEW.municipality_id, NEW.work_day, o.kind, NEW.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = NEW.placement_id
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT NEW.municipality_id, substr(NEW.work_day, 1, 7), p.company_id, o.kind, NEW.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = NEW.placement_id
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;

CREATE TRIGGER time_entries_rollup_delete AFTER DELETE ON time_entries
WHEN OLD.approved_seconds <> 0
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT OLD.municipality_id, OLD.work_day, o.kind, -OLD.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = OLD.placement_id
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT OLD.municipality_id, substr(OLD.work_day, 1, 7), p.company_id, o.kind, -OLD.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = OLD.placement_id
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;

-- The old contribution out, the new one in; the month lock (confirmed -> locked) changes
-- neither and touches no sum.
CREATE TRIGGER time_entries_rollup_update
AFTER UPDATE OF starts_at, ends_at, break_minutes, status, withdrawn_at, work_day, placement_id ON time_entries
WHEN NOT (OLD.approved_seconds = NEW.approved_seconds AND OLD.work_day IS NEW.work_day AND OLD.placement_id = NEW.placement_id)
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT OLD.municipality_id, OLD.work_day, o.kind, -OLD.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = OLD.placement_id AND OLD.approved_seconds <> 0
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT OLD.municipality_id, substr(OLD.work_day, 1, 7), p.company_id, o.kind, -OLD.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = OLD.placement_id AND OLD.approved_seconds <> 0
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT NEW.municipality_id, NEW.work_day, o.kind, NEW.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = NEW.placement_id AND NEW.approved_seconds <> 0
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT NEW.municipality_id, substr(NEW.work_day, 1, 7), p.company_id, o.kind, NEW.approved_seconds
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = NEW.placement_id AND NEW.approved_seconds <> 0
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;

-- An opening's kind may be changed: its placements' sums move to the new kind.
CREATE TRIGGER openings_rollup_kind AFTER UPDATE OF kind ON openings
WHEN OLD.kind <> NEW.kind
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT te.municipality_id, te.work_day, k.kind, SUM(te.approved_seconds) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        JOIN (SELECT OLD.kind AS kind, -1 AS sign UNION ALL SELECT NEW.kind, 1) k
        WHERE p.opening_id = NEW.id AND te.approved_seconds <> 0
        GROUP BY te.municipality_id, te.work_day, k.kind, k.sign
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, SUM(te.approved_seconds) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        JOIN (SELECT OLD.kind AS kind, -1 AS sign UNION ALL SELECT NEW.kind, 1) k
        WHERE p.opening_id = NEW.id AND te.approved_seconds <> 0
        GROUP BY te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, k.sign
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;
