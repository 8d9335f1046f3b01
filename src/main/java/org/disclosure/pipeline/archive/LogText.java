package org.disclosure.pipeline.archive;

/**
 * Text from outside (a dropped file's name, a PDF's words) made safe for one log line: a newline
 * in a name must not forge a second line, nor an escape sequence repaint the terminal.
 */
public final class LogText {

    private LogText() {
    }

    /** The text with line breaks, other control characters and direction overrides written as escapes. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Control characters, line and paragraph separators, and the bidirectional overrides. */
    static boolean isUnsafe(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
