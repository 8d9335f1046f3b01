package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.stage.ExtractStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record written by this process is handed to the next stage that reads it, once, and only
 * while document.json is still the file that was written: a stale record is never served.
 */
class HandedOnRecordsTest {

    /** A real record: what the extract stage makes of a small fixture document. */
    private static DocumentRecord extracted;

    @BeforeAll
    static void extractOnce(@TempDir Path root) throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        new ExtractStage(store, 2000, "test").extract(job);
        extracted = store.readDocument(job);
        store.close();
    }

    private static ArchiveStore handingStore(Path root) throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        store.handOnRecords(4);
        return store;
    }

    private static Job jobIn(ArchiveStore store) throws Exception {
        return store.receive(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
    }

    private static String json(DocumentRecord record) throws Exception {
        return new String(DocumentFile.bytes(record), StandardCharsets.UTF_8);
    }

    @Test
    void theNextReadTakesTheRecordJustWrittenOnceThenReadsTheFile(@TempDir Path root) throws Exception {
        try (ArchiveStore store = handingStore(root)) {
            Job job = jobIn(store);
            store.writeDocument(job, extracted);
            assertThat(store.readDocument(job)).as("handed on, not parsed").isSameAs(extracted);
            DocumentRecord again = store.readDocument(job);
            assertThat(again).as("a second read (a retry) parses the file").isNotSameAs(extracted);
            assertThat(json(again)).isEqualTo(json(extracted));
        }
    }

    @Test
    void anotherWriterReplacingTheFileIsRead(@TempDir Path root) throws Exception {
        try (ArchiveStore store = handingStore(root)) {
            Job job = jobIn(store);
            store.writeDocument(job, extracted);
            // another process (a store of its own, as a worker has) writes a different record to the same path
            DocumentRecord theirs = extracted.withArtefacts(java.util.List.of(Artefact.written("report.html")));
            try (ArchiveStore other = new ArchiveStore(root.resolve("archive"), root.resolve("failed"))) {
                other.writeDocument(job, theirs);
            }
            DocumentRecord read = store.readDocument(job);
            assertThat(read).isNotSameAs(extracted);
            assertThat(json(read)).isEqualTo(json(theirs)).isNotEqualTo(json(extracted));
        }
    }

    @Test
    void theSameBytesWrittenAgainByAnotherAreReadFromTheFile(@TempDir Path root) throws Exception {
        try (ArchiveStore store = handingStore(root)) {
            Job job = jobIn(store);
            store.writeDocument(job, extracted);
            ArchiveStore.writeAtomically(job.documentJson(), DocumentFile.bytes(extracted));
            assertThat(store.readDocument(job)).as("not the file this process wrote").isNotSameAs(extracted);
        }
    }

    @Test
    void aFileChangedInPlaceIsRead(@TempDir Path root) throws Exception {
        try (ArchiveStore store = handingStore(root)) {
            Job job = jobIn(store);
            store.writeDocument(job, extracted);
            String changed = Files.readString(job.documentJson()).replace("\"status\" : \"complete\"", "\"status\" : \"repaired\"");
            assertThat(changed).contains("\"repaired\"");
            Files.writeString(job.documentJson(), changed);   // same file, overwritten: another size
            assertThat(store.readDocument(job).status()).isEqualTo(DocumentStatus.REPAIRED);
        }
    }

    @Test
    void aDeletedFileIsNotServedFromMemory(@TempDir Path root) throws Exception {
        try (ArchiveStore store = handingStore(root)) {
            Job job = jobIn(store);
            store.writeDocument(job, extracted);
            Files.delete(job.documentJson());
            assertThatThrownBy(() -> store.readDocument(job)).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void withoutHandingOnEveryReadParsesTheFile(@TempDir Path root) throws Exception {
        try (ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"))) {
            Job job = jobIn(store);
            store.writeDocument(job, extracted);
            assertThat(store.readDocument(job)).isNotSameAs(extracted);
        }
    }

    @Test
    void onlyTheLastFewAreKept(@TempDir Path root) throws Exception {
        HandedOnRecords handed = new HandedOnRecords(2);
        Path[] files = new Path[3];
        for (int i = 0; i < 3; i++) {
            files[i] = Files.writeString(root.resolve(i + ".json"), "{}");
            handed.wrote(files[i], Files.readAttributes(files[i], BasicFileAttributes.class), extracted);
        }
        assertThat(handed.size()).isEqualTo(2);
        assertThat(handed.take(files[0])).as("the oldest was dropped").isNull();
        assertThat(handed.take(files[2])).isSameAs(extracted);
        assertThat(handed.take(files[2])).as("handed on once").isNull();
    }
}
