-- Runs unchanged on H2 and PostgreSQL. The original bytes of every submission (standard §11) and the uploads the
-- portal is importing.

-- The file of a submission as received, byte for byte, in chunks of 1 MiB (seq 0, 1, ...; an empty file is one
-- empty chunk). Chunks, not one large object: both databases then stream a 50 MiB file in and out 1 MiB at a time
-- (PostgreSQL's driver reads a whole bytea value into memory, in text form twice its size), and one script serves
-- both (BYTEA is bytea on PostgreSQL, BINARY VARYING on H2). Never written for a QUARANTINED return; a submission
-- imported before this table existed has no rows here.
CREATE TABLE submission_original (
    submission_id  BIGINT NOT NULL REFERENCES submission (id),
    seq            INT    NOT NULL,
    bytes          BYTEA  NOT NULL,
    CONSTRAINT submission_original_pk PRIMARY KEY (submission_id, seq)
);

-- An upload being imported in the background, so that any portal node can answer its progress page. Nothing of the
-- return is kept here: who uploaded it, the name they gave it, and once the import has finished what became of it.
CREATE TABLE upload_job (
    id             CHAR(36)      PRIMARY KEY,     -- a random UUID: the address of the progress page
    uploaded_by    VARCHAR(320)  NOT NULL,
    file_name      VARCHAR(1000) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(30),                  -- null while importing; a status, REFUSED or FAILED
    submission_id  BIGINT                        -- the submission, or the one a DUPLICATE repeats
);
CREATE INDEX upload_job_started ON upload_job (started_at);
