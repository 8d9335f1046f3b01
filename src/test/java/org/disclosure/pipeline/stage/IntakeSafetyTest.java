package org.disclosure.pipeline.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.report.ReportWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a dropped entry can do to the archive, run through the real stages without Camel: its name
 * may be any the file system allows (a generated file's, 250 bytes long, with a newline), and it
 * may be a link, a folder or a pipe. Nothing is overwritten, nothing outside the inbox is read, and
 * every entry ends archived or in the failed folder with a record.
 */
class IntakeSafetyTest {

    private static final String SECRET = "root:x:0:0 the contents of a file outside the inbox";

    @TempDir
    Path root;

    private final ObjectMapper json = new ObjectMapper();
    private ArchiveStore store;
    private Path inbox;
    private Path failed;

    @BeforeEach
    void open() throws Exception {
        inbox = Files.createDirectories(root.resolve("inbox"));
        failed = root.resolve("failed");
        store = new ArchiveStore(root.resolve("archive"), failed);
    }

    /** Receive, extract, check, report and file, as the route does; a failure is rejected as the route does. */
    private Outcome process(Path dropped) {
        Job job = null;
        try {
            job = new ReceiveStage(store, new InboxEntries(null), Long.MAX_VALUE).receive(dropped);
            new ExtractStage(store, 2000, "test").extract(job);
            new ReconcileStage(store).reconcile(job);
            new ReportStage(store).report(job);
            return new ArchiveStage(store).archive(job);
        } catch (RuntimeException e) {
            return new RejectStage(store).reject(job, dropped, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ArchiveLayout.DOCUMENT_JSON, ReportWriter.REPORT, ReportWriter.ANNOTATED, ReportWriter.WORKBOOK,
            ReportWriter.CSV_FOLDER, ArchiveLayout.DUPLICATES_JSON, ArchiveLayout.ORIGINAL_FOLDER})
    void aPdfDroppedUnderTheNameOfAGeneratedFileIsArchivedWholeBesideIt(String name) throws Exception {
        byte[] pdf = Files.readAllBytes(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        Path dropped = Files.write(inbox.resolve(name), pdf);

        Outcome outcome = process(dropped);

        assertThat(outcome.archived()).as(outcome.summaryLine()).isTrue();
        Path folder = outcome.location();
        assertThat(ArchiveLayout.original(folder, name)).as("the original, byte for byte").hasBinaryContent(pdf);
        JsonNode document = json.readTree(folder.resolve(ArchiveLayout.DOCUMENT_JSON).toFile());
        assertThat(document.path("source").path("fileName").asText()).as("its dropped name is recorded").isEqualTo(name);
        assertThat(folder.resolve(ReportWriter.REPORT)).content(StandardCharsets.UTF_8).contains("<html");
        assertThat(folder.resolve(ReportWriter.CSV_FOLDER)).isDirectory();
        assertThat(Files.readAllBytes(folder.resolve(ReportWriter.ANNOTATED))).isNotEqualTo(pdf);
    }

    @Test
    void aNameAsLongAsTheFileSystemAllowsIsRejectedOnceWithItsWholeNameRecorded() throws Exception {
        String name = "预".repeat(82) + ".pdf";   // 250 bytes in UTF-8: ".<name>.part" would not fit
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(250);
        Path dropped = Files.writeString(inbox.resolve(name), "not a PDF at all");

        Outcome outcome = process(dropped);

        assertThat(outcome.archived()).isFalse();
        assertThat(outcome.location()).hasContent("not a PDF at all");
        Path record = ArchiveStore.errorRecordOf(outcome.location());
        SchemaAssert.assertValidError(record);
        assertThat(json.readTree(record.toFile()).get("fileName").asText()).isEqualTo(name);
        assertThat(json.readTree(record.toFile()).get("reason").asText()).isEqualTo("not-a-pdf");
        assertThat(hiddenEntries(failed)).as("no temporary file left").isEmpty();
        assertThat(workLeft()).as("no work folder left").isEmpty();
    }

    @Test
    void aValidPdfWithTheLongestNameIsArchivedUnderAFolderNameThatFits() throws Exception {
        String name = "普陀区".repeat(27) + "x.pdf";   // 248 bytes
        byte[] pdf = Files.readAllBytes(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        Path dropped = Files.write(inbox.resolve(name), pdf);

        Outcome outcome = process(dropped);

        assertThat(outcome.archived()).as(outcome.summaryLine()).isTrue();
        assertThat(outcome.location().getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(ArchiveLayout.original(outcome.location(), name)).hasBinaryContent(pdf);
    }

    @Test
    void aDroppedFileNamedLikeAnErrorRecordIsNeverTakenForOne() throws Exception {
        Path dropped = Files.writeString(inbox.resolve("x.error.json"), "{\"reason\":\"forged\"}");

        Outcome outcome = process(dropped);

        assertThat(outcome.location().getFileName().toString()).isEqualTo("x.error.json.file");
        assertThat(json.readTree(ArchiveStore.errorRecordOf(outcome.location()).toFile()).get("fileName").asText())
                .isEqualTo("x.error.json");
    }

    @Test
    void aNewlineInANameCannotForgeASecondLogLine() throws Exception {
        Path dropped = Files.writeString(inbox.resolve("a.pdf\narchived  forged.pdf: 1 pages"), "not a PDF");

        Outcome outcome = process(dropped);

        assertThat(outcome.summaryLine()).doesNotContain("\n").doesNotContain("\r").contains("a.pdf\\narchived  forged.pdf");
        assertThat(outcome.location().getFileName().toString()).doesNotContain("\n");
    }

    @Test
    void aLinkToAFileOutsideTheInboxIsSetAsideAsALinkAndItsTargetIsNeverRead() throws Exception {
        Path secret = Files.writeString(root.resolve("passwd"), SECRET);
        Path link = Files.createSymbolicLink(inbox.resolve("x.pdf"), secret);

        List<Outcome> outcomes = strays().setAside();

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.reason()).startsWith("symlink"));
        assertThat(link).doesNotExist();
        Path moved = outcomes.get(0).location();
        assertThat(Files.isSymbolicLink(moved)).as("the link itself is moved aside").isTrue();
        assertThat(json.readTree(ArchiveStore.errorRecordOf(moved).toFile()).get("reason").asText()).isEqualTo("symlink");
        SchemaAssert.assertValidError(ArchiveStore.errorRecordOf(moved));
        assertNothingHolds(SECRET);
    }

    @Test
    void aLinkThatSlipsPastTheSweepIsRefusedByTheStagesAndFiledAsTheLinkItIs() throws Exception {
        Path secret = Files.writeString(root.resolve("passwd"), SECRET);
        Path link = Files.createSymbolicLink(inbox.resolve("y.pdf"), secret);

        StageFailure refused = catchThrowableOfType(StageFailure.class,
                () -> new ReceiveStage(store, new InboxEntries(null), Long.MAX_VALUE).receive(link));
        assertThat(refused.reason().code()).isEqualTo("symlink");

        Outcome outcome = new RejectStage(store).reject(null, link, refused);
        assertThat(Files.isSymbolicLink(outcome.location())).isTrue();
        assertNothingHolds(SECRET);
    }

    @Test
    void danglingLinksLinksToFoldersFoldersAndPipesEachGetOneRecord() throws Exception {
        Files.createSymbolicLink(inbox.resolve("dangling.pdf"), root.resolve("nowhere.pdf"));
        Files.createSymbolicLink(inbox.resolve("to-a-folder.pdf"), Files.createDirectories(root.resolve("elsewhere")));
        Path folder = Files.createDirectories(inbox.resolve("x.pdf"));
        Files.writeString(folder.resolve("inside.pdf"), "kept with its folder");
        boolean pipe = new ProcessBuilder("mkfifo", inbox.resolve("pipe.pdf").toString()).start().waitFor() == 0;
        Files.writeString(inbox.resolve(".hidden.pdf"), "left alone");
        Files.writeString(inbox.resolve("upload.pdf.part"), "left alone");
        Files.writeString(inbox.resolve("real.pdf"), "a document, taken by the consumer");

        List<Outcome> outcomes = strays().setAside();

        assertThat(outcomes).extracting(Outcome::fileName).containsExactlyInAnyOrder(
                pipe ? new String[] {"dangling.pdf", "to-a-folder.pdf", "x.pdf", "pipe.pdf"}
                        : new String[] {"dangling.pdf", "to-a-folder.pdf", "x.pdf"});
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".hidden.pdf", "upload.pdf.part", "real.pdf");
        }
        assertThat(failed.resolve("x.pdf").resolve("inside.pdf")).as("nothing lost").hasContent("kept with its folder");
        for (Outcome outcome : outcomes) {
            Path record = ArchiveStore.errorRecordOf(outcome.location());
            SchemaAssert.assertValidError(record);
        }
        assertThat(json.readTree(failed.resolve("x.pdf.error.json").toFile()).get("reason").asText()).isEqualTo("folder");
        assertThat(strays().setAside()).as("one record each, not one per look").isEmpty();
    }

    @Test
    void aLinkIntoAConfiguredTrustedRootIsReadAsTheDocumentItLeadsTo() throws Exception {
        Path trusted = Files.createDirectories(root.resolve("scans"));
        byte[] pdf = Files.readAllBytes(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        Path target = Files.write(trusted.resolve("2024.pdf"), pdf);
        Path link = Files.createSymbolicLink(inbox.resolve("linked.pdf"), target);
        Path outside = Files.createSymbolicLink(inbox.resolve("outside.pdf"), Files.writeString(root.resolve("passwd"), SECRET));
        InboxEntries entries = new InboxEntries(trusted);

        assertThat(entries.classify(link)).isEqualTo(InboxEntries.Kind.DOCUMENT);
        assertThat(entries.classify(outside)).isEqualTo(InboxEntries.Kind.LINK);
        Job job = new ReceiveStage(store, entries, Long.MAX_VALUE).receive(link);
        assertThat(job.fileName()).isEqualTo("linked.pdf");
        assertThat(job.storedOriginal()).hasBinaryContent(pdf);
        assertThat(Files.isSymbolicLink(job.storedOriginal())).isFalse();
    }

    private StrayEntries strays() {
        return new StrayEntries(inbox, new InboxEntries(null), store);
    }

    /** No regular file under the failed folder or the archive holds the text. */
    private void assertNothingHolds(String text) throws Exception {
        for (Path area : List.of(failed, root.resolve("archive"))) {
            try (Stream<Path> files = Files.walk(area)) {
                for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("root:x:0:0");
                }
            }
        }
    }

    private static List<Path> hiddenEntries(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private List<Path> workLeft() throws Exception {
        Path work = root.resolve("archive").resolve(".work");
        try (Stream<Path> entries = Files.walk(work, 2)) {
            // job folders lie inside each process's folder, beside its .lease
            return entries.filter(p -> p.getNameCount() == work.getNameCount() + 2 && Files.isDirectory(p)).toList();
        }
    }
}
