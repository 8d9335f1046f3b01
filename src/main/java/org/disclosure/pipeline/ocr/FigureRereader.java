package org.disclosure.pipeline.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The digits-only second read of a page's doubtful figures: each word {@link SecondRead#deserves} one
 * is cropped from the page image (with a margin, small text upscaled), all crops of the page are read
 * in one engine run, and each word keeps the better of its two readings ({@link SecondRead#choose}).
 */
final class FigureRereader {

    /**
     * Margin around a word's box, as a share of its height. Measured on the Nanchang scan: with 8 px
     * (a sixth of the line) the engine dropped a figure's first digit on a third of the crops; with
     * 20 px (0.4) the crops agreed best with the first read; with 40 px they took in the neighbouring
     * ideographs and read them as digits.
     */
    static final double MARGIN = 0.4;
    /** Text shorter than this many pixels is upscaled to it: Tesseract reads best at 30-40 px capitals. */
    static final int MIN_TEXT_PIXELS = 32;

    private final Tesseract engine;

    FigureRereader(Tesseract engine) {
        this.engine = engine;
    }

    /** The lines with each reread word's text and confidence replaced, and every choice made. */
    record Reread(List<OcrLine> lines, Map<OcrWord, SecondRead.Choice> choices) {
    }

    Reread reread(BufferedImage image, List<OcrLine> lines, double uncertainBelow, Duration budget)
            throws Tesseract.OcrFailure, IOException {
        List<OcrWord> doubtful = new ArrayList<>();
        for (OcrLine line : lines) {
            for (OcrWord word : line.words()) {
                if (SecondRead.deserves(word.text(), word.confidence(), uncertainBelow)) {
                    doubtful.add(word);
                }
            }
        }
        Map<OcrWord, SecondRead.Choice> choices = new IdentityHashMap<>();
        if (doubtful.isEmpty()) {
            return new Reread(lines, choices);
        }
        List<BufferedImage> crops = doubtful.stream().map(word -> crop(image, word)).toList();
        Map<Integer, TesseractTsv.Reading> second = TesseractTsv.readingsByPage(engine.digitsTsv(crops, budget));
        List<OcrLine> out = new ArrayList<>(lines.size());
        Map<OcrWord, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < doubtful.size(); i++) {
            index.put(doubtful.get(i), i + 1);
        }
        for (OcrLine line : lines) {
            List<OcrWord> words = new ArrayList<>(line.words().size());
            for (OcrWord word : line.words()) {
                Integer crop = index.get(word);
                if (crop == null) {
                    words.add(word);
                    continue;
                }
                TesseractTsv.Reading reading = second.get(crop);
                SecondRead.Choice choice = SecondRead.choose(word.text(), word.confidence(),
                        reading == null ? null : reading.text(), reading == null ? 0 : reading.confidence());
                OcrWord kept = new OcrWord(choice.text(), word.left(), word.top(), word.width(), word.height(),
                        choice.confidence(), word.line());
                choices.put(kept, choice);
                words.add(kept);
            }
            out.add(new OcrLine(line.left(), line.top(), line.width(), line.height(), List.copyOf(words)));
        }
        return new Reread(out, choices);
    }

    /**
     * The word's box with a margin, clipped to the page, upscaled when its text is small. A figure glued
     * to ideographs ({@link SecondRead#glued}) is cropped to its own share of the box ({@link #coreShare})
     * and given its side margins in white, so no stroke of the ideograph beside it is in the crop.
     */
    static BufferedImage crop(BufferedImage page, OcrWord word) {
        int margin = (int) Math.round(word.height() * MARGIN);
        boolean glued = SecondRead.glued(word.text());
        int left = word.left();
        int right = word.right();
        int pad = 0;
        if (glued) {
            double[] share = coreShare(word.text());
            left = word.left() + (int) Math.round(word.width() * share[0]);
            right = Math.max(left + 1, word.left() + (int) Math.round(word.width() * share[1]));
            pad = margin;
        }
        int x0 = Math.max(0, left - (glued ? 0 : margin));
        int y0 = Math.max(0, word.top() - margin);
        int x1 = Math.min(page.getWidth(), right + (glued ? 0 : margin));
        int y1 = Math.min(page.getHeight(), word.bottom() + margin);
        int width = Math.max(1, x1 - x0);
        int height = Math.max(1, y1 - y0);
        double scale = word.height() < MIN_TEXT_PIXELS ? (double) MIN_TEXT_PIXELS / Math.max(1, word.height()) : 1;
        int padded = (int) Math.round(pad * scale);
        BufferedImage crop = new BufferedImage((int) Math.ceil(width * scale) + 2 * padded,
                (int) Math.ceil(height * scale), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D paint = crop.createGraphics();
        paint.setColor(java.awt.Color.WHITE);
        paint.fillRect(0, 0, crop.getWidth(), crop.getHeight());
        paint.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        paint.drawImage(page.getSubimage(x0, y0, width, height), padded, 0, (int) Math.ceil(width * scale),
                crop.getHeight(), null);
        paint.dispose();
        return crop;
    }

    /**
     * Where the word's figure core lies across its box, as shares of its width {from, to}: each
     * character is given its usual width in a CJK typeface (an ideograph or full-width sign a full em, a
     * digit about half, a point or comma less), so {@code 增长9.3%} puts its figure from 0.55 of the box on.
     */
    static double[] coreShare(String text) {
        int[] span = SecondRead.coreSpan(text);
        double before = 0;
        double core = 0;
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            double w = ems(text.charAt(i));
            if (i < span[0]) {
                before += w;
            } else if (i < span[1]) {
                core += w;
            }
            total += w;
        }
        return total == 0 ? new double[] {0, 1} : new double[] {before / total, (before + core) / total};
    }

    /** A character's usual advance in ems in a CJK typeface. */
    private static double ems(char c) {
        if (c == '.' || c == ',' || c == ':' || c == ';') {
            return 0.3;
        }
        if (c == '%') {
            return 0.8;
        }
        if (c < 0x2E80) {
            return 0.55; // digits, Latin letters, half-width signs
        }
        return 1.0;
    }
}
