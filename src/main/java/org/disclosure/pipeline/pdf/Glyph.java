package org.disclosure.pipeline.pdf;

/**
 * One drawn glyph in page space: origin top-left, y grows downwards, units are PDF points.
 *
 * @param text     the Unicode text the glyph stands for (usually one character)
 * @param x0       left edge
 * @param top      top of the glyph box
 * @param x1       right edge (left edge plus advance width)
 * @param bottom   bottom of the glyph box
 * @param baseline the baseline the glyph sits on
 * @param size     font size in points, as drawn
 * @param font     the font's name, without subset prefix
 */
public record Glyph(String text, double x0, double top, double x1, double bottom,
                    double baseline, double size, String font) {

    public boolean isSpace() {
        return text.isBlank();
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (top + bottom) / 2;
    }

    public Box box() {
        return new Box(x0, top, x1, bottom);
    }
}
