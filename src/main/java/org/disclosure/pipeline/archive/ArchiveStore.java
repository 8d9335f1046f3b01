package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The archive on disk, which several processes may share. Each process works in its own leased
 * folder, {@code <archive>/.work/<node>/<job id>/}; a finished document is renamed in one step to
 * {@code <archive>/<name>_<sha8>/}, so a reader never sees a half-filed document. Rejected files go
 * to the failed folder with {@code <name>.error.json} beside them. Filing, duplicate records and
 * rejections happen under one lock shared by every process on the archive.
 */
public final class ArchiveStore implements java.io.Closeable {

    private static final String WORK = ArchiveLayout.WORK_FOLDER;
    private static final String ERROR_SUFFIX = ".error.json";
    /** An archive folder is named by the dropped name's stem, at most this long, and the hash. */
    private static final int FOLDER_STEM_BYTES = 120;

    private final Path archiveRoot;
    private final Path failedRoot;
    /** This process's work folder, taken at the first document it receives (an extraction worker never does). */
    private NodeLease lease;
    /** Records handed from one stage to the next in this process without re-reading document.json; null: always read. */
    private volatile HandedOnRecords handedOn;

    public ArchiveStore(Path archiveRoot, Path failedRoot) throws IOException {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
        this.failedRoot = failedRoot.toAbsolutePath().normalize();
        Files.createDirectories(this.failedRoot);
        Files.createDirectories(this.archiveRoot.resolve(WORK));
    }

    private synchronized Path leasedFolder() throws IOException {
        if (lease == null) {
            lease = NodeLease.acquire(archiveRoot.resolve(WORK));
        }
        return lease.folder();
    }

    /** Clears abandoned work and every temporary file in the failed folder: for a process that owns the archive alone. */
    public void clearStaleWork() throws IOException {
        clearStaleWork(Duration.ZERO);
    }

