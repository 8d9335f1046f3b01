package org.disclosure.pipeline.figure;

/**
 * Folds full-width ASCII forms (U+FF01..FF5E) and the ideographic space to ASCII, character for
 * character, so positions in the folded text are positions in the original. Minus signs and the
 * full-width comma become their ASCII forms too.
 */
final class Fold {

    private Fold() {
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c == '\u2212' || c == '\u2010' || c == '\u2011') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }
}
