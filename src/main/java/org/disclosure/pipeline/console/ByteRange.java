package org.disclosure.pipeline.console;

import java.util.Locale;

/**
 * The part of a file a request asks for (RFC 9110 section 14): one range {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n}. A header this does not understand, or several ranges, is
 * ignored and the whole file sent, as the RFC allows; a range wholly past the end is unsatisfiable.
 *
 * @param status 200 (the whole file), 206 (a part) or 416 (unsatisfiable)
 * @param first first byte sent; @param last last byte sent, inclusive; @param size the file's size
 */
public record ByteRange(int status, long first, long last, long size) {

    public static ByteRange whole(long size) {
        return new ByteRange(200, 0, size - 1, size);
    }

    /**
     * @param range the Range header, or null
     * @param ifRange the If-Range header, or null: the console sends no validators, so one we cannot
     *                have issued means the client's copy may be stale and it gets the whole file
     */
    public static ByteRange of(String range, String ifRange, long size) {
        if (range == null || ifRange != null) {
            return whole(size);
        }
        String spec = range.trim();
        if (!spec.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return whole(size);
        }
        spec = spec.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0 || spec.contains(",")) {
            return whole(size);
        }
        String from = spec.substring(0, dash).trim();
        String to = spec.substring(dash + 1).trim();
        if (!digits(from) && !(from.isEmpty() && digits(to)) || !to.isEmpty() && !digits(to)) {
            return whole(size);
        }
        if (from.isEmpty()) {   // the last n bytes
            long n = number(to);
            return n == 0 || size == 0 ? unsatisfiable(size) : new ByteRange(206, Math.max(0, size - n), size - 1, size);
        }
        long first = number(from);
        if (!to.isEmpty() && number(to) < first) {
            return whole(size);   // not a valid range at all: ignored
        }
        if (first >= size) {
            return unsatisfiable(size);
        }
        long last = to.isEmpty() ? size - 1 : Math.min(number(to), size - 1);
        return new ByteRange(206, first, last, size);
    }

    private static ByteRange unsatisfiable(long size) {
        return new ByteRange(416, 0, -1, size);
    }

    /** Bytes in the body. */
    public long length() {
        return last - first + 1;
    }

    /** The Content-Range header of a 206 or 416, null for the whole file. */
    public String contentRange() {
        return switch (status) {
            case 206 -> "bytes " + first + "-" + last + "/" + size;
            case 416 -> "bytes */" + size;
            default -> null;
        };
    }

    private static boolean digits(String text) {
        return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static long number(String digits) {
        return Long.parseLong(digits);
    }
}
