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
