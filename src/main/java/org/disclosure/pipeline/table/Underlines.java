package org.disclosure.pipeline.table;

import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.Ruling;

/**
 * Underlined text draws horizontal lines (LibreOffice underlines table headings it imports): each
 * runs just under a line of text, from its first glyph to its last. Such a line is part of the text,
 * not a ruling: where it nearly reaches a cell's border it would otherwise cut the cell in two.
 */
final class Underlines {

    /** An underline lies this far below its text's baseline at most, in font sizes. */
    private static final double BELOW_BASELINE = 0.4;
    /** And this far above it at most (a descender-crossing underline), in font sizes. */
    private static final double ABOVE_BASELINE = 0.1;
    /** Its ends meet the text's ends within this many points. */
    private static final double ENDS = 1.5;

    private Underlines() {
    }

    /** The rulings without the underlines of the glyphs' text. */
    static List<Ruling> without(List<Ruling> rulings, List<Glyph> glyphs) {
        return rulings.stream().filter(r -> !r.isHorizontal() || !underlines(r, glyphs)).toList();
    }

    private static boolean underlines(Ruling ruling, List<Glyph> glyphs) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            if (g.isSpace() || g.x1() < ruling.x0() - ENDS || g.x0() > ruling.x1() + ENDS) {
                continue;
            }
            double below = ruling.top() - g.baseline();
            if (below <= BELOW_BASELINE * g.size() && below >= -ABOVE_BASELINE * g.size()) {
                left = Math.min(left, g.x0());
                right = Math.max(right, g.x1());
            }
        }
        return left != Double.MAX_VALUE && Math.abs(left - ruling.x0()) <= ENDS && Math.abs(right - ruling.x1()) <= ENDS;
    }
}
