package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.disclosure.pipeline.App;
import org.disclosure.pipeline.broker.EmbeddedBroker;
import org.disclosure.pipeline.camel.PipelineMode;
import org.disclosure.pipeline.fixtures.ChildJvm;
import org.disclosure.pipeline.fixtures.PipelineNode;

/**
 * The distributed mode's throughput on this machine: an Artemis broker and a coordinator in this
 * JVM, and N worker processes started as an operator would start them (one document at a time
 * each, extraction isolated in its own worker JVM as by default). The clock runs from the first file
 * dropped into the inbox until the last is in the archive, after every worker has warmed up.
 */
final class ScaleOut {

    private static final String QUEUE = "disclosure.documents";

    private ScaleOut() {
    }

    /**
     * @param warmupPerWorker documents each worker sees before the clock starts: distinct copies of
     *                        the corpus, so the timed run is never answered from the archive
     */
    static Speed run(List<Corpus.Document> documents, int warmupPerWorker, int workers, String isolation, Path work)
            throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path archive = work.resolve("archive");
        String url = "tcp://localhost:" + ChildJvm.freePort();
        List<Process> processes = new ArrayList<>();
        try (EmbeddedBroker broker = EmbeddedBroker.start(url, work.resolve("broker"), QUEUE, QUEUE + ".dead", 4, 1000)) {
            Map<String, String> properties = new HashMap<>();
            properties.put("pipeline.inbox", inbox.toString());
            properties.put("pipeline.archive", archive.toString());
            properties.put("pipeline.failed", work.resolve("failed").toString());
            properties.put("pipeline.broker.url", url);
            properties.put("pipeline.workers", "1");
            properties.put("pipeline.isolation", isolation);
            for (int i = 0; i < workers; i++) {
                List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx512m", "-cp", ChildJvm.classPath()));
                properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
                command.addAll(List.of(App.class.getName(), "--mode", "worker"));
                processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(work.resolve("worker-" + i + ".log").toFile()).start());
            }
            Map<String, String> coordinator = new HashMap<>(properties);
            // files are moved into the inbox whole: no need to watch them settle
            coordinator.put("pipeline.read-lock", "none");
            coordinator.put("pipeline.poll-delay", "100");
            coordinator.put("pipeline.coordinator-failover-ms", "500");
            coordinator.put("camel.server.enabled", "false");
            coordinator.put("camel.management.enabled", "false");
            coordinator.put("camel.main.routes-exclude-pattern", "**/console.camel.yaml");
            try (PipelineNode node = PipelineNode.start(PipelineMode.COORDINATOR, coordinator)) {
                List<Corpus.Document> warm = warmupCopies(documents, warmupPerWorker * workers,
                        Files.createDirectories(work.resolve("warmup")));
                List<Corpus.Document> timed = documents;
                drop(warm, inbox);
                awaitArchived(archive, warm.size());
                long started = System.nanoTime();
                drop(timed, inbox);
                awaitArchived(archive, warm.size() + timed.size());
                double seconds = (System.nanoTime() - started) / 1e9;
                long pages = timed.stream().mapToLong(Corpus.Document::pages).sum();
                return new Speed(workers + (workers == 1 ? " worker" : " workers"), timed.size(), pages, seconds, List.of(),
                        -1, -1, "one coordinator, embedded Artemis, " + workers + " worker processes of one consumer each, isolation " + isolation);
            }
        } finally {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static List<Corpus.Document> warmupCopies(List<Corpus.Document> documents, int count, Path folder)
            throws IOException {
        List<Corpus.Document> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Corpus.Document source = documents.get(i % documents.size());
            Path copy = folder.resolve("warmup-" + i + "-" + source.pdf().getFileName());
            Corpus.distinctCopy(source.pdf(), copy, "warmup " + i);
            copies.add(new Corpus.Document(copy, source.spec(), source.pages()));
        }
        return copies;
    }

    private static void drop(List<Corpus.Document> documents, Path inbox) throws IOException {
        for (Corpus.Document document : documents) {
            Path temp = inbox.resolve(document.pdf().getFileName() + ".part");
            Files.copy(document.pdf(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, inbox.resolve(document.pdf().getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void awaitArchived(Path archive, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (archived(archive) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + archived(archive) + " of " + count + " archived within 30 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static long archived(Path archive) throws IOException {
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        try (Stream<Path> folders = Files.list(archive)) {
            return folders.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }
}
