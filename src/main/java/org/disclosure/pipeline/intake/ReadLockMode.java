package org.disclosure.pipeline.intake;

import java.util.Locale;

/**
 * How the inbox decides that a dropped file is complete ({@code pipeline.read-lock}).
 *
 * <ul>
 * <li>{@code quiet} (the default): every file in the inbox is looked at on every poll, and one is taken
 * once its size and modification time have stayed the same for the quiet interval. A burst becomes
 * eligible together, after one interval ({@link QuietFiles}).</li>
 * <li>{@code changed}: Camel's own read lock of that name, which waits out the interval for one file
 * after another, so it takes at most one file per interval.</li>
 * <li>{@code none}: a file is taken as soon as it is seen (the one-shot mode, where files are complete).</li>
 * </ul>
 */
public enum ReadLockMode {
    QUIET("none"), CHANGED("changed"), NONE("none");

    private final String camelReadLock;

    ReadLockMode(String camelReadLock) {
        this.camelReadLock = camelReadLock;
    }

    public static ReadLockMode of(String word) {
        if (word != null) {
            for (ReadLockMode mode : values()) {
                if (mode.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        throw new IllegalArgumentException("pipeline.read-lock must be quiet, changed or none, not " + word);
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file consumer's own readLock option for this mode. */
    public String camelReadLock() {
        return camelReadLock;
    }

    /** Whether files must have been seen unchanged for the quiet interval before they are taken. */
    public boolean waitsForQuiet() {
        return this == QUIET;
    }
}
