-- Consent Desk schema, version 5 (the desk, issue #22): who a proxy is, as fields of their form, and a mail-out's
-- packs counted by batch for the header without reading every event.
ALTER TABLE consent_events ADD COLUMN proxy_name TEXT;
ALTER TABLE consent_events ADD COLUMN proxy_relationship TEXT;
CREATE INDEX consent_events_batch ON consent_events (batch_id) WHERE type = 'pack-sent';
