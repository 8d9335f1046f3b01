package org.disclosure.pipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosure.pipeline.archive.VersionOrder;
import org.disclosure.pipeline.reconcile.crossdoc.Counterparts;
import org.disclosure.pipeline.reconcile.crossdoc.SameUnit;

/**
 * The counterparts a check across documents compares with, chosen from the index (one query, however
 * large the archive) and read from the archived document.json, which stays the record of truth.
 */
public final class IndexedCounterparts implements Counterparts {

    private static final Comparator<IndexedDocument> LATER = VersionOrder.ofText(IndexedDocument::archivedAt,
            IndexedDocument::folder);

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
            for (IndexedDocument document : latestVersions(search.documents(query).items())) {
                // a folder the index still lists but a crash or an operator removed is no counterpart
                if (document.unit() != null && Files.isDirectory(archiveRoot.resolve(document.folder()))) {
                    found.add(new ArchivedHeadline(document.folder(), document.title(), document.unit(), year, kind));
                }
            }
        } catch (SQLException e) {
            throw new IOException("the archive index could not be searched: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(ArchivedHeadline::folder));
        return found;
    }

    /**
     * Of the versions of one document (one normalised unit, the year and kind asked for), the one archived
     * last: checks across documents pair with the latest version only. One marked superseded never stands.
     */
    static List<IndexedDocument> latestVersions(List<IndexedDocument> documents) {
        List<IndexedDocument> standing = new ArrayList<>();
        for (IndexedDocument document : documents) {
            if (document.supersededBy() != null) {
                continue;
            }
            int version = document.normalisedUnit() == null ? -1 : versionOf(standing, document);
            if (version < 0) {
                standing.add(document);
            } else if (LATER.compare(document, standing.get(version)) > 0) {
                standing.set(version, document);
            }
        }
        return standing;
    }

    /** The place in {@code standing} of another version of the document: the same unit by the naming rule; else -1. */
    private static int versionOf(List<IndexedDocument> standing, IndexedDocument document) {
        for (int i = 0; i < standing.size(); i++) {
            IndexedDocument other = standing.get(i);
            if (document.normalisedUnit().equals(other.normalisedUnit())
                    && SameUnit.match(document.unit(), other.unit()) != null) {
                return i;
            }
        }
        return -1;
    }


    @Override
    public ArchivedDocument read(ArchivedHeadline headline) throws IOException {
        return reader.read(headline);
    }
}
