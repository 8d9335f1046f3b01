package org.disclosure.pipeline.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A scan fed into the scanner a little crooked: its skew found by the projection profile and turned
 * back. A page 0.5–1.5° off level breaks each ruling into short runs {@link ImageRulings} no longer
 * sees, and each line of text into steps that Tesseract reads as two lines.
 *
 * <p>The estimate works on a copy binarised and reduced to about 620 pixels wide (any ink in a block
 * is ink; a quarter each way at 300 dpi):
 * for each candidate angle the ink is projected along that slope onto the vertical axis, and the angle
 * whose profile is sharpest (largest sum of squared bin counts: lines and rulings fall into few bins)
 * wins. A coarse search over ±{@value #MAX_DEGREES}° in {@value #COARSE_STEP}° steps, then a fine one in
 * {@value #FINE_STEP}° steps around the best.
 */
public final class Deskew {

    /** The widest skew searched: a scan further off than this is not a small rotation. */
    static final double MAX_DEGREES = 3.0;
    static final double COARSE_STEP = 0.2;
    static final double FINE_STEP = 0.02;
    /** A page estimated within this many degrees of level is read as it is: turning it gains nothing. */
    public static final double LEVEL_WITHIN = 0.2;
    /** The estimate's image is reduced to about this width (an A4 page at 300 dpi: a quarter). */
    private static final int REDUCED_WIDTH = 620;
    /** Fewer ink pixels than this (after reduction) and the page is too empty to tell. */
    private static final int MIN_INK = 200;

    private Deskew() {
    }

    /** A page image and the skew found on it, already turned back when it was over {@link #LEVEL_WITHIN}. */
    public record Levelled(BufferedImage image, double degrees, boolean rotated) {
    }

    /** The page image level: turned back by its skew when over {@link #LEVEL_WITHIN}, else as it was. */
    public static Levelled level(BufferedImage image) {
        double degrees = skewDegrees(image);
        if (Math.abs(degrees) <= LEVEL_WITHIN) {
            return new Levelled(image, degrees, false);
        }
        return new Levelled(rotate(image, -degrees), degrees, true);
    }

    /**
     * The page's skew in degrees, rounded to hundredths: positive when its lines fall to the right
     * (clockwise on screen, y pointing down); 0 when the page is too empty to tell.
     */
    public static double skewDegrees(BufferedImage image) {
        int reduce = Math.max(1, image.getWidth() / REDUCED_WIDTH);
        int width = image.getWidth() / reduce;
        int height = image.getHeight() / reduce;
        if (width < 2 || height < 2) {
            return 0;
        }
        int[] xs = new int[width * height];
        int[] ys = new int[width * height];
        int count = 0;
        int[] row = new int[image.getWidth()];
        boolean[] blockInk = new boolean[width];
        for (int by = 0; by < height; by++) {
            java.util.Arrays.fill(blockInk, false);
            for (int dy = 0; dy < reduce; dy++) {
                image.getRaster().getSamples(0, by * reduce + dy, image.getWidth(), 1, 0, row);
                for (int bx = 0; bx < width; bx++) {
                    if (blockInk[bx]) {
                        continue;
                    }
                    for (int dx = 0; dx < reduce; dx++) {
                        if (row[bx * reduce + dx] < ImageRulings.INK) {
                            blockInk[bx] = true;
                            break;
                        }
                    }
                }
            }
            for (int bx = 0; bx < width; bx++) {
                if (blockInk[bx]) {
                    xs[count] = bx;
                    ys[count] = by;
                    count++;
                }
            }
        }
        if (count < MIN_INK) {
            return 0;
        }
        int margin = (int) Math.ceil(width * Math.tan(Math.toRadians(MAX_DEGREES + COARSE_STEP))) + 1;
        double[] bins = new double[height + 2 * margin + 1];
        double best = 0;
        double bestScore = score(xs, ys, count, 0, bins, margin);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += COARSE_STEP) {
            double s = score(xs, ys, count, a, bins, margin);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - COARSE_STEP; a <= coarse + COARSE_STEP + 1e-9; a += FINE_STEP) {
            double s = score(xs, ys, count, a, bins, margin);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /**
     * How sharp the profile of the ink is along lines of slope {@code degrees}: the sum of squared bins.
     * Each pixel is shared between the two bins its projection falls between, so the score changes
     * smoothly with the angle and the fine search does not settle on a rounding artefact.
     */
    private static double score(int[] xs, int[] ys, int count, double degrees, double[] bins, int margin) {
        java.util.Arrays.fill(bins, 0);
        double slope = Math.tan(Math.toRadians(degrees));
        for (int i = 0; i < count; i++) {
            double at = ys[i] - xs[i] * slope + margin;
            int bin = (int) Math.floor(at);
            if (bin >= 0 && bin + 1 < bins.length) {
                double share = at - bin;
                bins[bin] += 1 - share;
                bins[bin + 1] += share;
            }
        }
        double sum = 0;
        for (double b : bins) {
            sum += b * b;
        }
        return sum;
    }

    /**
     * The image turned by {@code degrees} about its centre (positive: clockwise on screen), same size,
     * the corners it uncovers white. Each pixel takes its nearest source pixel's value: interpolation
     * would lighten a scan's one-pixel rulings below the ink threshold in places and break them into
     * runs too short to be rulings; the one-pixel steps nearest-neighbour leaves are bridged instead
     * ({@link ImageRulings}).
     */
    public static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D paint = out.createGraphics();
        paint.setColor(Color.WHITE);
        paint.fillRect(0, 0, out.getWidth(), out.getHeight());
        paint.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        paint.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0), null);
        paint.dispose();
        return out;
    }
}
