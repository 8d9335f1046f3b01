package org.disclosure.pipeline.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;

/** Takes a dropped file into the work area and issues the claim check the other stages pass on. */
public final class ReceiveStage {

    public static final String NAME = "receive";

    private final ArchiveStore store;
    private final long maxBytes;

    /** @param maxBytes files larger than this are rejected as too-large without being copied */
    public ReceiveStage(ArchiveStore store, long maxBytes) {
        this.store = store;
        this.maxBytes = maxBytes;
    }

    public Job receive(Path dropped) {
        refuseIfTooLarge(dropped, maxBytes);
        try {
            return store.receive(dropped);
        } catch (IOException e) {
            throw new StageFailure(NAME, "unreadable-file",
                    "The file could not be read from the inbox: " + e.getMessage(), e);
        }
    }

    /** Rejects a file larger than the limit as too-large, before anything is copied. */
    static void refuseIfTooLarge(Path dropped, long maxBytes) {
        long size;
        try {
            size = Files.size(dropped);
        } catch (IOException e) {
            throw new StageFailure(NAME, "unreadable-file", "The file could not be read from the inbox: " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new StageFailure(NAME, "too-large", "The file is " + megabytes(size)
                    + ", more than the " + megabytes(maxBytes) + " this service is configured to accept.", null);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
