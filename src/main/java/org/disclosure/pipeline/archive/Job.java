package org.disclosure.pipeline.archive;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The claim check the stages hand on: a reference to a document stored in the work area, never its
 * bytes. Everything a stage needs is in the work folder it names.
 *
 * @param id         unique id of this processing run
 * @param fileName   the name the file was dropped under
 * @param sha256     hex SHA-256 of the original bytes
 * @param bytes      size of the original
 * @param receivedAt when it was taken from the inbox
 * @param workDir    the work folder holding the stored original (in original/) and, as stages run, document.json
 */
public record Job(String id, String fileName, String sha256, long bytes, Instant receivedAt, String workDir) {

    public Path workFolder() {
        return Path.of(workDir);
    }

    public Path storedOriginal() {
        return ArchiveLayout.original(workFolder(), fileName);
    }

    public Path documentJson() {
        return workFolder().resolve(ArchiveLayout.DOCUMENT_JSON);
    }

    /** Time spent on this document so far, for the log line and document.json. */
    public long millisSinceReceived() {
        return java.time.Duration.between(receivedAt, Instant.now()).toMillis();
    }
}
