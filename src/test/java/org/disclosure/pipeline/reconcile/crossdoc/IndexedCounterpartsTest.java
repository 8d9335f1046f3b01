package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.UNIT;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.budget;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.index.IndexedCounterparts;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index chooses the same counterparts the archive folder holds, so the checks across documents agree. */
class IndexedCounterpartsTest {

    @TempDir
    Path folder;

    private static String budget2024(String unit) {
        return budget(unit, 2024, "部门预算", "元", null,
                row("201", "一般公共服务支出", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("2010301", "行政运行", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("合计{c2}", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"));
    }

    private static String budget2025(String restated) {
        return budget(UNIT, 2025, "部门预算", "万元", null,
                row("201", "一般公共服务支出", "100.00", "120.00", "90.00", "30.00"),
                row("2010301", "行政运行", restated, "120.00", "90.00", "30.00"),
                row("合计{c2}", "100.00", "120.00", "90.00", "30.00"));
    }

    /** Files a record as the archive stage does, with the source the index is keyed by. */
    private void file(Read read, Path archive, String name, String sha256) throws Exception {
        CrossDocumentFixtures.archive(read, archive, name);
        Path json = archive.resolve(name).resolve("document.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode record = (ObjectNode) mapper.readTree(json.toFile());
        record.putObject("source").put("fileName", name + ".pdf").put("sha256", sha256).put("bytes", 1).put("pages", 1);
        mapper.writeValue(json.toFile(), record);
    }

    @Test
    void theIndexChoosesWhatTheFolderHoldsAndTheChecksAgree() throws Exception {
        Path archive = Files.createDirectories(folder.resolve("archive"));
        file(CrossDocumentFixtures.read(budget2024(UNIT), folder), archive, "budget-2024_aaaa0001", "a".repeat(64));
        file(CrossDocumentFixtures.read(budget2024("上海市普陀区另一局"), folder), archive, "other-unit_bbbb0002", "b".repeat(64));
        Read later = CrossDocumentFixtures.read(budget2025("90.00"), folder);

        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            new DocumentIndex(database, archive).reconcile();
            ArchiveCounterparts folders = new ArchiveCounterparts(archive);
            IndexedCounterparts indexed = new IndexedCounterparts(new DocumentSearch(database), archive, folders);

            assertThat(indexed.candidates(2024, "部门预算")).containsExactlyElementsOf(folders.candidates(2024, "部门预算"));
            assertThat(indexed.candidates(2024, "部门预算")).hasSize(2);
            assertThat(indexed.candidates(2023, "部门预算")).isEmpty();
            assertThat(indexed.candidates(2024, "部门决算")).isEmpty();

            CrossDocumentChecker checker = new CrossDocumentChecker();
            List<Check> byIndex = checker.check(later.document(), later.ledger(), indexed);
            assertThat(byIndex).isEqualTo(checker.check(later.document(), later.ledger(), folders));
            assertThat(byIndex).filteredOn(c -> c.rule().equals(PriorYearRule.ID))
                    .anySatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));

            // a folder the index still lists but that is gone is no counterpart
            try (var paths = Files.walk(archive.resolve("budget-2024_aaaa0001"))) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            assertThat(indexed.candidates(2024, "部门预算")).extracting(Counterparts.ArchivedHeadline::folder)
                    .containsExactly("other-unit_bbbb0002");
        }
    }
}
