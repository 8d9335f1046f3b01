package org.disclosure.pipeline.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines and reads each line as text, with rules that suit Chinese documents:
 * a space is inferred from a gap only between non-ideographic characters, so that a word gap in
 * "2022 年" survives while a Chinese sentence is never broken up by invented spaces.
 */
public final class LineBuilder {

    /** Baselines closer than this fraction of the font size belong to the same line. */
    private static final double SAME_LINE = 0.45;
    /** A gap wider than this fraction of the font size separates two words. */
    private static final double WORD_GAP = 0.25;
    /** A gap wider than this many font sizes separates two columns of text. */
    private static final double COLUMN_GAP = 2.0;
    /** Letter-spacing wider than this many font sizes is not taken for letter-spacing. */
    private static final double LETTER_SPACING_MAX = 1.0;
    /** Two gaps this close (in font sizes) are one run's regular pitch. */
    private static final double SAME_PITCH = 0.08;

    private LineBuilder() {
    }

    /** Lines of the given glyphs, top to bottom. */
    public static List<TextLine> lines(List<Glyph> glyphs) {
        return lines(glyphs, List.of());
    }

    /**
     * Lines of the given glyphs, top to bottom; text on either side of a vertical ruling is never
     * read as one word, even when the glyphs touch it.
     */
    public static List<TextLine> lines(List<Glyph> glyphs, List<Ruling> verticals) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> group = null;
        double groupBaseline = 0;
        for (Glyph glyph : sorted) {
            if (group == null || Math.abs(glyph.baseline() - groupBaseline) > SAME_LINE * glyph.size()) {
                group = new ArrayList<>();
                groups.add(group);
                groupBaseline = glyph.baseline();
            }
            group.add(glyph);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> members : groups) {
            members.sort(Comparator.comparingDouble(Glyph::x0));
            TextLine line = line(members, verticals);
            if (!line.text().isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Reads glyphs already known to share a line. */
    public static TextLine line(List<Glyph> glyphs) {
        return line(glyphs, List.of());
    }

    private static boolean ruledBetween(Glyph left, Glyph right, List<Ruling> verticals) {
        double middle = (left.top() + left.bottom()) / 2;
        for (Ruling v : verticals) {
            if (v.x0() > left.centerX() && v.x0() < right.centerX() && v.top() <= middle && v.bottom() >= middle) {
                return true;
            }
        }
        return false;
    }

    static TextLine line(List<Glyph> glyphs, List<Ruling> verticals) {
        StringBuilder text = new StringBuilder();
        List<Glyph> owners = new ArrayList<>();
        Box box = null;
        double size = 0;
        Glyph previous = null;
        double[] gaps = gapsBefore(glyphs);
        for (int k = 0; k < glyphs.size(); k++) {
            Glyph glyph = glyphs.get(k);
            if (previous != null && !glyph.isSpace() && !previous.isSpace()) {
                double gap = gaps[k];
                double em = Math.max(glyph.size(), previous.size());
                if (gap > COLUMN_GAP * em || ruledBetween(previous, glyph, verticals)) {
                    text.append('\t');
                    owners.add(null);
                } else if (gap > WORD_GAP * em && !isIdeographic(previous.text()) && !isIdeographic(glyph.text())
                        && !letterSpaced(gaps, k, em)) {
                    text.append(' ');
                    owners.add(null);
                }
            }
            if (glyph.isSpace()) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                    owners.add(null);
                }
            } else {
                text.append(glyph.text());
                for (int i = 0; i < glyph.text().length(); i++) {
                    owners.add(glyph);
                }
                box = box == null ? glyph.box() : box.union(glyph.box());
                size = Math.max(size, glyph.size());
            }
            previous = glyph;
        }
        // Trim surrounding whitespace from the text and its owners alike.
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        double baseline = glyphs.isEmpty() ? 0 : glyphs.get(0).baseline();
        return new TextLine(text.substring(start, end), List.copyOf(glyphs),
                java.util.Collections.unmodifiableList(new ArrayList<>(owners.subList(start, end))),
                box == null ? new Box(0, 0, 0, 0) : box, baseline, size);
    }

    /** For each glyph, the gap from the printed glyph before it; NaN after a space or at the start. */
    private static double[] gapsBefore(List<Glyph> glyphs) {
        double[] gaps = new double[glyphs.size()];
        java.util.Arrays.fill(gaps, Double.NaN);
        for (int k = 1; k < glyphs.size(); k++) {
            Glyph before = glyphs.get(k - 1);
            Glyph glyph = glyphs.get(k);
            if (!before.isSpace() && !glyph.isSpace()) {
                gaps[k] = glyph.x0() - before.x1();
            }
        }
        return gaps;
    }

    /**
     * Whether the gap before glyph k is letter-spacing, not a word space: producers that justify or
     * letter-space text place every glyph on its own at a regular pitch (1 5 0 3 . 1 6), so a gap
     * that matches a neighbouring gap belongs to one spaced run; a word space stands out from the
     * gaps around it.
     */
    private static boolean letterSpaced(double[] gaps, int k, double em) {
        double gap = gaps[k];
        if (gap > LETTER_SPACING_MAX * em) {
            return false;
        }
        for (int j : new int[] {k - 1, k + 1}) {
            if (j >= 0 && j < gaps.length && !Double.isNaN(gaps[j]) && Math.abs(gaps[j] - gap) <= SAME_PITCH * em) {
                return true;
            }
        }
        return false;
    }

    /** CJK ideographs and full-width punctuation, between which no space is ever inferred. */
    static boolean isIdeographic(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp >= 0x2018 && cp <= 0x201F;
    }
}
