-- Free text found through an index (docs/api.md#free-text): the two-letter terms of each document's
-- file name, folder, title, table titles and row labels (index/SearchTerms). A query's terms choose
-- the candidates; only they are matched exactly. Documents indexed before have no terms yet: their
-- record time is cleared, so the next start-up's reconciliation reads every archived folder again.

CREATE TABLE search_terms (
    term     VARCHAR(4)  NOT NULL,
    document VARCHAR(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    PRIMARY KEY (term, document)
);
CREATE INDEX search_terms_by_document ON search_terms (document);

UPDATE documents SET record_modified = -1;
