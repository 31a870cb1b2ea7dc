-- A mentor's quick reason for rejecting hours ("Kom senere", "Var her ikke") is kept as a code,
-- so each reader sees it in their own language; free text beside it stays as written.
ALTER TABLE time_entries ADD COLUMN reject_code TEXT;
