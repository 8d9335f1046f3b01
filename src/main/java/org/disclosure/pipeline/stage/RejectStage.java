package org.disclosure.pipeline.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.ErrorRecord;
import org.disclosure.pipeline.archive.Job;

/** Files a document that failed a stage into the failed folder, with the reason beside it. */
public final class RejectStage {

    private final ArchiveStore store;

    public RejectStage(ArchiveStore store) {
        this.store = store;
    }

    /**
     * @param job     the claim check, or null when the file failed before it was received
     * @param dropped the file as it lies in the inbox
     * @param failure what went wrong
     */
    public Outcome reject(Job job, Path dropped, Throwable failure) {
        StageFailure stageFailure = failure instanceof StageFailure f ? f
                : new StageFailure("unknown", "internal-error",
                "The pipeline failed on this document unexpectedly: " + failure, failure);
        boolean stored = job != null && Files.exists(job.storedOriginal());
        Path file = stored ? job.storedOriginal() : dropped;
        Long bytes = job != null ? Long.valueOf(job.bytes()) : sizeOrNull(dropped);
        Throwable cause = stageFailure.getCause();
        ErrorRecord error = new ErrorRecord(1, file.getFileName().toString(), job != null ? job.sha256() : null, bytes,
                stageFailure.reason(), stageFailure.getMessage(), stageFailure.stage(), Instant.now().toString(),
                cause != null ? cause.toString() : null);
        try {
            Path target = store.reject(file, error, stored);
            long millis = job != null ? job.millisSinceReceived() : 0;
            return new Outcome(file.getFileName().toString(), false, "rejected", 0, 0, 0, millis, target,
                    stageFailure.reason() + " (" + stageFailure.getMessage() + ")");
        } catch (IOException e) {
            // Nothing may be lost: leave the file where it is and let the consumer retry it.
            throw new UncheckedIOException("could not move " + file + " to the failed folder", e);
        }
    }

    private static Long sizeOrNull(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }
}
