package org.disclosure.pipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.reconcile.crossdoc.Counterparts;

/**
 * The counterparts a check across documents compares with, chosen from the index (one query, however
 * large the archive) and read from the archived document.json, which stays the record of truth.
 */
public final class IndexedCounterparts implements Counterparts {

    private final DocumentSearch search;
    private final Path archiveRoot;
    private final Counterparts reader;

    /** {@code reader} reads a chosen document's figures from its archived folder. */
    public IndexedCounterparts(DocumentSearch search, Path archiveRoot, Counterparts reader) {
        this.search = search;
        this.archiveRoot = archiveRoot;
        this.reader = reader;
    }

    @Override
    public List<ArchivedHeadline> candidates(int year, String kind) throws IOException {
        DocumentQuery query = new DocumentQuery(null, year, kind, null, null, null, null, null, null, null, false,
                DocumentQuery.MAX_LIMIT, 0);
        List<ArchivedHeadline> found = new ArrayList<>();
        try {
            for (IndexedDocument document : search.documents(query).items()) {
                // a folder the index still lists but a crash or an operator removed is no counterpart
                if (document.unit() != null && Files.isDirectory(archiveRoot.resolve(document.folder()))) {
                    found.add(new ArchivedHeadline(document.folder(), document.title(), document.unit(), year, kind));
                }
            }
        } catch (SQLException e) {
            throw new IOException("the archive index could not be searched: " + e.getMessage(), e);
        }
        found.sort(java.util.Comparator.comparing(ArchivedHeadline::folder));
        return found;
    }

    @Override
    public ArchivedDocument read(ArchivedHeadline headline) throws IOException {
        return reader.read(headline);
    }
}
