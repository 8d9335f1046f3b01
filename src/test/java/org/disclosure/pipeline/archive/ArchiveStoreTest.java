package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {

    @TempDir
    Path root;

    @Test
    void workLeftByAnInterruptedRunIsClearedWhileItsOriginalStaysInTheInbox() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path dropped = Files.writeString(inbox.resolve("a.pdf"), "%PDF-1.4 stand-in");
        ArchiveStore first = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = first.receive(dropped);
        assertThat(job.storedOriginal()).exists();

        Path halfCopiedRejection = Files.writeString(root.resolve("failed").resolve(".notes.pdf.part"), "half");

        // the JVM dies here; the next start finds the half-done work
        new ArchiveStore(root.resolve("archive"), root.resolve("failed")).clearStaleWork();

        assertThat(job.workFolder()).doesNotExist();
        assertThat(halfCopiedRejection).doesNotExist();
        assertThat(dropped).exists();
    }

    @Test
    void filedDocumentsAreFoundByTheirHash() throws Exception {
        Path dropped = Files.writeString(root.resolve("b.pdf"), "%PDF-1.4 other");
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(dropped);
        store.writeDocument(job, new DocumentRecord(1, DocumentRecord.COMPLETE,
                new SourceInfo("b.pdf", job.sha256(), job.bytes(), 0, null, null, null), null, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                null, java.util.List.of(), null));
        Path folder = store.archive(job);
        assertThat(store.findArchived(job.sha256())).isEqualTo(folder);
        assertThat(store.findArchived("0".repeat(64))).isNull();
    }
}
