-- The caseworker's desk: a company's fixed contact at the jobcenter; openings a mentor
-- proposes and a caseworker reviews; placements with an internship's agreed weeks, an end
-- with its outcome and follow-ups 3 and 6 months later; what a citizen wants, for matching.

-- The caseworker who is the company's one contact.
ALTER TABLE companies ADD COLUMN caseworker_user_id BIGINT REFERENCES users(id);
ALTER TABLE companies ADD COLUMN updated_at BIGINT;
CREATE INDEX companies_municipality ON companies (municipality_id, name);

-- NULL: made by a caseworker. 'waiting' until a caseworker approves or declines a proposal.
ALTER TABLE openings ADD COLUMN review TEXT CHECK (review IN ('waiting', 'approved', 'declined'));
ALTER TABLE openings ADD COLUMN proposed_by BIGINT REFERENCES users(id);
ALTER TABLE openings ADD COLUMN review_reason TEXT;
ALTER TABLE openings ADD COLUMN reviewed_by BIGINT REFERENCES users(id);
ALTER TABLE openings ADD COLUMN reviewed_at BIGINT;
ALTER TABLE openings ADD COLUMN updated_at BIGINT;
CREATE INDEX openings_company ON openings (company_id, status);
CREATE INDEX openings_municipality ON openings (municipality_id, status);

-- ends_on stays the agreed end; ended_on is the day it really ended.
ALTER TABLE placements ADD COLUMN agreed_weeks BIGINT;
ALTER TABLE placements ADD COLUMN ended_on TEXT;
ALTER TABLE placements ADD COLUMN outcome_note TEXT;
ALTER TABLE placements ADD COLUMN follow_up_3_on TEXT;
ALTER TABLE placements ADD COLUMN follow_up_3_outcome TEXT;
ALTER TABLE placements ADD COLUMN follow_up_6_on TEXT;
ALTER TABLE placements ADD COLUMN follow_up_6_outcome TEXT;
ALTER TABLE placements ADD COLUMN updated_at BIGINT;
CREATE INDEX placements_opening ON placements (opening_id, status);
CREATE INDEX placements_company ON placements (company_id, status);

-- Hours a week the citizen wants to work, matched against what openings offer.
ALTER TABLE citizens ADD COLUMN wanted_hours_per_week DOUBLE PRECISION;
