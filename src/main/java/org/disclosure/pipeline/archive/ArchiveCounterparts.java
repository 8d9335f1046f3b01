package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.reconcile.crossdoc.Counterparts;
import org.disclosure.pipeline.reconcile.crossdoc.DocumentFigures;
import org.disclosure.pipeline.reconcile.crossdoc.MemberUnits;
import org.disclosure.pipeline.reconcile.crossdoc.TableFigure;

/**
 * The counterparts as the archive folder holds them: each filed document's document.json, read for
 * its headline to choose, then whole for its figures. Reads only, never writes; a folder being filed
 * meanwhile or a document.json that cannot be read is passed over (the work folders under .work are
 * never looked at). Every lookup reads every headline: an index of the archive answers faster.
 */
public final class ArchiveCounterparts implements Counterparts {

    private final Path archiveRoot;

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
            DocumentHeadline headline;
            try {
                headline = Json.read(json, DocumentHeadline.class);
            } catch (IOException unreadable) {
                continue; // one damaged record must not keep the others from being compared
            }
            if (headline.year() != null && headline.year() == year && kind.equals(headline.kind()) && headline.unit() != null) {
                found.add(new ArchivedHeadline(folder.getFileName().toString(), headline.document().title(), headline.unit(),
                        year, kind));
            }
        }
        return found;
    }

    @Override
    public ArchivedDocument read(ArchivedHeadline headline) throws IOException {
        DocumentRecord record = Json.read(archiveRoot.resolve(headline.folder()).resolve(ArchiveLayout.DOCUMENT_JSON),
                DocumentRecord.class);
        List<TableFigure> figures = record.tables() == null ? List.of() : DocumentFigures.of(record.tables(), record.ledger());
        List<String> members = MemberUnits.of(record.pages() == null ? List.of() : record.pages(),
                record.tables() == null ? List.of() : record.tables());
        return new ArchivedDocument(headline, figures, members);
    }
}
