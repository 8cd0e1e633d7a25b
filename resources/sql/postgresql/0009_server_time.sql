-- PostgreSQL's part of schema version 9: the server stamps when each event and audit entry was recorded, with its
-- own clock in UTC, whatever the desk sent (trust, issue #17 rule 1). The desk reads consentdesk_recorded_now() in
-- the same transaction before it seals a row, so the seal covers exactly what the server stores; a desk that sends
-- another time finds it replaced and its seal broken, which verify reports.

CREATE FUNCTION consentdesk_recorded_now() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
$$;

-- A whole practice's history copied into an empty database (copy --to, run as the tables' owner) keeps the times it
-- was recorded at: the copying transaction registers itself here, only while both chains are still empty, and the
-- stamp stands aside only for the tables' owner, so a desk login that writes a row here gains nothing.
CREATE TABLE history_loads (
    transaction_id BIGINT PRIMARY KEY
);

CREATE FUNCTION consentdesk_begin_history_load() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM consent_events) OR EXISTS (SELECT 1 FROM audit_log) THEN
        RAISE EXCEPTION 'a history is loaded only into an empty practice';
    END IF;
    INSERT INTO history_loads (transaction_id) VALUES (txid_current()) ON CONFLICT DO NOTHING;
END;
$$;

CREATE FUNCTION consentdesk_loading_history(loaded_table oid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = loaded_table)
       AND EXISTS (SELECT 1 FROM history_loads WHERE transaction_id = txid_current());
$$;

CREATE FUNCTION consentdesk_stamp_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT consentdesk_loading_history(TG_RELID) THEN
        NEW.recorded_at := consentdesk_recorded_now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION consentdesk_stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT consentdesk_loading_history(TG_RELID) THEN
        NEW.at := consentdesk_recorded_now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER consent_events_server_time BEFORE INSERT ON consent_events
    FOR EACH ROW EXECUTE FUNCTION consentdesk_stamp_event();

CREATE TRIGGER audit_log_server_time BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION consentdesk_stamp_audit();

-- The registrations of history loads are removed as each copy commits; nothing else reads them.
CREATE FUNCTION consentdesk_end_history_load() RETURNS void LANGUAGE sql AS $$
    DELETE FROM history_loads WHERE transaction_id = txid_current();
$$;
