package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.sql.DriverManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the archive index must do on any database it runs on: the embedded H2
 * ({@link H2IndexTest}) and PostgreSQL ({@link PostgresIndexTest}) run these same tests.
 */
abstract class IndexContract {

    static final String SEED = "seed-2022-unit-budget.spec";
    static final String DISTRICT = "district-2024-dept-budget.spec";
    static final String KIZILSU = "克孜勒苏柯尔克孜自治州人民政府办公室";
    static final String PUTUO = "上海市普陀区某街道办事处";

    @TempDir
    Path root;
    Path archive;
    IndexDatabase database;
    DocumentIndex index;
    DocumentSearch search;

    /** A database of the index's, empty, for this test alone. */
    abstract IndexSettings emptyDatabase(Path root) throws Exception;

    @BeforeEach
    void open() throws Exception {
        archive = Files.createDirectories(root.resolve("archive"));
        database = IndexDatabase.open(emptyDatabase(root));
        index = new DocumentIndex(database, archive);
        search = new DocumentSearch(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aFiledDocumentIsIndexedWithItsTablesFiguresAndChecksAsItsDocumentJsonHasThem() throws Exception {
        Path folder = ArchivedDocuments.file(archive, "seed", SEED, ArchivedDocuments.sha(1), null, null);
        index.index(folder);

        JsonNode json = new ObjectMapper().readTree(folder.resolve("document.json").toFile());
        IndexedDocument document = search.document(ArchivedDocuments.sha(1)).orElseThrow();
        assertThat(document.folder()).isEqualTo("seed");
        assertThat(document.unit()).isEqualTo(KIZILSU);
        assertThat(document.region()).isEqualTo("克孜勒苏柯尔克孜自治州");
        assertThat(document.year()).isEqualTo(2022);
        assertThat(document.kind()).isEqualTo(json.get("document").get("kind").asText());
        assertThat(document.checks().run()).isEqualTo(json.get("summary").get("run").asInt());
        assertThat(document.checks().failed()).isEqualTo(json.get("summary").get("failed").asInt()).isPositive();
        assertThat(document.coverage()).isEqualByComparingTo(json.get("ledger").get("coverage").decimalValue());

        List<IndexedCheck> checks = search.checks(ArchivedDocuments.sha(1)).orElseThrow();
        assertThat(checks).hasSize(json.get("checks").size());
        for (int i = 0; i < checks.size(); i++) {
            assertThat(checks.get(i).rule()).isEqualTo(json.get("checks").get(i).get("rule").asText());
            assertThat(checks.get(i).status()).isEqualTo(json.get("checks").get(i).get("status").asText());
        }
        assertThat(count("document_tables")).isEqualTo(json.get("tables").size());

        // every valued body cell is a figure, with the value document.json has for it
        int valued = 0;
        for (JsonNode table : json.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                for (JsonNode cell : row) {
                    if (cell.has("value") && cell.get("row").asInt() >= table.get("headerRows").asInt()) {
                        valued++;
                    }
                }
            }
        }
        assertThat(count("figures")).isEqualTo(valued).isGreaterThan(50);
    }

    @Test
    void figuresAreFoundBySubjectCodeAndYearWithTheirTableRowColumnPageAndBox() throws Exception {
        Path folder = ArchivedDocuments.file(archive, "seed", SEED, ArchivedDocuments.sha(1), null, null);
        ArchivedDocuments.file(archive, "later", SEED, ArchivedDocuments.sha(2), null, 2023);
        index.reconcile();

        JsonNode json = new ObjectMapper().readTree(folder.resolve("document.json").toFile());
        // the first valued cell on a coded row, as document.json records it
        JsonNode table = null;
        JsonNode cell = null;
        String code = null;
        search:
        for (JsonNode t : json.get("tables")) {
            for (JsonNode meaning : t.path("rowMeanings")) {
                if (meaning.hasNonNull("code")) {
                    for (JsonNode row : t.get("rows")) {
                        for (JsonNode c : row) {
                            if (c.get("row").asInt() == meaning.get("row").asInt() && c.has("value")) {
                                table = t;
                                cell = c;
                                code = meaning.get("code").asText();
                                break search;
                            }
                        }
                    }
                }
            }
        }
        assertThat(code).as("the seed has coded rows with figures").isNotNull();

        SearchResult<IndexedFigure> found = search.figures(new FigureQuery(code, 2022, null, null, null, null, 1000, 0));
        String wanted = code;
        assertThat(found.items()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rowCode()).isEqualTo(wanted);
            assertThat(f.year()).isEqualTo(2022);
            assertThat(f.document()).isEqualTo(ArchivedDocuments.sha(1));
        });
        JsonNode expected = cell;
        String title = table.get("title").asText();
        assertThat(found.items()).anySatisfy(f -> {
            assertThat(f.tableTitle()).isEqualTo(title);
            assertThat(f.row()).isEqualTo(expected.get("row").asInt());
            assertThat(f.column()).isEqualTo(expected.get("column").asInt());
            assertThat(f.value()).isEqualByComparingTo(expected.get("value").decimalValue());
            assertThat(f.page()).isEqualTo(expected.get("page").asInt());
            assertThat(f.box()).hasSize(4);
            assertThat(f.box().get(0)).isCloseTo(expected.get("bbox").get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        });
        assertThat(search.figures(new FigureQuery(code, null, null, null, null, null, 1000, 0)).total())
                .as("both years").isEqualTo(2 * found.total());
        assertThat(search.figures(new FigureQuery(code, 2021, null, null, null, null, 1000, 0)).total()).isZero();
    }

