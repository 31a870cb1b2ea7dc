-- Approved hours, summed by day (per kind) and by month (per company and kind), so the goals
-- dashboard reads a few thousand rows instead of a million entries. Triggers keep the sums,
-- so every path that writes an entry (pages, API, CLI, the month lock) keeps them right.
-- work_day is the entry's Copenhagen date; the application sets it because SQLite knows no
-- time zones. Entries from before this migration get it in Db::migrate.
ALTER TABLE time_entries ADD COLUMN work_day TEXT;

CREATE TABLE approved_seconds_daily (
    municipality_id BIGINT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    seconds BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, day, kind)
);

CREATE TABLE approved_seconds_monthly (
    municipality_id BIGINT NOT NULL,
    month TEXT NOT NULL,
    company_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    seconds BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, month, company_id, kind)
);

-- An entry counts when it has a day, is not withdrawn and is confirmed or locked.
CREATE TRIGGER time_entries_rollup_insert AFTER INSERT ON time_entries
WHEN NEW.work_day IS NOT NULL AND NEW.withdrawn_at IS NULL AND NEW.status IN ('confirmed', 'locked')
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT NEW.municipality_id, NEW.work_day, o.kind, NEW.ends_at - NEW.starts_at - NEW.break_minutes * 60
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = NEW.placement_id
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT NEW.municipality_id, substr(NEW.work_day, 1, 7), p.company_id, o.kind, NEW.ends_at - NEW.starts_at - NEW.break_minutes * 60
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = NEW.placement_id
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;

CREATE TRIGGER time_entries_rollup_delete AFTER DELETE ON time_entries
WHEN OLD.work_day IS NOT NULL AND OLD.withdrawn_at IS NULL AND OLD.status IN ('confirmed', 'locked')
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT OLD.municipality_id, OLD.work_day, o.kind, -(OLD.ends_at - OLD.starts_at - OLD.break_minutes * 60)
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = OLD.placement_id
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT OLD.municipality_id, substr(OLD.work_day, 1, 7), p.company_id, o.kind, -(OLD.ends_at - OLD.starts_at - OLD.break_minutes * 60)
        FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = OLD.placement_id
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;

-- An update takes the old contribution out and puts the new one in; the month lock
-- (confirmed -> locked) changes neither and touches no sum.
CREATE TRIGGER time_entries_rollup_update
AFTER UPDATE OF starts_at, ends_at, break_minutes, status, withdrawn_at, work_day, placement_id ON time_entries
WHEN NOT (
    (OLD.work_day IS NOT NULL AND OLD.withdrawn_at IS NULL AND OLD.status IN ('confirmed', 'locked'))
        = (NEW.work_day IS NOT NULL AND NEW.withdrawn_at IS NULL AND NEW.status IN ('confirmed', 'locked'))
    AND OLD.work_day IS NEW.work_day AND OLD.placement_id = NEW.placement_id
    AND OLD.ends_at - OLD.starts_at - OLD.break_minutes * 60 = NEW.ends_at - NEW.starts_at - NEW.break_minutes * 60
)
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT OLD.municipality_id, OLD.work_day, o.kind, -(OLD.ends_at - OLD.starts_at - OLD.break_minutes * 60)
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = OLD.placement_id AND OLD.work_day IS NOT NULL AND OLD.withdrawn_at IS NULL AND OLD.status IN ('confirmed', 'locked')
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT OLD.municipality_id, substr(OLD.work_day, 1, 7), p.company_id, o.kind, -(OLD.ends_at - OLD.starts_at - OLD.break_minutes * 60)
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = OLD.placement_id AND OLD.work_day IS NOT NULL AND OLD.withdrawn_at IS NULL AND OLD.status IN ('confirmed', 'locked')
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT NEW.municipality_id, NEW.work_day, o.kind, NEW.ends_at - NEW.starts_at - NEW.break_minutes * 60
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = NEW.placement_id AND NEW.work_day IS NOT NULL AND NEW.withdrawn_at IS NULL AND NEW.status IN ('confirmed', 'locked')
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT NEW.municipality_id, substr(NEW.work_day, 1, 7), p.company_id, o.kind, NEW.ends_at - NEW.starts_at - NEW.break_minutes * 60
        FROM placements p JOIN openings o ON o.id = p.opening_id
        WHERE p.id = NEW.placement_id AND NEW.work_day IS NOT NULL AND NEW.withdrawn_at IS NULL AND NEW.status IN ('confirmed', 'locked')
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;

-- An opening's kind may be changed: its placements' sums move to the new kind.
CREATE TRIGGER openings_rollup_kind AFTER UPDATE OF kind ON openings
WHEN OLD.kind <> NEW.kind
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT te.municipality_id, te.work_day, k.kind, SUM(te.ends_at - te.starts_at - te.break_minutes * 60) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        JOIN (SELECT OLD.kind AS kind, -1 AS sign UNION ALL SELECT NEW.kind, 1) k
        WHERE p.opening_id = NEW.id AND te.work_day IS NOT NULL AND te.withdrawn_at IS NULL AND te.status IN ('confirmed', 'locked')
        GROUP BY te.municipality_id, te.work_day, k.kind, k.sign
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, SUM(te.ends_at - te.starts_at - te.break_minutes * 60) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        JOIN (SELECT OLD.kind AS kind, -1 AS sign UNION ALL SELECT NEW.kind, 1) k
        WHERE p.opening_id = NEW.id AND te.work_day IS NOT NULL AND te.withdrawn_at IS NULL AND te.status IN ('confirmed', 'locked')
        GROUP BY te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, k.sign
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = seconds + excluded.seconds;
END;
