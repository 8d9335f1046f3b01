package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.ErrorRecord;
import org.disclosure.pipeline.archive.FileNames;
import org.disclosure.pipeline.archive.LogText;
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
                : new StageFailure(StageName.UNKNOWN.key(), FailureReason.INTERNAL_ERROR,
                "The pipeline failed on this document unexpectedly: " + failure, failure);
        boolean stored = job != null && Files.exists(job.storedOriginal());
        Path file = stored ? job.storedOriginal() : dropped;
        Long bytes = job != null ? Long.valueOf(job.bytes()) : sizeOrNull(dropped);
        Throwable cause = stageFailure.getCause();
        ErrorRecord error = new ErrorRecord(1, file.getFileName().toString(), job != null ? job.sha256() : null, bytes,
                stageFailure.reason(), stageFailure.getMessage(), stageFailure.stage(), Instant.now().toString(),
                cause != null ? cause.toString() : null);
        Path target;
        try {
            target = store.reject(file, error, stored);
        } catch (IOException first) {
            target = rejectUnderPlainName(job, dropped, file, error, stored, first);
        }
        long millis = job != null ? job.millisSinceReceived() : 0;
        return new Outcome(file.getFileName().toString(), false, "rejected", 0, 0, 0, millis, target,
                stageFailure.reason() + " (" + stageFailure.getMessage() + ")");
    }

    /**
     * A failure to fail ends here, once: the file is filed again under a name of the pipeline's own
     * making, with both causes in its record. Only if that fails too (the failed folder cannot be
     * written at all) is the file left where it is, for the consumer to try again later.
     */
    private Path rejectUnderPlainName(Job job, Path dropped, Path file, ErrorRecord error, boolean stored, IOException first) {
        String plainName = "rejected-" + ArchiveStore.newId() + extension(file.getFileName().toString());
        ErrorRecord withCause = new ErrorRecord(error.schemaVersion(), error.fileName(), error.sha256(), error.bytes(),
                error.reason(), error.message() + " (Filed as " + plainName + ": it could not be filed under its own name.)",
                error.stage(), error.time(), (error.detail() == null ? "" : error.detail() + "; ") + "filing under its own name: " + first);
        try {
            return store.reject(file, withCause, stored, plainName);
        } catch (IOException second) {
            second.addSuppressed(first);
            if (stored && dropped != null && Files.exists(dropped, LinkOption.NOFOLLOW_LINKS)) {
                store.discardWork(job);   // the inbox still holds the file: the work copy is not the last one
            }
            throw new UncheckedIOException("could not move " + LogText.escape(file.toString()) + " to the failed folder", second);
        }
    }

    /** A short, plain extension of the dropped name (".pdf"), or none. */
    private static String extension(String name) {
        String extension = name.substring(FileNames.stem(name).length());
        return extension.matches("\\.[A-Za-z0-9]{1,8}") ? extension : "";
    }

    private static Long sizeOrNull(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }
}
