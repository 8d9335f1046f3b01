package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * Finds tables drawn without vertical rulings (borderless and three-line tables): lines of text
 * split into segments at wide gaps, columns from where the body's segments align, rows from the
 * vertical whitespace between lines, so that a name wrapped onto two lines stays one cell.
 */
final class StreamExtractor {

    /** A gap wider than this many font sizes separates two cells on a line. */
    private static final double SEGMENT_GAP = 0.5;
    /** Lines further apart than this many font sizes do not belong to one table. */
    private static final double BLOCK_GAP = 2.5;
    /** Lines closer than this many font sizes (box to box) are one row: a wrapped cell. */
    private static final double ROW_GAP = 0.45;
    private static final int MIN_ROWS = 3;
    private static final int MIN_COLUMNS = 3;
    private static final Pattern FIGURE = Pattern.compile("[-(（]?[0-9０-９][0-9０-９,，. ]*[)）%]?");
    private static final Pattern CONTEXT_LINE = Pattern.compile("编制(部门|单位)|单\\s*位\\s*[:：]");
    private static final Pattern LEADER = Pattern.compile("[…．.·]{4,}");

    private StreamExtractor() {
    }

    /** A run of glyphs on one line with no wide gap inside. */
    private record Segment(String text, Box box, boolean figure) {
    }

    private record Line(TextLine line, List<Segment> segments) {
        boolean tabular() {
            return segments.size() >= 2;
        }

        boolean hasFigure() {
            return segments.stream().anyMatch(Segment::figure);
        }
    }

