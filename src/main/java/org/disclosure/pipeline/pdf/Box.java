package org.disclosure.pipeline.pdf;

/**
 * An axis-aligned rectangle in page space (origin top-left, points): where something is printed.
 * The records after extraction keep boxes {@link #rounded() rounded} to a hundredth of a point;
 * document.json writes one as the array [x0, top, x1, bottom] (see the contract package).
 */
public record Box(double x0, double top, double x1, double bottom) {

    public boolean contains(double x, double y) {
        return x >= x0 && x <= x1 && y >= top && y <= bottom;
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return bottom - top;
    }

    public Box union(Box other) {
        return new Box(Math.min(x0, other.x0), Math.min(top, other.top),
                Math.max(x1, other.x1), Math.max(bottom, other.bottom));
    }

    /** This box to a hundredth of a point, as the records keep it. */
    public Box rounded() {
        return new Box(hundredths(x0), hundredths(top), hundredths(x1), hundredths(bottom));
    }

    private static double hundredths(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
