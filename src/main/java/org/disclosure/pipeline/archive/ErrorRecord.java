package org.disclosure.pipeline.archive;

/**
 * {@code <name>.error.json}: why a file was rejected, in words an archivist understands.
 *
 * @param reason  stable code (not-a-pdf, encrypted, empty-file, damaged, ...)
 * @param message the explanation and what to do
 * @param stage   the pipeline stage that rejected it (receive, extract, reconcile, archive)
 * @param time    when, ISO-8601
 * @param detail  the technical cause, for whoever investigates
 */
public record ErrorRecord(int schemaVersion, String fileName, String sha256, Long bytes, FailureReason reason,
                          String message, String stage, String time, String detail) {
}
