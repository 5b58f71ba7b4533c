-- Runs unchanged on H2 and PostgreSQL. A family record is identified by where it came from: its submission and its
-- row of the Family records sheet. A family reference given twice is a validation error (REC-DUPLICATE, reported
-- at its cell), so such a return is REJECTED and none of its records is stored; the key no longer repeats that
-- check. And the foreign key to submission goes: it was checked once per row, and nothing needs it, since a
-- submission's records are written only by the importer, in the transaction that inserts the submission, under its
-- id, and no submission is ever deleted.
-- Why: on a 1,000,000-record return the keys were most of the cost of storing it (measured on this machine:
-- PostgreSQL 15 COPY 6.9 s with the foreign key, 2.4 s without; H2 batched inserts 11.6 s with both keys, 5.8 s
-- with this one, commit included, since H2 keeps a sheet-ordered key at the end of its tree).
-- Recreated rather than altered because V1 left its constraints unnamed, and each database named them its own way.
CREATE TABLE family_record_v7 (
    submission_id   BIGINT      NOT NULL,
    family_ref      VARCHAR(20) NOT NULL,
    sheet_row       INT         NOT NULL,
    date_identified DATE        NOT NULL,
    date_started    DATE,
    date_closed     DATE,
    outcome         VARCHAR(20),
    CONSTRAINT family_record_pk PRIMARY KEY (submission_id, sheet_row)
);
INSERT INTO family_record_v7 (submission_id, family_ref, sheet_row, date_identified, date_started, date_closed,
        outcome)
    SELECT submission_id, family_ref, sheet_row, date_identified, date_started, date_closed, outcome
    FROM family_record;
DROP TABLE family_record;
ALTER TABLE family_record_v7 RENAME TO family_record;
