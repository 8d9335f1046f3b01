package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.disclosure.pipeline.fixtures.ChildJvm;
import org.disclosure.pipeline.fixtures.HostilePdfs;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.index.DocumentQuery;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.index.IndexedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service as a real child JVM, killed with SIGKILL in the middle of a batch (or stopped with
 * SIGTERM) and started again: every dropped file must end up archived or failed exactly once,
 * with nothing half-written visible and nothing stranded.
 */
class CrashRecoveryTest {

    private static final List<String> GOOD = List.of("seed-2022-unit-budget.spec", "district-2024-dept-budget.spec",
            "small-unit-2024-unit-budget.spec", "corpus-long-table.spec", "corpus-borderless.spec",
            "corpus-three-line.spec", "corpus-rotated-pages.spec");

    @TempDir
    Path root;

    private Path inbox;
    private Path archive;
    private Path failed;
    private final List<String> dropped = new ArrayList<>();

    private void dropBatch() throws IOException {
        inbox = Files.createDirectories(root.resolve("inbox"));
        archive = root.resolve("archive");
        failed = root.resolve("failed");
        for (String spec : GOOD) {
            drop(spec.replace(".spec", ".pdf"), Files.readAllBytes(Samples.pdf(Samples.named(spec))));
        }
        drop("notes.pdf", "会议纪要, not a PDF".getBytes(StandardCharsets.UTF_8));
        drop("cut-off.pdf", HostilePdfs.truncated(Samples.pdf(Samples.named("district-2024-dept-budget.spec")), 0.5));
    }

    private void drop(String name, byte[] content) throws IOException {
        Files.write(inbox.resolve(name), content);
        dropped.add(name);
    }

    private Process startService() throws IOException {
        int port = ChildJvm.freePort();
        return new ProcessBuilder(ChildJvm.java(), "-Xmx512m", "-Dpipeline.poll-delay=200", "-Dpipeline.read-lock-quiet=300",
                "-Dcamel.server.port=" + port, "-Dcamel.management.port=" + port,
                "-cp", ChildJvm.classPath(), App.class.getName(),
                "--inbox", inbox.toString(), "--archive", archive.toString(), "--failed", failed.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("service.log").toFile())
                .start();
    }

    private int runOnce() throws Exception {
        Process once = new ProcessBuilder(ChildJvm.java(), "-Xmx512m", "-cp", ChildJvm.classPath(), App.class.getName(),
                "--once", "--inbox", inbox.toString(), "--archive", archive.toString(), "--failed", failed.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("once.log").toFile())
                .start();
        assertThat(once.waitFor(180, TimeUnit.SECONDS)).as("the one-shot run ends").isTrue();
        return once.exitValue();
    }

    @ParameterizedTest(name = "killed after {0} documents")
    @ValueSource(ints = {1, 4})
    void killedMidBatchAndRestartedEveryFileEndsUpArchivedOrFailedExactlyOnce(int doneBeforeKill) throws Exception {
        dropBatch();
        Process service = startService();
        awaitOutcomes(doneBeforeKill, service);
        service.destroyForcibly();   // SIGKILL: no shutdown hook, no cleanup
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(visible(inbox)).as("killed mid-batch, with files still to do").isNotEmpty();

        assertNothingHalfWrittenVisible();
        assertWorkersGone();

        assertThat(runOnce()).isZero();
        withLogs(this::assertEveryFileExactlyOnce);
    }

    @Test
    void stoppedCleanlyMidBatchLeavesEachFileDoneOrInTheInboxAndTheNextRunFinishes() throws Exception {
        dropBatch();
        Process service = startService();
        awaitOutcomes(2, service);
        service.destroy();   // SIGTERM: Camel's graceful shutdown
        assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("the service stops").isTrue();

        assertNothingHalfWrittenVisible();
        for (String name : dropped) {
            int places = (Files.exists(inbox.resolve(name)) ? 1 : 0) + placesOutside(name);
            assertThat(places).as(name + " is in the inbox or done, exactly once").isEqualTo(1);
        }
        assertWorkersGone();

        assertThat(runOnce()).isZero();
        withLogs(this::assertEveryFileExactlyOnce);
    }

    private interface Check {
        void run() throws IOException;
    }

