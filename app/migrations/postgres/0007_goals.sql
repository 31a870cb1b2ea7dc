-- The municipality's goals and the social-economic enterprises it helps start. The manager
-- role reads the goals and changes no citizen's data.
ALTER TABLE goals ADD COLUMN created_by BIGINT REFERENCES users(id);
ALTER TABLE goals ADD COLUMN updated_at BIGINT;
CREATE INDEX goals_municipality ON goals (municipality_id);

-- An initiative moves idea -> in_progress -> established (the company becomes a
-- social-economic enterprise) or closed.
CREATE TABLE social_enterprise_initiatives (
    id BIGSERIAL PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('idea', 'in_progress', 'established', 'closed')),
    advisor_user_id BIGINT REFERENCES users(id),
    company_id BIGINT REFERENCES companies(id),
    notes TEXT,
    started_on TEXT NOT NULL,
    established_on TEXT,
    closed_on TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX social_enterprise_initiatives_municipality ON social_enterprise_initiatives (municipality_id, stage);

-- A company that buys the social-economic enterprise's work.
CREATE TABLE social_enterprise_partnerships (
    id BIGSERIAL PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    initiative_id BIGINT NOT NULL REFERENCES social_enterprise_initiatives(id),
    company_id BIGINT NOT NULL REFERENCES companies(id),
    description TEXT,
    since TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (initiative_id, company_id)
);

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('citizen', 'mentor', 'caseworker', 'admin', 'manager'));
