package org.disclosure.pipeline.archive;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a document folder of the archive holds. The original lies in a sub-folder of its own under
 * the name it was dropped with, so no dropped name (document.json, report.html, tables, ...) can
 * ever collide with a file the pipeline writes beside it.
 */
public final class ArchiveLayout {

    public static final String DOCUMENT_JSON = "document.json";
    public static final String DUPLICATES_JSON = "duplicates.json";
    /** Checks across documents that documents archived later made with this one (see CrossChecks). */
    public static final String CROSS_CHECKS_JSON = "cross-checks.json";
    public static final String ORIGINAL_FOLDER = "original";

    // The archive root's own entries, hidden (a leading dot) so that no listing takes them for documents.
    /** The work area: each process's folder of jobs in hand, the worker JVMs' class-data archive. */
    public static final String WORK_FOLDER = ".work";
    /** Claims handed out in the distributed mode. */
    public static final String CLAIMS_FOLDER = ".claims";
    /** The embedded index's database and its credentials. */
    public static final String INDEX_FOLDER = ".index";
    /** Lock file: moving a finished job into the archive (in the work area). */
    public static final String MOVE_LOCK = ".filing.lock";
    /** Lock file: filing into the index, with what it changes in other documents (the archive root). */
    public static final String INDEX_FILING_LOCK = ".index-filing.lock";
    /** Lock file: rewriting a document's cross-checks.json (the archive root). */
    public static final String CROSS_CHECKS_LOCK = ".cross-checks.lock";

    private ArchiveLayout() {
    }

    /** Where the original of a document folder lies. */
    public static Path original(Path documentFolder, String droppedName) {
        return documentFolder.resolve(ORIGINAL_FOLDER).resolve(droppedName);
    }

    /**
     * The original's path relative to its document folder, with '/' between parts, as the console
     * links it. Folders filed before the original had its own sub-folder keep it at the top.
     */
    public static String originalLink(Path documentFolder, String droppedName) {
        return Files.exists(original(documentFolder, droppedName)) || !Files.exists(documentFolder.resolve(droppedName))
                ? ORIGINAL_FOLDER + "/" + droppedName : droppedName;
    }
}
