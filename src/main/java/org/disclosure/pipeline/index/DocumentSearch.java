package org.disclosure.pipeline.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.reconcile.CheckStatus;

/** Answers searches of the archive from the index alone: no document.json is read. */
public final class DocumentSearch {

    private static final String DOCUMENT_COLUMNS = "d.sha256, d.folder, d.file_name, d.title, d.unit, d.normalised_unit,"
            + " d.region, d.budget_year, d.kind, d.pages, d.status, d.coverage, d.checks_run, d.checks_failed,"
            + " d.checks_warned, d.checks_unverified, d.checks_failed_across, d.not_checked, d.artefact_failed, d.received_at,"
            + " d.archived_at, d.superseded_by";
    /** Newest first, documents without a received time last, ties in folder order so pages do not overlap. */
    private static final String NEWEST_FIRST = "CASE WHEN d.received_at IS NULL THEN 1 ELSE 0 END, d.received_at DESC, d.folder";
    /** Least completely read first: a scan (no coverage) read nothing and leads. */
    private static final String LEAST_COVERED_FIRST = "CASE WHEN d.coverage IS NULL THEN 0 ELSE 1 END, d.coverage, " + NEWEST_FIRST;

    private final IndexDatabase database;

    public DocumentSearch(IndexDatabase database) {
        this.database = database;
    }

