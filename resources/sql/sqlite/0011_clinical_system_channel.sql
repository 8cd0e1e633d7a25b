-- SQLite's part of schema version 11: a choice may come from the clinical system (channel 'clinical-system'), when a
-- reconciliation finds it coded there and a manager records it on the desk (issue #20). SQLite cannot change a CHECK
-- in place, so the table is rebuilt as in version 4, every column, index and trigger as they are now; the rows keep
-- their seals (an insert is not an update, and the seal covers the content, not the table).
-- A trigger's body ends with a line 'END;'.

CREATE TABLE consent_events_v11 (
    id                 INTEGER PRIMARY KEY,
    patient_id         INTEGER NOT NULL REFERENCES patients (id),
    type               TEXT NOT NULL CHECK (type = 'registered' OR type = 'left' OR type = 'pack-sent' OR type = 'letter-returned' OR type = 'choice' OR type = 'coded' OR type = 'gp-review' OR type = 'void' OR type = 'code-removed'),
    programme          TEXT NOT NULL DEFAULT '',
    event_date         TEXT NOT NULL,
    choice             TEXT,
    submitted_by       TEXT CHECK (submitted_by = 'patient' OR submitted_by = 'parent' OR submitted_by = 'attorney' OR submitted_by = 'deputy'),
    channel            TEXT CHECK (channel = 'post' OR channel = 'desk' OR channel = 'mailhouse' OR channel = 'email' OR channel = 'clinical-system'),
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
    signed_on          TEXT,
    proxy_name         TEXT,
    proxy_relationship TEXT,
    chain_seq          INTEGER,
    row_hash           TEXT
);
INSERT INTO consent_events_v11 (id, patient_id, type, programme, event_date, choice, submitted_by, channel,
    identity_checked, signature_present, batch_id, addressed_to_parent, read_code, outcome, target_event_id, reason,
    note, recorded_by, recorded_role, recorded_at, signed_on, proxy_name, proxy_relationship, chain_seq, row_hash)
    SELECT id, patient_id, type, programme, event_date, choice, submitted_by, channel, identity_checked,
    signature_present, batch_id, addressed_to_parent, read_code, outcome, target_event_id, reason, note, recorded_by,
    recorded_role, recorded_at, signed_on, proxy_name, proxy_relationship, chain_seq, row_hash FROM consent_events;
DROP TABLE consent_events;
ALTER TABLE consent_events_v11 RENAME TO consent_events;
CREATE INDEX consent_events_patient ON consent_events (patient_id, id);
CREATE INDEX consent_events_target ON consent_events (target_event_id);
CREATE INDEX consent_events_choice_date ON consent_events (event_date) WHERE type = 'choice';
CREATE INDEX consent_events_batch ON consent_events (batch_id) WHERE type = 'pack-sent';
CREATE UNIQUE INDEX consent_events_chain ON consent_events (chain_seq);

CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events WHEN OLD.row_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only: record a void event instead');
END;

CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only: record a void event instead');
END;
