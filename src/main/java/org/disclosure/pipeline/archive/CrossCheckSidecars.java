package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.crossdoc.SameUnit;

/**
 * Tells the documents a filed document was checked against what its checks across documents said,
 * in their cross-checks.json. What is written is a function of the filed document.json alone (and
 * of the other versions' archive times), so writing it again after a crash, or for every folder on a
 * rebuild, gives the same files. Each file is replaced whole (temporary file, then a rename), under
 * a lock every process on the archive shares.
 */
public final class CrossCheckSidecars {

    private static final String LOCK = ArchiveLayout.CROSS_CHECKS_LOCK;

    private static final Comparator<CrossChecks.Learned> LATER = VersionOrder.ofText(CrossChecks.Learned::archivedAt,
            CrossChecks.Learned::from);
    private static final Comparator<Archived> VERSIONS = VersionOrder.of(Archived::at, Archived::folder);

    private final Path archiveRoot;

    public CrossCheckSidecars(Path archiveRoot) {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
    }

    /**
     * Writes the filed folder's checks across documents into each counterpart's cross-checks.json.
     *
     * @return the counterpart folders it was checked against that are still archived, their
     *         cross-checks.json now up to date (written only when it changed); none when the filed
     *         document is itself superseded
     */
    public List<Path> propagate(Path filed) throws IOException {
        Path json = filed.resolve(ArchiveLayout.DOCUMENT_JSON);
        if (CrossChecksFile.readIn(filed).superseded()) {
            return List.of(); // a superseded version's checks across documents no longer count anywhere
        }
        DocumentRecord record = DocumentFile.read(json);
        String from = filed.getFileName().toString();
        List<Check> across = record.checks() == null ? List.of()
                : record.checks().stream().filter(CrossChecks::acrossDocuments).toList();
        Set<String> counterparts = new TreeSet<>();
        for (Check check : across) {
            for (CheckRef ref : check.refs()) {
                if (ref.document() != null && !ref.document().equals(from)) {
                    counterparts.add(ref.document());
                }
            }
        }
        DocumentIdentity identity = record.document();
        String archivedAt = Files.getLastModifiedTime(json).toInstant().toString();
        List<Path> told = new ArrayList<>();
        for (String counterpart : counterparts) {
            Path folder = archiveRoot.resolve(counterpart);
            if (!Files.isRegularFile(folder.resolve(ArchiveLayout.DOCUMENT_JSON))) {
                continue; // removed since the check was made
            }
            List<Check> seen = across.stream()
                    .filter(c -> c.refs().stream().anyMatch(r -> counterpart.equals(r.document())))
                    .map(c -> CrossChecks.mirrored(c, from, counterpart)).toList();
            CrossChecks.Learned learned = new CrossChecks.Learned(from, record.source().sha256(),
                    identity == null ? null : identity.title(), identity == null ? null : identity.unit(),
                    identity == null ? null : identity.year(), identity == null ? null : identity.kind(), archivedAt,
                    olderVersionsOf(identity, from, folder), seen);
            if (underLock(() -> merge(folder, learned)) != Merge.SUPERSEDED) {
                told.add(folder);
            }
        }
        return told;
    }

    /** The folders the counterpart's own checks were made with that are other versions of the filed document. */
    private List<String> olderVersionsOf(DocumentIdentity identity, String from, Path counterpart) throws IOException {
        DocumentRecord own = DocumentFile.read(counterpart.resolve(ArchiveLayout.DOCUMENT_JSON));
        Set<String> older = new TreeSet<>();
        for (Check check : own.checks() == null ? List.<Check>of() : own.checks()) {
            if (!CrossChecks.acrossDocuments(check)) {
                continue;
            }
            for (CheckRef ref : check.refs()) {
                String other = ref.document();
                if (other == null || other.equals(from) || older.contains(other)) {
                    continue;
                }
                Path otherJson = archiveRoot.resolve(other).resolve(ArchiveLayout.DOCUMENT_JSON);
                if (Files.isRegularFile(otherJson)
                        && sameDocument(identity, DocumentFile.readHeadline(otherJson).document())
                        && VERSIONS.compare(archived(other), archived(from)) < 0) {
                    older.add(other);
                }
            }
        }
        return List.copyOf(older);
    }

