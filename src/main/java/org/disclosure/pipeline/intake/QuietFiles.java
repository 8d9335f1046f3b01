package org.disclosure.pipeline.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Decides which files of the inbox are complete: a file is accepted once the same size and
 * modification time have been observed, unchanged, for at least the quiet interval. Its age alone
 * proves nothing (a copy often keeps the source's old time), so the interval starts when this
 * class first sees the pair, and any change of either starts it again.
 *
 * <p>The poller asks about every file of the inbox on every poll, so a burst of files dropped together
 * becomes eligible together, one quiet interval after it was first seen, instead of one file per
 * interval.
 *
 * <p>Only regular files are accepted, never a symbolic link (whatever it points to) nor a folder,
 * socket or device: those are set aside by the inbox sweep, and a link into the trusted root is
 * watched through its target ({@code InboxEntries}).
 *
 * <p>Memory stays bounded: an entry is kept only while its file is in the inbox (files that have
 * gone are forgotten at most one quiet interval later), and no more than {@code maxTracked} files
 * are watched at once; files beyond that wait until room frees up. Thread-safe.
 */
public final class QuietFiles {

    /** The default limit on files watched at once. */
    public static final int DEFAULT_MAX_TRACKED = 100_000;

    private record Seen(long size, long modifiedMillis, long sinceMillis) {
    }

    private final Duration quiet;
    private final Clock clock;
    private final int maxTracked;
    private final Map<Path, Seen> seen = new HashMap<>();
    private long lastSweepMillis;

    public QuietFiles(Duration quiet, Clock clock, int maxTracked) {
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("the quiet interval cannot be negative: " + quiet);
        }
        if (maxTracked < 1) {
            throw new IllegalArgumentException("maxTracked must be at least 1, not " + maxTracked);
        }
        this.quiet = quiet;
        this.clock = clock;
        this.maxTracked = maxTracked;
        this.lastSweepMillis = clock.millis();
    }

    public QuietFiles(Duration quiet) {
        this(quiet, Clock.systemUTC(), DEFAULT_MAX_TRACKED);
    }

    /** Whether {@code file} is a regular file, not a link, whose size and time have not changed for the quiet interval. */
    public synchronized boolean accept(Path file) {
        long now = clock.millis();
        sweepGoneFiles(now);
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = regularFileAttributes(file);
        if (attributes == null) {
            seen.remove(key);
            return false;
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Seen before = seen.get(key);
        if (before == null || before.size() != size || before.modifiedMillis() != modified) {
            if (before != null || seen.size() < maxTracked) {
                seen.put(key, new Seen(size, modified, now));
            }
            // a file seen for the first time, or changed since, is never taken on this look:
            // even a zero interval needs two looks that agree
            return false;
        }
        return now - before.sinceMillis() >= quiet.toMillis();
    }

    /** Files currently watched. */
    public synchronized int tracked() {
        return seen.size();
    }

    /** Attributes of a regular file that is not a symbolic link, else null (also when it has gone). */
    static BasicFileAttributes regularFileAttributes(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && !attributes.isSymbolicLink() ? attributes : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void sweepGoneFiles(long now) {
        if (now - lastSweepMillis < Math.max(quiet.toMillis(), 1000)) {
            return;
        }
        lastSweepMillis = now;
        for (Iterator<Path> paths = seen.keySet().iterator(); paths.hasNext(); ) {
            if (!Files.exists(paths.next(), LinkOption.NOFOLLOW_LINKS)) {
                paths.remove();
            }
        }
    }
}
