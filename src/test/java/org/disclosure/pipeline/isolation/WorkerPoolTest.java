package org.disclosure.pipeline.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.fixtures.HostilePdfs;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.stage.StageFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real worker processes: a document over its memory or time budget costs a worker, never the caller. */
class WorkerPoolTest {

    @TempDir
    Path root;

    private ArchiveStore store;
    private final Path sample = Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec"));

    @BeforeEach
    void openStore() throws Exception {
        store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
    }

    private WorkerPool pool(String heap, Duration timeout) {
        return new WorkerPool(new WorkerCommand(store.archiveRoot(), store.failedRoot(), 2000, "test"),
                new WorkerLimits(1, heap, timeout, Duration.ofSeconds(60), 100));
    }

    private Job receive(String name, byte[] content) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        return store.receive(Files.write(inbox.resolve(name), content));
    }

    private void assertExtracted(IsolatedExtractStage extract, Job job) throws Exception {
        extract.extract(job);
        DocumentRecord record = store.readDocument(job);
        assertThat(record.source().sha256()).isEqualTo(job.sha256());
        assertThat(record.tables()).isNotEmpty();
    }

    @Test
    void aDocumentIsExtractedInAWorkerAndTypedFailuresComeBackThroughThePipe() throws Exception {
        try (WorkerPool pool = pool("256m", Duration.ofSeconds(60))) {
            IsolatedExtractStage extract = new IsolatedExtractStage(pool);
            assertExtracted(extract, receive("good.pdf", Files.readAllBytes(sample)));

            Job notes = receive("notes.pdf", "会议纪要".getBytes(StandardCharsets.UTF_8));
            StageFailure failure = catchThrowableOfType(StageFailure.class, () -> extract.extract(notes));
            assertThat(failure.reason().code()).isEqualTo("not-a-pdf");
            assertThat(failure.stage()).isEqualTo("extract");
        }
    }

    @Test
    void aDocumentNeedingMoreMemoryThanItsBudgetIsStoppedAndTheNextOneGoesThrough() throws Exception {
        try (WorkerPool pool = pool("128m", Duration.ofSeconds(120))) {
            IsolatedExtractStage extract = new IsolatedExtractStage(pool);
            // ten kilobytes on disk, three million glyphs in memory
            Job bomb = receive("bomb.pdf", HostilePdfs.glyphFlood(3_000_000));
            StageFailure failure = catchThrowableOfType(StageFailure.class, () -> extract.extract(bomb));
            assertThat(failure.reason().code()).isEqualTo("memory-limit");
            assertThat(failure.getMessage()).contains("128m");
            assertThat(bomb.documentJson()).as("no partial document.json").doesNotExist();

            assertExtracted(extract, receive("good.pdf", Files.readAllBytes(sample)));
        }
    }

    @Test
    void aDocumentTakingLongerThanItsBudgetIsStoppedAndTheNextOneGoesThrough() throws Exception {
        // the budget leaves a fresh (cold) worker ample time for the ordinary document that follows
        try (WorkerPool pool = pool("256m", Duration.ofSeconds(10))) {
            IsolatedExtractStage extract = new IsolatedExtractStage(pool);
            // 150 million do-nothing operators: half a minute of parsing, little memory
            Job slow = receive("slow.pdf", HostilePdfs.operatorFlood(150_000_000));
            long started = System.nanoTime();
            StageFailure failure = catchThrowableOfType(StageFailure.class, () -> extract.extract(slow));
            assertThat(failure.reason().code()).isEqualTo("time-limit");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopped at its budget").isLessThan(Duration.ofSeconds(25));
            assertThat(slow.documentJson()).doesNotExist();

            assertExtracted(extract, receive("good.pdf", Files.readAllBytes(sample)));
        }
    }
}
