package org.disclosure.pipeline.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.Ruling;
import org.disclosure.pipeline.pdf.TextLine;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Turns the words Tesseract read on a page image into the page model the text layer would have given:
 * one glyph per character, the word's box split evenly across its characters, in points, grouped into
 * lines by the same {@link LineBuilder} the text path uses.
 */
public final class OcrPageBuilder {

    static final String FONT = "ocr";
    /**
     * Tesseract splits a figure at a blurred decimal point (163. | 6); two non-ideographic words closer
     * than this share of the line height are one word, so the line reads 163.6 and not 163. 6.
     */
    private static final double JOIN_GAP = 0.5;

    private OcrPageBuilder() {
    }

    /**
     * @param dpi           the resolution the page image was rendered at
     * @param rulings       rulings found on the image, in points (a word never joins across one)
     * @param uncertainBelow confidence under which a word with a digit is an uncertain figure (see {@link SecondRead#uncertain})
     */
    public static OcrPage build(int number, double width, double height, int imageCount, List<OcrLine> lines,
                                List<Ruling> rulings, double dpi, double uncertainBelow, long millis) {
        return build(number, width, height, imageCount, lines, Map.of(), rulings, dpi, uncertainBelow, millis);
    }

    /**
     * @param lines   the page's lines, already {@link #joinedLines joined} when {@code choices} is not empty
     * @param choices the second reads made, by the word (in {@code lines}) that carries the kept reading
     */
    public static OcrPage build(int number, double width, double height, int imageCount, List<OcrLine> lines,
                                Map<OcrWord, SecondRead.Choice> choices, List<Ruling> rulings, double dpi,
                                double uncertainBelow, long millis) {
        double scale = 72.0 / dpi;
        List<Ruling> verticals = rulings.stream().filter(Ruling::isVertical).toList();
        List<Glyph> glyphs = new ArrayList<>();
        List<UncertainWord> uncertain = new ArrayList<>();
        List<RereadWord> reread = new ArrayList<>();
        double confidenceSum = 0;
        int wordCount = 0;
        for (OcrLine line : lines) {
            for (OcrWord word : line.words()) {
                SecondRead.Choice choice = choices.get(word);
                confidenceSum += choice == null ? word.confidence() : choice.firstConfidence();
                wordCount++;
            }
            double top = line.top() * scale;
            double bottom = line.bottom() * scale;
            double size = line.height() * scale;
            for (OcrWord word : joined(line, verticals, scale)) {
                String text = TextNormalizer.unifyRadicals(word.text());
                if (inCell(word, verticals, scale)) {
                    if (speck(text)) {
                        continue; // a speck read on its own in a cell would glue itself to the figure beside it
                    }
                    text = SecondRead.cellFigure(text);
                }
                int[] codePoints = text.codePoints().toArray();
                double x0 = word.left() * scale;
                double step = word.width() * scale / codePoints.length;
                for (int i = 0; i < codePoints.length; i++) {
                    glyphs.add(new Glyph(new String(codePoints, i, 1), x0 + i * step, top, x0 + (i + 1) * step, bottom,
                            bottom, size, FONT));
                }
                Box box = new Box(x0, top, word.right() * scale, bottom).rounded();
                SecondRead.Choice choice = choices.get(word);
                if (choice != null) {
                    reread.add(new RereadWord(text, box, tenth(choice.confidence()), choice.first(),
                            tenth(choice.firstConfidence()), choice.second(), tenth(choice.secondConfidence()),
                            choice.agreed()));
                }
                if (SecondRead.uncertain(text, word.confidence(), choice, uncertainBelow)) {
                    uncertain.add(new UncertainWord(text, box, tenth(word.confidence()),
                            choice == null ? null : choice.first(), choice == null ? null : choice.second()));
                }
            }
        }
        List<TextLine> textLines = LineBuilder.lines(glyphs, verticals);
        PageModel model = new PageModel(number, width, height, List.copyOf(glyphs), rulings, textLines, imageCount, 0);
        double mean = wordCount == 0 ? 0 : Math.round(confidenceSum / wordCount * 10) / 10.0;
        return new OcrPage(number, model, mean, wordCount, List.copyOf(uncertain), List.copyOf(reread), millis, null);
    }

    /** The lines with each figure Tesseract split in two joined back into one word ({@link #joined}). */
    public static List<OcrLine> joinedLines(List<OcrLine> lines, List<Ruling> rulings, double dpi) {
        double scale = 72.0 / dpi;
        List<Ruling> verticals = rulings.stream().filter(Ruling::isVertical).toList();
        return lines.stream().map(line -> new OcrLine(line.left(), line.top(), line.width(), line.height(),
                joined(line, verticals, scale))).toList();
    }

    private static double tenth(double confidence) {
        return Math.round(confidence * 10) / 10.0;
    }

    /** The line's words, with a figure Tesseract split in two joined back into one word. */
    static List<OcrWord> joined(OcrLine line, List<Ruling> verticals, double scale) {
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord word : line.words()) {
            OcrWord last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.right() > word.left() && word.left() > last.left()) {
                // Tesseract's box for a run of digits can reach over the next word (2024 over 年): cut it
                // back, or its last characters would sort after the next word's.
                last = new OcrWord(last.text(), last.left(), last.top(), word.left() - last.left(), last.height(),
                        last.confidence(), last.line());
                out.set(out.size() - 1, last);
            }
            if (last != null && joins(last, word, line.height(), verticals, scale)) {
                int top = Math.min(last.top(), word.top());
                int bottom = Math.max(last.bottom(), word.bottom());
                out.set(out.size() - 1, new OcrWord(last.text() + word.text(), last.left(), top,
                        word.right() - last.left(), bottom - top, Math.min(last.confidence(), word.confidence()),
                        last.line()));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static boolean joins(OcrWord left, OcrWord right, int lineHeight, List<Ruling> verticals, double scale) {
        int gap = right.left() - left.right();
        if (gap > JOIN_GAP * lineHeight || ideographic(left.text().codePointBefore(left.text().length()))
                || ideographic(right.text().codePointAt(0))) {
            return false;
        }
        double from = left.right() * scale;
        double to = right.left() * scale;
        double middle = (left.top() + left.bottom()) / 2.0 * scale;
        return verticals.stream().noneMatch(v -> v.x0() >= from - 1 && v.x0() <= to + 1
                && v.top() <= middle && v.bottom() >= middle);
    }

    /**
     * Whether the word lies in a ruled cell: a vertical ruling on either side of it, both running past its
     * middle. Nothing in a table cell is punctuated, so a speck read beside a figure there is no comma.
     */
    static boolean inCell(OcrWord word, List<Ruling> verticals, double scale) {
        double left = word.left() * scale;
        double right = word.right() * scale;
        double middle = (word.top() + word.bottom()) / 2.0 * scale;
        boolean before = verticals.stream().anyMatch(v -> v.x0() <= left && v.top() <= middle && v.bottom() >= middle);
        boolean after = verticals.stream().anyMatch(v -> v.x0() >= right && v.top() <= middle && v.bottom() >= middle);
        return before && after;
    }

    /** Marks a speck of dust or a rule's edge is read as: points, commas, quotes, nothing else. */
    private static final String SPECKS = "。，,.、“”‘’'\"·`";

    /** A word that is only such marks. */
    static boolean speck(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> SPECKS.indexOf(c) >= 0);
    }

    /** CJK ideographs and full-width punctuation: the text path never puts a space beside them either. */
    static boolean ideographic(int cp) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
