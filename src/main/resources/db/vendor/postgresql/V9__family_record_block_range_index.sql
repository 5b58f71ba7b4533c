-- PostgreSQL only. Family records are written once, a whole return at a time, in key order (the key is the
-- submission's id and the sheet row, V7), and never updated: rows with neighbouring keys lie in neighbouring
-- blocks. A BRIN index (the least and greatest key of each range of blocks) then finds a submission's records
-- as well as a B-tree would, at a fraction of the cost of keeping it: the B-tree of the primary key was more than half
-- of the server's work in a 1,000,000-record COPY. Measured on this machine, 1,000,000 records in one transaction:
-- 1.25-1.33 s with the B-tree, 0.79 s with this index, 0.56-0.59 s with none; the whole import, 4.89 s -> 4.17-4.37 s.
-- The key stays unique by construction, not by an index: a submission's id comes from its sequence, its records
-- are stored by one import in one transaction, and the reader refuses a sheet whose row numbers repeat or go back
-- (FILE-UNREADABLE); the CHECK of V7 still ties the key to submission and row. H2 keeps its primary key, which is
-- the table's own tree there, not a second one.
ALTER TABLE family_record DROP CONSTRAINT family_record_pk;
CREATE INDEX family_record_key_range ON family_record USING brin (record_key) WITH (autosummarize = on);
