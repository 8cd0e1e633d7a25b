-- Consent Desk schema, version 8 (trust, issue #17): every event and every audit entry sealed in a chain of SHA-256
-- hashes (store/Chains.h). chain_seq is the row's place in its chain, row_hash its seal; chain_heads holds each
-- chain's length and newest seal. Rows already there are sealed in id order by the migration itself.
ALTER TABLE consent_events ADD COLUMN chain_seq ${ID_REF};
ALTER TABLE consent_events ADD COLUMN row_hash TEXT;
ALTER TABLE audit_log ADD COLUMN chain_seq ${ID_REF};
ALTER TABLE audit_log ADD COLUMN row_hash TEXT;
CREATE UNIQUE INDEX consent_events_chain ON consent_events (chain_seq);
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq);
CREATE TABLE chain_heads (
    chain  TEXT PRIMARY KEY,
    seq    ${ID_REF} NOT NULL,
    head   TEXT NOT NULL
);
INSERT INTO chain_heads (chain, seq, head) VALUES ('consent_events', 0, '');
INSERT INTO chain_heads (chain, seq, head) VALUES ('audit_log', 0, '');
