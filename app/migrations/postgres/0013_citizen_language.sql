-- The language the caseworker records for a citizen (issue 16): the citizen's pages use it
-- until the citizen chooses one in the app, and the printed invitation is in it beside Danish.
ALTER TABLE citizens ADD COLUMN language TEXT CHECK (language IN ('da', 'en', 'ar', 'uk'));
