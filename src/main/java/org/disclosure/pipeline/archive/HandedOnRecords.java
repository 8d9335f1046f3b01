package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The document.json records this process has just written, so that the next stage in the same
 * process takes the record instead of reading and parsing the file again. Stages still hand each
 * other only the file (they may run in different processes), and the file stays the record of
 * truth: a record is handed on only while the file at that path is the very one written (the
 * same file key, size and modification time; every write replaces the file by a new one), and only
 * once, so a stage that retries reads the file. Only the last few are kept.
 */
public final class HandedOnRecords {

    /** The written file as it was when written: anything else at the path since is another's. */
    private record Written(Object fileKey, long size, FileTime modified, DocumentRecord record) {

        boolean isStill(BasicFileAttributes now) {
            return fileKey != null && fileKey.equals(now.fileKey()) && size == now.size() && modified.equals(now.lastModifiedTime());
        }
    }

    private final Map<Path, Written> recent;

    /** @param capacity how many records are kept at most: about as many as documents in flight */
    public HandedOnRecords(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.recent = new LinkedHashMap<>(capacity + 1, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Written> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Notes that {@code record} was written to {@code file}, whose attributes were {@code written}
     * (read from the file itself before it was moved into place, so nothing can come between).
     */
    public synchronized void wrote(Path file, BasicFileAttributes written, DocumentRecord record) {
        recent.put(key(file), new Written(written.fileKey(), written.size(), written.lastModifiedTime(), Objects.requireNonNull(record)));
    }

    /**
     * The record written to {@code file}, if this process wrote the file that is there now and has not
     * handed it on yet; otherwise null, and the caller reads the file.
     */
    public DocumentRecord take(Path file) {
        Written written;
        synchronized (this) {
            written = recent.remove(key(file));
        }
        if (written == null) {
            return null;
        }
        try {
            return written.isStill(Files.readAttributes(file, BasicFileAttributes.class)) ? written.record() : null;
        } catch (IOException gone) {
            return null;
        }
    }

    /** Drops what was kept for {@code file}: it will not be read as a whole again. */
    public synchronized void forget(Path file) {
        recent.remove(key(file));
    }

    synchronized int size() {
        return recent.size();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
