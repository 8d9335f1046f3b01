package org.disclosure.pipeline.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.disclosure.pipeline.console.ConsoleFilter;
import org.disclosure.pipeline.console.ArchiveIndex;

/**
 * How fast the console lists, and the API searches, an archive of N documents (default 10,000):
 * index rows are generated from two real fixture documents under other hashes, units and years,
 * written into a fresh embedded index, then each query is timed (best of 5 after a warm-up).
 * Run: {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=org.disclosure.pipeline.index.IndexListingBench -Dbench.args="10000 10"}
 * (N documents, figures for every 10th).
 */
public final class IndexListingBench {

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        // every document gets its row, tables and checks; its figures (hundreds each) only every n-th,
        // so that generating the rows stays minutes on a small machine
        int figuresEvery = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Files.createTempDirectory("index-bench");
        Path archive = Files.createDirectories(root.resolve("archive"));
        List<IndexRows> templates = List.of(
                DocumentIndex.rowsOf(ArchivedDocuments.file(archive, "seed-template", IndexContract.SEED, ArchivedDocuments.sha(0), null, null)),
                DocumentIndex.rowsOf(ArchivedDocuments.file(archive, "district-template", IndexContract.DISTRICT, ArchivedDocuments.sha(0), null, null)));
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            long started = System.nanoTime();
            long figures = 0;
            try (Connection connection = database.connection()) {
                connection.setAutoCommit(false);
                for (int n = 1; n <= documents; n++) {
                    IndexRows template = templates.get(n % 2);
                    IndexRows rows = variant(template, n, n % figuresEvery == 0);
                    DocumentIndex.replace(connection, rows);
                    figures += rows.figures().size();
                    if (n % 500 == 0) {
                        connection.commit();
                    }
                }
                connection.commit();
            }
            System.out.printf("indexed %d documents (%d figures) in %d ms%n", documents, figures, (System.nanoTime() - started) / 1_000_000);
            System.out.flush();

            ArchiveIndex console = new ArchiveIndex(root.resolve("inbox"), archive, root.resolve("failed"), new DocumentSearch(database));
            DocumentSearch search = new DocumentSearch(database);
            time("console list, no filter (page 1 of " + documents + ")", () -> listed(console, ConsoleFilter.of(null, null, null, null, null)));
            time("console list, by coverage", () -> listed(console, ConsoleFilter.of(null, null, null, null, "coverage")));
            time("console list, year=2023", () -> listed(console, ConsoleFilter.of(null, null, "2023", null, null)));
            time("console list, page 100", () -> listed(console, ConsoleFilter.from(java.util.Map.of("page", "100"))));
            time("console list, kind + rule failed + text", () -> listed(console, ConsoleFilter.from(java.util.Map.of(
                    "kind", templates.get(1).document().kind() == null ? "" : templates.get(1).document().kind(),
                    "rule", templates.get(1).checks().isEmpty() ? "" : templates.get(1).checks().get(0).rule(), "q", "基本工资"))));
            time("console list, status=problems", () -> listed(console, ConsoleFilter.of("problems", null, null, null, null)));
            time("api documents, limit 50", () -> unchecked(() -> search.documents(new DocumentQuery(null, null, null, null, null,
                    null, null, null, null, null, false, 50, 0)).total()));
            time("api documents, unit words + year, limit 50", () -> unchecked(() -> search.documents(new DocumentQuery("单位7", 2024,
                    null, null, null, null, null, null, null, null, false, 50, 0)).total()));
            time("api documents, q=基本工资 (row labels), limit 50", () -> unchecked(() -> search.documents(new DocumentQuery(null, null,
                    null, null, null, null, null, null, null, "基本工资", false, 50, 0)).total()));
            time("api documents, q=基本工资 as a LIKE scan (before V3)", () -> unchecked(() -> likeScan(database, "基本工资")));
            time("api documents, q=工资基本 (terms all present, words not)", () -> unchecked(() -> search.documents(new DocumentQuery(null,
                    null, null, null, null, null, null, null, null, "工资基本", false, 50, 0)).total()));
            time("api figures code=2010301 year=2022, limit 50", () -> unchecked(() -> search.figures(
                    new FigureQuery("2010301", 2022, null, null, null, null, 50, 0)).total()));
        }
    }

    /** What q did before the search terms (V3): every title and row label read, the count then the first page. */
    private static long likeScan(IndexDatabase database, String text) throws java.sql.SQLException {
        String like = DocumentSearch.like(text);
        String where = " FROM documents d WHERE (LOWER(d.file_name) LIKE ? ESCAPE '!' OR LOWER(d.folder) LIKE ? ESCAPE '!'"
                + " OR LOWER(d.title) LIKE ? ESCAPE '!'"
                + " OR EXISTS (SELECT 1 FROM document_tables t WHERE t.document = d.sha256 AND LOWER(t.title) LIKE ? ESCAPE '!')"
                + " OR EXISTS (SELECT 1 FROM figures f WHERE f.document = d.sha256 AND LOWER(f.row_label) LIKE ? ESCAPE '!'))";
        long total;
        try (Connection connection = database.connection()) {
            try (var count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                for (int i = 1; i <= 5; i++) {
                    count.setString(i, like);
                }
                try (var rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            try (var page = connection.prepareStatement("SELECT d.sha256, d.folder" + where
                    + " ORDER BY d.received_at DESC, d.folder LIMIT 50")) {
                for (int i = 1; i <= 5; i++) {
                    page.setString(i, like);
                }
                try (var rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
            }
        }
        return total;
    }

    /** The template's rows as document n: its own hash, folder, unit, year and time. */
    static IndexRows variant(IndexRows template, int n, boolean withFigures) {
        IndexRows.DocumentRow d = template.document();
        String unit = d.unit() + "单位" + n;
        int year = 2016 + n % 10;
        IndexRows.DocumentRow row = new IndexRows.DocumentRow(ArchivedDocuments.sha(n), "doc-" + n + "_" + n, d.fileName(), d.title(),
                unit, UnitNames.normalise(unit), d.region(), year, d.kind(), d.pages(), d.status(), d.coverage(), d.summary(),
                d.notChecked(), d.artefactFailed(), Instant.ofEpochSecond(1_700_000_000L + n * 60L).toString(), d.archivedAt(),
                d.recordModified(), d.headline(), 0L, null, d.failedAcross());
        return new IndexRows(row, template.tables(), withFigures ? template.figures() : List.of(), template.checks());
    }

    private static Object listed(ArchiveIndex console, ConsoleFilter filter) {
        return unchecked(() -> console.list(filter).archived().size());
    }

    private interface Query<T> {
        T run() throws Exception;
    }

    private static <T> T unchecked(Query<T> query) {
        try {
            return query.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(String what, Supplier<Object> query) {
        query.get();
        long best = Long.MAX_VALUE;
        Object answer = null;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            answer = query.get();
            best = Math.min(best, System.nanoTime() - started);
        }
        System.out.printf("%-50s %8.1f ms  (%s)%n", what, best / 1e6, answer);
    }
}
