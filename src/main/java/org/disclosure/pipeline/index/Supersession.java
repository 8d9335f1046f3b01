package org.disclosure.pipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.CrossCheckSidecars;
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.VersionOrder;
import org.disclosure.pipeline.reconcile.crossdoc.SameUnit;
import org.disclosure.pipeline.disclosure.DocumentIdentity;

/**
 * The versions of one document: the archived documents of one unit (by normalised name), year and kind
 * with other bytes, a corrected republication filed again. The one archived last stands; each other is
 * marked superseded by it in its cross-checks.json (which the index, the console, the API and its
 * report then show), and takes no part in checks across documents. What is written depends on the
 * archive alone (the versions' document.json times), so settling again, or on a rebuild, writes the same.
 */
final class Supersession {

    private final DocumentSearch search;
    private final Path archiveRoot;
    private final CrossCheckSidecars sidecars;

    Supersession(DocumentSearch search, Path archiveRoot) {
        this.search = search;
        this.archiveRoot = archiveRoot;
        this.sidecars = new CrossCheckSidecars(archiveRoot);
    }

    /**
     * What settling a document's versions changed.
     *
     * @param changed the versions whose cross-checks.json changed (to index again, their reports to patch)
     * @param revived the version that is the latest again after having been superseded (a later one was
     *                removed), whose checks across documents must be told again; else null
     */
    record Settled(List<Path> changed, Path revived) {
        static final Settled NOTHING = new Settled(List.of(), null);
    }

    private record Version(Path folder, String sha256, String title, Instant archivedAt) {
    }

    /** Settles the versions of the document in {@code folder}, which the index may not hold yet. */
    Settled settle(Path folder) throws IOException, SQLException {
        DocumentHeadline headline = DocumentFile.readHeadline(folder.resolve(ArchiveLayout.DOCUMENT_JSON));
        DocumentIdentity identity = headline.document();
        if (identity == null || identity.unit() == null || identity.year() == null || identity.kind() == null) {
            return Settled.NOTHING; // a document that does not say whose, which year's or what it is has no versions
        }
        return settle(identity.unit(), identity.year(), identity.kind(), folder);
    }

    /**
     * Settles the versions the index holds of a unit's document of this year and kind, and {@code also}'s.
     * The index finds them by the normalised name, which drops the upper region (朝阳区财政局 of 北京市 and
     * of 长春市 alike); only a unit the naming rule calls the same is a version.
     */
    Settled settle(String unit, int year, String kind, Path also) throws IOException, SQLException {
        String normalisedUnit = UnitNames.normalise(unit);
        List<Version> versions = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (also != null) {
            versions.add(version(also));
            seen.add(also.getFileName().toString());
        }
        for (IndexedDocument indexed : search.archivedByUnitYearKind(normalisedUnit, year, kind)) {
            Path other = archiveRoot.resolve(indexed.folder());
            if (!seen.contains(indexed.folder()) && SameUnit.match(unit, indexed.unit()) != null
                    && Files.isRegularFile(other.resolve(ArchiveLayout.DOCUMENT_JSON))) {
                versions.add(version(other, indexed));
                seen.add(indexed.folder());
            }
        }
        if (versions.isEmpty() || versions.size() == 1 && !CrossChecksFile.readIn(versions.get(0).folder()).superseded()) {
            return Settled.NOTHING; // one version, not marked superseded: nothing to write
        }
        Version latest = versions.stream()
                .max(VersionOrder.of(Version::archivedAt, v -> v.folder().getFileName().toString())).orElseThrow();
        CrossChecks.Replacement replacement = new CrossChecks.Replacement(latest.folder().getFileName().toString(),
                latest.sha256(), latest.title(), latest.archivedAt().toString());
        List<Path> changed = new ArrayList<>();
        Path revived = null;
        for (Version version : versions) {
            boolean isLatest = version == latest;
            boolean wasSuperseded = CrossChecksFile.readIn(version.folder()).superseded();
            if (sidecars.supersede(version.folder(), isLatest ? null : replacement)) {
                changed.add(version.folder());
                if (isLatest && wasSuperseded) {
                    revived = version.folder();
                }
            }
        }
        return new Settled(changed, revived);
    }

    /**
     * The indexed version as its row has it, when the row was indexed from the document.json the folder
     * holds now (its archived time is that file's time): the same sha256 and title, without reading the file
     * again at every filing of a later version.
     */
    private static Version version(Path folder, IndexedDocument indexed) throws IOException {
        FileTime written = Files.getLastModifiedTime(folder.resolve(ArchiveLayout.DOCUMENT_JSON));
        if (!Instant.ofEpochMilli(written.toMillis()).toString().equals(indexed.archivedAt())) {
            return version(folder);
        }
        return new Version(folder, indexed.id(), indexed.title(), written.toInstant());
    }

    private static Version version(Path folder) throws IOException {
        Path json = folder.resolve(ArchiveLayout.DOCUMENT_JSON);
        DocumentHeadline headline = DocumentFile.readHeadline(json);
        return new Version(folder, headline.source() == null ? null : headline.source().sha256(),
                headline.document() == null ? null : headline.document().title(),
                Files.getLastModifiedTime(json).toInstant());
    }
}
