-- Consent Desk schema, version 6 (the desk's Users dialog, issue #22; the trust issue's `user reset`): a password a
-- manager has reset must be changed by its user at the next sign-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