    @Test
    void indexingAgainReplacesTheDocumentsRowsAndLeavesNoneBehind() throws Exception {
        Path folder = ArchivedDocuments.file(archive, "seed", SEED, ArchivedDocuments.sha(1), null, null);
        index.index(folder);
        List<String> once = dump();
        index.index(folder);
        index.index(folder);
        assertThat(dump()).isEqualTo(once);

        // the same folder filed again with other bytes keeps one row, the new one
        ArchivedDocuments.file(archive, "seed", SEED, ArchivedDocuments.sha(9), null, null);
        index.index(folder);
        assertThat(search.document(ArchivedDocuments.sha(1))).isEmpty();
        assertThat(search.document(ArchivedDocuments.sha(9))).isPresent();
        assertThat(count("documents")).isEqualTo(1);
    }

    @Test
    void reconcilingIndexesWhatTheIndexLacksAndRemovesWhatTheArchiveLostAndRereadsWhatChanged() throws Exception {
        Path kept = ArchivedDocuments.file(archive, "kept", SEED, ArchivedDocuments.sha(1), null, null);
        Path lost = ArchivedDocuments.file(archive, "lost", DISTRICT, ArchivedDocuments.sha(2), null, null);
        assertThat(index.reconcile()).isEqualTo(new DocumentIndex.Changes(2, 0, 0));
        assertThat(index.reconcile()).as("nothing to do twice").isEqualTo(new DocumentIndex.Changes(0, 0, 0));

        try (var files = Files.walk(lost)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        ArchivedDocuments.file(archive, "new", DISTRICT, ArchivedDocuments.sha(3), null, null);
        ArchivedDocuments.file(archive, "kept", SEED, ArchivedDocuments.sha(1), "克州人民政府办公室", null);
        Files.setLastModifiedTime(kept.resolve("document.json"),
                FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Files.createDirectories(archive.resolve(".work/node/job"));

        assertThat(index.reconcile()).isEqualTo(new DocumentIndex.Changes(2, 1, 0));
        assertThat(search.documents(DocumentQuery.all()).items()).extracting(IndexedDocument::folder)
                .containsExactlyInAnyOrder("kept", "new");
        assertThat(search.document(ArchivedDocuments.sha(1)).orElseThrow().unit()).isEqualTo("克州人民政府办公室");
    }

    @Test
    void aRebuildFromTheArchiveEqualsTheLiveIndex() throws Exception {
        index.index(ArchivedDocuments.file(archive, "seed", SEED, ArchivedDocuments.sha(1), null, null));
        index.index(ArchivedDocuments.file(archive, "district", DISTRICT, ArchivedDocuments.sha(2), null, null));
        List<String> live = dump();
        assertThat(index.rebuild()).isEqualTo(new DocumentIndex.Changes(2, 2, 0));
        assertThat(dump()).isEqualTo(live);
    }

    @Test
    void documentsAreSearchedByUnitYearKindRegionStatusRuleCoverageAndWordsWithPaging() throws Exception {
        ArchivedDocuments.file(archive, "seed", SEED, ArchivedDocuments.sha(1), null, null);
        ArchivedDocuments.file(archive, "seed-2023", SEED, ArchivedDocuments.sha(2), null, 2023);
        ArchivedDocuments.file(archive, "district", DISTRICT, ArchivedDocuments.sha(3), null, null);
        index.reconcile();
        String failingRule = search.checks(ArchivedDocuments.sha(1)).orElseThrow().stream()
                .filter(c -> c.status().equals("fail")).findFirst().orElseThrow().rule();
        String districtKind = search.document(ArchivedDocuments.sha(3)).orElseThrow().kind();

        assertThat(folders(query().unit("克孜勒苏"))).containsExactlyInAnyOrder("seed", "seed-2023");
        assertThat(folders(query().year(2023))).containsExactly("seed-2023");
        assertThat(folders(query().kind(districtKind))).containsExactly("district");
        assertThat(folders(query().region("普陀区"))).containsExactly("district");
        assertThat(folders(query().rule(failingRule))).containsExactlyInAnyOrder("seed", "seed-2023");
        assertThat(folders(query().status("problems"))).contains("seed", "seed-2023");
        assertThat(folders(query().text("基本工资"))).as("a row label").containsExactlyInAnyOrder("seed", "seed-2023");
        assertThat(folders(query().text("100%_"))).as("wildcards are literal").isEmpty();
        assertThat(folders(query().text("工资基本"))).as("the words as written, not their terms in any order").isEmpty();
        assertThat(folders(query().text("ISTRI"))).as("a folder's name, in any case").containsExactly("district");
        assertThat(folders(query().coverageMin(new BigDecimal("2")))).isEmpty();
        assertThat(folders(query().coverageMin(BigDecimal.ZERO).coverageMax(BigDecimal.ONE))).hasSize(3);

        SearchResult<IndexedDocument> first = search.documents(query().limit(2).build());
        SearchResult<IndexedDocument> second = search.documents(query().limit(2).offset(2).build());
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).folder()).isNotIn(first.items().stream().map(IndexedDocument::folder).toList());
    }

