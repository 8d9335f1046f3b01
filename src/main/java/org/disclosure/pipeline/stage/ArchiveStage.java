package org.disclosure.pipeline.stage;

import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.ProcessingInfo;

/** Stamps the processing time into document.json and files the work folder in the archive. */
public final class ArchiveStage {

    public static final String NAME = "archive";

    private final ArchiveStore store;

    public ArchiveStage(ArchiveStore store) {
        this.store = store;
    }

    public Outcome archive(Job job) {
        try {
            DocumentRecord record = store.readDocument(job);
            long millis = job.millisSinceReceived();
            ProcessingInfo processing = record.processing();
            store.writeDocument(job, record.withProcessing(
                    new ProcessingInfo(processing.pipelineVersion(), processing.receivedAt(), millis)));
            ArchiveStore.Filed filed = store.fileUnlessPresent(job);
            if (filed.duplicate()) {
                return new Outcome(job.fileName(), true, Outcome.DUPLICATE, 0, 0, 0, millis, filed.folder(),
                        "same bytes as " + filed.folder().getFileName() + ", filed while this copy was in hand");
            }
            Path folder = filed.folder();
            return new Outcome(job.fileName(), true, record.status(), record.source().pages(), record.tables().size(),
                    record.failedChecks(), millis, folder, null);
        } catch (IOException e) {
            throw new StageFailure(NAME, "write-failed", "The document could not be filed in the archive: " + e.getMessage(), e);
        }
    }
}
