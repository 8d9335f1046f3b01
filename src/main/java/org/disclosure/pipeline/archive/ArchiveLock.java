package org.disclosure.pipeline.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock named by a file of the archive, held by one thread of one process at a time: threads of
 * this process queue on an in-memory lock (a file lock belongs to the whole process), processes on
 * the operating system's lock on the file. The thread that holds it may take it again.
 */
public final class ArchiveLock implements Closeable {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private ArchiveLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** Waits until the lock named by {@code file} is this thread's; close to let it go. */
    public static ArchiveLock take(Path file) throws IOException {
        Path name = file.toAbsolutePath().normalize();
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(name, n -> new ReentrantLock());
        local.lock();
        if (local.getHoldCount() > 1) {
            return new ArchiveLock(local, null);   // taken again: the file lock is already this process's
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(name, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();   // released when the channel closes
            return new ArchiveLock(local, channel);
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } finally {
                local.unlock();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (channel != null) {
                channel.close();   // lets the file lock go with it
            }
        } finally {
            local.unlock();
        }
    }
}
