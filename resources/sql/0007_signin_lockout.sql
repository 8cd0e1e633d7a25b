-- Consent Desk schema, version 7 (trust, issue #17): failed sign-ins in a row, the wait they bring after the fifth,
-- and the 15-minute lock after the tenth (times in UTC, ISO 8601).
ALTER TABLE users ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN next_try_at TEXT;
ALTER TABLE users ADD COLUMN locked_until TEXT;
