package org.disclosure.pipeline.isolation;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Class-data sharing (AppCDS) for worker JVMs, to cut their start-up: the first worker started on
 * an archive writes the classes it loaded to a file in the archive's work area when it exits
 * ({@code -XX:ArchiveClassesAtExit}), and every worker after it maps them from there
 * ({@code -XX:SharedArchiveFile}) instead of loading and verifying them again. The file is named
 * after this Java and the exact class path (each entry's size and time), so a new build or runtime
 * makes a new one; a file the JVM cannot use is ignored by it ({@code -Xshare:auto}), so nothing
 * depends on the archive being there or good. Only a packaged class path (jars) is archived. JVM log lines go to standard error, never into the
 * worker's protocol on standard output.
 */
final class WorkerClassData {

    /** Where the work area is, under the archive (files there are not swept; only folders are). */
    private static final String WORK = org.disclosure.pipeline.archive.ArchiveLayout.WORK_FOLDER;
    /** A claim to write the archive older than this was left by a worker that never exited cleanly. */
    private static final Duration CLAIM_EXPIRES = Duration.ofMinutes(30);
    /** Every JVM message to standard error: standard output is the worker protocol's alone. */
    private static final List<String> LOG_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    /** The JVM options of one worker start, and whether that worker writes the archive when it exits. */
    record Start(List<String> options, boolean writesArchive) {
    }

    private final String classPath;
    private final Path archiveFile;

    WorkerClassData(Path archiveRoot) {
        this(archiveRoot, System.getProperty("java.class.path"));
    }

    /** @param classPath the workers' class path, which they share with this process */
    WorkerClassData(Path archiveRoot, String classPath) {
        this.classPath = classPath;
        this.archiveFile = archiveRoot.resolve(WORK).resolve("worker-classes-" + key(classPath) + ".jsa");
    }

    Path archiveFile() {
        return archiveFile;
    }

    /**
     * Options for the next worker: map the archive when it is there; otherwise, if no other worker
     * is writing it, write it at exit; otherwise none.
     */
    Start nextStart() {
        if (!onlyJars(classPath)) {
            return new Start(LOG_TO_STDERR, false);
        }
        try {
            if (Files.size(archiveFile) > 0) {
                Files.deleteIfExists(claimFile());   // written: the claim has done its job
                return new Start(with("-Xshare:auto", "-XX:SharedArchiveFile=" + archiveFile), false);
            }
        } catch (IOException absent) {
            // not written yet
        }
        if (claimWriting()) {
            return new Start(with("-XX:ArchiveClassesAtExit=" + archiveFile), true);
        }
        return new Start(LOG_TO_STDERR, false);
    }

    /** True for the one worker start that may write the archive: an atomic claim beside it. */
    private boolean claimWriting() {
        Path claim = claimFile();
        try {
            Files.createDirectories(claim.getParent());
            try {
                Files.createFile(claim);
                return true;
            } catch (FileAlreadyExistsException taken) {
                if (Files.getLastModifiedTime(claim).toInstant().isBefore(Instant.now().minus(CLAIM_EXPIRES))) {
                    Files.deleteIfExists(claim);
                    Files.createFile(claim);
                    return true;
                }
                return false;
            }
        } catch (IOException e) {
            return false;   // another took it meanwhile, or the work area cannot be written: start without
        }
    }

    /** AppCDS archives classes from jars only: a class path with folders (a build's, a test's) goes without. */
    static boolean onlyJars(String classPath) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !new File(entry).isFile()) {
                return false;
            }
        }
        return true;
    }

    private Path claimFile() {
        return archiveFile.resolveSibling(archiveFile.getFileName() + ".writing");
    }

    private static List<String> with(String... options) {
        return java.util.stream.Stream.concat(LOG_TO_STDERR.stream(), java.util.Arrays.stream(options)).toList();
    }

    /** This Java and the class path the workers run, each entry with its size and time. */
    private static String key(String classPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n").getBytes(StandardCharsets.UTF_8));
            for (String entry : classPath.split(File.pathSeparator)) {
                File file = new File(entry);
                sha.update((file.getAbsolutePath() + "\t" + file.length() + "\t" + file.lastModified() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