    /** A failed check carries the warnings and errors both runs logged: the temp folder goes with the test. */
    private void withLogs(Check check) throws IOException {
        try {
            check.run();
        } catch (AssertionError e) {
            StringBuilder logs = new StringBuilder(e.getMessage()).append("\n");
            for (String name : List.of("service.log", "once.log")) {
                Path log = root.resolve(name);
                if (Files.exists(log)) {
                    logs.append("--- ").append(name).append(" (warnings and errors)\n");
                    Files.readAllLines(log).stream().filter(line -> line.contains("WARN") || line.contains("ERROR") || line.startsWith("\t")
                            || line.contains("Exception")).limit(200).forEach(line -> logs.append(line).append("\n"));
                }
            }
            throw new AssertionError(logs.toString(), e);
        }
    }

    /** Waits until the service has archived or rejected at least {@code count} files. */
    private void awaitOutcomes(int count, Process service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (visible(archive).size() + visible(failed).stream().filter(p -> !p.toString().endsWith(".error.json")).count() < count) {
            if (!service.isAlive()) {
                throw new AssertionError("the service ended by itself:\n" + Files.readString(root.resolve("service.log")));
            }
            assertThat(System.nanoTime()).as("outcomes appear in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Whatever a reader can see is complete: archive folders hold their document.json and original. */
    private void assertNothingHalfWrittenVisible() throws IOException {
        for (Path folder : visible(archive)) {
            assertThat(folder.resolve("document.json")).as(folder + " complete").isRegularFile();
            try (Stream<Path> files = Files.list(folder.resolve("original"))) {
                assertThat(files.map(p -> p.getFileName().toString())).as(folder + " holds its original").anyMatch(dropped::contains);
            }
        }
        for (Path file : visible(failed)) {
            String name = file.getFileName().toString();
            assertThat(dropped.contains(name) || name.endsWith(".error.json")).as(name).isTrue();
        }
    }

    private void assertEveryFileExactlyOnce() throws IOException {
        assertThat(visible(inbox)).as("inbox emptied").isEmpty();
        for (String name : dropped) {
            assertThat(placesOutside(name)).as(name + " archived or failed exactly once").isEqualTo(1);
        }
        for (Path file : visible(failed)) {
            if (!file.toString().endsWith(".error.json")) {
                assertThat(file.resolveSibling(file.getFileName() + ".error.json")).as("reason beside " + file).isRegularFile();
            }
        }
        assertThat(failed.resolve("notes.pdf")).exists();
        assertThat(failed.resolve("cut-off.pdf")).exists();
        try (Stream<Path> work = Files.list(archive.resolve(".work"))) {
            assertThat(work.filter(Files::isDirectory).toList())
                    .as("nothing stranded in the work area: the killed runs' folders cleared, the last run's removed on stop").isEmpty();
        }
        assertThat(hidden(failed)).as("no half-copied rejection").isEmpty();
        assertIndexAgreesWithArchive();
    }

    /** The archive index lists exactly the archived folders, each with its document.json's hash. */
    private void assertIndexAgreesWithArchive() throws IOException {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            List<IndexedDocument> indexed = new DocumentSearch(database).documents(DocumentQuery.all()).items();
            assertThat(indexed).extracting(IndexedDocument::folder).as("the index lists what the archive holds")
                    .containsExactlyInAnyOrderElementsOf(visible(archive).stream().map(p -> p.getFileName().toString()).toList());
            for (IndexedDocument document : indexed) {
                String sha = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(archive.resolve(document.folder()).resolve("document.json").toFile()).get("source").get("sha256").asText();
                assertThat(document.id()).as(document.folder()).isEqualTo(sha);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError("the archive index cannot be read", e);
        }
    }

    /** In how many archive folders and failed-folder files this dropped name ended up. */
    private int placesOutside(String name) throws IOException {
        int places = 0;
        for (Path folder : visible(archive)) {
            if (Files.exists(org.disclosure.pipeline.archive.ArchiveLayout.original(folder, name))) {
                places++;
            }
        }
        if (Files.exists(failed.resolve(name))) {
            places++;
        }
        return places;
    }

    /** The killed service's worker processes notice their parent is gone and end too. */
    private void assertWorkersGone() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Map<Long, String> workers = new HashMap<>();
        do {
            workers.clear();
            ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(args -> String.join(" ", args)).orElse("").contains(archive.toString()))
                    .filter(p -> p.info().arguments().map(args -> List.of(args).contains("org.disclosure.pipeline.isolation.ExtractionWorker")).orElse(false))
                    .forEach(p -> workers.put(p.pid(), p.info().commandLine().orElse("")));
            if (workers.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertThat(workers).as("worker processes outliving their service").isEmpty();
    }

    private static List<Path> visible(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static List<Path> hidden(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals(".work")).toList();
        }
    }
}
