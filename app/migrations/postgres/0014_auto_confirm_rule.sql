-- An automatic confirmation kept its reason as a Danish sentence ("inden for 15 min af vagten
-- 08:00–12:00"). It becomes the rule's facts, which each reader's language words (issue 16).
ALTER TABLE time_entry_history ADD COLUMN auto_minutes BIGINT;
ALTER TABLE time_entry_history ADD COLUMN auto_shift TEXT;
UPDATE time_entry_history
SET auto_minutes = CAST(substring(reason from '^inden for ([0-9]+) min af vagten ') AS BIGINT),
    auto_shift = substring(reason from ' min af vagten (.*)$'),
    reason = NULL
WHERE action = 'auto_confirmed' AND reason LIKE 'inden for % min af vagten %';
