package org.disclosure.pipeline.pdf;

/**
 * A horizontal or vertical line drawn on the page (a stroked segment or a thin filled rectangle),
 * in page space. A horizontal ruling has {@code top == bottom}; a vertical one {@code x0 == x1}.
 */
public record Ruling(double x0, double top, double x1, double bottom) {

    public static Ruling horizontal(double y, double fromX, double toX) {
        return new Ruling(Math.min(fromX, toX), y, Math.max(fromX, toX), y);
    }

    public static Ruling vertical(double x, double fromY, double toY) {
        return new Ruling(x, Math.min(fromY, toY), x, Math.max(fromY, toY));
    }

    public boolean isHorizontal() {
        return top == bottom;
    }

    public boolean isVertical() {
        return x0 == x1 && !isHorizontal();
    }

    public double length() {
        return isHorizontal() ? x1 - x0 : bottom - top;
    }
}