    @Test
    void archivedDocumentsAreFoundByNormalisedUnitYearAndKind() throws Exception {
        ArchivedDocuments.file(archive, "district", DISTRICT, ArchivedDocuments.sha(3), "上海市普陀区人民政府办公室", null);
        index.reconcile();
        String kind = search.document(ArchivedDocuments.sha(3)).orElseThrow().kind();
        assertThat(search.archivedByUnitYearKind(UnitNames.normalise("普陀区政府办公室"), 2024, kind))
                .extracting(IndexedDocument::folder).containsExactly("district");
        assertThat(search.archivedByUnitYearKind(UnitNames.normalise("普陀区政府办公室"), 2023, kind)).isEmpty();
        assertThat(search.folderOf(ArchivedDocuments.sha(3))).hasValue("district");
        assertThat(search.folderOf(ArchivedDocuments.sha(4))).isEmpty();
    }

    @Test
    void aDatabaseOfTheFirstVersionWithDocumentsIsMigratedKeepingThemAndTakesChecksLearnedFromOtherDocuments() throws Exception {
        IndexSettings settings = database.settings();
        database.close();
        database = null;
        Flyway.configure(IndexDatabase.class.getClassLoader()).dataSource(settings.url(), settings.user(), settings.password())
                .locations(IndexDatabase.MIGRATIONS).cleanDisabled(false).load().clean();
        Flyway.configure(IndexDatabase.class.getClassLoader()).dataSource(settings.url(), settings.user(), settings.password())
                .locations(IndexDatabase.MIGRATIONS).target("1").load().migrate();
        // rows as the first version of the index wrote them
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO documents (sha256, folder, file_name, title, unit, normalised_unit, region,"
                    + " budget_year, kind, pages, status, coverage, checks_run, checks_failed, checks_warned, checks_unverified,"
                    + " not_checked, artefact_failed, received_at, archived_at, record_modified, headline) VALUES ('"
                    + ArchivedDocuments.sha(7) + "', 'old_00000007', 'old.pdf', '2023年部门预算', '" + PUTUO + "', '某街道办事处',"
                    + " '上海市普陀区', 2023, '部门预算', 12, 'complete', 0.98, 2, 1, 0, 0, FALSE, FALSE,"
                    + " '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', 1000, '{}')");
            statement.executeUpdate("INSERT INTO document_tables (document, table_id, title, standard_kind, money_unit, pages)"
                    + " VALUES ('" + ArchivedDocuments.sha(7) + "', 't1', '一般公共预算支出表', 'budget.general-public', '万元', '3')");
            statement.executeUpdate("INSERT INTO figures (document, table_id, grid_row, grid_column, row_code, row_label,"
                    + " column_meaning, column_header, amount, money_unit, percent, page) VALUES ('" + ArchivedDocuments.sha(7)
                    + "', 't1', 2, 2, '2010301', '行政运行', 'budget', '本年预算数', 12.50, '万元', FALSE, 3)");
            statement.executeUpdate("INSERT INTO checks (document, check_order, rule, status, message, page) VALUES ('"
                    + ArchivedDocuments.sha(7) + "', 0, 'table.total-of-classes', 'pass', '相符', 3), ('"
                    + ArchivedDocuments.sha(7) + "', 1, 'cross-doc.prior-year', 'fail', '相差', 3)");
        }

