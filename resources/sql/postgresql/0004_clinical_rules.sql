-- PostgreSQL's part of schema version 4: a kind of event (a code taken out of the clinical record), the date a
-- form was signed, mail-out batches append-only, and the codes to correct counted from the range index.
-- A function's $$-quoted body may hold semicolons.

ALTER TABLE consent_events ADD COLUMN signed_on TEXT;
ALTER TABLE consent_events DROP CONSTRAINT consent_events_type_check;
ALTER TABLE consent_events ADD CONSTRAINT consent_events_type_check CHECK (type = 'registered' OR type = 'left' OR type = 'pack-sent' OR type = 'letter-returned' OR type = 'choice' OR type = 'coded' OR type = 'gp-review' OR type = 'void' OR type = 'code-removed');

CREATE TRIGGER mailout_batches_append_only BEFORE UPDATE OR DELETE ON mailout_batches
    FOR EACH ROW EXECUTE FUNCTION consentdesk_refuse_change('mail-outs are append-only: their window is what the letters told patients');

CREATE TRIGGER mailout_batches_no_truncate BEFORE TRUNCATE ON mailout_batches
    FOR EACH STATEMENT EXECUTE FUNCTION consentdesk_refuse_change('mail-outs are append-only: their window is what the letters told patients');

DROP INDEX state_segments_range;
CREATE INDEX state_segments_range ON state_segments (programme, valid_from, valid_to)
    INCLUDE (state, gp_review, awaiting_coding, letter_returned, codes_to_correct);
