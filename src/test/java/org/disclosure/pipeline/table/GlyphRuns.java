package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;

/** Glyphs of a line of text as a 9-point font would place them, for tables built glyph by glyph in tests. */
final class GlyphRuns {

    static final double SIZE = 9;

    private GlyphRuns() {
    }

    /** The glyphs of {@code text} from {@code x} on, standing on {@code baseline}. */
    static List<Glyph> run(String text, double x, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        for (char c : text.toCharArray()) {
            double advance = advance(c);
            glyphs.add(new Glyph(String.valueOf(c), x, baseline - 7.5, x + advance, baseline + 1.5, baseline, SIZE, "F"));
            x += advance;
        }
        return glyphs;
    }

    static double width(String text) {
        double width = 0;
        for (char c : text.toCharArray()) {
            width += advance(c);
        }
        return width;
    }

    /** Ideographs a full em, a space and a point narrow, other characters half. */
    private static double advance(char c) {
        return c > 0x2E80 ? SIZE : c == ' ' || c == '.' ? 2.5 : 4.5;
    }
}
