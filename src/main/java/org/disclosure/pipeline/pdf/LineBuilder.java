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
        for (Glyph glyph : glyphs) {
            if (previous != null && !glyph.isSpace() && !previous.isSpace()) {
                double gap = glyph.x0() - previous.x1();
                double em = Math.max(glyph.size(), previous.size());
                if (gap > COLUMN_GAP * em || ruledBetween(previous, glyph, verticals)) {
                    text.append('\t');
                    owners.add(null);
                } else if (gap > WORD_GAP * em && !isIdeographic(previous.text()) && !isIdeographic(glyph.text())) {
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
