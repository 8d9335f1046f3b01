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
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.index.IndexedCheck;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairs of documents dropped into the real application one after the other: a check across documents
 * is recorded on both (the later one's document.json, the earlier one's cross-checks.json, both in the
 * index and both reports), and a corrected version archived later replaces the pair's checks on both.
 */
class CrossChecksOnBothDocumentsAppTest {

    @TempDir
    Path root;

    private Path archive() {
        return root.resolve("archive");
    }

    private void drop(String spec, String name) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        CrossDocumentFixtures.render(spec, inbox.resolve(name + ".pdf"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(App.run(new String[] {"--once", "--inbox", inbox.toString(), "--archive", archive().toString(),
                "--failed", root.resolve("failed").toString()}, quiet, quiet)).isZero();
    }

    private Path folderOf(String stem) throws Exception {
        try (Stream<Path> folders = Files.list(archive())) {
            return folders.filter(f -> f.getFileName().toString().startsWith(stem + "_")).findFirst().orElseThrow();
        }
    }

    private static String name(Path folder) {
        return folder.getFileName().toString();
    }

    private static DocumentRecord record(Path folder) throws Exception {
        return DocumentFile.read(folder.resolve(ArchiveLayout.DOCUMENT_JSON));
    }

    private static List<Check> across(Path folder) throws Exception {
        return record(folder).checks().stream().filter(CrossChecks::acrossDocuments).toList();
    }

    /** The document's checks as the index answers /api/documents/{id}/checks. */
    private List<IndexedCheck> indexedChecks(Path folder) throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive()))) {
            return new DocumentSearch(database).checks(record(folder).source().sha256()).orElseThrow();
        }
    }

    private static String year(int year, String restated, String figure) {
        return budget(UNIT, year, "部门预算", "万元", null,
                row("201", "一般公共服务支出", restated, figure, figure, "0.00"),
                row("合计{c2}", restated, figure, figure, "0.00"));
    }

    @Test
    void lastYearsDocumentLearnsOfTheFailureWithRefsIntoBothAndTheCorrectedVersionClearsItOnBoth() throws Exception {
        drop(year(2024, "80.00", "100.00"), "budget-2024");
        Path earlier = folderOf("budget-2024");
        byte[] earlierRecord = Files.readAllBytes(earlier.resolve(ArchiveLayout.DOCUMENT_JSON));
        assertThat(earlier.resolve(ArchiveLayout.CROSS_CHECKS_JSON)).doesNotExist();

        drop(year(2025, "90.00", "120.00"), "budget-2025");
        Path later = folderOf("budget-2025");
        assertThat(across(later)).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));

        // the earlier document: its record untouched, the finding beside it, seen from its side
        assertThat(Files.readAllBytes(earlier.resolve(ArchiveLayout.DOCUMENT_JSON))).isEqualTo(earlierRecord);
        CrossChecks learned = CrossChecksFile.readIn(earlier);
        assertThat(learned.learned()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(name(later));
            assertThat(entry.checks()).hasSize(2).allSatisfy(c -> {
                assertThat(c.rule()).isEqualTo("cross-doc.prior-year");
                assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                assertThat(c.printed()).isEqualByComparingTo("90.00");
                assertThat(c.expected()).isEqualByComparingTo("100.00");
                // the printed figure is in the later document, the expected one in this one
                assertThat(c.refs()).extracting(CheckRef::document).containsExactly(name(later), null);
                assertThat(c.refs().get(1).tableId()).isNotNull();
            });
        });
        String report = Files.readString(earlier.resolve("report.html"));
        assertThat(report).contains("与其他文件核对").contains("../" + name(later) + "/report.html").contains("不符 disagrees");
        assertThat(report.indexOf("id=\"cross-documents\"")).isLessThan(report.indexOf("id=\"findings\""));
        assertThat(indexedChecks(earlier)).filteredOn(IndexedCheck::learned).hasSize(2).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo("fail");
            assertThat(c.counterpart()).isEqualTo(name(later));
            assertThat(c.order()).isGreaterThanOrEqualTo(record(earlier).checks().size());
        });
        assertThat(indexedChecks(later)).filteredOn(c -> c.rule().startsWith("cross-doc."))
                .hasSize(2).allSatisfy(c -> assertThat(c.counterpart()).isEqualTo(name(earlier)));
        assertThat(failedInIndex(earlier)).isEqualTo(ownFailures(earlier) + 2);

        // the corrected 2025 budget is archived: its checks pass, and they replace the old ones on the 2024 side
        drop(year(2025, "100.00", "120.00"), "budget-2025-corrected");
        Path corrected = folderOf("budget-2025-corrected");
        assertThat(across(corrected)).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(CrossChecksFile.readIn(earlier).learned()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(name(corrected));
            assertThat(entry.checks()).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        });
        assertThat(indexedChecks(earlier)).filteredOn(IndexedCheck::learned).hasSize(2)
                .allSatisfy(c -> {
                    assertThat(c.status()).isEqualTo("pass");
                    assertThat(c.counterpart()).isEqualTo(name(corrected));
                });
        String cleared = Files.readString(earlier.resolve("report.html"));
        assertThat(cleared).contains("../" + name(corrected) + "/report.html").doesNotContain("../" + name(later) + "/report.html")
                .doesNotContain("不符 disagrees");
        assertThat(failedInIndex(earlier)).isEqualTo(ownFailures(earlier));
        assertThat(failedInIndex(corrected)).isEqualTo(ownFailures(corrected));
        assertThat(Files.readAllBytes(earlier.resolve(ArchiveLayout.DOCUMENT_JSON))).isEqualTo(earlierRecord);

        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }

    @Test
    void aPairDroppedTogetherAndCheckedAtOnceIsCheckedWithEachOther() throws Exception {
        // two workers take both at once: each is checked before the other is filed, and the one filed
        // second must go round again to be checked with the first
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        CrossDocumentFixtures.render(year(2024, "80.00", "100.00"), inbox.resolve("budget-2024.pdf"));
        CrossDocumentFixtures.render(year(2025, "90.00", "120.00"), inbox.resolve("budget-2025.pdf"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(App.run(new String[] {"--once", "--inbox", inbox.toString(), "--archive", archive().toString(),
                "--failed", root.resolve("failed").toString()}, quiet, quiet)).isZero();

        Path a = folderOf("budget-2024");
        Path b = folderOf("budget-2025");
        Path carrier = across(a).isEmpty() ? b : a;
        Path learner = carrier == a ? b : a;
        assertThat(across(carrier)).as("the one filed second carries the checks").hasSize(2)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(across(learner)).isEmpty();
        assertThat(CrossChecksFile.readIn(learner).learned()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(name(carrier));
            assertThat(entry.checks()).hasSize(2);
        });
        assertThat(failedInIndex(learner)).isEqualTo(ownFailures(learner) + 2);
        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }

    private static String department(String figure) {
        return budget(UNIT, 2025, "部门预算", "万元", "本部门预算包括： 1. 普陀区示范局本部",
                row("201", "一般公共服务支出", "100.00", figure, figure, "0.00"),
                row("合计{c2}", "100.00", figure, figure, "0.00"));
    }

    private static String unit(String figure) {
        return budget(UNIT, 2025, "单位预算", "万元", null,
                row("201", "一般公共服务支出", "100.00", figure, figure, "0.00"),
                row("合计{c2}", "100.00", figure, figure, "0.00"));
    }

    @Test
    void aUnitLearnsThatItsDepartmentDisagreesAndItsCorrectedVersionClearsItOnBoth() throws Exception {
        drop(unit("110.00"), "unit");
        Path unit = folderOf("unit");
        drop(department("120.00"), "department");
        Path department = folderOf("department");

        List<Check> summed = across(department).stream().filter(c -> c.rule().equals("cross-doc.department-sum")).toList();
        assertThat(summed).isNotEmpty().anySatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        List<Check> seen = CrossChecksFile.readIn(unit).learned().get(0).checks();
        assertThat(seen).hasSameSizeAs(summed).anySatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.printed()).isEqualByComparingTo("120.00");
            assertThat(c.expected()).isEqualByComparingTo("110.00");
            assertThat(c.refs()).extracting(CheckRef::document).containsExactly(name(department), null);
        });
        assertThat(Files.readString(unit.resolve("report.html"))).contains("与其他文件核对")
                .contains("../" + name(department) + "/report.html");
        assertThat(indexedChecks(unit)).filteredOn(IndexedCheck::learned).anySatisfy(c -> {
            assertThat(c.status()).isEqualTo("fail");
            assertThat(c.counterpart()).isEqualTo(name(department));
        });
        long departmentFailures = summed.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
        assertThat(failedInIndex(unit)).isEqualTo(ownFailures(unit) + departmentFailures);

        // the unit's corrected budget: checked against its department, it passes on both sides
        drop(unit("120.00"), "unit-corrected");
        Path correctedUnit = folderOf("unit-corrected");
        assertThat(across(correctedUnit)).filteredOn(c -> c.rule().equals("cross-doc.department-sum")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        CrossChecks departmentLearned = CrossChecksFile.readIn(department);
        assertThat(departmentLearned.learned()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(name(correctedUnit));
            assertThat(entry.replaces()).containsExactly(name(unit));
        });
        // the department's own checks with the old unit are replaced by the corrected unit's
        assertThat(indexedChecks(department)).filteredOn(c -> c.rule().equals("cross-doc.department-sum"))
                .isNotEmpty().allSatisfy(c -> {
                    assertThat(c.status()).isEqualTo("pass");
                    assertThat(c.counterpart()).isEqualTo(name(correctedUnit));
                    assertThat(c.learned()).isTrue();
                });
        assertThat(failedInIndex(department)).isEqualTo(ownFailures(department) - departmentFailures);
        assertThat(failedInIndex(correctedUnit)).isEqualTo(ownFailures(correctedUnit));
        assertThat(Files.readString(department.resolve("report.html"))).contains("与其他文件核对")
                .contains("../" + name(correctedUnit) + "/report.html");

        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }

    /** The failed checks the index counts for the document (what status=problems filters on). */
    private long failedInIndex(Path folder) throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive()))) {
            return new DocumentSearch(database).document(record(folder).source().sha256()).orElseThrow().checks().failed();
        }
    }

    /** The failed checks the document's own document.json records. */
    private static long ownFailures(Path folder) throws Exception {
        return record(folder).failedChecks();
    }
}
