-- PostgreSQL's part of schema version 1: the event and audit tables refuse UPDATE, DELETE and TRUNCATE.
-- A function's $$-quoted body may hold semicolons.

CREATE FUNCTION consentdesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;

CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION consentdesk_refuse_change('consent events are append-only: record a void event instead');

CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON consent_events
    FOR EACH STATEMENT EXECUTE FUNCTION consentdesk_refuse_change('consent events are append-only: record a void event instead');

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION consentdesk_refuse_change('the audit trail is append-only');

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION consentdesk_refuse_change('the audit trail is append-only');