        database = IndexDatabase.open(settings);
        index = new DocumentIndex(database, archive);
        search = new DocumentSearch(database);
        IndexedDocument old = search.document(ArchivedDocuments.sha(7)).orElseThrow();
        assertThat(old.folder()).isEqualTo("old_00000007");
        assertThat(old.unit()).isEqualTo(PUTUO);
        assertThat(old.year()).isEqualTo(2023);
        assertThat(old.checks().failed()).isEqualTo(1);
        assertThat(old.supersededBy()).as("V4: not known to be superseded until read again").isNull();
        assertThat(old.checks().failedAcrossDocuments()).isZero();
        assertThat(search.checks(ArchivedDocuments.sha(7)).orElseThrow())
                .extracting(IndexedCheck::rule, IndexedCheck::status, IndexedCheck::counterpart, IndexedCheck::learned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("table.total-of-classes", "pass", null, false),
                        org.assertj.core.groups.Tuple.tuple("cross-doc.prior-year", "fail", null, false));
        assertThat(search.figures(new FigureQuery("2010301", 2023, null, null, null, null, 10, 0)).items())
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("12.5"));

        // the new shape: a document that learned a failure from a later one has it, named, after its own checks
        Path folder = ArchivedDocuments.file(archive, "learned", SEED, ArchivedDocuments.sha(8), null, null);
        int own = new ObjectMapper().readTree(folder.resolve("document.json").toFile()).get("checks").size();
        CheckRef there = new CheckRef("表", "t1", 3, 2, "201", 1, null, "90.00", null, "201", "上年预算数", "later_00000009");
        CheckRef here = new CheckRef("表", "t1", 3, 3, "201", 2, null, "100.00", null, "201", "本年预算数", null);
        Check learned = new Check("cross-doc.prior-year", CheckStatus.FAIL, "相差 -10.00", new BigDecimal("100.00"),
                new BigDecimal("90.00"), new BigDecimal("-10.00"), List.of(there, here));
        Files.write(folder.resolve(ArchiveLayout.CROSS_CHECKS_JSON), CrossChecksFile.bytes(new CrossChecks(CrossChecks.SCHEMA_VERSION, null,
                List.of(new CrossChecks.Learned("later_00000009", ArchivedDocuments.sha(9), "later", KIZILSU, 2023, "部门预算",
                        "2026-01-02T00:00:00Z", List.of(), List.of(learned))))));
        index.index(folder);
        IndexedCheck found = search.checks(ArchivedDocuments.sha(8)).orElseThrow().get(own);
        assertThat(found.order()).isEqualTo(own);
        assertThat(found.rule()).isEqualTo("cross-doc.prior-year");
        assertThat(found.status()).isEqualTo("fail");
        assertThat(found.counterpart()).isEqualTo("later_00000009");
        assertThat(found.learned()).isTrue();
        assertThat(found.page()).as("the page of this document's figure").isEqualTo(2);
        assertThat(folders(query().rule("cross-doc.prior-year"))).contains("learned", "old_00000007");
        IndexedDocument learning = search.document(ArchivedDocuments.sha(8)).orElseThrow();
        assertThat(learning.checks().failedAcrossDocuments()).isEqualTo(1);
        assertThat(learning.supersededBy()).isNull();

        // V4: a version a later one replaced is marked so, and its checks across documents no longer count
        Files.write(folder.resolve(ArchiveLayout.CROSS_CHECKS_JSON), CrossChecksFile.bytes(new CrossChecks(CrossChecks.SCHEMA_VERSION,
                new CrossChecks.Replacement("learned-again_0000000a", ArchivedDocuments.sha(10), "corrected",
                        "2026-01-03T00:00:00Z"), List.of())));
        index.index(folder);
        IndexedDocument superseded = search.document(ArchivedDocuments.sha(8)).orElseThrow();
        assertThat(superseded.supersededBy()).isEqualTo("learned-again_0000000a");
        assertThat(superseded.checks().failedAcrossDocuments()).isZero();
        assertThat(superseded.checks().failed()).isEqualTo(learning.checks().failed() - 1);
        assertThat(search.checks(ArchivedDocuments.sha(8)).orElseThrow()).noneMatch(IndexedCheck::learned);
    }

    @Test
    void versionsFiledAtOnceAreAllIndexedAndOnlyTheOneArchivedLastStands() throws Exception {
        List<Path> versions = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            Path folder = ArchivedDocuments.file(archive, "version-" + n, SEED, ArchivedDocuments.sha(40 + n), null, null);
            Files.setLastModifiedTime(folder.resolve(ArchiveLayout.DOCUMENT_JSON),
                    FileTime.fromMillis(1_700_000_000_000L + n * 60_000L));
            versions.add(folder);
        }
        ExecutorService filers = Executors.newFixedThreadPool(versions.size());
        try {
            CountDownLatch ready = new CountDownLatch(versions.size());
            List<Future<List<Path>>> filings = new ArrayList<>();
            for (Path folder : versions) {
                filings.add(filers.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return index.filed(folder);
                }));
            }
            for (Future<List<Path>> filing : filings) {
                filing.get(120, TimeUnit.SECONDS);   // none fails on another's writes
            }
        } finally {
            filers.shutdownNow();
        }
        List<IndexedDocument> indexed = search.documents(DocumentQuery.all()).items();
        assertThat(indexed).extracting(IndexedDocument::folder)
                .containsExactlyInAnyOrder("version-0", "version-1", "version-2", "version-3");
        assertThat(indexed).filteredOn(d -> d.supersededBy() == null).extracting(IndexedDocument::folder)
                .as("one version stands, the one archived last").containsExactly("version-3");
        assertThat(indexed).filteredOn(d -> d.supersededBy() != null).extracting(IndexedDocument::supersededBy)
                .containsOnly("version-3").hasSize(3);
        for (Path folder : versions) {
            assertThat(CrossChecksFile.readIn(folder).superseded()).as(folder.getFileName().toString())
                    .isEqualTo(!folder.getFileName().toString().equals("version-3"));
        }
    }

    private List<String> folders(QueryBuilder query) throws Exception {
        return search.documents(query.build()).items().stream().map(IndexedDocument::folder).toList();
    }

    static QueryBuilder query() {
        return new QueryBuilder();
    }

    /** Test shorthand for a {@link DocumentQuery}. */
    static final class QueryBuilder {
        private String unit;
        private Integer year;
        private String kind;
        private String region;
        private String status;
        private String rule;
        private BigDecimal coverageMin;
        private BigDecimal coverageMax;
        private String text;
        private int limit = 100;
        private int offset;

        QueryBuilder unit(String value) { unit = value; return this; }
        QueryBuilder year(int value) { year = value; return this; }
        QueryBuilder kind(String value) { kind = value; return this; }
        QueryBuilder region(String value) { region = value; return this; }
        QueryBuilder status(String value) { status = value; return this; }
        QueryBuilder rule(String value) { rule = value; return this; }
        QueryBuilder coverageMin(BigDecimal value) { coverageMin = value; return this; }
        QueryBuilder coverageMax(BigDecimal value) { coverageMax = value; return this; }
        QueryBuilder text(String value) { text = value; return this; }
        QueryBuilder limit(int value) { limit = value; return this; }
        QueryBuilder offset(int value) { offset = value; return this; }

        DocumentQuery build() {
            return new DocumentQuery(unit, year, kind, region, status, rule, null, coverageMin, coverageMax, text, false,
                    limit, offset);
        }
    }

    long count(String table) throws Exception {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    List<String> dump() throws Exception {
        return IndexDump.of(database);
    }
}