    public SearchResult<IndexedDocument> documents(DocumentQuery query) throws SQLException {
        Where where = where(query);
        try (Connection connection = database.connection()) {
            long total = count(connection, "SELECT COUNT(*) FROM documents d" + where.sql(), where.parameters());
            List<IndexedDocument> items = new ArrayList<>();
            try (PreparedStatement select = page(connection, "SELECT " + DOCUMENT_COLUMNS + " FROM documents d" + where.sql()
                    + " ORDER BY " + (query.byCoverage() ? LEAST_COVERED_FIRST : NEWEST_FIRST), where, query.limit(), query.offset());
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(document(rows));
                }
            }
            return new SearchResult<>(total, query.limit(), query.offset(), items);
        }
    }

    /**
     * A matching document's folder and headline JSON (what the console lists), in the query's order, with
     * its check counts as they stand (learned checks included) and the version that superseded it, if any.
     */
    public record Headline(String folder, String headline, IndexedDocument.Checks checks, String supersededBy) {
    }

    public List<Headline> headlines(DocumentQuery query) throws SQLException {
        Where where = where(query);
        List<Headline> headlines = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = page(connection, "SELECT d.folder, d.headline, d.checks_run, d.checks_failed,"
                     + " d.checks_warned, d.checks_unverified, d.checks_failed_across, d.superseded_by FROM documents d" + where.sql()
                     + " ORDER BY " + (query.byCoverage() ? LEAST_COVERED_FIRST : NEWEST_FIRST), where, query.limit(), query.offset());
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                headlines.add(new Headline(rows.getString(1), rows.getString(2), new IndexedDocument.Checks(rows.getInt(3),
                        rows.getInt(4), rows.getInt(5), rows.getInt(6), rows.getInt(7)), rows.getString(8)));
            }
        }
        return headlines;
    }

    /** How many archived documents match the query, whatever its page. */
    public long count(DocumentQuery query) throws SQLException {
        Where where = where(query);
        try (Connection connection = database.connection()) {
            return count(connection, "SELECT COUNT(*) FROM documents d" + where.sql(), where.parameters());
        }
    }

    /** The kinds of document (部门预算, 单位决算 …) the archive holds, in order: what a search may choose from. */
    public List<String> kinds() throws SQLException {
        return distinct("SELECT DISTINCT kind FROM documents WHERE kind IS NOT NULL ORDER BY kind");
    }

    /** The rules of the checks recorded in the archive, in order. */
    public List<String> rules() throws SQLException {
        return distinct("SELECT DISTINCT rule FROM checks ORDER BY rule");
    }

    private List<String> distinct(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** How many archived documents were received after this ISO-8601 time. */
    public long receivedAfter(String isoTime) throws SQLException {
        try (Connection connection = database.connection()) {
            return count(connection, "SELECT COUNT(*) FROM documents WHERE received_at > ?", List.of(isoTime));
        }
    }

    public Optional<IndexedDocument> document(String id) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM documents d WHERE d.sha256 = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(document(rows)) : Optional.empty();
            }
        }
    }

    /** The archive folder holding these exact bytes, if the index has them. */
    public Optional<String> folderOf(String sha256) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT folder FROM documents WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The archived documents of a unit (by {@link UnitNames#normalise normalised name}), budget year
     * and kind (部门预算, 单位决算 …), newest first: a cross-document check's counterparts.
     */
    public List<IndexedDocument> archivedByUnitYearKind(String normalisedUnit, int year, String kind) throws SQLException {
        List<IndexedDocument> found = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM documents d"
                     + " WHERE d.normalised_unit = ? AND d.budget_year = ? AND d.kind = ? ORDER BY " + NEWEST_FIRST)) {
            select.setString(1, normalisedUnit);
            select.setInt(2, year);
            select.setString(3, kind);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(document(rows));
                }
            }
        }
        return found;
    }

    /** The document held in this archive folder, if the index has it. */
    public Optional<IndexedDocument> inFolder(String folder) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM documents d WHERE d.folder = ?")) {
            select.setString(1, folder);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(document(rows)) : Optional.empty();
            }
        }
    }

    /** The folders of the documents that learned checks from the document in {@code folder} (their cross-checks.json). */
    public List<String> learnedFrom(String folder) throws SQLException {
        return foldersWithChecksBy(folder, true);
    }

    /** The folders of the documents whose own checks across documents were made with the document in {@code folder}. */
    public List<String> checkedWith(String folder) throws SQLException {
        return foldersWithChecksBy(folder, false);
    }

    private List<String> foldersWithChecksBy(String counterpart, boolean learned) throws SQLException {
        List<String> folders = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT d.folder FROM checks c"
                     + " JOIN documents d ON d.sha256 = c.document WHERE c.counterpart = ? AND c.learned = ? ORDER BY d.folder")) {
            select.setString(1, counterpart);
            select.setBoolean(2, learned);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    folders.add(rows.getString(1));
                }
            }
        }
        return folders;
    }

    /** The document's checks in document.json's order; empty when the index has no such document. */
    public Optional<List<IndexedCheck>> checks(String id) throws SQLException {
        try (Connection connection = database.connection()) {
            if (count(connection, "SELECT COUNT(*) FROM documents WHERE sha256 = ?", List.of(id)) == 0) {
                return Optional.empty();
            }
            List<IndexedCheck> checks = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT check_order, rule, status, message, page,"
                    + " counterpart, learned FROM checks WHERE document = ? ORDER BY check_order")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        checks.add(new IndexedCheck(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                (Integer) rows.getObject(5, Integer.class), rows.getString(6), rows.getBoolean(7)));
                    }
                }
            }
            return Optional.of(checks);
        }
    }

    public SearchResult<IndexedFigure> figures(FigureQuery query) throws SQLException {
        Where where = new Where();
        where.equal("f.row_code", query.code());
        where.equal("d.budget_year", query.year());
        where.contains(List.of("d.unit", "d.normalised_unit"), query.unit());
        where.equal("d.kind", query.kind());
        where.equal("f.column_meaning", query.columnMeaning());
        where.equal("d.sha256", query.document());
        String from = " FROM figures f JOIN documents d ON d.sha256 = f.document"
                + " JOIN document_tables t ON t.document = f.document AND t.table_id = f.table_id" + where.sql();
        try (Connection connection = database.connection()) {
            long total = count(connection, "SELECT COUNT(*)" + from, where.parameters());
            List<IndexedFigure> items = new ArrayList<>();
            try (PreparedStatement select = page(connection, "SELECT d.sha256, d.folder, d.unit, d.budget_year, d.kind,"
                    + " f.table_id, t.title, f.grid_row, f.grid_column, f.row_code, f.row_label, f.column_meaning,"
                    + " f.column_header, f.amount, f.money_unit, f.percent, f.page, f.box_x0, f.box_top, f.box_x1, f.box_bottom"
                    + from + " ORDER BY d.budget_year DESC, d.folder, f.table_id, f.grid_row, f.grid_column",
                    where, query.limit(), query.offset());
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Double x0 = rows.getObject(18, Double.class);
                    List<Double> box = x0 == null ? null : List.of(x0, rows.getDouble(19), rows.getDouble(20), rows.getDouble(21));
                    items.add(new IndexedFigure(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getObject(4, Integer.class), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getInt(8), rows.getInt(9), rows.getString(10), rows.getString(11), rows.getString(12),
                            rows.getString(13), rows.getBigDecimal(14).stripTrailingZeros(), rows.getString(15),
                            rows.getBoolean(16), rows.getInt(17), box));
                }
            }
            return new SearchResult<>(total, query.limit(), query.offset(), items);
        }
    }

    private static Where where(DocumentQuery query) {
        Where where = new Where();
        where.contains(List.of("d.unit", "d.normalised_unit"), query.unit());
        where.equal("d.budget_year", query.year());
        where.equal("d.kind", query.kind());
        where.contains(List.of("d.region"), query.region());
        if (query.status() != null) {
            Optional<StatusFilter> filter = StatusFilter.of(query.status());
            if (filter.isEmpty()) {
                where.equal("d.status", query.status());
            } else {
                switch (filter.get()) {
                    case PROBLEMS -> where.add("d.not_checked = FALSE AND d.checks_failed > 0");
                    case NOT_CHECKED -> where.add("d.not_checked = TRUE");
                    case ARTEFACT_FAILED -> where.add("d.artefact_failed = TRUE");
                    case INCOMPLETE -> where.add("d.coverage < 1");
                }
            }
        }
        if (query.rule() != null) {
            where.add("EXISTS (SELECT 1 FROM checks c WHERE c.document = d.sha256 AND c.rule = ? AND c.status = ?)",
                    query.rule(), query.ruleStatus() == null ? CheckStatus.FAIL.toString() : query.ruleStatus());
        }
        if (query.coverageMin() != null) {
            where.add("d.coverage >= ?", query.coverageMin());
        }
        if (query.coverageMax() != null) {
            where.add("d.coverage <= ?", query.coverageMax());
        }
        if (query.text() != null) {
            List<String> terms = SearchTerms.ofQuery(query.text());
            if (!terms.isEmpty()) {
                // the documents holding every term of the query: few, found through the terms' index
                List<Object> values = new ArrayList<>(terms);
                values.add(terms.size());
                where.add("d.sha256 IN (SELECT s.document FROM search_terms s WHERE s.term IN ("
                        + String.join(", ", java.util.Collections.nCopies(terms.size(), "?"))
                        + ") GROUP BY s.document HAVING COUNT(*) = ?)", values.toArray());
            }
            // then the words exactly, as they are written (only a query without two neighbouring letters scans all)
            String like = like(query.text());
            where.add("(LOWER(d.file_name) LIKE ? ESCAPE '!' OR LOWER(d.folder) LIKE ? ESCAPE '!'"
                    + " OR LOWER(d.title) LIKE ? ESCAPE '!'"
                    + " OR EXISTS (SELECT 1 FROM document_tables t WHERE t.document = d.sha256 AND LOWER(t.title) LIKE ? ESCAPE '!')"
                    + " OR EXISTS (SELECT 1 FROM figures f WHERE f.document = d.sha256 AND LOWER(f.row_label) LIKE ? ESCAPE '!'))",
                    like, like, like, like, like);
        }
        return where;
    }

    /** A LIKE pattern for text anywhere, its own wildcards taken literally. */
    static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static IndexedDocument document(ResultSet rows) throws SQLException {
        int i = 0;
        return new IndexedDocument(rows.getString(++i), rows.getString(++i), rows.getString(++i), rows.getString(++i),
                rows.getString(++i), rows.getString(++i), rows.getString(++i), rows.getObject(++i, Integer.class),
                rows.getString(++i), rows.getObject(++i, Integer.class), status(rows.getString(++i)),
                stripped(rows.getBigDecimal(++i)),
                new IndexedDocument.Checks(rows.getInt(++i), rows.getInt(++i), rows.getInt(++i), rows.getInt(++i), rows.getInt(++i)),
                rows.getBoolean(++i), rows.getBoolean(++i), rows.getString(++i), rows.getString(++i), rows.getString(++i));
    }

    /** The index holds only words document.json held, and those were read through the same vocabulary. */
    private static DocumentStatus status(String word) {
        return word == null ? null : DocumentStatus.of(word);
    }

    private static java.math.BigDecimal stripped(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static PreparedStatement page(Connection connection, String sql, Where where, int limit, int offset) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql + " LIMIT ? OFFSET ?");
        int i = where.bind(statement);
        statement.setInt(++i, limit);
        statement.setInt(++i, offset);
        return statement;
    }

    private static long count(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** WHERE conditions with their parameters, in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
        }

        void equal(String column, Object value) {
            if (value != null) {
                add(column + " = ?", value);
            }
        }

        void contains(List<String> columns, String words) {
            if (words != null) {
                String like = like(words);
                add("(" + String.join(" OR ", columns.stream().map(c -> "LOWER(" + c + ") LIKE ? ESCAPE '!'").toList()) + ")",
                        columns.stream().map(c -> (Object) like).toArray());
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> parameters() {
            return parameters;
        }

        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return parameters.size();
        }
    }
}
