-- PostgreSQL's part of schema version 8: a row may be changed only to seal it (once, by the migration); a sealed row
-- never. The chain's head may only move forward.
DROP TRIGGER consent_events_append_only ON consent_events;
CREATE TRIGGER consent_events_append_only BEFORE DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION consentdesk_refuse_change('consent events are append-only: record a void event instead');
CREATE TRIGGER consent_events_sealed BEFORE UPDATE ON consent_events
    FOR EACH ROW WHEN (OLD.row_hash IS NOT NULL)
    EXECUTE FUNCTION consentdesk_refuse_change('consent events are append-only: record a void event instead');

DROP TRIGGER audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION consentdesk_refuse_change('the audit trail is append-only');
CREATE TRIGGER audit_log_sealed BEFORE UPDATE ON audit_log
    FOR EACH ROW WHEN (OLD.row_hash IS NOT NULL)
    EXECUTE FUNCTION consentdesk_refuse_change('the audit trail is append-only');

CREATE TRIGGER chain_heads_forward_only BEFORE UPDATE ON chain_heads
    FOR EACH ROW WHEN (NEW.seq < OLD.seq)
    EXECUTE FUNCTION consentdesk_refuse_change('a chain only grows');
CREATE TRIGGER chain_heads_no_delete BEFORE DELETE ON chain_heads
    FOR EACH ROW EXECUTE FUNCTION consentdesk_refuse_change('a chain only grows');
