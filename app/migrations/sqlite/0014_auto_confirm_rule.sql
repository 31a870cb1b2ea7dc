-- An automatic confirmation kept its reason as a Danish sentence ("inden for 15 min af vagten
-- 08:00–12:00"). It becomes the rule's facts, which each reader's language words (issue 16).
ALTER TABLE time_entry_history ADD COLUMN auto_minutes BIGINT;
ALTER TABLE time_entry_history ADD COLUMN auto_shift TEXT;
UPDATE time_entry_history
SET auto_minutes = CAST(substr(reason, 11, instr(reason, ' min af vagten ') - 11) AS INTEGER),
    auto_shift = substr(reason, instr(reason, ' min af vagten ') + 15),
    reason = NULL
WHERE action = 'auto_confirmed' AND reason LIKE 'inden for % min af vagten %';
