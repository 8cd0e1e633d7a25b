-- The desk's search (issue #4): names and postcodes are found by their start whatever the case or spacing, and the
-- list is read in name order straight from the index. Byte order (COLLATE "C"), as the prefix ranges are. These
-- replace the plain indexes of version 1.
DROP INDEX patients_family_name;
DROP INDEX patients_postcode;
CREATE INDEX patients_name_key ON patients ((upper(family_name) COLLATE "C"), (upper(given_name) COLLATE "C"));
CREATE INDEX patients_given_key ON patients ((upper(given_name) COLLATE "C"));
CREATE INDEX patients_postcode_key ON patients ((replace(postcode, ' ', '') COLLATE "C"));
CREATE INDEX patients_nhs_key ON patients ((nhs_number COLLATE "C"));
-- The figures on any date count segments by state and flag: the range index carries them (index-only scans).
DROP INDEX state_segments_range;
CREATE INDEX state_segments_range ON state_segments (programme, valid_from, valid_to)
    INCLUDE (state, gp_review, awaiting_coding, letter_returned);
