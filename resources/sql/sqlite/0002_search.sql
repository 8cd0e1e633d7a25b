-- The desk's search (issue #4): names and postcodes are found by their start whatever the case or spacing, and the
-- list is read in name order straight from the index. These replace the plain indexes of version 1.
DROP INDEX patients_family_name;
DROP INDEX patients_postcode;
CREATE INDEX patients_name_key ON patients (upper(family_name), upper(given_name));
CREATE INDEX patients_given_key ON patients (upper(given_name));
CREATE INDEX patients_postcode_key ON patients (replace(postcode, ' ', ''));

-- The desk reads each listed patient's state by (patient, programme, date): keeping the segments in their primary
-- key's order (WITHOUT ROWID) makes that one b-tree lookup instead of two, for every row of every search, and
-- every load writes one b-tree fewer.
CREATE TABLE state_segments_by_patient (
    patient_id       INTEGER NOT NULL REFERENCES patients (id),
    programme        TEXT NOT NULL,
    valid_from       TEXT NOT NULL,
    valid_to         TEXT NOT NULL,
    state            TEXT NOT NULL,
    gp_review        INTEGER NOT NULL,
    awaiting_coding  INTEGER NOT NULL,
    letter_returned  INTEGER NOT NULL,
    PRIMARY KEY (patient_id, programme, valid_from)
) WITHOUT ROWID;
INSERT INTO state_segments_by_patient
    SELECT patient_id, programme, valid_from, valid_to, state, gp_review, awaiting_coding, letter_returned
    FROM state_segments;
DROP TABLE state_segments;
ALTER TABLE state_segments_by_patient RENAME TO state_segments;
-- The figures on any date count segments by state and flag: the range index carries them, so a count never
-- visits the table.
CREATE INDEX state_segments_range ON state_segments (programme, valid_from, valid_to, state, gp_review,
                                                     awaiting_coding, letter_returned);
