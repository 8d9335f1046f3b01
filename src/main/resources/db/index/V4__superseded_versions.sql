-- Versions of one document (docs/output-format.md#cross-checksjson): a document filed again in a newer
-- version (same unit, year and kind, other bytes) supersedes the older one, which names it here
-- (superseded_by, the latest version's archive folder) and takes no part in checks across documents.
-- checks_failed_across counts the failed checks across documents among checks_failed (own and learned),
-- so the console and the API can show them apart. Rows indexed before are read again at the next
-- start-up (their record time cleared) to fill both.

ALTER TABLE documents ADD COLUMN superseded_by VARCHAR(1000);
ALTER TABLE documents ADD COLUMN checks_failed_across INTEGER DEFAULT 0 NOT NULL;

UPDATE documents SET record_modified = -1;
