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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.console.ArchiveIndex;
import org.disclosure.pipeline.console.ConsoleFilter;
import org.disclosure.pipeline.console.ConsolePage;
import org.disclosure.pipeline.console.SearchApi;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.index.IndexedCheck;
import org.disclosure.pipeline.index.IndexedDocument;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document filed again in a corrected version, through the real application: the older version is
 * marked superseded (cross-checks.json, report, index, API) and drops what it learned; documents
 * archived later pair with the latest version only; when the corrected version's folder is deleted,
 * the next start-up takes what it said out of its counterparts and lets the older version stand again.
 */
class SupersededVersionsAppTest {

    @TempDir
    Path root;

    private Path archive() {
        return root.resolve("archive");
    }

    private int run(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--once", "--inbox", root.resolve("inbox").toString(), "--archive",
                archive().toString(), "--failed", root.resolve("failed").toString()));
        args.addAll(List.of(extra));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return App.run(args.toArray(String[]::new), quiet, quiet);
    }

    private Path drop(String spec, String name) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        CrossDocumentFixtures.render(spec, inbox.resolve(name + ".pdf"));
        assertThat(run()).isZero();
        try (Stream<Path> folders = Files.list(archive())) {
            return folders.filter(f -> f.getFileName().toString().startsWith(name + "_")).findFirst().orElseThrow();
        }
    }

    private static String year(int year, String restated, String figure) {
        return budget(UNIT, year, "部门预算", "万元", null,
                row("201", "一般公共服务支出", restated, figure, figure, "0.00"),
                row("合计{c2}", restated, figure, figure, "0.00"));
    }

    private static String name(Path folder) {
        return folder.getFileName().toString();
    }

    private static DocumentRecord record(Path folder) throws Exception {
        return Json.read(folder.resolve(ArchiveLayout.DOCUMENT_JSON), DocumentRecord.class);
    }

    private static int ownFailures(Path folder) throws Exception {
        return Math.toIntExact(record(folder).failedChecks());
    }

    /** An operator deletes an archived folder while the service is stopped. */
    private static void deleteFolder(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<Check> across(Path folder) throws Exception {
        return record(folder).checks().stream().filter(CrossChecks::acrossDocuments).toList();
    }

    private IndexedDocument indexed(Path folder) throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive()))) {
            return new DocumentSearch(database).document(record(folder).source().sha256()).orElseThrow();
        }
    }

    private List<IndexedCheck> indexedChecks(Path folder) throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive()))) {
            return new DocumentSearch(database).checks(record(folder).source().sha256()).orElseThrow();
        }
    }

    /** The document as GET /api/documents?year=… answers it, as JSON. */
    private JsonNode apiDocument(Path folder) throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive()))) {
            SearchApi.Answer answer = new SearchApi(new DocumentSearch(database))
                    .documents(Map.of("year", String.valueOf(record(folder).document().year())));
            assertThat(answer.status()).isEqualTo(200);
            for (JsonNode document : new ObjectMapper().readTree(Json.line(answer.body())).get("documents")) {
                if (document.get("folder").asText().equals(name(folder))) {
                    return document;
                }
            }
            throw new AssertionError(name(folder) + " is not listed");
        }
    }

    /** The console's page listing the archive, as the service renders it from the index. */
    private String consolePage() throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive()))) {
            ArchiveIndex console = new ArchiveIndex(root.resolve("inbox"), archive(), root.resolve("failed"),
                    new DocumentSearch(database));
            ConsoleFilter all = ConsoleFilter.from(Map.of());
            return ConsolePage.render(console.list(all), all);
        }
    }

    @Test
    void theOlderVersionIsSupersededLaterDocumentsPairWithTheLatestAndDeletingItLetsTheOlderStandAgain() throws Exception {
        Path first = drop(year(2024, "80.00", "100.00"), "budget-2024");
        Path next = drop(year(2025, "90.00", "120.00"), "budget-2025");
        assertThat(across(next)).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(CrossChecksFile.readIn(first).learned()).singleElement()
                .satisfies(entry -> assertThat(entry.from()).isEqualTo(name(next)));
        int firstOwnFailures = ownFailures(first);
        assertThat(indexed(first).checks().failed()).isEqualTo(firstOwnFailures + 2);

        // the 2024 budget is republished, corrected: it now agrees with what the 2025 budget restates
        Path corrected = drop(year(2024, "80.00", "90.00"), "budget-2024-corrected");
        assertThat(across(corrected)).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));

        CrossChecks superseded = CrossChecksFile.readIn(first);
        assertThat(superseded.supersededBy()).isNotNull();
        assertThat(superseded.supersededBy().folder()).isEqualTo(name(corrected));
        assertThat(superseded.supersededBy().sha256()).isEqualTo(record(corrected).source().sha256());
        assertThat(superseded.learned()).as("the stale findings of the 2025 budget on the old version are gone").isEmpty();
        assertThat(indexed(first).supersededBy()).isEqualTo(name(corrected));
        assertThat(apiDocument(first).get("supersededBy").asText()).isEqualTo(name(corrected));
        assertThat(apiDocument(corrected).has("supersededBy")).isFalse();
        assertThat(consolePage()).contains("已被取代 superseded by <a href=\"/archive/" + name(corrected) + "/report.html\">");
        assertThat(indexed(first).checks().failed()).isEqualTo(firstOwnFailures);
        assertThat(indexed(first).checks().failedAcrossDocuments()).isZero();
        assertThat(indexedChecks(first)).noneMatch(c -> c.rule().startsWith("cross-doc."));
        assertThat(Files.readString(first.resolve("report.html"))).contains("本文件已被更新版本取代")
                .contains("../" + name(corrected) + "/report.html").doesNotContain("../" + name(next) + "/report.html");
        assertThat(indexed(corrected).supersededBy()).isNull();
        assertThat(CrossChecksFile.readIn(corrected).superseded()).isFalse();
        // the 2025 budget's own failures with the old version are replaced by the corrected one's passes
        assertThat(indexed(next).checks().failed()).isEqualTo(ownFailures(next) - 2);
        assertThat(indexed(next).checks().failedAcrossDocuments()).isZero();

        // a 2023 budget archived now is compared with the latest 2024 version only
        Path earlier = drop(year(2023, "70.00", "80.00"), "budget-2023");
        assertThat(across(earlier)).isNotEmpty().allSatisfy(c -> assertThat(c.refs()).extracting(CheckRef::document)
                .filteredOn(d -> d != null).containsOnly(name(corrected)));
        assertThat(CrossChecksFile.readIn(first).learned()).isEmpty();
        assertThat(CrossChecksFile.readIn(corrected).learned()).extracting(CrossChecks.Learned::from)
                .containsExactly(name(earlier));
        ArchiveRebuild.assertRebuildEqualsLive(archive());

        // the corrected version's folder is deleted: the next start-up forgets what it said and the old version stands
        deleteFolder(corrected);
        assertThat(run()).isZero();
        CrossChecks standing = CrossChecksFile.readIn(first);
        assertThat(standing.superseded()).isFalse();
        assertThat(standing.learned()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(name(next));
            assertThat(entry.checks()).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        });
        assertThat(indexed(first).supersededBy()).isNull();
        assertThat(indexed(first).checks().failed()).isEqualTo(firstOwnFailures + 2);
        assertThat(indexed(first).checks().failedAcrossDocuments()).isEqualTo(2);
        assertThat(Files.readString(first.resolve("report.html"))).doesNotContain("本文件已被更新版本取代")
                .contains("../" + name(next) + "/report.html");
        assertThat(CrossChecksFile.readIn(next).learned()).as("what the deleted version said is gone").isEmpty();
        assertThat(indexedChecks(next)).noneMatch(c -> name(corrected).equals(c.counterpart()));
        assertThat(Files.readString(next.resolve("report.html"))).doesNotContain(name(corrected));
        assertThat(indexed(next).checks().failed()).isEqualTo(ownFailures(next));
        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }

    @Test
    void aVersionSupersededAgainNamesTheLatestInItsFileAndRowsAsARebuildDoes() throws Exception {
        Path first = drop(year(2024, "80.00", "100.00"), "budget-2024");
        Path second = drop(year(2024, "80.00", "95.00"), "budget-2024-second");
        int firstFailures = indexed(first).checks().failed();
        Path third = drop(year(2024, "80.00", "90.00"), "budget-2024-third");

        // the first version was superseded already: only whom by changes, in its file and its row
        assertThat(CrossChecksFile.readIn(first).supersededBy().folder()).isEqualTo(name(third));
        assertThat(CrossChecksFile.readIn(second).supersededBy().folder()).isEqualTo(name(third));
        assertThat(indexed(first).supersededBy()).isEqualTo(name(third));
        assertThat(indexed(second).supersededBy()).isEqualTo(name(third));
        assertThat(indexed(third).supersededBy()).isNull();
        assertThat(indexed(first).checks().failed()).isEqualTo(firstFailures);
        assertThat(Files.readString(first.resolve("report.html"))).contains("../" + name(third) + "/report.html")
                .doesNotContain("../" + name(second) + "/report.html");
        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }

    @Test
    void aDeletedCounterpartsFindingsLeaveTheOtherDocumentAtTheNextStart() throws Exception {
        Path first = drop(year(2024, "80.00", "100.00"), "budget-2024");
        Path next = drop(year(2025, "90.00", "120.00"), "budget-2025");
        assertThat(CrossChecksFile.readIn(first).learned()).hasSize(1);
        assertThat(indexed(first).checks().failedAcrossDocuments()).isEqualTo(2);
        // the API and the console count what the later document found, and say how much of it is across documents
        JsonNode checks = apiDocument(first).get("checks");
        assertThat(checks.get("failed").asInt()).isEqualTo(ownFailures(first) + 2);
        assertThat(checks.get("failedAcrossDocuments").asInt()).isEqualTo(2);
        assertThat(apiDocument(next).get("checks").get("failedAcrossDocuments").asInt()).isEqualTo(2);
        String page = consolePage();
        String firstRow = page.substring(page.indexOf("/archive/" + name(first) + "/report.html"));
        firstRow = firstRow.substring(0, firstRow.indexOf("</tr>"));
        assertThat(firstRow).contains("<td class=\"n fail\">" + (ownFailures(first) + 2)
                + " <span class=\"across\"").contains("(其中跨文件 2 across documents)");

        deleteFolder(next);
        assertThat(run()).isZero();

        assertThat(CrossChecksFile.readIn(first).learned()).isEmpty();
        assertThat(indexedChecks(first)).noneMatch(IndexedCheck::learned);
        assertThat(indexed(first).checks().failed()).isEqualTo(ownFailures(first));
        assertThat(indexed(first).checks().failedAcrossDocuments()).isZero();
        assertThat(apiDocument(first).get("checks").get("failed").asInt()).isEqualTo(ownFailures(first));
        assertThat(consolePage()).doesNotContain("跨文件");
        String report = Files.readString(first.resolve("report.html"));
        assertThat(report).doesNotContain("与其他文件核对").doesNotContain(name(next));
        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }

    @Test
    void whatASupersededVersionSaidOfADocumentItsReplacementDoesNotPairWithGoesToo() throws Exception {
        Path next = drop(year(2025, "90.00", "120.00"), "budget-2025");
        Path first = drop(year(2024, "80.00", "100.00"), "budget-2024");
        assertThat(across(first)).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(CrossChecksFile.readIn(next).learned()).extracting(CrossChecks.Learned::from).containsExactly(name(first));
        assertThat(indexed(next).checks().failedAcrossDocuments()).isEqualTo(2);

        // the republished 2024 budget prints another subject only: nothing in it pairs with the 2025 budget
        Path corrected = drop(budget(UNIT, 2024, "部门预算", "万元", null,
                row("205", "教育支出", "60.00", "70.00", "70.00", "0.00")), "budget-2024-corrected");
        assertThat(across(corrected)).isEmpty();
        assertThat(CrossChecksFile.readIn(first).supersededBy().folder()).isEqualTo(name(corrected));
        assertThat(CrossChecksFile.readIn(next).learned()).as("the superseded version's findings are gone").isEmpty();
        assertThat(indexedChecks(next)).noneMatch(IndexedCheck::learned);
        assertThat(indexed(next).checks().failedAcrossDocuments()).isZero();
        assertThat(Files.readString(next.resolve("report.html"))).doesNotContain(name(first));
        ArchiveRebuild.assertRebuildEqualsLive(archive());
    }
}