    /**
     * Removes the work folders of processes that stopped mid-document (their leases are free). The
     * originals are still in the inbox or the claim store, so they will be done again. Half-copied
     * files in the failed folder (hidden temporary names) older than {@code temporaryGrace} are
     * removed too; with other live processes on the archive, a young one may be theirs.
     */
    public void clearStaleWork(Duration temporaryGrace) throws IOException {
        NodeLease own;
        synchronized (this) {
            own = lease;
        }
        NodeLease.clearAbandoned(archiveRoot.resolve(WORK), own);
        Instant cutoff = Instant.now().minus(temporaryGrace);
        try (Stream<Path> partial = Files.list(failedRoot)) {
            for (Path file : partial.filter(ArchiveStore::isTemporary).toList()) {
                try {
                    if (!Files.getLastModifiedTime(file).toInstant().isAfter(cutoff)) {
                        Files.deleteIfExists(file);
                    }
                } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                    // its writer finished it
                }
            }
        }
    }

    /** Ends this process's lease on a clean stop. */
    @Override
    public synchronized void close() throws IOException {
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && (name.endsWith(".part") || name.endsWith(".tmp"));
    }

    public Path archiveRoot() {
        return archiveRoot;
    }

    public Path failedRoot() {
        return failedRoot;
    }

    /** Copies a dropped file into a fresh work folder, hashing it on the way, and hands back the claim check. */
    public Job receive(Path dropped) throws IOException {
        return receive(dropped, dropped.getFileName().toString());
    }

    /** As {@link #receive(Path)}, reading {@code source} (a trusted link's target) for a drop named {@code fileName}. */
    public Job receive(Path source, String fileName) throws IOException {
        Path work = Files.createDirectories(leasedFolder().resolve(newId()));
        Path stored = Files.createDirectories(ArchiveLayout.original(work, fileName).getParent()).resolve(fileName);
        Hashed copy = copyHashing(source, stored);
        return new Job(work.getFileName().toString(), fileName, copy.sha256(), copy.bytes(), Instant.now(), work.toString());
    }

    /**
     * Copies a claimed original into a fresh work folder of this process and checks that its bytes
     * are still the ones the claim was made for.
     */
    public Job receive(Claim claim, Path claimed) throws IOException {
        Path work = Files.createDirectories(leasedFolder().resolve(claim.id()));
        Path stored = Files.createDirectories(ArchiveLayout.original(work, claim.fileName()).getParent())
                .resolve(claim.fileName());
        Files.deleteIfExists(stored);
        Hashed copy = copyHashing(claimed, stored);
        if (!copy.sha256().equals(claim.sha256())) {
            deleteRecursively(work);
            throw new IOException("the claimed file " + claimed + " no longer has the bytes it was claimed with");
        }
        return new Job(claim.id(), claim.fileName(), copy.sha256(), copy.bytes(), claim.receivedInstant(), work.toString());
    }

    /** A new, unique id for a piece of work: when it began, and a random part. */
    public static String newId() {
        return Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Hashed(String sha256, long bytes) {
    }

    /**
     * Copies a file, computing its SHA-256 on the way, and forces the copy to disk. A symbolic link
     * is never followed: whatever it points to was not dropped here.
     */
    static Hashed copyHashing(Path source, Path target) throws IOException {
        MessageDigest sha256 = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS), sha256);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            bytes = in.transferTo(out);
        }
        force(target);
        return new Hashed(HexFormat.of().formatHex(sha256.digest()), bytes);
    }

    /**
     * From now on, a record this store writes is handed to the next stage in this process that reads
     * it, while the file is still the one written (see {@link HandedOnRecords}). For the service's
     * own JVM; an extraction worker never reads back what it writes, so it keeps nothing.
     */
    public void handOnRecords(int capacity) {
        this.handedOn = new HandedOnRecords(capacity);
    }

    public void writeDocument(Job job, DocumentRecord record) throws IOException {
        HandedOnRecords handing = handedOn;
        BasicFileAttributes written = writeAtomically(job.documentJson(), DocumentFile.bytes(record), handing != null);
        if (handing != null) {
            handing.wrote(job.documentJson(), written, record);
        }
    }

    public DocumentRecord readDocument(Job job) throws IOException {
        HandedOnRecords handing = handedOn;
        DocumentRecord handed = handing == null ? null : handing.take(job.documentJson());
        return handed != null ? handed : DocumentFile.read(job.documentJson());
    }

    public DocumentHeadline readHeadline(Job job) throws IOException {
        HandedOnRecords handing = handedOn;
        if (handing != null) {
            handing.forget(job.documentJson());   // the last stage: only the headline is read from here on
        }
        return DocumentFile.readHeadline(job.documentJson());
    }

    /**
     * The archive folder already holding these exact bytes, or null. Folders are named by the hash's
     * first eight digits, so only those few are opened to compare the whole hash.
     */
    public Path findArchived(String sha256) throws IOException {
        String marker = "_" + sha256.substring(0, 8);
        try (Stream<Path> folders = Files.list(archiveRoot)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                if (!name.endsWith(marker) && !name.matches(".*" + marker + "-\\d+")) {
                    continue;
                }
                Path json = folder.resolve(ArchiveLayout.DOCUMENT_JSON);
                if (Files.exists(json) && sha256.equals(DocumentFile.read(json).source().sha256())) {
                    return folder;
                }
            }
        }
        return null;
    }

    /**
     * Notes that the same bytes were dropped again, under this name, in {@code duplicates.json} of
     * the folder that holds them, and removes the job's work folder: nothing is lost, the bytes are
     * archived already. A drop is noted once, however often it is handed over: a job delivered
     * again after its worker died is not a new drop, and neither is the very drop that was filed.
     */
    public void recordDuplicate(Job job, Path archived) throws IOException {
        underFilingLock(() -> {
            recordDuplicateLocked(job, archived);
            return null;
        });
    }

    private void recordDuplicateLocked(Job job, Path archived) throws IOException {
        String receivedAt = job.receivedAt().toString();
        DocumentHeadline filed = DocumentFile.readHeadline(archived.resolve(ArchiveLayout.DOCUMENT_JSON));
        boolean filedDrop = filed.source() != null && job.fileName().equals(filed.source().fileName())
                && receivedAt.equals(filed.receivedAt());
        Path file = archived.resolve(ArchiveLayout.DUPLICATES_JSON);
        List<DuplicateDrop> drops = new ArrayList<>();
        if (Files.exists(file)) {
            drops.addAll(List.of(Json.read(file, DuplicateDrop[].class)));
        }
        DuplicateDrop drop = new DuplicateDrop(job.fileName(), job.sha256(), receivedAt);
        if (!filedDrop && !drops.contains(drop)) {
            drops.add(drop);
            writeAtomically(file, Json.bytes(drops));
        }
        deleteRecursively(job.workFolder());
    }

    /** Removes a job's work folder, for a job whose original lies elsewhere still (the inbox, a claim). */
    public void discardWork(Job job) {
        try {
            deleteRecursively(job.workFolder());
        } catch (IOException leftForTheSweep) {
            // an abandoned folder is cleared when the service next starts
        }
    }

    /** Where a finished job ended up: its own new archive folder, or recorded as a duplicate of one. */
    public record Filed(Path folder, boolean duplicate) {
    }

    /**
     * Files the job, unless the same bytes were filed while it was being processed (two copies
     * dropped together and handled by parallel workers): then it is recorded as a duplicate. The
     * check and the rename happen under one lock, so the same bytes are never filed twice.
     */
    public Filed fileUnlessPresent(Job job) throws IOException {
        return underFilingLock(() -> {
            Path existing = findArchived(job.sha256());
            if (existing != null) {
                recordDuplicateLocked(job, existing);
                return new Filed(existing, true);
            }
            return new Filed(archive(job), false);
        });
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    /** Runs the action while holding the archive's filing lock, across threads and processes. */
    private <T> T underFilingLock(Locked<T> action) throws IOException {
        try (ArchiveLock held = ArchiveLock.take(archiveRoot.resolve(WORK).resolve(ArchiveLayout.MOVE_LOCK))) {
            return action.run();
        }
    }

    /** Files the job's work folder under the archive in one rename; returns where it now lies. */
    public Path archive(Job job) throws IOException {
        String base = FileNames.bounded(FileNames.stem(job.fileName()), FOLDER_STEM_BYTES) + "_" + job.sha256().substring(0, 8);
        for (int n = 1; ; n++) {
            Path target = archiveRoot.resolve(n == 1 ? base : base + "-" + n);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(job.workFolder(), target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException raced) {
                // another worker took the name between the check and the move; try the next
            }
        }
    }

    /**
     * Puts a rejected file into the failed folder with its error record beside it. A file still in
     * the inbox is copied (the inbox consumer removes it afterwards); a stored one is moved and its
     * work folder removed.
     */
    public Path reject(Path file, ErrorRecord error, boolean stored) throws IOException {
        return reject(file, error, stored, file.getFileName().toString());
    }

    /** As {@link #reject(Path, ErrorRecord, boolean)}, filed under the given name (made to fit). */
    public Path reject(Path file, ErrorRecord error, boolean stored, String name) throws IOException {
        return underFilingLock(() -> rejectLocked(file, error, stored, failedName(name)));
    }

    private Path rejectLocked(Path file, ErrorRecord error, boolean stored, String name) throws IOException {
        Path target = failedAlready(file, name);
        if (target == null) {
            target = freeName(failedRoot, name);
        }
        // the temporary name does not grow with the dropped name: a long one must still fit
        Path temp = failedRoot.resolve("." + newId() + ".part");
        try {
            // a link is copied as the link it is, never as what it points to
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            if (!Files.isSymbolicLink(temp)) {
                force(temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        writeAtomically(errorRecordOf(target), Json.bytes(error));
        if (stored) {
            deleteRecursively(storedJobFolder(file));
        }
        return target;
    }

    /**
     * Moves an inbox entry that is not a file to read (a symbolic link, a folder, a pipe) into the
     * failed folder as it is, with its error record: the entry itself, never what a link points to.
     * If it cannot be moved (a folder on another file system), only the record is written, once.
     *
     * @return where the entry or, if it stayed in place, its record now lies
     */
    public Path setAside(Path entry, ErrorRecord error) throws IOException {
        return underFilingLock(() -> {
            Path target = freeName(failedRoot, failedName(entry.getFileName().toString()));
            try {
                Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException cannotMove) {
                Path record = errorRecordOf(failedRoot.resolve(target.getFileName()));
                writeAtomically(record, Json.bytes(error));
                return record;
            }
            writeAtomically(errorRecordOf(target), Json.bytes(error));
            return target;
        });
    }

    /**
     * The name a dropped file is filed under in the failed folder: bounded, and never one that
     * reads as an error record of its own ("x.error.json" becomes "x.error.json.file").
     */
    private static String failedName(String droppedName) {
        String name = FileNames.bounded(droppedName, FileNames.MAX_BYTES);
        return name.endsWith(ERROR_SUFFIX) ? name + ".file" : name;
    }

    /** The error record that lies beside a file of the failed folder. */
    public static Path errorRecordOf(Path failedFile) {
        return failedFile.resolveSibling(failedFile.getFileName() + ERROR_SUFFIX);
    }

    /** The job folder a stored original lies in (its original/ sub-folder's parent). */
    private static Path storedJobFolder(Path storedOriginal) {
        Path parent = storedOriginal.getParent();
        return parent.getFileName().toString().equals(ArchiveLayout.ORIGINAL_FOLDER) ? parent.getParent() : parent;
    }

    /**
     * The failed-folder copy of exactly this file under its own name, if there is one: a run that
     * stopped after filing it but before clearing the inbox left it to be rejected again, and it
     * must not appear twice.
     */
    private Path failedAlready(Path file, String name) throws IOException {
        Path same = failedRoot.resolve(name);
        return Files.isRegularFile(same, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Files.mismatch(same, file) == -1L ? same : null;
    }

    private static Path freeName(Path folder, String fileName) {
        Path candidate = folder.resolve(fileName);
        String stem = FileNames.stem(fileName);
        String extension = fileName.substring(stem.length());
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) || Files.exists(errorRecordOf(candidate)); n++) {
            candidate = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return candidate;
    }

    /** Writes to a temporary name, forces it to disk, then renames it into place. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        writeAtomically(target, content, false);
    }

    /** As {@link #writeAtomically(Path, byte[])}; with {@code attributes}, returns the written file's, read before it is moved into place. */
    private static BasicFileAttributes writeAtomically(Path target, byte[] content, boolean attributes) throws IOException {
        // the temporary name does not grow with the target's: a long name must still fit
        Path temp = target.resolveSibling("." + UUID.randomUUID() + ".tmp");
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        force(temp);
        // a rename keeps the file key, size and time: after it, the target has these while it is still this file
        BasicFileAttributes written = attributes ? Files.readAttributes(temp, BasicFileAttributes.class) : null;
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return written;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        NodeLease.deleteRecursively(folder);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
