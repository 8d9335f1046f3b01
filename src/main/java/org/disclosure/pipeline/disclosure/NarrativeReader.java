package org.disclosure.pipeline.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * Finds the figures of a page's running text, outside its tables. Lines of one paragraph are
 * joined first, so a figure wrapped over a line break (17万 | 元) is read whole.
 */
final class NarrativeReader {

    /** Lines closer than this many font sizes belong to one paragraph (1.5 line spacing included). */
    private static final double PARAGRAPH_LEADING = 1.5;
    /** How much of a sentence to keep around a figure as its context. */
    private static final int CONTEXT = NarrativeFigure.CONTEXT_REACH;

    private NarrativeReader() {
    }

    /** 持平: unchanged against last year, a change of zero though no number is printed. */
    private static final java.util.regex.Pattern UNCHANGED = java.util.regex.Pattern.compile("持平");

    static List<NarrativeFigure> figures(PageModel page, List<Box> tableBoxes, Sections sections,
                                         ParagraphSubjects paragraphs) {
        List<TextLine> prose = page.lines().stream().filter(line -> !insideAny(line, tableBoxes)).toList();
        StringBuilder text = new StringBuilder();
        List<TextLine> lineOf = new ArrayList<>();
        List<Integer> indexOf = new ArrayList<>();
        List<String> sectionAt = new ArrayList<>();
        TextLine previous = null;
        double margin = prose.stream().mapToDouble(l -> l.box().x1()).max().orElse(0);
        for (TextLine line : prose) {
            if (previous != null) {
                // a full line ending in a digit wraps its figure (1346.1 | 6万元); a short one ended its paragraph
                boolean full = previous.box().x1() >= margin - previous.size();
                boolean sameParagraph = line.box().top() - previous.box().bottom() < PARAGRAPH_LEADING * line.size()
                        && (full || !digitsMeet(previous.text(), line.text()));
                text.append(sameParagraph ? "" : "\n");
                if (!sameParagraph) {
                    lineOf.add(null);
                    indexOf.add(-1);
                    sectionAt.add(sections.current());
                }
            }
            sections.read(line.text());
            String section = sections.current();
            for (int i = 0; i < line.text().length(); i++) {
                text.append(line.text().charAt(i));
                lineOf.add(line);
                indexOf.add(i);
                sectionAt.add(section);
            }
            previous = line;
        }
        String joined = text.toString();
        String[] subjectAt = paragraphs.of(joined, sectionAt);
        List<NarrativeFigure> figures = new ArrayList<>();
        for (Figure figure : FigureFinder.find(joined)) {
            if (figure.kind() == FigureKind.NUMBER) {
                continue; // a bare number in prose is a page number, a document number or a code
            }
            List<Box> boxes = boxes(figure.start(), figure.end(), lineOf, indexOf);
            if (boxes.isEmpty()) {
                continue;
            }
            String relation = figure.relation().symbol();
            figures.add(new NarrativeFigure(figure.text(), figure.value(), figure.unit(), figure.kind().key(),
                    relation.isEmpty() ? null : relation, figure.approximate() ? Boolean.TRUE : null,
                    context(joined, figure.start(), figure.end()), sectionAt.get(figure.start()), page.number(), boxes,
                    subjectAt[figure.start()]));
        }
        java.util.regex.Matcher unchanged = UNCHANGED.matcher(joined);
        while (unchanged.find()) {
            List<Box> boxes = boxes(unchanged.start(), unchanged.end(), lineOf, indexOf);
            if (!boxes.isEmpty()) {
                figures.add(new NarrativeFigure("持平", java.math.BigDecimal.ZERO, null, FigureKind.CHANGE.key(), null, null,
                        context(joined, unchanged.start(), unchanged.end()), sectionAt.get(unchanged.start()),
                        page.number(), boxes, subjectAt[unchanged.start()]));
            }
        }
        figures.sort(java.util.Comparator.comparingInt((NarrativeFigure f) -> (int) f.boxes().get(0).top())
                .thenComparingDouble(f -> f.boxes().get(0).x0()));
        return figures;
    }

    private static List<Box> boxes(int start, int end, List<TextLine> lineOf, List<Integer> indexOf) {
        List<Box> boxes = new ArrayList<>();
        int i = start;
        while (i < end) {
            TextLine line = lineOf.get(i);
            if (line == null) {
                i++;
                continue;
            }
            int from = indexOf.get(i);
            int j = i;
            while (j < end && lineOf.get(j) == line) {
                j++;
            }
            Box box = line.boxOf(from, indexOf.get(j - 1) + 1);
            if (box != null) {
                boxes.add(box.rounded());
            }
            i = j;
        }
        return boxes;
    }

    /** A line ending in a digit and the next starting with one are kept apart: 1503.16 | 2022年 is two figures. */
    private static boolean digitsMeet(String before, String after) {
        return !before.isEmpty() && !after.isEmpty()
                && Character.isDigit(before.charAt(before.length() - 1)) && Character.isDigit(after.charAt(0));
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        int lineStart = text.lastIndexOf('\n', start - 1);
        int lineEnd = text.indexOf('\n', end);
        from = Math.max(from, lineStart + 1);
        to = lineEnd >= 0 ? Math.min(to, lineEnd) : to;
        return text.substring(from, to);
    }

    private static boolean insideAny(TextLine line, List<Box> boxes) {
        double x = (line.box().x0() + line.box().x1()) / 2;
        double y = (line.box().top() + line.box().bottom()) / 2;
        return boxes.stream().anyMatch(b -> b.contains(x, y));
    }
}
