package org.disclosure.pipeline.stage;

import java.nio.file.Path;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.LogText;

/**
 * What became of one dropped file, for the log line and the one-shot summary.
 *
 * @param status   rejected, duplicate, or the archived document's status word (complete, ocr, …)
 * @param location the archive folder, or the file in the failed folder
 * @param reason   why it was rejected (null when archived)
 */
public record Outcome(String fileName, boolean archived, String status, int pages, int tables, long checksFailed,
                      long millis, Path location, String reason) {

    /** Status of a drop whose bytes were archived already. */
    public static final String DUPLICATE = "duplicate";

    /** The status word of an archived document, as the log line shows it. */
    public static String word(DocumentStatus status) {
        return status == null ? null : status.key();
    }

    /** One log line, whatever the dropped name holds: a newline in it cannot forge a second line. */
    public String summaryLine() {
        return LogText.escape(unescapedLine());
    }

    private String unescapedLine() {
        if (DUPLICATE.equals(status)) {
            return String.format("duplicate %s: %s, recorded in its duplicates.json, %d ms -> %s", fileName, reason,
                    millis, location);
        }
        if (archived) {
            return String.format("archived  %s: %d pages, %d tables, %d checks failed, %d ms%s -> %s",
                    fileName, pages, tables, checksFailed, millis,
                    DocumentStatus.COMPLETE.key().equals(status) ? "" : " [" + status + "]", location);
        }
        return String.format("rejected  %s: %s, %d ms -> %s", fileName, reason, millis, location);
    }
}
