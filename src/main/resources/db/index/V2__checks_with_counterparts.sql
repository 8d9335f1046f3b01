-- Checks across documents recorded on both documents (docs/output-format.md#cross-checksjson): a
-- check now names the other document it was made with (counterpart, its archive folder), and says
-- whether it was learned from a later document's record (cross-checks.json) rather than made in this
-- document's own document.json. A document remembers when its cross-checks.json was last written, so
-- start-up re-reads a folder whose file changed. Rows indexed before keep their values: no counterpart,
-- not learned, no cross-checks.json.

ALTER TABLE checks ADD COLUMN counterpart VARCHAR(1000);
ALTER TABLE checks ADD COLUMN learned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE documents ADD COLUMN cross_checks_modified BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX checks_by_counterpart ON checks (counterpart);
