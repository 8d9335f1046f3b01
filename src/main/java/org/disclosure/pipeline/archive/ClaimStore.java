package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Dropped files waiting for a worker, in shared storage beside the archive:
 * {@code <archive>/.claims/<sha256>/<claim id>/<file name>}. The coordinator puts a file here before
 * it queues the claim check and only then lets the inbox forget it; a worker removes the claim once
 * the document is filed (archived, recorded as a duplicate, or rejected). So a claim that is gone
 * was handled, and one that is present is still owed its outcome.
 */
public final class ClaimStore {

    static final String CLAIMS = ArchiveLayout.CLAIMS_FOLDER;
    private static final String INCOMING = ".incoming";

    private final Path root;

    public ClaimStore(Path archiveRoot) throws IOException {
        this.root = Files.createDirectories(archiveRoot.toAbsolutePath().normalize().resolve(CLAIMS));
    }

    /** Copies a dropped file into the store under its content hash and returns its claim check. */
    public Claim claim(Path dropped) throws IOException {
        return claim(dropped, dropped.getFileName().toString());
    }

    /** Claims the bytes of {@code source} (a dropped file, or a trusted link's target) under the dropped name. */
    public Claim claim(Path source, String fileName) throws IOException {
        String id = ArchiveStore.newId();
        Path incoming = Files.createDirectories(root.resolve(INCOMING)).resolve(id);
        ArchiveStore.Hashed copy;
        try {
            copy = ArchiveStore.copyHashing(source, incoming);
            Claim claim = new Claim(id, fileName, copy.sha256(), copy.bytes(), Instant.now().toString());
            Path target = file(claim);
            for (int attempt = 1; ; attempt++) {
                try {
                    Files.createDirectories(target.getParent());
                    Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                    return claim;
                } catch (NoSuchFileException folderReleasedMeanwhile) {
                    // a worker removed the empty hash folder between our two steps: make it again
                    if (attempt == 3) {
                        throw folderReleasedMeanwhile;
                    }
                }
            }
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /** Where the claimed bytes lie. */
    public Path file(Claim claim) {
        return root.resolve(claim.sha256()).resolve(claim.id()).resolve(claim.fileName());
    }

    public boolean isPending(Claim claim) {
        return Files.isRegularFile(file(claim));
    }

    /** Forgets a handled claim, and its hash folder once no other drop of the same bytes waits there. */
    public void release(Claim claim) throws IOException {
        Path file = file(claim);
        Files.deleteIfExists(file);
        deleteIfEmpty(file.getParent());
        deleteIfEmpty(file.getParent().getParent());
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException stillInUse) {
            // another claim of the same bytes is waiting
        }
    }

    /** A single path element: no separators, no dot names. Claim checks come over the network. */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.contains("/") && !name.contains("\\")
                && !name.contains("\0");
    }
}
