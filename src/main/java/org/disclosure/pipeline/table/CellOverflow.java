package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.pdf.Glyph;

/**
 * A figure too wide for its ruled cell, which a browser prints on over the cell's right ruling
 * instead of wrapping it (1503.16 in a narrow column: "1503.1" in its cell, the "6" past the
 * ruling, touching the next cell's own figure). Read by where each glyph's centre falls, the figure
 * would be cut in two and its tail glued to the next cell's figure (61503.16).
 *
 * <p>The overflow is told from geometry alone: a run of figure characters at the font's own pitch
 * (no gap between them) that starts inside a cell and has glyphs whose centres lie past the cell's
 * right ruling. The run started at the cell's left padding (the figure did not fit, so the browser
 * set it from the start); the next cell's own text starts at the same padding from its own left
 * ruling, so the glyphs before that point are the overflow. Those glyphs are read as part of the
 * cell the figure started in.
 */
final class CellOverflow {

    /** Glyphs closer than this many font sizes are one run, set at the font's advance. */
    private static final double TOUCHING = 0.1;
    /** Tolerance, in points, on where the next cell's own text starts. */
    private static final double SLACK = 0.5;

    private CellOverflow() {
    }

    /**
     * The glyphs, with every figure's overflow moved back inside the cell it started in; glyphs
     * that overflow nothing are returned as they are.
     */
    static List<Glyph> pulledBack(List<Glyph> glyphs, List<Double> columns) {
        Map<Glyph, Glyph> moved = new IdentityHashMap<>();
        for (List<Glyph> line : baselines(glyphs)) {
            int i = 0;
            while (i < line.size()) {
                int end = runEnd(line, i);
                pullBack(line.subList(i, end), columns, moved);
                i = end;
            }
        }
        if (moved.isEmpty()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph glyph : glyphs) {
            out.add(moved.getOrDefault(glyph, glyph));
        }
        return out;
    }

    /** Within a run of touching figure characters, the overflow of each cell it starts in. */
    private static void pullBack(List<Glyph> run, List<Double> columns, Map<Glyph, Glyph> moved) {
        int start = 0;
        while (start < run.size()) {
            Glyph first = run.get(start);
            int column = columnOf(columns, first.centerX());
            if (column < 0 || column + 1 >= columns.size()) {
                return;
            }
            double right = columns.get(column + 1);
            double padding = first.x0() - columns.get(column);
            int end = start;
            while (end < run.size() && run.get(end).centerX() < right) {
                end++;
            }
            int overflowEnd = end;
            while (overflowEnd < run.size() && run.get(overflowEnd).x0() < right + padding - SLACK) {
                overflowEnd++;
            }
            if (overflowEnd > end && padding > 0) {
                squeeze(run.subList(start, overflowEnd), right - SLACK, moved);
            }
            start = overflowEnd;
        }
    }

    /** The glyphs scaled to end at {@code limit}, from where the first starts. */
    private static void squeeze(List<Glyph> glyphs, double limit, Map<Glyph, Glyph> moved) {
        double from = glyphs.get(0).x0();
        double width = glyphs.get(glyphs.size() - 1).x1() - from;
        double scale = (limit - from) / width;
        for (Glyph g : glyphs) {
            moved.put(g, new Glyph(g.text(), from + (g.x0() - from) * scale, g.top(), from + (g.x1() - from) * scale,
                    g.bottom(), g.baseline(), g.size(), g.font()));
        }
    }

    /** The end (exclusive) of the run of touching figure characters starting at i; at least i + 1. */
    private static int runEnd(List<Glyph> line, int i) {
        int end = i + 1;
        if (!figureChar(line.get(i))) {
            return end;
        }
        while (end < line.size() && figureChar(line.get(end))
                && line.get(end).x0() - line.get(end - 1).x1() <= TOUCHING * line.get(end).size()) {
            end++;
        }
        return end;
    }

    private static boolean figureChar(Glyph glyph) {
        String text = glyph.text();
        return text.length() == 1 && "0123456789.,-%".indexOf(text.charAt(0)) >= 0;
    }

    private static int columnOf(List<Double> columns, double x) {
        for (int c = 0; c + 1 < columns.size(); c++) {
            if (x > columns.get(c) && x < columns.get(c + 1)) {
                return c;
            }
        }
        return -1;
    }

    /** The glyphs grouped by baseline, each line left to right. */
    private static List<List<Glyph>> baselines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(Glyph::isSpace);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        for (Glyph glyph : sorted) {
            if (line == null || Math.abs(glyph.baseline() - line.get(0).baseline()) > 0.45 * glyph.size()) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(glyph);
        }
        for (List<Glyph> members : lines) {
            members.sort(Comparator.comparingDouble(Glyph::x0));
        }
        return lines;
    }
}