    /** An archive folder and when its document.json was written. */
    private record Archived(String folder, Instant at) {
    }

    private Archived archived(String folder) throws IOException {
        return new Archived(folder,
                Files.getLastModifiedTime(archiveRoot.resolve(folder).resolve(ArchiveLayout.DOCUMENT_JSON)).toInstant());
    }

    private enum Merge { WRITTEN, UNCHANGED, SUPERSEDED }

    /** Puts the entry in the folder's cross-checks.json; a superseded version learns nothing (checks pair with the latest). */
    private static Merge merge(Path folder, CrossChecks.Learned learned) throws IOException {
        CrossChecks current = CrossChecksFile.readIn(folder);
        if (current.superseded()) {
            return Merge.SUPERSEDED;
        }
        List<CrossChecks.Learned> kept = new ArrayList<>();
        for (CrossChecks.Learned entry : current.learned()) {
            if (entry.from().equals(learned.from())) {
                continue; // this document's earlier word on the pair: replaced, not appended
            }
            if (sameDocument(entry, learned)) {
                if (LATER.compare(entry, learned) > 0) {
                    return Merge.UNCHANGED; // a later version of the filed document already spoke
                }
                continue; // an older version's checks: replaced by this one's
            }
            kept.add(entry);
        }
        kept.add(learned);
        kept.sort(Comparator.comparing(CrossChecks.Learned::from));
        return write(folder, new CrossChecks(CrossChecks.SCHEMA_VERSION, null, kept)) ? Merge.WRITTEN : Merge.UNCHANGED;
    }

    /** Replaces the folder's cross-checks.json whole; false when it already says this (or says nothing and is absent). */
    private static boolean write(Path folder, CrossChecks checks) throws IOException {
        Path file = folder.resolve(ArchiveLayout.CROSS_CHECKS_JSON);
        if (!Files.isRegularFile(file) && !checks.superseded() && checks.learned().isEmpty()) {
            return false;
        }
        byte[] bytes = CrossChecksFile.bytes(checks);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        ArchiveStore.writeAtomically(file, bytes);
        return true;
    }

    /**
     * Marks the folder as superseded by {@code latest} (its learned checks dropped), or, with null, as
     * the latest version again (what it learned is told again by {@link #propagate} of its counterparts).
     *
     * @return true when its cross-checks.json changed
     */
    public boolean supersede(Path folder, CrossChecks.Replacement latest) throws IOException {
        return underLock(() -> {
            CrossChecks current = CrossChecksFile.readIn(folder);
            return write(folder, current.supersededBy(latest));
        });
    }

    /**
     * Drops what the removed folder {@code gone} said from this folder's cross-checks.json.
     *
     * @return true when its cross-checks.json changed
     */
    public boolean forget(Path folder, String gone) throws IOException {
        return underLock(() -> write(folder, CrossChecksFile.readIn(folder).without(gone)));
    }

    /** Two entries by versions of one document: the same unit, year and kind. */
    private static boolean sameDocument(CrossChecks.Learned a, CrossChecks.Learned b) {
        return a.year() != null && a.year().equals(b.year()) && a.kind() != null && a.kind().equals(b.kind())
                && SameUnit.match(a.unit(), b.unit()) != null;
    }

    private static boolean sameDocument(DocumentIdentity a, DocumentIdentity b) {
        return a != null && b != null && a.year() != null && a.year().equals(b.year()) && a.kind() != null
                && a.kind().equals(b.kind()) && SameUnit.match(a.unit(), b.unit()) != null;
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    private <T> T underLock(Locked<T> action) throws IOException {
        try (ArchiveLock held = ArchiveLock.take(archiveRoot.resolve(LOCK))) {
            return action.run();
        }
    }
}
