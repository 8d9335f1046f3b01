package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.UNIT;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.budget;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's counterparts keep the figures of the documents they read, so that a batch does not
 * read one record again for every document it pairs with; a record written since is read again.
 */
class ArchivedFiguresKeptTest {

    private static final String FOLDER = "budget-2024_aaaa0001";

    @TempDir
    Path folder;

    private final CrossDocumentChecker checker = new CrossDocumentChecker();

    /** Last year's budget in 元 with 2010301 at {@code lastYear}. */
    private static String budget2024(String lastYear) {
        return budget(UNIT, 2024, "部门预算", "元", null,
                row("201", "一般公共服务支出", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("20103", "政府办公厅(室)及相关机构事务", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("2010301", "行政运行", "900,000.00", lastYear, "800,000.00", "200,000.00"),
                row("合计{c2}", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"));
    }

    /** This year's budget in 万元, restating last year's 2010301 as 100.00 万元. */
    private static String budget2025() {
        return budget(UNIT, 2025, "部门预算", "万元", null,
                row("201", "一般公共服务支出", "100.00", "120.00", "90.00", "30.00"),
                row("20103", "政府办公厅(室)及相关机构事务", "100.00", "120.00", "90.00", "30.00"),
                row("2010301", "行政运行", "100.00", "120.00", "90.00", "30.00"),
                row("合计{c2}", "100.00", "120.00", "90.00", "30.00"));
    }

    private List<CheckStatus> priorYear(CrossDocumentFixtures.Read read, ArchiveCounterparts counterparts) {
        return checker.check(read.document(), read.ledger(), counterparts).stream()
                .filter(c -> c.rule().equals(PriorYearRule.ID) && c.refs().get(0).rowLabel().equals("2010301"))
                .map(Check::status).toList();
    }

    @Test
    void aKeptDocumentIsComparedAsBeforeAndARewrittenOneIsReadAgain() throws Exception {
        Path archive = Files.createDirectories(folder.resolve("archive"));
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024("1,000,000.00"), folder), archive, FOLDER);
        ArchiveCounterparts counterparts = new ArchiveCounterparts(archive);
        CrossDocumentFixtures.Read thisYear = CrossDocumentFixtures.read(budget2025(), folder);

        assertThat(priorYear(thisYear, counterparts)).containsExactly(CheckStatus.PASS);
        assertThat(priorYear(thisYear, counterparts)).as("read from what was kept").containsExactly(CheckStatus.PASS);

        // the same folder's record rewritten with another figure, and a later file time
        Path json = archive.resolve(FOLDER).resolve(ArchiveLayout.DOCUMENT_JSON);
        FileTime before = Files.getLastModifiedTime(json);
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024("1,100,000.00"), folder), archive, FOLDER);
        // its file time put back, what was kept still answers: the record is not read for every pairing
        Files.setLastModifiedTime(json, before);
        assertThat(priorYear(thisYear, counterparts)).as("kept while the file time stands").containsExactly(CheckStatus.PASS);
        Files.setLastModifiedTime(json, FileTime.fromMillis(before.toMillis() + 60_000));

        assertThat(priorYear(thisYear, counterparts)).containsExactly(CheckStatus.FAIL);
    }
}
