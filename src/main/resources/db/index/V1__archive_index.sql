-- The archive index (docs/architecture.md#archive-index). Portable SQL: it runs on H2 2.x and on
-- PostgreSQL. Names avoid H2's reserved words (year, value, row). Every row can be rebuilt from
-- the archived document.json files, which stay the record of truth.

CREATE TABLE documents (
    sha256            VARCHAR(64)   NOT NULL PRIMARY KEY,
    folder            VARCHAR(1000) NOT NULL,
    file_name         VARCHAR(1000),
    title             VARCHAR(2000),
    unit              VARCHAR(1000),
    normalised_unit   VARCHAR(1000),
    region            VARCHAR(200),
    budget_year       INTEGER,
    kind              VARCHAR(50),
    pages             INTEGER,
    status            VARCHAR(40)   NOT NULL,
    coverage          DECIMAL(12, 6),
    checks_run        INTEGER       NOT NULL,
    checks_failed     INTEGER       NOT NULL,
    checks_warned     INTEGER       NOT NULL,
    checks_unverified INTEGER       NOT NULL,
    not_checked       BOOLEAN       NOT NULL,
    artefact_failed   BOOLEAN       NOT NULL,
    received_at       VARCHAR(40),
    archived_at       VARCHAR(40)   NOT NULL,
    record_modified   BIGINT        NOT NULL,
    headline          VARCHAR(1000000) NOT NULL
);
CREATE UNIQUE INDEX documents_by_folder ON documents (folder);
CREATE INDEX documents_by_identity ON documents (normalised_unit, budget_year, kind);
CREATE INDEX documents_by_received ON documents (received_at);

CREATE TABLE document_tables (
    document      VARCHAR(64)  NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    table_id      VARCHAR(40)  NOT NULL,
    title         VARCHAR(2000),
    standard_kind VARCHAR(100),
    money_unit    VARCHAR(40),
    pages         VARCHAR(400),
    PRIMARY KEY (document, table_id)
);

CREATE TABLE figures (
    document       VARCHAR(64)  NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    table_id       VARCHAR(40)  NOT NULL,
    grid_row       INTEGER      NOT NULL,
    grid_column    INTEGER      NOT NULL,
    row_code       VARCHAR(40),
    row_label      VARCHAR(1000),
    column_meaning VARCHAR(100),
    column_header  VARCHAR(2000),
    amount         DECIMAL(24, 6) NOT NULL,
    money_unit     VARCHAR(40),
    percent        BOOLEAN      NOT NULL,
    page           INTEGER      NOT NULL,
    box_x0         DOUBLE PRECISION,
    box_top        DOUBLE PRECISION,
    box_x1         DOUBLE PRECISION,
    box_bottom     DOUBLE PRECISION,
    PRIMARY KEY (document, table_id, grid_row, grid_column)
);
CREATE INDEX figures_by_code ON figures (row_code);

CREATE TABLE checks (
    document VARCHAR(64)  NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    check_order INTEGER   NOT NULL,
    rule     VARCHAR(200) NOT NULL,
    status   VARCHAR(20)  NOT NULL,
    message  VARCHAR(100000),
    page     INTEGER,
    PRIMARY KEY (document, check_order)
);
CREATE INDEX checks_by_rule ON checks (rule, status);
