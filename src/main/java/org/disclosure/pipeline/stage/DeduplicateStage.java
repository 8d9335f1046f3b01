package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;

/**
 * Recognises bytes that are archived already, whatever the file is called now: they are recorded
 * as a duplicate of that document and not processed or archived again.
 */
public final class DeduplicateStage {

    public static final String NAME = StageName.DEDUPLICATE.key();

    /** Where the archive's documents are looked up by sha256: the index, or the folders themselves. */
    @FunctionalInterface
    public interface ArchivedLookup {
        Path folderOf(String sha256) throws Exception;
    }

    private final ArchiveStore store;
    private final ArchivedLookup lookup;

    /** Looks in the archive folders themselves. */
    public DeduplicateStage(ArchiveStore store) {
        this(store, store::findArchived);
    }

    /**
     * Looks in the index. A copy the index does not know yet (a crash between filing and indexing)
     * is still caught when filing: {@link ArchiveStore#fileUnlessPresent} looks at the folders
     * under the filing lock.
     */
    public DeduplicateStage(ArchiveStore store, ArchivedLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    /** The archive folder holding the same bytes, or null when the job is new. */
    public Path archivedCopy(Job job) {
        try {
            return lookup.folderOf(job.sha256());
        } catch (Exception e) {
            throw new StageFailure(NAME, FailureReason.UNREADABLE_FILE, "The archive could not be searched for duplicates: " + e.getMessage(), e);
        }
    }

    public Outcome record(Job job, Path archived) {
        try {
            store.recordDuplicate(job, archived);
            return new Outcome(job.fileName(), true, Outcome.DUPLICATE, 0, 0, 0, job.millisSinceReceived(), archived,
                    "same bytes as " + archived.getFileName());
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "The duplicate could not be recorded: " + e.getMessage(), e);
        }
    }
}
