-- Approved hours, summed by day (per kind) and by month (per company and kind), so the goals
-- dashboard reads a few thousand rows instead of a million entries. Triggers keep the sums,
-- so every path that writes an entry (pages, API, CLI, the month lock) keeps them right.
-- work_day is the entry's Copenhagen date, set by the application as on SQLite. Entries from
-- before this migration get it in Db::migrate.
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

-- Adds `seconds` (negative to take out) for one entry's placement on one day.
CREATE FUNCTION approved_seconds_add(m BIGINT, d TEXT, placement BIGINT, secs BIGINT) RETURNS void AS $$
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT m, d, o.kind, secs FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = placement
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = approved_seconds_daily.seconds + EXCLUDED.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT m, substr(d, 1, 7), p.company_id, o.kind, secs FROM placements p JOIN openings o ON o.id = p.opening_id WHERE p.id = placement
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = approved_seconds_monthly.seconds + EXCLUDED.seconds;
END
$$ LANGUAGE plpgsql;

-- An entry counts when it has a day, is not withdrawn and is confirmed or locked. An update
-- takes the old contribution out and puts the new one in; the month lock (confirmed ->
-- locked) changes neither and touches no sum.
CREATE FUNCTION time_entries_rollup() RETURNS trigger AS $$
DECLARE
    old_counts BOOLEAN := FALSE;
    new_counts BOOLEAN := FALSE;
    old_seconds BIGINT := 0;
    new_seconds BIGINT := 0;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_counts := OLD.work_day IS NOT NULL AND OLD.withdrawn_at IS NULL AND OLD.status IN ('confirmed', 'locked');
        old_seconds := OLD.ends_at - OLD.starts_at - OLD.break_minutes * 60;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_counts := NEW.work_day IS NOT NULL AND NEW.withdrawn_at IS NULL AND NEW.status IN ('confirmed', 'locked');
        new_seconds := NEW.ends_at - NEW.starts_at - NEW.break_minutes * 60;
    END IF;
    IF TG_OP = 'UPDATE' AND old_counts = new_counts AND OLD.work_day IS NOT DISTINCT FROM NEW.work_day
        AND OLD.placement_id = NEW.placement_id AND old_seconds = new_seconds THEN
        RETURN NULL;
    END IF;
    IF old_counts THEN
        PERFORM approved_seconds_add(OLD.municipality_id, OLD.work_day, OLD.placement_id, -old_seconds);
    END IF;
    IF new_counts THEN
        PERFORM approved_seconds_add(NEW.municipality_id, NEW.work_day, NEW.placement_id, new_seconds);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER time_entries_rollup
AFTER INSERT OR DELETE OR UPDATE OF starts_at, ends_at, break_minutes, status, withdrawn_at, work_day, placement_id ON time_entries
FOR EACH ROW EXECUTE FUNCTION time_entries_rollup();

-- An opening's kind may be changed: its placements' sums move to the new kind.
CREATE FUNCTION openings_rollup_kind() RETURNS trigger AS $$
BEGIN
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
        SELECT te.municipality_id, te.work_day, k.kind, SUM(te.ends_at - te.starts_at - te.break_minutes * 60) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        CROSS JOIN (VALUES (OLD.kind, -1), (NEW.kind, 1)) AS k (kind, sign)
        WHERE p.opening_id = NEW.id AND te.work_day IS NOT NULL AND te.withdrawn_at IS NULL AND te.status IN ('confirmed', 'locked')
        GROUP BY te.municipality_id, te.work_day, k.kind, k.sign
        ON CONFLICT (municipality_id, day, kind) DO UPDATE SET seconds = approved_seconds_daily.seconds + EXCLUDED.seconds;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
        SELECT te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, SUM(te.ends_at - te.starts_at - te.break_minutes * 60) * k.sign
        FROM time_entries te JOIN placements p ON p.id = te.placement_id
        CROSS JOIN (VALUES (OLD.kind, -1), (NEW.kind, 1)) AS k (kind, sign)
        WHERE p.opening_id = NEW.id AND te.work_day IS NOT NULL AND te.withdrawn_at IS NULL AND te.status IN ('confirmed', 'locked')
        GROUP BY te.municipality_id, substr(te.work_day, 1, 7), p.company_id, k.kind, k.sign
        ON CONFLICT (municipality_id, month, company_id, kind) DO UPDATE SET seconds = approved_seconds_monthly.seconds + EXCLUDED.seconds;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER openings_rollup_kind AFTER UPDATE OF kind ON openings
FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION openings_rollup_kind();
