package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.intake.InboxEntries;

/** Takes a dropped file into the work area and issues the claim check the other stages pass on. */
public final class ReceiveStage {

    public static final String NAME = StageName.RECEIVE.key();

    private final ArchiveStore store;
    private final InboxEntries entries;
    private final long maxBytes;

    /**
     * @param entries  which inbox entries may be read (links are not, unless into a trusted root)
     * @param maxBytes files larger than this are rejected as too-large without being copied
     */
    public ReceiveStage(ArchiveStore store, InboxEntries entries, long maxBytes) {
        this.store = store;
        this.entries = entries;
        this.maxBytes = maxBytes;
    }

    public Job receive(Path dropped) {
        Path source = readableSource(entries, dropped, NAME);
        refuseIfTooLarge(source, maxBytes);
        try {
            return store.receive(source, dropped.getFileName().toString());
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.UNREADABLE_FILE,
                    "The file could not be read from the inbox: " + e.getMessage(), e);
        }
    }

    /**
     * What to read for a dropped entry; a link that may not be followed (replaced for a file between
     * the inbox's look and this stage) is refused, and its target is never opened.
     */
    static Path readableSource(InboxEntries entries, Path dropped, String stage) {
        Path source = entries.readableSource(dropped);
        if (source == null) {
            throw new StageFailure(stage, Files.isSymbolicLink(dropped) ? FailureReason.SYMLINK : FailureReason.UNREADABLE_FILE,
                    "这不是可读取的普通文件。The inbox entry is not a regular file (a symbolic link or a folder); links are "
                            + "never followed, so nothing it points to was read.", null);
        }
        return source;
    }

    /** Rejects a file larger than the limit as too-large, before anything is copied. */
    static void refuseIfTooLarge(Path dropped, long maxBytes) {
        long size;
        try {
            size = Files.size(dropped);
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.UNREADABLE_FILE, "The file could not be read from the inbox: " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new StageFailure(NAME, FailureReason.TOO_LARGE, "The file is " + megabytes(size)
                    + ", more than the " + megabytes(maxBytes) + " this service is configured to accept.", null);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
