-- When each user last logged in, for the admin's Brugere list (an account nobody uses is one
-- to close).
ALTER TABLE users ADD COLUMN last_login_at BIGINT;
