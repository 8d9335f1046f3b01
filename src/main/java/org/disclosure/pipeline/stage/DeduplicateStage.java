package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;

/**
 * Recognises bytes that are archived already, whatever the file is called now: they are recorded
 * as a duplicate of that document and not processed or archived again.
 */
public final class DeduplicateStage {

    public static final String NAME = "deduplicate";

    private final ArchiveStore store;

    public DeduplicateStage(ArchiveStore store) {
        this.store = store;
    }

    /** The archive folder holding the same bytes, or null when the job is new. */
    public Path archivedCopy(Job job) {
        try {
            return store.findArchived(job.sha256());
        } catch (IOException e) {
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
