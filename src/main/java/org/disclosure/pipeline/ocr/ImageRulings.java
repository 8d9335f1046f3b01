package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Ruling;
import org.disclosure.pipeline.pdf.RulingMerger;

/**
 * Table rulings found on a page image: long, thin runs of dark pixels, horizontal and vertical, after
 * binarisation. A run must span an eighth of the page's width (or height) so that no stroke of a
 * character is ever taken for a line; a band thicker than a few points is a filled area, not a line.
 */
public final class ImageRulings {

    /** Pixels darker than this (0 black, 255 white) are ink: for text and the page's skew. */
    static final int INK = 160;
    /**
     * A ruling's pixels need only be this much darker than the paper. A thin rule scanned at 150–200 dpi
     * and softened by the scanner's optics is grey, not black: on the generated 决算 printed at 150 and
     * 200 dpi with a light blur its pixels lay at 178–193 of 255, so a fixed ink level of 160 found no
     * ruling on any page and not one table was read. Its length, not its darkness, tells a rule from text.
     */
    static final int RULING_CONTRAST = 40;
    /** The ruling ink level is kept within these bounds whatever the paper (a dark or a blank scan). */
    private static final int RULING_INK_MIN = INK;
    private static final int RULING_INK_MAX = 215;
    /** A run shorter than this share of the page's extent along it is text, not a ruling. */
    private static final double MIN_SHARE = 1.0 / 8;
    /** Thicker than this many points is a filled bar, not a line. */
    private static final double MAX_THICKNESS_POINTS = 3.0;
    /** A scanned line may break for a pixel or two; gaps up to this many points do not end a run. */
    private static final double GAP_POINTS = 0.75;

    private ImageRulings() {
    }

    /** Pixels either side of a ruling's band painted out with it: the anti-aliased edge. */
    private static final int ERASE_MARGIN = 2;

    /**
     * The rulings found on a page image, and the image with them painted out: Tesseract reads the
     * text of a ruled table far better without the grid (on a generated 决算 summary table it kept
     * only a third of the rows with it).
     */
    public record Found(List<Ruling> rulings, BufferedImage withoutRulings) {
    }

    /** The rulings of a grayscale page image rendered at {@code dpi}, in points, merged. */
    public static List<Ruling> find(BufferedImage image, double dpi) {
        return scan(image, dpi).rulings();
    }

    /** The rulings of a grayscale page image, and a copy of the image without them. */
    public static Found scan(BufferedImage image, double dpi) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean[] ink = new boolean[width * height];
        int[] row = new int[width];
        int level = rulingInk(image);
        for (int y = 0; y < height; y++) {
            image.getRaster().getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                ink[y * width + x] = row[x] < level;
            }
        }
        double scale = 72.0 / dpi;
        int maxGap = Math.max(1, (int) Math.round(GAP_POINTS / scale));
        int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_POINTS / scale));
        List<Ruling> rulings = new ArrayList<>();
        List<int[]> horizontal = bands(ink, width, height, true, (int) (width * MIN_SHARE), maxGap, maxThickness);
        List<int[]> vertical = bands(ink, width, height, false, (int) (height * MIN_SHARE), maxGap, maxThickness);
        for (int[] band : horizontal) {
            rulings.add(Ruling.horizontal((band[0] + band[1]) / 2.0 * scale, band[2] * scale, band[3] * scale));
        }
        for (int[] band : vertical) {
            rulings.add(Ruling.vertical((band[0] + band[1]) / 2.0 * scale, band[2] * scale, band[3] * scale));
        }
        if (rulings.isEmpty()) {
            return new Found(List.of(), image);
        }
        BufferedImage erased = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        erased.setData(image.getRaster());
        java.awt.Graphics2D paint = erased.createGraphics();
        paint.setColor(java.awt.Color.WHITE);
        for (int[] band : horizontal) {
            paint.fillRect(band[2] - ERASE_MARGIN, band[0] - ERASE_MARGIN, band[3] - band[2] + 1 + 2 * ERASE_MARGIN,
                    band[1] - band[0] + 1 + 2 * ERASE_MARGIN);
        }
        for (int[] band : vertical) {
            paint.fillRect(band[0] - ERASE_MARGIN, band[2] - ERASE_MARGIN, band[1] - band[0] + 1 + 2 * ERASE_MARGIN,
                    band[3] - band[2] + 1 + 2 * ERASE_MARGIN);
        }
        paint.dispose();
        return new Found(RulingMerger.merge(rulings), erased);
    }

    /**
     * The grey level under which a pixel may belong to a ruling: {@link #RULING_CONTRAST} below the
     * paper, the page's commonest grey level (a page is mostly paper), within
     * [{@link #RULING_INK_MIN}, {@link #RULING_INK_MAX}].
     */
    static int rulingInk(BufferedImage image) {
        int[] histogram = new int[256];
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRaster().getSamples(0, y, row.length, 1, 0, row);
            for (int grey : row) {
                histogram[grey]++;
            }
        }
        int paper = 255;
        for (int grey = 0; grey < 256; grey++) {
            if (histogram[grey] > histogram[paper]) {
                paper = grey;
            }
        }
        return Math.max(RULING_INK_MIN, Math.min(RULING_INK_MAX, paper - RULING_CONTRAST));
    }

    /**
     * Ink at {@code b} along line {@code a}, or on either neighbouring line: a thin ruling a scan (or its
     * levelling, {@link Deskew}) left a pixel off straight steps between neighbouring lines, and no one
     * line holds a run long enough; seen one line either side, it is one run again.
     */
    private static boolean inkNear(boolean[] ink, int width, int lines, boolean horizontal, int a, int b) {
        for (int n = Math.max(0, a - 1); n <= Math.min(lines - 1, a + 1); n++) {
            if (horizontal ? ink[n * width + b] : ink[b * width + n]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Long runs along one axis, gathered across neighbouring rows (or columns) into bands:
     * each band is {first row, last row, start, end} in pixels.
     */
    static List<int[]> bands(boolean[] ink, int width, int height, boolean horizontal, int minLength, int maxGap,
                             int maxThickness) {
        int lines = horizontal ? height : width;
        int along = horizontal ? width : height;
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int a = 0; a < lines; a++) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            int lastInk = -1;
            for (int b = 0; b <= along; b++) {
                boolean dark = b < along && inkNear(ink, width, lines, horizontal, a, b);
                if (dark) {
                    if (start < 0) {
                        start = b;
                    } else if (b - lastInk > maxGap + 1) {
                        if (lastInk - start + 1 >= minLength) {
                            runs.add(new int[] {start, lastInk});
                        }
                        start = b;
                    }
                    lastInk = b;
                }
            }
            if (start >= 0 && lastInk - start + 1 >= minLength) {
                runs.add(new int[] {start, lastInk});
            }
            List<int[]> stillOpen = new ArrayList<>();
            for (int[] run : runs) {
                int[] band = null;
                for (int[] candidate : open) {
                    if (candidate[1] == a - 1 && run[0] <= candidate[3] && run[1] >= candidate[2]) {
                        band = candidate;
                        break;
                    }
                }
                if (band == null) {
                    band = new int[] {a, a, run[0], run[1]};
                } else {
                    open.remove(band);
                    band[1] = a;
                    band[2] = Math.min(band[2], run[0]);
                    band[3] = Math.max(band[3], run[1]);
                }
                stillOpen.add(band);
            }
            for (int[] band : open) {
                done.add(band);
            }
            open = stillOpen;
        }
        done.addAll(open);
        return done.stream().filter(band -> band[1] - band[0] + 1 <= maxThickness).toList();
    }
}
