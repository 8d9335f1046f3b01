package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.Job;

/** Files the finished work folder in the archive, unless the same bytes were filed meanwhile. */
public final class ArchiveStage {

    public static final String NAME = "archive";

    private final ArchiveStore store;

    public ArchiveStage(ArchiveStore store) {
        this.store = store;
    }

    public Outcome archive(Job job) {
        try {
            DocumentHeadline headline = store.readHeadline(job);
            long millis = job.millisSinceReceived();
            ArchiveStore.Filed filed = store.fileUnlessPresent(job);
            if (filed.duplicate()) {
                return new Outcome(job.fileName(), true, Outcome.DUPLICATE, 0, 0, 0, millis, filed.folder(),
                        "same bytes as " + filed.folder().getFileName() + ", filed while this copy was in hand");
            }
            Path folder = filed.folder();
            return new Outcome(job.fileName(), true, headline.status(), headline.source().pages(), headline.tableCount(),
                    headline.summary().failed(), millis, folder, null);
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "The document could not be filed in the archive: " + e.getMessage(), e);
        }
    }
}
