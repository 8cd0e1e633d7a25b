-- PostgreSQL's part of schema version 10 (the server enforces roles, issue #18). Each person is a login role of the
-- server, a member of one of the practice's three group roles; the server, not only the desk, decides what each may
-- write. The grants themselves come from the permission table in the code (ServerRoles::applyGrants, run by
-- server-setup), as does event_permissions below; this file holds what the server runs on every insert.
-- The functions the server runs on a desk's behalf (the triggers, the SECURITY DEFINER ones) are pinned to the
-- practice's schema at the end, so a session's search_path or a temporary table cannot stand in for its tables.

-- The practice's group roles, named from its database and schema: roles belong to the whole server, so two
-- practices on one server never share one. Long or unusual names keep a readable start and a hash. Written as plain
-- expressions so the planner inlines them: the server asks on every row a desk inserts.
CREATE FUNCTION consentdesk_group_base(practice_schema text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT current_database() || CASE WHEN practice_schema = 'public' THEN '' ELSE '_' || practice_schema END;
$$;

CREATE FUNCTION consentdesk_group_prefix(base text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN base ~ '^[a-z_][a-z0-9_]{0,39}$' THEN base
                ELSE 'cd_' || left(regexp_replace(lower(base), '[^a-z0-9_]+', '_', 'g'), 28) || '_' || left(md5(base), 8)
           END;
$$;

CREATE FUNCTION consentdesk_group_name(practice_schema text, kind text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT consentdesk_group_prefix(consentdesk_group_base(practice_schema)) || '_' || kind;
$$;

-- The role a login acts in for this practice: its group's, the highest when it is in more than one; NULL when it is
-- in none. to_regrole answers NULL, not an error, for a role that does not exist.
CREATE FUNCTION consentdesk_role_of(practice_schema text, login name) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    prefix text := consentdesk_group_prefix(consentdesk_group_base(practice_schema));
    kind text;
    grp regrole;
BEGIN
    IF to_regrole(quote_ident(login)) IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH kind IN ARRAY ARRAY['manager', 'clinician', 'reception'] LOOP
        grp := to_regrole(quote_ident(prefix || '_' || kind));
        IF grp IS NOT NULL AND pg_has_role(login, grp::oid, 'MEMBER') THEN
            RETURN kind;
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

-- The tables' owner (or a superuser) is the server's administrator: it could alter or disable anything here, so the
-- server holds it to nothing and it signs what it writes itself (copy --to, init, the tests' harness).
CREATE FUNCTION consentdesk_is_administrator(practice_table oid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = practice_table)
        OR COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false);
$$;

-- Which group may record which type of event: written from the code's permission table, by the owner only.
CREATE TABLE event_permissions (
    event_type TEXT NOT NULL,
    role       TEXT NOT NULL,
    PRIMARY KEY (event_type, role)
);

CREATE FUNCTION consentdesk_acting_role(practice_schema text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    acting text := consentdesk_role_of(practice_schema, session_user);
BEGIN
    IF acting IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s is not one of this practice''s Consent Desk users', session_user);
    END IF;
    RETURN acting;
END;
$$;

-- The practice's schema as this version makes it, recorded by server-setup (the owner), so verify can compare a
-- server's schema with it when run by a manager, whose login may not create a probe schema of its own.
CREATE TABLE expected_schema (
    name           TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    tbl            TEXT NOT NULL,
    definition     TEXT NOT NULL,
    schema_version INTEGER NOT NULL
);

-- Who, in which role, and when: the server's, whatever the client sent.
CREATE OR REPLACE FUNCTION consentdesk_stamp_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    acting text;
BEGIN
    IF consentdesk_is_administrator(TG_RELID) THEN
        IF NOT consentdesk_loading_history(TG_RELID) THEN
            NEW.recorded_at := consentdesk_recorded_now();
        END IF;
        RETURN NEW;
    END IF;
    acting := consentdesk_acting_role(TG_TABLE_SCHEMA);
    IF NOT EXISTS (SELECT 1 FROM event_permissions WHERE event_type = NEW.type AND role = acting) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('a %s login may not record a %s event', acting, NEW.type);
    END IF;
    NEW.recorded_by := session_user;
    NEW.recorded_role := acting;
    NEW.recorded_at := consentdesk_recorded_now();
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION consentdesk_stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF consentdesk_is_administrator(TG_RELID) THEN
        IF NOT consentdesk_loading_history(TG_RELID) THEN
            NEW.at := consentdesk_recorded_now();
        END IF;
        RETURN NEW;
    END IF;
    NEW.role := consentdesk_acting_role(TG_TABLE_SCHEMA);
    NEW.user_name := session_user;
    NEW.at := consentdesk_recorded_now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION consentdesk_stamp_mailout() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT consentdesk_is_administrator(TG_RELID) THEN
        NEW.created_by := session_user;
        NEW.created_at := consentdesk_recorded_now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER mailout_batches_stamp BEFORE INSERT ON mailout_batches
    FOR EACH ROW EXECUTE FUNCTION consentdesk_stamp_mailout();

-- A form's checks run under a lock on its patient; taking it here needs no UPDATE right on the patients.
CREATE FUNCTION consentdesk_lock_patient(patient bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM 1 FROM patients WHERE id = patient FOR UPDATE;
END;
$$;

-- Change notices go on a channel of this practice's own, and carry internal ids only. No dot in the name: Qt's
-- driver would quote its halves apart in LISTEN.
CREATE FUNCTION consentdesk_change_channel() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT 'consentdesk_changes_' || CASE WHEN length(current_schema()) <= 40 THEN current_schema()
                                          ELSE md5(current_schema()) END;
$$;

-- The people: only a manager (or the administrator) may add, disable, enable or reset one, through these functions,
-- so no desk login holds CREATEROLE. A password arrives only as a SCRAM-SHA-256 verifier made on the client.
CREATE FUNCTION consentdesk_require_manager() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT consentdesk_is_administrator('users'::regclass)
       AND consentdesk_role_of(current_schema(), session_user) IS DISTINCT FROM 'manager' THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'Only a manager may change the users.';
    END IF;
END;
$$;

CREATE FUNCTION consentdesk_check_verifier(verifier text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF verifier IS NULL
       OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'A password reaches the server only as a SCRAM-SHA-256 verifier, never in clear.';
    END IF;
END;
$$;

-- The practice role of one of its people; refused for anyone else (another practice's login, a superuser).
CREATE FUNCTION consentdesk_require_person(person text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    kind text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person AND NOT rolsuper) THEN
        kind := consentdesk_role_of(current_schema(), person);
    END IF;
    IF kind IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('There is no user called %s.', person);
    END IF;
    RETURN kind;
END;
$$;

CREATE FUNCTION consentdesk_add_person(person text, kind text, verifier text, is_demo boolean) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    new_id bigint;
    grp text := consentdesk_group_name(current_schema(), kind);
BEGIN
    PERFORM consentdesk_require_manager();
    IF kind IS NULL OR NOT (kind = 'reception' OR kind = 'clinician' OR kind = 'manager') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'The role is reception, clinician or manager.';
    END IF;
    IF person IS NULL OR person !~ '^[A-Za-z0-9][A-Za-z0-9._@-]{1,62}$' OR person ~* '^pg_' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = format('"%s" is not a user name.', person);
    END IF;
    PERFORM consentdesk_check_verifier(verifier);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
        RAISE EXCEPTION USING ERRCODE = 'undefined_object',
            MESSAGE = 'This practice''s group roles are missing: its owner runs consentdesk-cli server-setup first.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) OR EXISTS (SELECT 1 FROM users WHERE name = person) THEN
        RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
            MESSAGE = format('There is already a user or server login called %s: choose another name.', person);
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', person, verifier, grp);
    INSERT INTO users (name, role, password_hash, demo, created_at)
        VALUES (person, kind, NULL, CASE WHEN is_demo THEN 1 ELSE 0 END, consentdesk_recorded_now())
        RETURNING id INTO new_id;
    RETURN new_id;
END;
$$;

CREATE FUNCTION consentdesk_set_person_login(person text, may_login boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    kind text;
BEGIN
    PERFORM consentdesk_require_manager();
    kind := consentdesk_require_person(person);
    IF NOT may_login AND kind = 'manager' AND NOT EXISTS (
            SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
            WHERE g.rolname = consentdesk_group_name(current_schema(), 'manager') AND r.rolcanlogin
              AND r.rolname <> person) THEN
        RAISE EXCEPTION USING ERRCODE = 'object_in_use',
            MESSAGE = format('%s is the last manager: add another manager first, or nobody could manage the practice.', person);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', person, CASE WHEN may_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE users SET disabled = CASE WHEN may_login THEN 0 ELSE 1 END WHERE name = person;
END;
$$;

CREATE FUNCTION consentdesk_reset_person(person text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM consentdesk_require_manager();
    PERFORM consentdesk_require_person(person);
    PERFORM consentdesk_check_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', person, verifier);
    UPDATE users SET must_change_password = 1 WHERE name = person;
END;
$$;

CREATE FUNCTION consentdesk_change_own_password(verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM consentdesk_require_person(session_user);
    PERFORM consentdesk_check_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
    UPDATE users SET must_change_password = 0 WHERE name = session_user;
END;
$$;

-- Pin every trigger function and every SECURITY DEFINER function to this schema (pg_temp last); the helpers they
-- call run under that same search_path, unpinned, so the planner can inline them (a pinned call on every inserted
-- row cost several times the insert itself). Let only those the grants name run the definer's functions.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema() AND p.proname LIKE 'consentdesk\_%'
               AND (p.prosecdef OR p.prorettype = 'trigger'::regtype) LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION consentdesk_lock_patient(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION consentdesk_add_person(text, text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION consentdesk_set_person_login(text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION consentdesk_reset_person(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION consentdesk_change_own_password(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION consentdesk_begin_history_load() FROM PUBLIC;
REVOKE ALL ON FUNCTION consentdesk_end_history_load() FROM PUBLIC;
