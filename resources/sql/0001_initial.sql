-- Consent Desk schema, version 1: the tables, the same on both engines. Dates are TEXT 'YYYY-MM-DD', timestamps TEXT
-- ISO 8601, so every query is the same on both. ${ID} is the engine's generated key and ${ID_REF} a column that
-- refers to one (store/Dialect.cpp); each engine's folder adds what only it has (the append-only triggers).
-- Statements end with ';' at the end of a line.
-- CHECKs spell out 'a = x OR a = y': an IN list of three or more builds a temporary b-tree for every row
-- inserted, which made bulk loads several times slower.

CREATE TABLE practice (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    region      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id             ${ID},
    name           TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL CHECK (role = 'reception' OR role = 'clinician' OR role = 'manager'),
    password_hash  TEXT,
    disabled       INTEGER NOT NULL DEFAULT 0,
    demo           INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);

-- NHS numbers are TEXT: never lose a leading zero, never do arithmetic on them.
CREATE TABLE patients (
    id             ${ID},
    nhs_number     TEXT NOT NULL UNIQUE CHECK (length(nhs_number) = 10),
    title          TEXT NOT NULL DEFAULT '',
    given_name     TEXT NOT NULL DEFAULT '',
    family_name    TEXT NOT NULL,
    date_of_birth  TEXT NOT NULL,
    sex            TEXT NOT NULL CHECK (sex = 'M' OR sex = 'F' OR sex = 'U' OR sex = 'I'),
    address        TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    usual_gp       TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
CREATE INDEX patients_family_name ON patients (family_name);
CREATE INDEX patients_postcode ON patients (postcode);
CREATE INDEX patients_date_of_birth ON patients (date_of_birth);

-- A mail-out of information packs; its patients are the pack-sent events that name it.
CREATE TABLE mailout_batches (
    id          ${ID},
    programme   TEXT NOT NULL,
    name        TEXT NOT NULL,
    sent_on     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- The append-only ledger (ARCHITECTURE.md rule 1). Only the columns of an event's type are set.
CREATE TABLE consent_events (
    id                 ${ID},
    patient_id         ${ID_REF} NOT NULL REFERENCES patients (id),
    type               TEXT NOT NULL CHECK (type = 'registered' OR type = 'left' OR type = 'pack-sent' OR type = 'letter-returned' OR type = 'choice' OR type = 'coded' OR type = 'gp-review' OR type = 'void'),
    programme          TEXT NOT NULL DEFAULT '',
    event_date         TEXT NOT NULL,
    choice             TEXT,
    submitted_by       TEXT CHECK (submitted_by = 'patient' OR submitted_by = 'parent' OR submitted_by = 'attorney' OR submitted_by = 'deputy'),
    channel            TEXT CHECK (channel = 'post' OR channel = 'desk' OR channel = 'mailhouse' OR channel = 'email'),
    identity_checked   INTEGER NOT NULL DEFAULT 0,
    signature_present  INTEGER NOT NULL DEFAULT 0,
    batch_id           ${ID_REF} REFERENCES mailout_batches (id),
    addressed_to_parent INTEGER NOT NULL DEFAULT 0,
    read_code          TEXT,
    outcome            TEXT CHECK (outcome = 'upheld' OR outcome = 'overridden'),
    target_event_id    ${ID_REF} REFERENCES consent_events (id),
    reason             TEXT,
    note               TEXT,
    recorded_by        TEXT NOT NULL,
    recorded_role      TEXT NOT NULL,
    recorded_at        TEXT NOT NULL
);
CREATE INDEX consent_events_patient ON consent_events (patient_id, id);
CREATE INDEX consent_events_target ON consent_events (target_event_id);

-- Who did what, when, to which patient. Append-only too.
CREATE TABLE audit_log (
    id          ${ID},
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    patient_id  ${ID_REF} REFERENCES patients (id),
    event_id    ${ID_REF} REFERENCES consent_events (id),
    details     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_patient ON audit_log (patient_id);

-- Derived from the ledger and rewritten with every event of the patient, in the same transaction, so the
-- figures for any date are a range count. `verify` checks it against a fresh fold of every patient.
CREATE TABLE state_segments (
    patient_id       ${ID_REF} NOT NULL REFERENCES patients (id),
    programme        TEXT NOT NULL,
    valid_from       TEXT NOT NULL,
    valid_to         TEXT NOT NULL,
    state            TEXT NOT NULL,
    gp_review        INTEGER NOT NULL,
    awaiting_coding  INTEGER NOT NULL,
    letter_returned  INTEGER NOT NULL,
    PRIMARY KEY (patient_id, programme, valid_from)
);
CREATE INDEX state_segments_range ON state_segments (programme, valid_from, valid_to);
