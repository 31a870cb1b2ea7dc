-- The whole domain of DESIGN.md. Instants are BIGINT seconds since the Unix epoch (UTC);
-- calendar dates are TEXT 'YYYY-MM-DD'; money is BIGINT øre. The same columns on SQLite
-- and PostgreSQL keep one set of queries valid on both. Every domain row carries its
-- municipality (the tenant).

CREATE TABLE municipalities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE companies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    cvr TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT,
    postcode TEXT,
    contact_name TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    is_social_enterprise INTEGER NOT NULL DEFAULT 0,
    social_enterprise_since TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (municipality_id, cvr)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    role TEXT NOT NULL CHECK (role IN ('citizen', 'mentor', 'caseworker', 'admin')),
    display_name TEXT NOT NULL,
    phone TEXT,
    company_id BIGINT REFERENCES companies(id),
    calendar_token TEXT UNIQUE,
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE INDEX users_municipality ON users (municipality_id);

CREATE TABLE citizens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    user_id BIGINT UNIQUE REFERENCES users(id),
    name TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    postcode TEXT,
    target_group TEXT NOT NULL CHECK (target_group IN ('cash_benefit_activity_ready', 'fleksjob',
        'disability_pension', 'resource_programme', 'integration', 'youth', 'sickness_benefit')),
    caseworker_user_id BIGINT REFERENCES users(id),
    referred_on TEXT,
    accommodations TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX citizens_caseworker ON citizens (municipality_id, caseworker_user_id);

CREATE TABLE openings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    company_id BIGINT NOT NULL REFERENCES companies(id),
    kind TEXT NOT NULL CHECK (kind IN ('small_job', 'internship', 'flex_job', 'sheltered_job')),
    title TEXT NOT NULL,
    tasks TEXT,
    hours_per_week DOUBLE PRECISION,
    location TEXT,
    postcode TEXT,
    hourly_wage_ore BIGINT,
    seats INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
    created_at BIGINT NOT NULL
);

CREATE TABLE placements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    citizen_id BIGINT NOT NULL REFERENCES citizens(id),
    opening_id BIGINT NOT NULL REFERENCES openings(id),
    company_id BIGINT NOT NULL REFERENCES companies(id),
    mentor_user_id BIGINT REFERENCES users(id),
    caseworker_user_id BIGINT REFERENCES users(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    agreed_hours_per_week DOUBLE PRECISION,
    hourly_wage_ore BIGINT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'ended')),
    outcome TEXT CHECK (outcome IN ('ordinary_job', 'fleksjob', 'education', 'continued', 'dropped_out', 'other')),
    created_at BIGINT NOT NULL
);
CREATE INDEX placements_citizen ON placements (citizen_id);
CREATE INDEX placements_mentor ON placements (mentor_user_id);

CREATE TABLE shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    placement_id BIGINT NOT NULL REFERENCES placements(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'attended', 'no_show', 'cancelled', 'absent')),
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX shifts_placement ON shifts (placement_id, starts_at);

CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    placement_id BIGINT NOT NULL REFERENCES placements(id),
    citizen_id BIGINT NOT NULL REFERENCES citizens(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    break_minutes BIGINT NOT NULL DEFAULT 0,
    note TEXT,
    source TEXT NOT NULL CHECK (source IN ('punch', 'manual', 'mentor')),
    client_id TEXT,
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'confirmed', 'rejected', 'locked')),
    reject_reason TEXT,
    decided_by BIGINT REFERENCES users(id),
    decided_at BIGINT,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (ends_at > starts_at),
    UNIQUE (created_by, client_id)
);
CREATE INDEX time_entries_citizen ON time_entries (citizen_id, starts_at);
CREATE INDEX time_entries_placement ON time_entries (placement_id, status);

CREATE TABLE time_entry_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    time_entry_id BIGINT NOT NULL REFERENCES time_entries(id),
    changed_by BIGINT NOT NULL REFERENCES users(id),
    changed_at BIGINT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    reason TEXT
);
CREATE INDEX time_entry_history_entry ON time_entry_history (time_entry_id);

CREATE TABLE absences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    citizen_id BIGINT NOT NULL REFERENCES citizens(id),
    kind TEXT NOT NULL CHECK (kind IN ('sick', 'other')),
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    note TEXT,
    client_id TEXT,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE follow_up_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    placement_id BIGINT NOT NULL REFERENCES placements(id),
    author_user_id BIGINT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('caseworkers', 'shared_with_mentor')),
    created_at BIGINT NOT NULL
);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    metric TEXT NOT NULL,
    target BIGINT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE locked_months (
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    month TEXT NOT NULL,
    locked_by BIGINT NOT NULL REFERENCES users(id),
    locked_at BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, month)
);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    actor_user_id BIGINT REFERENCES users(id),
    citizen_id BIGINT REFERENCES citizens(id),
    action TEXT NOT NULL,
    subject TEXT,
    ip TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_events_citizen ON audit_events (municipality_id, citizen_id, at);

-- Login sessions (tower-sessions records), so app servers keep no state of their own.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
