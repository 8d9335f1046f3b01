package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The archive on disk. Documents in progress live in {@code <archive>/.work/<job id>/}; a finished
 * one is renamed in one step to {@code <archive>/<name>_<sha8>/}, so a reader never sees a half-filed
 * document. Rejected files go to the failed folder with {@code <name>.error.json} beside them.
 */
public final class ArchiveStore {

    static final String DOCUMENT_JSON = "document.json";
    private static final String WORK = ".work";

    private final Path archiveRoot;
    private final Path failedRoot;

    public ArchiveStore(Path archiveRoot, Path failedRoot) throws IOException {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
        this.failedRoot = failedRoot.toAbsolutePath().normalize();
        Files.createDirectories(this.archiveRoot.resolve(WORK));
        Files.createDirectories(this.failedRoot);
    }

    /**
     * Removes work folders a previous run left when it stopped mid-document. Their originals are
     * still in the inbox (a file leaves the inbox only once filed), so they will be done again.
     * Half-copied files in the failed folder (hidden temporary names) are removed too. Called once
     * when the service starts: one service owns an archive; when several share one, this must
     * become a lease.
     */
    public void clearStaleWork() throws IOException {
        try (Stream<Path> stale = Files.list(archiveRoot.resolve(WORK))) {
            for (Path folder : stale.toList()) {
                deleteRecursively(folder);
            }
        }
        try (Stream<Path> partial = Files.list(failedRoot)) {
            for (Path file : partial.filter(ArchiveStore::isTemporary).toList()) {
                Files.deleteIfExists(file);
            }
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
        String fileName = dropped.getFileName().toString();
        String id = Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createDirectories(archiveRoot.resolve(WORK).resolve(id));
        Path stored = work.resolve(fileName);
        MessageDigest sha256 = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(dropped), sha256);
             OutputStream out = Files.newOutputStream(stored, StandardOpenOption.CREATE_NEW)) {
            bytes = in.transferTo(out);
        }
        force(stored);
        return new Job(id, fileName, HexFormat.of().formatHex(sha256.digest()), bytes, Instant.now(), work.toString());
    }

    public void writeDocument(Job job, DocumentRecord record) throws IOException {
        writeAtomically(job.documentJson(), Json.bytes(record));
    }

    public DocumentRecord readDocument(Job job) throws IOException {
        return Json.read(job.documentJson(), DocumentRecord.class);
    }

    public DocumentHeadline readHeadline(Job job) throws IOException {
        return Json.read(job.documentJson(), DocumentHeadline.class);
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
                Path json = folder.resolve(DOCUMENT_JSON);
                if (Files.exists(json) && sha256.equals(Json.read(json, DocumentRecord.class).source().sha256())) {
                    return folder;
                }
            }
        }
        return null;
    }

    /**
     * Notes that the same bytes were dropped again, under this name, in {@code duplicates.json} of
     * the folder that holds them, and removes the job's work folder: nothing is lost, the bytes are
     * archived already.
     */
    public synchronized void recordDuplicate(Job job, Path archived) throws IOException {
        Path file = archived.resolve("duplicates.json");
        List<DuplicateDrop> drops = new ArrayList<>();
        if (Files.exists(file)) {
            drops.addAll(List.of(Json.read(file, DuplicateDrop[].class)));
        }
        drops.add(new DuplicateDrop(job.fileName(), job.sha256(), job.receivedAt().toString()));
        writeAtomically(file, Json.bytes(drops));
        deleteRecursively(job.workFolder());
    }

    /** Where a finished job ended up: its own new archive folder, or recorded as a duplicate of one. */
    public record Filed(Path folder, boolean duplicate) {
    }

    /**
     * Files the job, unless the same bytes were filed while it was being processed (two copies
     * dropped together and handled by parallel workers): then it is recorded as a duplicate. The
     * check and the rename happen under one lock, so the same bytes are never filed twice.
     */
    public synchronized Filed fileUnlessPresent(Job job) throws IOException {
        Path existing = findArchived(job.sha256());
        if (existing != null) {
            recordDuplicate(job, existing);
            return new Filed(existing, true);
        }
        return new Filed(archive(job), false);
    }

    /** Files the job's work folder under the archive in one rename; returns where it now lies. */
    public Path archive(Job job) throws IOException {
        String base = stem(job.fileName()) + "_" + job.sha256().substring(0, 8);
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
    public synchronized Path reject(Path file, ErrorRecord error, boolean stored) throws IOException {
        Path target = failedAlready(file);
        if (target == null) {
            target = freeName(failedRoot, file.getFileName().toString());
        }
        Path temp = failedRoot.resolve("." + target.getFileName() + ".part");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        force(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        writeAtomically(failedRoot.resolve(target.getFileName() + ".error.json"), Json.bytes(error));
        if (stored) {
            deleteRecursively(file.getParent());
        }
        return target;
    }

    /**
     * The failed-folder copy of exactly this file under its own name, if there is one: a run that
     * stopped after filing it but before clearing the inbox left it to be rejected again, and it
     * must not appear twice.
     */
    private Path failedAlready(Path file) throws IOException {
        Path same = failedRoot.resolve(file.getFileName().toString());
        return Files.isRegularFile(same) && Files.mismatch(same, file) == -1L ? same : null;
    }

    private static Path freeName(Path folder, String fileName) {
        Path candidate = folder.resolve(fileName);
        String stem = stem(fileName);
        String extension = fileName.substring(stem.length());
        for (int n = 2; Files.exists(candidate) || Files.exists(folder.resolve(candidate.getFileName() + ".error.json")); n++) {
            candidate = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return candidate;
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Writes to a temporary name, forces it to disk, then renames it into place. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        force(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
