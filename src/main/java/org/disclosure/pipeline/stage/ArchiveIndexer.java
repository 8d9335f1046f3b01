package org.disclosure.pipeline.stage;

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
}
