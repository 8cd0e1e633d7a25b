-- SQLite's part of schema version 8: a row may be changed only to seal it (once, by the migration); a sealed row
-- never. The chain's head may only move forward.
DROP TRIGGER consent_events_no_update;
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events WHEN OLD.row_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only: record a void event instead');
END;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.row_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER chain_heads_forward_only BEFORE UPDATE ON chain_heads WHEN NEW.seq < OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'a chain only grows');
END;

CREATE TRIGGER chain_heads_no_delete BEFORE DELETE ON chain_heads
BEGIN
    SELECT RAISE(ABORT, 'a chain only grows');
END;
