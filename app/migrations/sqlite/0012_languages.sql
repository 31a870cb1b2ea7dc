-- Languages (issue 16). A user's chosen language follows them to every device; NULL means
-- "not chosen": the browser's cookie or Accept-Language decides. Codes only (da, en, ar, uk).
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('da', 'en', 'ar', 'uk'));
-- The caseworker notes when a citizen needs an interpreter for meetings.
ALTER TABLE citizens ADD COLUMN needs_interpreter INTEGER NOT NULL DEFAULT 0;
-- The municipality's accessibility statement (the state's WAS tool hosts it); NULL: the
-- app's own page says how to report a problem.
ALTER TABLE municipalities ADD COLUMN accessibility_url TEXT;
