package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.Ruling;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * Finds ruled tables on a page: rulings that touch each other form a table, their positions form
 * a grid, and a missing ruling between two grid positions means the cell is merged across it.
 */
final class LatticeExtractor implements ExtractionAlgorithm {

    /** How far rulings may miss each other and still be taken to meet. */
    private static final double TOUCH = 2.0;
    /** Grid lines closer than this are one line (double borders, anti-aliasing). */
    private static final double SAME_EDGE = 2.5;
    /** Share of a boundary a ruling must cover to separate two grid positions. */
    private static final double COVERAGE = 0.6;

    LatticeExtractor() {
    }

    /** Ruled tables are found from the rulings alone, wherever they are. */
    @Override
    public List<PageTable> tablesOn(PageModel page, List<Box> taken) {
        return extract(page);
    }

    static List<PageTable> extract(PageModel page) {
        List<Ruling> rulings = Underlines.without(page.rulings(), page.glyphs());
        List<List<Ruling>> groups = connectedGroups(rulings);
        List<PageTable> tables = new ArrayList<>();
        for (List<Ruling> group : groups) {
            PageTable table = grid(page, group);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().top()));
        return tables;
    }

    private static List<List<Ruling>> connectedGroups(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.isHorizontal() == b.isHorizontal()) {
            // Collinear pieces were merged already; parallel lines meet only through a crossing line.
            return false;
        }
        Ruling h = a.isHorizontal() ? a : b;
        Ruling v = a.isHorizontal() ? b : a;
        return v.x0() >= h.x0() - TOUCH && v.x0() <= h.x1() + TOUCH
                && h.top() >= v.top() - TOUCH && h.top() <= v.bottom() + TOUCH;
    }

    private static PageTable grid(PageModel page, List<Ruling> group) {
        List<Ruling> horizontals = group.stream().filter(Ruling::isHorizontal).toList();
        List<Ruling> verticals = group.stream().filter(Ruling::isVertical).toList();
        if (horizontals.size() < 2 || verticals.size() < 2) {
            return null;
        }
        List<Double> xs = new ArrayList<>();
        verticals.forEach(v -> xs.add(v.x0()));
        // An open side (no outer border) still ends where the crossing lines end.
        xs.add(horizontals.stream().mapToDouble(Ruling::x0).min().orElseThrow());
        xs.add(horizontals.stream().mapToDouble(Ruling::x1).max().orElseThrow());
        List<Double> ys = new ArrayList<>();
        horizontals.forEach(h -> ys.add(h.top()));
        ys.add(verticals.stream().mapToDouble(Ruling::top).min().orElseThrow());
        ys.add(verticals.stream().mapToDouble(Ruling::bottom).max().orElseThrow());
        List<Double> columns = cluster(xs);
        List<Double> ruledRows = cluster(ys);
        if (columns.size() < 2 || ruledRows.size() < 2) {
            return null;
        }
        List<Glyph> glyphs = page.glyphs();
        Box box = new Box(columns.get(0), ruledRows.get(0), columns.get(columns.size() - 1), ruledRows.get(ruledRows.size() - 1));
        // a figure a browser printed on past its cell's ruling is read in the cell it started in
        List<Glyph> inside = CellOverflow.pulledBack(
                glyphs.stream().filter(g -> box.contains(g.centerX(), g.centerY())).toList(), columns);
        // rows printed without rulings between them are told apart by their lines of figures
        List<Double> unruled = RowBands.unruledBoundaries(inside, columns, ruledRows);
        List<Double> rows = new ArrayList<>(ruledRows);
        rows.addAll(unruled);
        rows.sort(Double::compare);
        int rowCount = rows.size() - 1;
        int colCount = columns.size() - 1;
        boolean[][] taken = new boolean[rowCount][colCount];
        List<List<Cell>> cellRows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < colCount; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int colSpan = 1;
                while (c + colSpan < colCount && !verticalAt(verticals, columns.get(c + colSpan), rows.get(r), rows.get(r + 1))) {
                    colSpan++;
                }
                int rowSpan = 1;
                while (r + rowSpan < rowCount && !unruled.contains(rows.get(r + rowSpan))
                        && !horizontalAcross(horizontals, rows.get(r + rowSpan), columns.get(c), columns.get(c + colSpan))) {
                    rowSpan++;
                }
                for (int rr = r; rr < r + rowSpan; rr++) {
                    for (int cc = c; cc < c + colSpan; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                Box cellBox = new Box(columns.get(c), rows.get(r), columns.get(c + colSpan), rows.get(r + rowSpan));
                cells.add(new Cell(r, c, rowSpan, colSpan, cellText(inside, cellBox), page.number(), cellBox));
            }
            cellRows.add(cells);
        }
        int stray = 0;
        for (Glyph glyph : inside) {
            if (glyph.isSpace()) {
                continue;
            }
            Cell owner = owner(cellRows, glyph);
            if (owner == null || glyph.x0() < owner.box().x0() - 1 || glyph.x1() > owner.box().x1() + 1) {
                stray++;
            }
        }
        int visible = (int) inside.stream().filter(g -> !g.isSpace()).count();
        return new PageTable(page.number(), box, colCount, List.copyOf(columns), cellRows, true, visible, stray);
    }

    private static Cell owner(List<List<Cell>> rows, Glyph glyph) {
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                if (cell.box().contains(glyph.centerX(), glyph.centerY())) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** Sorted distinct positions, positions closer than {@link #SAME_EDGE} taken as one. */
    private static List<Double> cluster(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int count = 0;
        double last = Double.NaN;
        for (double v : sorted) {
            if (count > 0 && v - last > SAME_EDGE) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += v;
            count++;
            last = v;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return out;
    }

    private static boolean verticalAt(List<Ruling> verticals, double x, double top, double bottom) {
        double need = (bottom - top) * COVERAGE;
        double covered = 0;
        for (Ruling v : verticals) {
            if (Math.abs(v.x0() - x) <= SAME_EDGE) {
                covered += Math.max(0, Math.min(v.bottom(), bottom) - Math.max(v.top(), top));
            }
        }
        return covered >= need;
    }

    private static boolean horizontalAcross(List<Ruling> horizontals, double y, double left, double right) {
        double need = (right - left) * COVERAGE;
        double covered = 0;
        for (Ruling h : horizontals) {
            if (Math.abs(h.top() - y) <= SAME_EDGE) {
                covered += Math.max(0, Math.min(h.x1(), right) - Math.max(h.x0(), left));
            }
        }
        return covered >= need;
    }

    /** The text inside a cell, its lines joined as a reader would join a wrapped cell. */
    static String cellText(List<Glyph> glyphs, Box box) {
        List<Glyph> mine = glyphs.stream().filter(g -> box.contains(g.centerX(), g.centerY())).toList();
        if (mine.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (TextLine line : LineBuilder.lines(mine)) {
            String part = line.text();
            if (!text.isEmpty() && needsSpace(text.charAt(text.length() - 1), part.charAt(0))) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString().replace('\t', ' ');
    }

    /** A wrapped line joins without a space unless both sides are Latin words. */
    static boolean needsSpace(char before, char after) {
        return Character.isLetter(before) && before < 0x2E80 && Character.isLetter(after) && after < 0x2E80;
    }
}
