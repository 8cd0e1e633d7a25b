-- Consent Desk schema, version 4 (the clinical-safety rules): each mail-out keeps the window its letters told
-- patients, and the derived state counts the codes that must come out of the clinical record.

-- Fixed when the batch is recorded: a later change to the practice's window applies to later mail-outs only. The
-- batches already recorded keep the window the practice had when this version first opened them.
ALTER TABLE mailout_batches ADD COLUMN window_days INTEGER NOT NULL DEFAULT 84 CHECK (window_days >= 1 AND window_days <= 365);
UPDATE mailout_batches SET window_days = COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'window_days' AND value <> ''), 84);

ALTER TABLE state_segments ADD COLUMN codes_to_correct INTEGER NOT NULL DEFAULT 0;
