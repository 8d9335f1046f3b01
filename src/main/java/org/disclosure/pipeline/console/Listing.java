package org.disclosure.pipeline.console;

import java.util.List;

import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.ErrorRecord;
import org.disclosure.pipeline.index.IndexedDocument;

/**
 * What the console shows: one page of the archived documents and the failed files that match the
 * filter, the work in hand, and what a search may choose from.
 *
 * @param archived      archive folder name, what it holds, and its original's path inside it: this page's
 * @param failed        failed file name and why
 * @param queued        files waiting in the inbox
 * @param inProgress    documents being processed now
 * @param doneToday     documents archived or rejected since midnight (UTC)
 * @param ocr           for each document being OCR'd now: its name and progress ({@code ocr: 40/200 pages, …})
 * @param archivedTotal how many archived documents match, on all pages
 * @param kinds         the kinds of document in the archive
 * @param rules         the rules of the checks recorded in the archive
 */
public record Listing(List<Archived> archived, List<Failed> failed, int queued, int inProgress, int doneToday,
                      List<String> ocr, long archivedTotal, List<String> kinds, List<String> rules) {

    public Listing(List<Archived> archived, List<Failed> failed, int queued, int inProgress, int doneToday) {
        this(archived, failed, queued, inProgress, doneToday, List.of());
    }

    /** Everything matching on one page, with nothing to choose from. */
    public Listing(List<Archived> archived, List<Failed> failed, int queued, int inProgress, int doneToday, List<String> ocr) {
        this(archived, failed, queued, inProgress, doneToday, ocr, archived.size(), List.of(), List.of());
    }

    /**
     * @param checks       the document's check counts as they stand (its own and those later documents made
     *                     with it, as the index counts them)
     * @param supersededBy the archive folder of the later version that replaced it, else null
     */
    public record Archived(String folder, DocumentHeadline entry, String original, IndexedDocument.Checks checks,
                           String supersededBy) {

        /** A document as its own document.json counts its checks (nothing learned, not superseded). */
        public Archived(String folder, DocumentHeadline entry, String original) {
            this(folder, entry, original, entry.summary() == null ? new IndexedDocument.Checks(0, 0, 0, 0, 0)
                    : new IndexedDocument.Checks(entry.summary().run(), entry.summary().failed(), entry.summary().warned(),
                            entry.summary().unverified(), 0), null);
        }
    }

    public record Failed(String file, ErrorRecord error) {
    }
}
