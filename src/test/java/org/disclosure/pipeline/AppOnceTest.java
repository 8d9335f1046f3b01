package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.metrics.StageTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot mode as batch re-runs and acceptance checks use it: the real main, in process. */
class AppOnceTest {

    @TempDir
    Path root;

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = App.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run once(Path inbox) throws Exception {
        return run("--once", "--inbox", inbox.toString(), "--archive", root.resolve("archive").toString(),
                "--failed", root.resolve("failed").toString());
    }

    private static List<Path> pdfsIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void onceWritesTheBatchsTimePerStageWhereThePropertySays() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path sample = pdfsIn(Path.of("inbox-samples")).get(0);
        Files.copy(sample, inbox.resolve(sample.getFileName()));
        Path times = root.resolve("metrics/stages.json");
        System.setProperty(StageTimes.FILE_PROPERTY, times.toString());
        Run run;
        try {
            run = once(inbox);
        } finally {
            System.clearProperty(StageTimes.FILE_PROPERTY);
        }

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode totals = new ObjectMapper().readTree(Files.readString(times));
        // extraction ran in a worker process (the default isolation): its stages came back with its reply
        assertThat(totals.findValuesAsText("stage")).contains(StageTimes.WORKER_START, StageTimes.PARSE, StageTimes.TABLES,
                StageTimes.MODEL, StageTimes.CHECKS, StageTimes.JSON, StageTimes.REPORT_HTML, StageTimes.ANNOTATED_PDF,
                StageTimes.SPREADSHEETS, StageTimes.INTAKE, StageTimes.ARCHIVE);
        for (JsonNode total : totals) {
            assertThat(total.get("count").asLong()).as(total.toString()).isPositive();
            assertThat(total.get("seconds").asDouble()).as(total.toString()).isPositive();
        }
    }

    @Test
    void onceOverTheInboxSamplesArchivesEachAndExitsZero() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        List<Path> samples = pdfsIn(Path.of("inbox-samples"));
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        for (Path sample : samples) {
            Files.copy(sample, inbox.resolve(sample.getFileName()));
        }
        Files.writeString(inbox.resolve("scan-notes.pdf"), "not a pdf at all");

        Run run = once(inbox);

        assertThat(run.status()).as(run.err()).isZero();
        for (Path sample : samples) {
            assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("archived  " + sample.getFileName() + ":"));
        }
        // The seed rendition is a whole disclosure with two real inconsistencies (a project described beyond
        // its funds, a year left from last year's text); the other samples are excerpts, and the required-tables check reports what they leave out.
        assertThat(run.lines()).anySatisfy(line ->
                assertThat(line).startsWith("archived  kizilsu-2022-unit-budget.pdf: 19 pages, 13 tables, 2 checks failed"));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("rejected  scan-notes.pdf: not-a-pdf"));
        assertThat(run.lines()).as("a batch run serves no console").noneMatch(line -> line.startsWith("ready:"));
        assertThat(run.lines()).last().asString()
                .startsWith("total     %d documents: %d archived, 0 duplicates, 1 rejected, ".formatted(samples.size() + 1, samples.size()));
        assertThat(pdfsIn(inbox)).isEmpty();
        try (Stream<Path> docs = Files.walk(root.resolve("archive"))) {
            List<Path> documents = docs.filter(p -> p.getFileName().toString().equals("document.json")).toList();
            assertThat(documents).hasSize(samples.size());
            documents.forEach(SchemaAssert::assertValidDocument);
        }
    }

    @Test
    void onceOverTheRealDisclosuresArchivesOrRejectsEveryFile() throws Exception {
        Path real = Samples.shared().resolve("real");
        assumeTrue(Files.isDirectory(real), "the real PDFs lie in ../shared/real");
        List<Path> pdfs = pdfsIn(real);
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        for (Path pdf : pdfs) {
            Files.copy(pdf, inbox.resolve(pdf.getFileName()));
        }

        Run run = once(inbox);

        assertThat(run.status()).as(run.err()).isZero();
        for (Path pdf : pdfs) {
            assertThat(run.lines()).as("summary names " + pdf.getFileName())
                    .anySatisfy(line -> assertThat(line).matches("(archived|rejected)  \\Q" + pdf.getFileName() + "\\E: .*"));
        }
        assertThat(run.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("archived  nanchang-2023-city-final-accounts-scanned.pdf: 20 pages, 0 tables")
                // read by OCR where Tesseract is installed (.ci/run installs it), else filed as ocr-unavailable
                .containsAnyOf("[ocr]", "[ocr-unavailable]"));
        assertThat(run.lines()).last().asString().startsWith("total     " + pdfs.size() + " documents: ");
        assertThat(pdfsIn(inbox)).isEmpty();
    }

    @Test
    void unusableArgumentsExitNonZeroWithAClearMessage() throws Exception {
        Run missingInbox = run("--once", "--inbox", root.resolve("no-such-folder").toString());
        assertThat(missingInbox.status()).isEqualTo(App.USAGE_ERROR);
        assertThat(missingInbox.err()).contains("inbox folder does not exist").contains("Usage:");

        Run unknown = run("--once", "--outbox", "x");
        assertThat(unknown.status()).isEqualTo(App.USAGE_ERROR);
        assertThat(unknown.err()).contains("unknown option: --outbox");

        Run noValue = run("--once", "--archive");
        assertThat(noValue.status()).isEqualTo(App.USAGE_ERROR);
        assertThat(noValue.err()).contains("--archive needs a folder");

        Path same = Files.createDirectories(root.resolve("same"));
        Run clash = run("--once", "--inbox", same.toString(), "--archive", same.toString());
        assertThat(clash.status()).isEqualTo(App.USAGE_ERROR);
        assertThat(clash.err()).contains("must be different");

        Run badMode = run("--mode", "leader");
        assertThat(badMode.status()).isEqualTo(App.USAGE_ERROR);
        assertThat(badMode.err()).contains("mode must be single, coordinator or worker, not leader");

        Run onceDistributed = run("--once", "--mode", "worker", "--inbox", Files.createDirectories(root.resolve("in")).toString());
        assertThat(onceDistributed.status()).isEqualTo(App.USAGE_ERROR);
        assertThat(onceDistributed.err()).contains("--once runs on one machine");
    }

    @Test
    void helpPrintsUsage() throws Exception {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--once").contains("--inbox DIR").contains("--mode MODE").contains("coordinator");
    }
}
