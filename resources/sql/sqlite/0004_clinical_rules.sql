-- SQLite's part of schema version 4: the ledger gains a kind of event (a code taken out of the clinical record) and
-- the date a form was signed. SQLite cannot change a CHECK in place, so the table is rebuilt as SQLite's ALTER TABLE
-- page sets out (migrations run with foreign keys off and checked before they commit); its indexes and append-only
-- triggers are made again. Mail-out batches become append-only too: their window is part of every pack's meaning.
-- A trigger's body ends with a line 'END;'.

CREATE TABLE consent_events_v4 (
    id                 INTEGER PRIMARY KEY,
    patient_id         INTEGER NOT NULL REFERENCES patients (id),
    type               TEXT NOT NULL CHECK (type = 'registered' OR type = 'left' OR type = 'pack-sent' OR type = 'letter-returned' OR type = 'choice' OR type = 'coded' OR type = 'gp-review' OR type = 'void' OR type = 'code-removed'),
    programme          TEXT NOT NULL DEFAULT '',
    event_date         TEXT NOT NULL,
    choice             TEXT,
    submitted_by       TEXT CHECK (submitted_by = 'patient' OR submitted_by = 'parent' OR submitted_by = 'attorney' OR submitted_by = 'deputy'),
    channel            TEXT CHECK (channel = 'post' OR channel = 'desk' OR channel = 'mailhouse' OR channel = 'email'),
    identity_checked   INTEGER NOT NULL DEFAULT 0,
    signature_present  INTEGER NOT NULL DEFAULT 0,
    batch_id           INTEGER REFERENCES mailout_batches (id),
    addressed_to_parent INTEGER NOT NULL DEFAULT 0,
    read_code          TEXT,
    outcome            TEXT CHECK (outcome = 'upheld' OR outcome = 'overridden'),
    target_event_id    INTEGER REFERENCES consent_events (id),
    reason             TEXT,
    note               TEXT,
    recorded_by        TEXT NOT NULL,
    recorded_role      TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    signed_on          TEXT
);
INSERT INTO consent_events_v4 (id, patient_id, type, programme, event_date, choice, submitted_by, channel,
    identity_checked, signature_present, batch_id, addressed_to_parent, read_code, outcome, target_event_id, reason,
    note, recorded_by, recorded_role, recorded_at)
    SELECT id, patient_id, type, programme, event_date, choice, submitted_by, channel, identity_checked,
    signature_present, batch_id, addressed_to_parent, read_code, outcome, target_event_id, reason, note, recorded_by,
    recorded_role, recorded_at FROM consent_events;
DROP TABLE consent_events;
ALTER TABLE consent_events_v4 RENAME TO consent_events;
CREATE INDEX consent_events_patient ON consent_events (patient_id, id);
CREATE INDEX consent_events_target ON consent_events (target_event_id);
CREATE INDEX consent_events_choice_date ON consent_events (event_date) WHERE type = 'choice';

CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only: record a void event instead');
END;

CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only: record a void event instead');
END;

CREATE TRIGGER mailout_batches_no_update BEFORE UPDATE ON mailout_batches
BEGIN
    SELECT RAISE(ABORT, 'mail-outs are append-only: their window is what the letters told patients');
END;

CREATE TRIGGER mailout_batches_no_delete BEFORE DELETE ON mailout_batches
BEGIN
    SELECT RAISE(ABORT, 'mail-outs are append-only: their window is what the letters told patients');
END;

DROP INDEX state_segments_range;
CREATE INDEX state_segments_range ON state_segments (programme, valid_from, valid_to, state, gp_review,
                                                     awaiting_coding, letter_returned, codes_to_correct);
