-- PostgreSQL's part of schema version 11: a choice may come from the clinical system (channel 'clinical-system'),
-- when a reconciliation finds it coded there and a manager records it on the desk (issue #20).
ALTER TABLE consent_events DROP CONSTRAINT consent_events_channel_check;
ALTER TABLE consent_events ADD CONSTRAINT consent_events_channel_check
    CHECK (channel = 'post' OR channel = 'desk' OR channel = 'mailhouse' OR channel = 'email' OR channel = 'clinical-system');
