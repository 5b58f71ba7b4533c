-- Runs unchanged on H2 and PostgreSQL.

-- Who uploaded a submission in the portal (the user's e-mail address); null for a file imported from the inbox.
ALTER TABLE submission ADD COLUMN uploaded_by VARCHAR(320);