    static List<PageTable> extract(PageModel page, List<Box> claimed) {
        List<Line> lines = new ArrayList<>();
        for (TextLine line : page.lines()) {
            if (claimed.stream().noneMatch(b -> b.contains(centerX(line.box()), centerY(line.box())))) {
                lines.add(new Line(line, segments(line)));
            }
        }
        List<PageTable> tables = new ArrayList<>();
        for (List<Line> block : blocks(lines)) {
            PageTable table = table(page.number(), block);
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static List<Segment> segments(TextLine line) {
        List<Segment> segments = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : line.glyphs()) {
            if (glyph.isSpace()) {
                continue;
            }
            if (previous != null && glyph.x0() - previous.x1() > SEGMENT_GAP * Math.max(glyph.size(), previous.size())) {
                segments.add(segment(run));
                run = new ArrayList<>();
            }
            run.add(glyph);
            previous = glyph;
        }
        if (!run.isEmpty()) {
            segments.add(segment(run));
        }
        return segments;
    }

    private static Segment segment(List<Glyph> glyphs) {
        TextLine read = LineBuilder.line(glyphs);
        return new Segment(read.text(), read.box(), FIGURE.matcher(read.text()).matches());
    }

    /** Runs of consecutive lines that can form a table: tabular lines, and lines wrapped between them. */
    private static List<List<Line>> blocks(List<Line> lines) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean context = CONTEXT_LINE.matcher(line.line().text()).find() || LEADER.matcher(line.line().text()).find();
            boolean near = !block.isEmpty() && line.line().box().top() - last(block).line().box().bottom()
                    < BLOCK_GAP * line.line().size();
            boolean joins = !context && (line.tabular() || !block.isEmpty() && near && nextIsTabular(lines, i, block));
            if (joins && (block.isEmpty() || near)) {
                block.add(line);
                continue;
            }
            close(blocks, block);
            block = new ArrayList<>();
            if (!context && line.tabular()) {
                block.add(line);
            }
        }
        close(blocks, block);
        return blocks;
    }

    /** A single-segment line inside a table (a wrapped name) is followed closely by a tabular line. */
    private static boolean nextIsTabular(List<Line> lines, int i, List<Line> block) {
        Line line = lines.get(i);
        if (i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        return next.tabular() && next.line().box().top() - line.line().box().bottom() < BLOCK_GAP * line.line().size();
    }

    private static void close(List<List<Line>> blocks, List<Line> block) {
        while (!block.isEmpty() && !last(block).tabular()) {
            block.remove(block.size() - 1);
        }
        long tabular = block.stream().filter(Line::tabular).count();
        long withFigures = block.stream().filter(Line::hasFigure).count();
        if (tabular >= MIN_ROWS && withFigures >= 2) {
            blocks.add(block);
        }
    }

    private static Line last(List<Line> block) {
        return block.get(block.size() - 1);
    }

    private static PageTable table(int page, List<Line> block) {
        int firstBody = 0;
        while (firstBody < block.size() && !block.get(firstBody).hasFigure()) {
            firstBody++;
        }
        // Columns come from the body, where every cell sits inside its column; headers may straddle.
        List<double[]> columns = columns(block.subList(firstBody, block.size()));
        if (columns.size() < MIN_COLUMNS) {
            return null;
        }
        List<Double> edges = new ArrayList<>();
        edges.add(columns.get(0)[0]);
        for (int c = 1; c < columns.size(); c++) {
            edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        edges.add(columns.get(columns.size() - 1)[1]);

        List<List<Line>> rows = rows(block, firstBody);
        List<List<Cell>> cellRows = new ArrayList<>();
        int glyphs = 0;
        int stray = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Line> rowLines = rows.get(r);
            double top = rowLines.stream().mapToDouble(l -> l.line().box().top()).min().orElseThrow();
            double bottom = rowLines.stream().mapToDouble(l -> l.line().box().bottom()).max().orElseThrow();
            StringBuilder[] texts = new StringBuilder[columns.size()];
            int[] spans = new int[columns.size()];
            for (Line line : rowLines) {
                for (Segment segment : line.segments()) {
                    int[] covered = covered(columns, segment.box());
                    int count = segment.text().replace(" ", "").length();
                    glyphs += count;
                    if (covered[1] > covered[0] && r >= headerRowsOf(rows, firstBody)) {
                        stray += count; // a body segment across columns: the columns are doubtful here
                    }
                    StringBuilder text = texts[covered[0]];
                    if (text == null) {
                        texts[covered[0]] = text = new StringBuilder();
                    } else if (LatticeExtractor.needsSpace(text.charAt(text.length() - 1), segment.text().charAt(0))) {
                        text.append(' ');
                    }
                    text.append(segment.text());
                    spans[covered[0]] = Math.max(spans[covered[0]], covered[1] - covered[0] + 1);
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); ) {
                int span = Math.max(1, spans[c]);
                Box box = new Box(edges.get(c), top, edges.get(c + span), bottom);
                cells.add(new Cell(r, c, 1, span, texts[c] == null ? "" : texts[c].toString(), page, box));
                c += span;
            }
            cellRows.add(cells);
        }
        Box box = new Box(edges.get(0), cellRows.get(0).get(0).box().top(), edges.get(edges.size() - 1),
                cellRows.get(cellRows.size() - 1).get(0).box().bottom());
        return new PageTable(page, box, columns.size(), List.copyOf(edges), cellRows, false, glyphs, stray);
    }

    /**
     * Column extents: the body segments' x-ranges, overlapping ranges merged. A range holding only
     * one line's words (合计 printed across the code and name columns) is a merged cell, not a
     * column: its text goes to the nearest column.
     */
    private static List<double[]> columns(List<Line> body) {
        List<double[]> ranges = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            for (Segment s : body.get(i).segments()) {
                ranges.add(new double[] {s.box().x0(), s.box().x1(), i, s.figure() ? 1 : 0});
            }
        }
        ranges.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> merged = new ArrayList<>();
        List<java.util.Set<Integer>> lines = new ArrayList<>();
        List<Boolean> figures = new ArrayList<>();
        for (double[] range : ranges) {
            double[] lastRange = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastRange != null && range[0] <= lastRange[1]) {
                lastRange[1] = Math.max(lastRange[1], range[1]);
            } else {
                merged.add(new double[] {range[0], range[1]});
                lines.add(new java.util.HashSet<>());
                figures.add(false);
            }
            lines.get(lines.size() - 1).add((int) range[2]);
            figures.set(figures.size() - 1, figures.get(figures.size() - 1) || range[3] > 0);
        }
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < merged.size(); c++) {
            boolean mergedLabel = lines.get(c).size() == 1 && !figures.get(c) && body.size() >= MIN_ROWS;
            if (!mergedLabel) {
                columns.add(merged.get(c));
            }
        }
        return columns.size() >= MIN_COLUMNS ? columns : merged;
    }

    /** Rows: header lines wrapped together, then body lines grouped where no whitespace separates them. */
    private static List<List<Line>> rows(List<Line> block, int firstBody) {
        List<List<Line>> rows = new ArrayList<>();
        List<Line> row = null;
        double rowBottom = 0;
        for (int i = 0; i < block.size(); i++) {
            Line line = block.get(i);
            boolean sameRow = row != null && (i != firstBody)
                    && line.line().box().top() - rowBottom < ROW_GAP * line.line().size();
            if (!sameRow) {
                row = new ArrayList<>();
                rows.add(row);
                rowBottom = line.line().box().bottom();
            }
            row.add(line);
            rowBottom = Math.max(rowBottom, line.line().box().bottom());
        }
        return rows;
    }

    private static int headerRowsOf(List<List<Line>> rows, int firstBody) {
        int lines = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (lines >= firstBody) {
                return r;
            }
            lines += rows.get(r).size();
        }
        return rows.size();
    }

    /** The first and last column a segment covers; at least the one nearest its centre. */
    private static int[] covered(List<double[]> columns, Box box) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < columns.size(); c++) {
            double[] col = columns.get(c);
            double overlap = Math.min(col[1], box.x1()) - Math.max(col[0], box.x0());
            if (overlap > 0.5 * Math.min(col[1] - col[0], box.width())) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            double centre = centerX(box);
            double best = Double.MAX_VALUE;
            for (int c = 0; c < columns.size(); c++) {
                double distance = Math.abs((columns.get(c)[0] + columns.get(c)[1]) / 2 - centre);
                if (distance < best) {
                    best = distance;
                    first = c;
                    last = c;
                }
            }
        }
        return new int[] {first, last};
    }

    private static double centerX(Box box) {
        return (box.x0() + box.x1()) / 2;
    }

    private static double centerY(Box box) {
        return (box.top() + box.bottom()) / 2;
    }
}
