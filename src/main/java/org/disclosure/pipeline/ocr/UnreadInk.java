package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Ruling;

/**
 * Ink inside a ruled table that no word the engine read covers: characters it dropped, most often a
 * whole figure in a blurred cell, which the table then reads as an empty cell. Never filled in: each
 * such patch becomes an uncertain reading of nothing, so a check resting on the cell is unverified and
 * the report shows the patch's crop. Measured on the generated 决算 scans (OcrAccuracyBenchTest): cells
 * read as empty were the largest share of figures lost without a mark.
 */
final class UnreadInk {

    /** A patch must be at least this share of the page's median word height: smaller is dust or a point. */
    private static final double MIN_HEIGHT_SHARE = 0.45;
    /** Taller than this share of the median word height is a rule's remnant or a drawing, not a character. */
    private static final double MAX_HEIGHT_SHARE = 2.0;
    /** Narrower than this (pixels, and share of the word height) is a rule's edge, not a character (a 1 is wider). */
    private static final int MIN_WIDTH_PIXELS = 4;
    private static final double MIN_WIDTH_SHARE = 0.15;
    /** Pieces closer than this share of the word height along a line are one patch (the digits of one figure). */
    private static final double JOIN_SHARE = 0.8;
    /** Word boxes are widened by this many pixels: the engine's box is tight, a stroke's blur is not. */
    private static final int WORD_PAD = 3;

    private UnreadInk() {
    }

    /**
     * Patches of ink within the page's ruled area that lie outside every word read, in points.
     *
     * @param image   the page image with its rulings painted out, as the engine read it
     * @param rulings the rulings found on it, in points
     */
    static List<Box> find(BufferedImage image, List<OcrLine> lines, List<Ruling> rulings, double dpi) {
        double toPixels = dpi / 72.0;
        List<Ruling> horizontal = rulings.stream().filter(r -> !r.isVertical()).toList();
        List<Ruling> vertical = rulings.stream().filter(Ruling::isVertical).toList();
        List<OcrWord> words = lines.stream().flatMap(l -> l.words().stream()).toList();
        if (horizontal.size() < 2 || vertical.size() < 2 || words.isEmpty()) {
            return List.of(); // no ruled table: nothing to say where a figure should have been
        }
        int x0 = clamp(vertical.stream().mapToDouble(Ruling::x0).min().orElseThrow() * toPixels, image.getWidth());
        int x1 = clamp(vertical.stream().mapToDouble(Ruling::x1).max().orElseThrow() * toPixels, image.getWidth());
        int y0 = clamp(horizontal.stream().mapToDouble(Ruling::top).min().orElseThrow() * toPixels, image.getHeight());
        int y1 = clamp(horizontal.stream().mapToDouble(Ruling::bottom).max().orElseThrow() * toPixels, image.getHeight());
        int wordHeight = medianHeight(words);
        boolean[] ink = inkOutsideWords(image, words, x0, y0, x1, y1);
        List<int[]> pieces = components(ink, x1 - x0, y1 - y0, wordHeight);
        List<int[]> patches = joined(pieces, wordHeight);
        double toPoints = 72.0 / dpi;
        List<Box> boxes = new ArrayList<>();
        for (int[] p : patches) {
            boxes.add(new Box((p[0] + x0) * toPoints, (p[1] + y0) * toPoints, (p[2] + x0 + 1) * toPoints,
                    (p[3] + y0 + 1) * toPoints).rounded());
        }
        return boxes;
    }

    private static int clamp(double pixel, int size) {
        return (int) Math.max(0, Math.min(size, Math.round(pixel)));
    }

    private static int medianHeight(List<OcrWord> words) {
        int[] heights = words.stream().mapToInt(OcrWord::height).sorted().toArray();
        return Math.max(1, heights[heights.length / 2]);
    }

    /** Ink (darker than {@link ImageRulings#INK}) in the area, every word's padded box cleared. */
    private static boolean[] inkOutsideWords(BufferedImage image, List<OcrWord> words, int x0, int y0, int x1, int y1) {
        int width = x1 - x0;
        int height = y1 - y0;
        boolean[] ink = new boolean[Math.max(0, width * height)];
        int[] row = new int[Math.max(0, width)];
        for (int y = 0; y < height; y++) {
            image.getRaster().getSamples(x0, y0 + y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                ink[y * width + x] = row[x] < ImageRulings.INK;
            }
        }
        for (OcrWord word : words) {
            int left = Math.max(0, word.left() - WORD_PAD - x0);
            int right = Math.min(width, word.right() + WORD_PAD - x0);
            int top = Math.max(0, word.top() - WORD_PAD - y0);
            int bottom = Math.min(height, word.bottom() + WORD_PAD - y0);
            for (int y = top; y < bottom; y++) {
                for (int x = left; x < right; x++) {
                    ink[y * width + x] = false;
                }
            }
        }
        return ink;
    }

    /** Connected pieces of ink (8-neighbours) of a character's height: {left, top, right, bottom}. */
    private static List<int[]> components(boolean[] ink, int width, int height, int wordHeight) {
        boolean[] seen = new boolean[ink.length];
        int[] stack = new int[ink.length];
        List<int[]> pieces = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int[] box = {start % width, start / width, start % width, start / width};
            int size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int at = stack[--size];
                int x = at % width;
                int y = at / width;
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int next = ny * width + nx;
                            if (ink[next] && !seen[next]) {
                                seen[next] = true;
                                stack[size++] = next;
                            }
                        }
                    }
                }
            }
            int tall = box[3] - box[1] + 1;
            int wide = box[2] - box[0] + 1;
            // a sliver a few pixels wide is the blurred edge of a rule painted out, not a character
            if (tall >= MIN_HEIGHT_SHARE * wordHeight && tall <= MAX_HEIGHT_SHARE * wordHeight
                    && wide >= Math.max(MIN_WIDTH_PIXELS, MIN_WIDTH_SHARE * wordHeight)) {
                pieces.add(box);
            }
        }
        return pieces;
    }

    /** Pieces on one line and close together, as one patch: the digits of a figure are one finding, not five. */
    private static List<int[]> joined(List<int[]> pieces, int wordHeight) {
        List<int[]> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(p -> p[0]));
        List<int[]> patches = new ArrayList<>();
        for (int[] piece : sorted) {
            int[] into = null;
            for (int[] patch : patches) {
                int overlap = Math.min(patch[3], piece[3]) - Math.max(patch[1], piece[1]);
                boolean sameLine = overlap > 0.5 * Math.min(patch[3] - patch[1], piece[3] - piece[1]);
                if (sameLine && piece[0] - patch[2] <= JOIN_SHARE * wordHeight) {
                    into = patch;
                    break;
                }
            }
            if (into == null) {
                patches.add(piece.clone());
            } else {
                into[1] = Math.min(into[1], piece[1]);
                into[2] = Math.max(into[2], piece[2]);
                into[3] = Math.max(into[3], piece[3]);
            }
        }
        return patches;
    }
}
