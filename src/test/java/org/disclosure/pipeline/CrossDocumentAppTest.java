package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.UNIT;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.budget;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two years of one unit's budget dropped one after the other into the real application: the second
 * is checked against the first as archived, its finding points into both, and the first is untouched.
 */
class CrossDocumentAppTest {

    @TempDir
    Path root;

    private int once(Path inbox) throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return App.run(new String[] {"--once", "--inbox", inbox.toString(), "--archive", root.resolve("archive").toString(),
                "--failed", root.resolve("failed").toString()}, quiet, quiet);
    }

    private static String year(int year, String restated, String moneyUnit, String figure) {
        return budget(UNIT, year, "部门预算", moneyUnit, null,
                row("201", "一般公共服务支出", restated, figure, figure, "0.00"),
                row("合计{c2}", restated, figure, figure, "0.00"));
    }

    private Path folderOf(String stem) throws Exception {
        try (Stream<Path> folders = Files.list(root.resolve("archive"))) {
            return folders.filter(f -> f.getFileName().toString().startsWith(stem + "_")).findFirst().orElseThrow();
        }
    }

    @Test
    void theLaterYearIsCheckedAgainstTheArchivedEarlierOneWithRefsIntoBoth() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        CrossDocumentFixtures.render(year(2024, "80.00", "万元", "100.00"), inbox.resolve("budget-2024.pdf"));
        assertThat(once(inbox)).isZero();
        Path earlier = folderOf("budget-2024");
        byte[] earlierRecord = Files.readAllBytes(earlier.resolve(ArchiveLayout.DOCUMENT_JSON));

        CrossDocumentFixtures.render(year(2025, "90.00", "万元", "120.00"), inbox.resolve("budget-2025.pdf"));
        assertThat(once(inbox)).isZero();
        Path later = folderOf("budget-2025");

        DocumentRecord record = DocumentFile.read(later.resolve(ArchiveLayout.DOCUMENT_JSON));
        List<Check> crossDoc = record.checks().stream().filter(c -> c.rule().startsWith("cross-doc.")).toList();
        assertThat(crossDoc).hasSize(2).allSatisfy(c -> {
            assertThat(c.rule()).isEqualTo("cross-doc.prior-year");
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.printed()).isEqualByComparingTo("90.00");
            assertThat(c.expected()).isEqualByComparingTo("100.00");
            assertThat(c.refs().get(0).document()).isNull();
            assertThat(c.refs().get(1).document()).isEqualTo(earlier.getFileName().toString());
        });
        assertThat(record.summary().failed()).isGreaterThanOrEqualTo(2);
        SchemaAssert.assertValidDocument(later.resolve(ArchiveLayout.DOCUMENT_JSON));
        assertThat(Files.readString(later.resolve("report.html")))
                .contains("../" + earlier.getFileName() + "/report.html").contains("cross-doc.prior-year");
        // the earlier document's record is never rewritten
        assertThat(Files.readAllBytes(earlier.resolve(ArchiveLayout.DOCUMENT_JSON))).isEqualTo(earlierRecord);
        DocumentRecord first = DocumentFile.read(earlier.resolve(ArchiveLayout.DOCUMENT_JSON));
        assertThat(first.checks()).noneMatch(c -> c.rule().startsWith("cross-doc."));
    }
}
