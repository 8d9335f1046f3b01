package org.disclosure.pipeline.console;

import java.util.List;

import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.ErrorRecord;

/**
 * What the console shows: the archived documents and the failed files that match the filter, and
 * the work in hand.
 *
 * @param archived   archive folder name, what it holds, and its original's path inside it
 * @param failed     failed file name and why
 * @param queued     files waiting in the inbox
 * @param inProgress documents being processed now
 * @param doneToday  documents archived or rejected since midnight (UTC)
 * @param ocr        for each document being OCR'd now: its name and progress ({@code ocr: 40/200 pages, …})
 */
public record Listing(List<Archived> archived, List<Failed> failed, int queued, int inProgress, int doneToday,
                      List<String> ocr) {

    public Listing(List<Archived> archived, List<Failed> failed, int queued, int inProgress, int doneToday) {
        this(archived, failed, queued, inProgress, doneToday, List.of());
    }

    public record Archived(String folder, DocumentHeadline entry, String original) {
    }

    public record Failed(String file, ErrorRecord error) {
    }
}
