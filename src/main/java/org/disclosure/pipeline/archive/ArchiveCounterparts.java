package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.reconcile.crossdoc.Counterparts;
import org.disclosure.pipeline.reconcile.crossdoc.DocumentFigures;
import org.disclosure.pipeline.reconcile.crossdoc.MemberUnits;
import org.disclosure.pipeline.reconcile.crossdoc.TableFigure;

/**
 * The counterparts as the archive folder holds them: each filed document's document.json, read for
 * its headline to choose, then whole for its figures. Reads only, never writes; a folder being filed
 * meanwhile or a document.json that cannot be read is passed over (the work folders under .work are
 * never looked at). A filed document.json is never rewritten, so each folder's headline is read once
 * and remembered (by the file's modification time, in case); every lookup still lists the archive
 * folder: an index of the archive answers without.
 */
public final class ArchiveCounterparts implements Counterparts {

    private final Path archiveRoot;
    /** Each folder's identity as last read, with the modification time of the document.json it was read from. */
    private final Map<String, Remembered> headlines = new ConcurrentHashMap<>();

    private record Remembered(FileTime modified, DocumentIdentity identity) {
    }

    /** How many archived documents' figures are kept once read. */
    private static final int DOCUMENTS_KEPT = 64;

    private record ReadDocument(FileTime modified, ArchivedDocument document) {
    }

    /** The figures of the documents read last, least recently used first (guarded by itself). */
    private final Map<String, ReadDocument> documents = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadDocument> eldest) {
            return size() > DOCUMENTS_KEPT;
        }
    };

    public ArchiveCounterparts(Path archiveRoot) {
        this.archiveRoot = archiveRoot;
    }

    @Override
    public List<ArchivedHeadline> candidates(int year, String kind) throws IOException {
        List<ArchivedHeadline> found = new ArrayList<>();
        if (!Files.isDirectory(archiveRoot)) {
            return found;
        }
        List<Path> folders;
        try (Stream<Path> listing = Files.list(archiveRoot)) {
            folders = listing.filter(f -> !f.getFileName().toString().startsWith(".") && Files.isDirectory(f)).sorted().toList();
        }
        for (Path folder : folders) {
            Path json = folder.resolve(ArchiveLayout.DOCUMENT_JSON);
            if (!Files.isRegularFile(json)) {
                continue;
            }
            DocumentIdentity identity = identity(folder.getFileName().toString(), json);
            if (identity != null && identity.year() != null && identity.year() == year && kind.equals(identity.kind())
                    && identity.unit() != null) {
                found.add(new ArchivedHeadline(folder.getFileName().toString(), identity.title(), identity.unit(), year, kind));
            }
        }
        return found;
    }

    /** The folder's document identity, read once per version of its document.json; null when it cannot be read. */
    private DocumentIdentity identity(String folder, Path json) {
        try {
            FileTime modified = Files.getLastModifiedTime(json);
            Remembered known = headlines.get(folder);
            if (known != null && known.modified().equals(modified)) {
                return known.identity();
            }
            DocumentHeadline headline = DocumentFile.readHeadline(json);
            headlines.put(folder, new Remembered(modified, headline.document()));
            return headline.document();
        } catch (IOException unreadable) {
            return null; // one damaged record must not keep the others from being compared
        }
    }

    @Override
    public ArchivedDocument read(ArchivedHeadline headline) throws IOException {
        // a batch of one year's 单位 reads its 部门's records once for each 单位: each read is kept, by
        // the file's modification time as the headlines are, the most recently used few of them
        Path json = archiveRoot.resolve(headline.folder()).resolve(ArchiveLayout.DOCUMENT_JSON);
        FileTime modified = Files.getLastModifiedTime(json);
        synchronized (documents) {
            ReadDocument known = documents.get(headline.folder());
            if (known != null && known.modified().equals(modified) && known.document().headline().equals(headline)) {
                return known.document();
            }
        }
        ArchivedDocument document = readDocument(headline, json);
        synchronized (documents) {
            documents.put(headline.folder(), new ReadDocument(modified, document));
        }
        return document;
    }

    private static ArchivedDocument readDocument(ArchivedHeadline headline, Path json) throws IOException {
        DocumentRecord record = DocumentFile.read(json);
        List<TableFigure> figures = record.tables() == null ? List.of() : DocumentFigures.of(record.tables(), record.ledger(),
                record.ocr() == null || record.ocr().uncertain() == null ? List.of() : record.ocr().uncertain());
        List<String> members = MemberUnits.of(record.pages() == null ? List.of() : record.pages(),
                record.tables() == null ? List.of() : record.tables());
        return new ArchivedDocument(headline, figures, members);
    }
}
