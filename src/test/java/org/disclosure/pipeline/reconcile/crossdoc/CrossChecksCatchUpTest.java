package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.UNIT;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.budget;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.SourceInfo;
import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexDump;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.index.IndexedCheck;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.CheckSummary;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that stopped after filing a document but before telling its counterparts: the next
 * start-up's reconciliation writes their cross-checks.json and index rows, as a rebuild would.
 */
class CrossChecksCatchUpTest {

    private static final String EARLIER = "budget-2024_aaaa0001";
    private static final String LATER = "budget-2025_bbbb0002";

    @TempDir
    Path folder;

    private static String year(int year, String restated, String figure) {
        return budget(UNIT, year, "部门预算", "万元", null,
                row("201", "一般公共服务支出", restated, figure, figure, "0.00"),
                row("合计{c2}", restated, figure, figure, "0.00"));
    }

    /** Files the read document with its checks, as the archive stage leaves it. */
    private static Path file(Read read, List<Check> checks, Path archive, String name, String sha256) throws Exception {
        var d = read.document();
        DocumentRecord record = new DocumentRecord(DocumentRecord.SCHEMA_VERSION, DocumentStatus.COMPLETE,
                new SourceInfo(name + ".pdf", sha256, 1, 1, null, null, null), d.identity(), d.pages(), d.tables(),
                d.requiredTables(), d.performanceTargets(), d.projects(), d.figures(), read.ledger(), CheckSummary.of(checks),
                checks, null);
        Path filed = Files.createDirectories(archive.resolve(name));
        Files.write(filed.resolve(ArchiveLayout.DOCUMENT_JSON), DocumentFile.bytes(record));
        return filed;
    }

    @Test
    void theCounterpartIsToldAtTheNextStartAndARebuildFindsTheSame() throws Exception {
        Path archive = Files.createDirectories(folder.resolve("archive"));
        Path earlier = file(CrossDocumentFixtures.read(year(2024, "80.00", "100.00"), folder), List.of(), archive, EARLIER,
                "a".repeat(64));
        Read later = CrossDocumentFixtures.read(year(2025, "90.00", "120.00"), folder);
        List<Check> checks = new CrossDocumentChecker().check(later.document(), later.ledger(), new ArchiveCounterparts(archive));
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).hasSize(2);

        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            DocumentIndex index = new DocumentIndex(database, archive);
            index.index(earlier);
            // filed, then the process stopped: neither indexed nor told
            file(later, checks, archive, LATER, "b".repeat(64));
            assertThat(earlier.resolve(ArchiveLayout.CROSS_CHECKS_JSON)).doesNotExist();

            assertThat(index.reconcile().indexed()).isEqualTo(2);
            assertThat(CrossChecksFile.readIn(earlier).learned()).singleElement().satisfies(entry -> {
                assertThat(entry.from()).isEqualTo(LATER);
                assertThat(entry.checks()).hasSize(checks.size());
            });
            List<IndexedCheck> indexed = new DocumentSearch(database).checks("a".repeat(64)).orElseThrow();
            assertThat(indexed).filteredOn(c -> c.learned() && c.status().equals("fail")).hasSize(2)
                    .allSatisfy(c -> assertThat(c.counterpart()).isEqualTo(LATER));
            assertThat(index.reconcile()).as("nothing left to do").isEqualTo(new DocumentIndex.Changes(0, 0, 0));

            byte[] told = Files.readAllBytes(earlier.resolve(ArchiveLayout.CROSS_CHECKS_JSON));
            List<String> live = IndexDump.of(database);
            index.rebuild();
            assertThat(IndexDump.of(database)).isEqualTo(live);
            assertThat(Files.readAllBytes(earlier.resolve(ArchiveLayout.CROSS_CHECKS_JSON))).isEqualTo(told);
        }
    }
}
