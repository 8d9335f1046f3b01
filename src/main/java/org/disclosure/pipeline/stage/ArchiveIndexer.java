package org.disclosure.pipeline.stage;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What is told of each document filed in the archive: the index (see index/). Its failure never
 * undoes the filing: the archived document.json is the record, and the index catches up with the
 * archive folder (index/IndexCatchUp, and at every start).
 */
@FunctionalInterface
public interface ArchiveIndexer {

    /** For an archive kept without an index. */
    ArchiveIndexer NONE = folder -> {
    };


    void filed(Path folder) throws Exception;

    /**
     * Waits until this thread may file: filings take turns, so that of two documents filed at once the
     * second sees the first (see ArchiveStage#archiveUnless). Close it to let the next one file.
     */
    default Closeable turn() throws IOException {
        return () -> { };
    }
}
