package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {

    @TempDir
    Path root;

    @Test
    void workLeftByADeadProcessIsClearedWhileItsOriginalStaysInTheInbox() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path dropped = Files.writeString(inbox.resolve("a.pdf"), "%PDF-1.4 stand-in");
        // what a killed process leaves: its node folder with a lease nobody holds any more, and a job in it
        Path deadNode = Files.createDirectories(root.resolve("archive/.work/otherhost-4242-deadbeef"));
        Files.writeString(deadNode.resolve(NodeLease.LEASE_FILE), "");
        Path deadJob = Files.createDirectories(deadNode.resolve("1700000000000-abcdef12"));
        Files.copy(dropped, deadJob.resolve("a.pdf"));
        Path halfCopiedRejection = Files.writeString(Files.createDirectories(root.resolve("failed")).resolve(".notes.pdf.part"), "half");

        ArchiveStore next = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        next.clearStaleWork();

        assertThat(deadNode).doesNotExist();
        assertThat(halfCopiedRejection).doesNotExist();
        assertThat(dropped).exists();
    }

    @Test
    void workOfALiveProcessIsLeftAloneAndRemovedWhenItStops() throws Exception {
        Path dropped = Files.writeString(root.resolve("c.pdf"), "%PDF-1.4 in hand");
        ArchiveStore busy = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = busy.receive(dropped);
        Path young = Files.writeString(root.resolve("failed").resolve(".c.pdf.part"), "being written");

        // another process sharing the archive starts and sweeps, with a grace for young temporary files
        ArchiveStore other = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        other.clearStaleWork(java.time.Duration.ofMinutes(10));
        assertThat(job.storedOriginal()).as("a live lease keeps its work").exists();
        assertThat(young).as("a young temporary file may be another's").exists();

        busy.close();
        assertThat(job.workFolder()).as("a clean stop removes its own folder").doesNotExist();
        other.close();
        try (var left = Files.list(root.resolve("archive/.work"))) {
            assertThat(left.filter(Files::isDirectory)).isEmpty();
        }
    }

    @Test
    void filedDocumentsAreFoundByTheirHash() throws Exception {
        Path dropped = Files.writeString(root.resolve("b.pdf"), "%PDF-1.4 other");
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(dropped);
        store.writeDocument(job, new DocumentRecord(1, DocumentStatus.COMPLETE,
                new SourceInfo("b.pdf", job.sha256(), job.bytes(), 0, null, null, null), null, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                null, null, java.util.List.of(), null));
        Path folder = store.archive(job);
        assertThat(store.findArchived(job.sha256())).isEqualTo(folder);
        assertThat(store.findArchived("0".repeat(64))).isNull();
    }

    @Test
    void aDropIsRecordedAsADuplicateOnceHoweverOftenItIsHandedOver() throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job original = store.receive(Files.writeString(root.resolve("d.pdf"), "%PDF-1.4 same"));
        store.writeDocument(original, record(original, "d.pdf"));
        Path folder = store.archive(original);

        // a worker died after filing but before releasing the claim: the same drop comes back
        Job again = new Job(original.id(), original.fileName(), original.sha256(), original.bytes(), original.receivedAt(),
                Files.createDirectories(root.resolve("again")).toString());
        store.recordDuplicate(again, folder);
        assertThat(folder.resolve("duplicates.json")).as("the filed drop is not its own duplicate").doesNotExist();

        Job copy = store.receive(Files.writeString(root.resolve("copy of d.pdf"), "%PDF-1.4 same"));
        store.recordDuplicate(copy, folder);
        Job copyAgain = new Job(copy.id(), copy.fileName(), copy.sha256(), copy.bytes(), copy.receivedAt(),
                Files.createDirectories(root.resolve("again2")).toString());
        store.recordDuplicate(copyAgain, folder);
        assertThat(List.of(Json.read(folder.resolve("duplicates.json"), DuplicateDrop[].class)))
                .extracting(DuplicateDrop::fileName).containsExactly("copy of d.pdf");
    }

    private static DocumentRecord record(Job job, String name) {
        return new DocumentRecord(1, DocumentStatus.COMPLETE, new SourceInfo(name, job.sha256(), job.bytes(), 0, null, null, null),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                new ProcessingInfo("test", job.receivedAt().toString(), 1L));
    }
}
