package org.disclosure.pipeline.archive;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * This process's own folder in the shared work area, {@code .work/<node>/}, held by an operating
 * system lock on its {@code .lease} file for as long as the process lives. When a process dies the
 * lock goes with it, so any other process can tell abandoned work from work in hand and clear it.
 */
final class NodeLease implements Closeable {

    static final String LEASE_FILE = ".lease";
    private static final java.time.Duration UNLEASED_GRACE = java.time.Duration.ofMinutes(1);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private NodeLease(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and locks a fresh node folder under the work root. */
    static NodeLease acquire(Path workRoot) throws IOException {
        Path folder = Files.createDirectories(workRoot.resolve(nodeName()));
        FileChannel channel = FileChannel.open(folder.resolve(LEASE_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("could not lock a new work folder " + folder);
        }
        return new NodeLease(folder, channel, lock);
    }

    Path folder() {
        return folder;
    }

    /**
     * Removes the folders of processes that are gone: their lease can be locked (or they have none,
     * as runs before leases left). The originals of their documents are still in the inbox or the
     * claim store, so nothing is lost.
     */
    static int clearAbandoned(Path workRoot, NodeLease own) throws IOException {
        int cleared = 0;
        try (Stream<Path> nodes = Files.list(workRoot)) {
            for (Path node : nodes.filter(Files::isDirectory).toList()) {
                if (own != null && node.equals(own.folder)) {
                    continue;
                }
                if (abandoned(node)) {
                    try {
                        deleteRecursively(node);
                        cleared++;
                    } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException sweptByAnother) {
                        // another process cleared it at the same moment
                    }
                }
            }
        }
        return cleared;
    }

    private static boolean abandoned(Path node) throws IOException {
        Path lease = node.resolve(LEASE_FILE);
        if (!Files.exists(lease)) {
            // a folder without a lease is abandoned once it is older than a process needs to take one
            return Files.getLastModifiedTime(node).toInstant().isBefore(java.time.Instant.now().minus(UNLEASED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(lease, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return false;
            }
            probe.release();
            return true;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
            return false;
        }
    }

    /** Ends the lease on a clean stop: the folder holds nothing unfinished worth keeping. */
    @Override
    public void close() throws IOException {
        try {
            deleteRecursively(folder);
        } finally {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "_");
        } catch (IOException e) {
            host = "host";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
