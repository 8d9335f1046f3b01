package org.disclosure.pipeline.archive;

import java.nio.charset.StandardCharsets;

/**
 * Names the pipeline gives files and folders it makes from a dropped name. A dropped name may be as
 * long as the file system allows and may hold control characters; a name built from it (with a hash,
 * a number or {@code .error.json} added) must still fit and must not break a log line or a listing.
 */
public final class FileNames {

    /** File systems cap a name at 255 bytes; this leaves room for " (99)" and ".error.json". */
    public static final int MAX_BYTES = 200;
    /** An extension longer than this is treated as part of the name. */
    private static final int MAX_EXTENSION_BYTES = 16;

    private FileNames() {
    }

    /**
     * The name with control characters and separators replaced by '_' and, if it is longer than
     * {@code maxBytes} in UTF-8, its stem shortened (never inside a character) and marked with '…',
     * the extension kept.
     */
    public static String bounded(String name, int maxBytes) {
        String clean = clean(name);
        if (utf8(clean) <= maxBytes) {
            return clean;
        }
        String stem = stem(clean);
        String extension = clean.substring(stem.length());
        if (utf8(extension) > MAX_EXTENSION_BYTES) {
            stem = clean;
            extension = "";
        }
        int budget = maxBytes - utf8(extension) - utf8("…");
        return truncate(stem, budget) + "…" + extension;
    }

    /** The name without its extension (a leading dot does not start one). */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String clean(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(
                c == '/' || c == '\\' || c == 0 || LogText.isUnsafe(c) ? '_' : c));
        return out.toString();
    }

    private static String truncate(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = utf8(new String(Character.toChars(c)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
