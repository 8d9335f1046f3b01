package org.disclosure.pipeline.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Recovers a private-use glyph the font could not name from where it stands: a single narrow glyph
 * between two digits of one number (１３<U+1001B0>７％, or 1346<U+E000> 16 with a typed space) is
 * that number's decimal point. It must be
 * no wider than the digits around it and at most {@link #NARROW} of the font size; a number with two
 * such glyphs of the same code keeps both unrecovered, since a number has one decimal point but may
 * have several thousands separators. What stays unrecovered keeps its private-use text.
 */
final class PrivateUseInNumbers {

    /** A decimal point's advance, as a fraction of the font size: full-width forms are about 1. */
    private static final double NARROW = 0.6;
    /** Neighbours further apart than this fraction of the font size are not one number. */
    private static final double ADJACENT = 0.3;
    /** The decimals may stand a typed space after the point (1346. 16), as some producers print them. */
    private static final double AFTER_POINT = 0.65;
    /** Baselines closer than this fraction of the font size are one line. */
    private static final double SAME_LINE = 0.2;

    private PrivateUseInNumbers() {
    }

    static List<Glyph> recover(List<Glyph> glyphs) {
        if (glyphs.stream().noneMatch(g -> PrivateUse.contains(g.text()))) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs);
        for (TextLine line : LineBuilder.lines(glyphs)) {
            List<Glyph> reading = line.glyphs().stream().filter(g -> !g.isSpace()).toList();
            for (int i = 1; i + 1 < reading.size(); i++) {
                Glyph glyph = reading.get(i);
                if (PrivateUse.contains(glyph.text()) && isDecimalPoint(glyph, reading.get(i - 1), reading.get(i + 1))
                        && !repeatedInNumber(reading, i)) {
                    String point = isFullWidthDigit(reading.get(i - 1).text()) ? "\uFF0E" : ".";
                    out.set(out.indexOf(glyph), new Glyph(point, glyph.x0(), glyph.top(), glyph.x1(), glyph.bottom(),
                            glyph.baseline(), glyph.size(), glyph.font()));
                }
            }
        }
        return out;
    }

    private static boolean isDecimalPoint(Glyph glyph, Glyph before, Glyph after) {
        if (!isDigit(before.text()) || !isDigit(after.text()) || !adjacent(before, glyph)
                || !within(glyph, after, AFTER_POINT)) {
            return false;
        }
        double width = glyph.x1() - glyph.x0();
        double digits = Math.min(before.x1() - before.x0(), after.x1() - after.x0());
        return width <= NARROW * glyph.size() && width <= digits + 0.01;
    }

    /** Whether the same private-use glyph stands elsewhere in the run of digits around position i. */
    private static boolean repeatedInNumber(List<Glyph> reading, int i) {
        String text = reading.get(i).text();
        for (int step : new int[] {-1, 1}) {
            int j = i;
            while (j + step >= 0 && j + step < reading.size()) {
                Glyph next = reading.get(j + step);
                Glyph here = reading.get(j);
                boolean joined = step > 0 ? adjacent(here, next) : adjacent(next, here);
                if (!joined || !isDigit(next.text()) && !next.text().equals(text)) {
                    break;
                }
                if (next.text().equals(text)) {
                    return true;
                }
                j += step;
            }
        }
        return false;
    }

    private static boolean adjacent(Glyph left, Glyph right) {
        return within(left, right, ADJACENT);
    }

    private static boolean within(Glyph left, Glyph right, double gap) {
        return Math.abs(left.baseline() - right.baseline()) <= SAME_LINE * left.size()
                && right.x0() - left.x1() <= gap * left.size() && right.x0() >= left.x0();
    }

    private static boolean isDigit(String text) {
        return text.length() == 1 && (text.charAt(0) >= '0' && text.charAt(0) <= '9' || isFullWidthDigit(text));
    }

    private static boolean isFullWidthDigit(String text) {
        return text.length() == 1 && text.charAt(0) >= '\uFF10' && text.charAt(0) <= '\uFF19';
    }
}
