package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Finds every table in a document's page models (ruled ones from their rulings, the others from
 * the alignment of their text), reads what is printed above each, and joins a table that runs on
 * over a page break back into one table.
 */
public final class TableExtractor {

    /** Column edges of a continuation must line up with the first part's within this many points. */
    private static final double ALIGNED = 3.0;
    /** A digit in what may be a split row's rest: a row with figures, codes or targets is a row of its own. */
    private static final java.util.regex.Pattern SPLIT_FIGURE_OR_CODE = java.util.regex.Pattern.compile("[0-9０-９]");

    /** Ruled tables first; tables told by their text's alignment only where no ruled one is. */
    private final List<ExtractionAlgorithm> algorithms = List.of(new LatticeExtractor(), new StreamExtractor());

    public List<Table> extract(List<PageModel> pages) {
        List<Table> tables = new ArrayList<>();
        Part open = null;
        PageModel previousPage = null;
        double previousFloor = 0;
        for (PageModel page : pages) {
            List<PageTable> found = new ArrayList<>();
            for (ExtractionAlgorithm algorithm : algorithms) {
                List<PageTable> more = new ArrayList<>(algorithm.tablesOn(page, found.stream().map(PageTable::box).toList()));
                // a box with a single column is a framed heading or note, not a table: its text stays page text
                more.removeIf(table -> table.columnCount() < 2 || framedText(table));
                found.addAll(more);
            }
            if (open != null && !open.first.ruled() && open.lastPage == page.number() - 1) {
                // rows of a text table that runs on, too few or too sparse to show its columns alone
                PageTable rest = StreamExtractor.continuation(page, found.stream().map(PageTable::box).toList(),
                        open.edges, open.rows);
                if (rest != null) {
                    found.add(rest);
                }
            }
            found.sort(java.util.Comparator.comparingDouble(t -> t.box().top()));
            double ceiling = 0;
            for (int i = 0; i < found.size(); i++) {
                PageTable pageTable = found.get(i);
                TableContext context = TableContext.above(page, pageTable, ceiling);
                ceiling = pageTable.box().bottom();
                boolean firstOnPage = i == 0;
                if (firstOnPage && context.title() == null && !context.continuation() && previousPage != null
                        && previousPage.number() == page.number() - 1) {
                    TableContext foot = TableContext.atFootOf(previousPage, previousFloor);
                    if (foot != null) {
                        context = context.withFoot(foot);
                    }
                }
                if (open != null && firstOnPage && continues(open, pageTable, context)) {
                    open.append(pageTable);
                } else {
                    if (open != null && firstOnPage && context.title() == null && open.lastPage == pageTable.page() - 1
                            && (context.continuation() || open.repeatedHeaderRows(pageTable) > 0)) {
                        // a continuation laid out afresh (续表, or the header repeated over other column edges)
                        context = context.continuing(open.context.title());
                    }
                    if (open != null) {
                        tables.add(open.toTable());
                    }
                    open = new Part(context, pageTable);
                }
                if (i < found.size() - 1) {
                    // A table followed by another on the same page cannot run on to the next page.
                    tables.add(open.toTable());
                    open = null;
                }
            }
            previousPage = page;
            previousFloor = found.isEmpty() ? 0 : found.get(found.size() - 1).box().bottom();
        }
        if (open != null) {
            tables.add(open.toTable());
        }
        return tables;
    }

    /**
     * A few ruled rows that never hold text side by side are boxed text, not a table: LibreOffice
     * boxes each line of a wrapped heading on its own, a staircase of rectangles that looks like a grid.
     */
    private static boolean framedText(PageTable table) {
        return table.rows().size() <= 3
                && table.rows().stream().allMatch(row -> row.stream().filter(c -> !c.isEmpty()).count() <= 1);
    }

    /**
     * A table on the next page continues the open one when nothing titles it as a new table and its
     * column edges are the open table's (all of them, or some where cells are merged, as in a
     * closing 合计 row), with the same outer edges.
     */
    private static boolean continues(Part open, PageTable next, TableContext context) {
        if (next.page() != open.lastPage + 1) {
            return false;
        }
        if (context.title() != null && !context.continuation()) {
            return false;
        }
        List<Double> edges = open.edges;
        if (!open.first.ruled() && !next.ruled()) {
            return sameTextColumns(edges, next.columnEdges());
        }
        double shift = shift(open, next);
        List<Double> nextEdges = next.columnEdges().stream().map(x -> x - shift).toList();
        if (Math.abs(edges.get(0) - nextEdges.get(0)) > ALIGNED
                || Math.abs(edges.get(edges.size() - 1) - nextEdges.get(nextEdges.size() - 1)) > ALIGNED) {
            return false;
        }
        // the same columns, some merged in the continuation (合计) or in the rows before the break
        // (a first row of merged cells, the rest of the table on the next page)
        return nextEdges.stream().allMatch(x -> edgeIndex(edges, x) >= 0)
                || next.ruled() && open.first.ruled() && edges.stream().allMatch(x -> edgeIndex(nextEdges, x) >= 0);
    }

    /**
     * How far the next part stands to the right of the open table: none when their left edges line
     * up; else, for a part as wide as the table (facing pages printed with different margins), the
     * difference of their left edges, so that equal columns still match.
     */
    private static double shift(Part open, PageTable next) {
        List<Double> edges = open.edges;
        List<Double> nextEdges = next.columnEdges();
        double left = nextEdges.get(0) - edges.get(0);
        double width = edges.get(edges.size() - 1) - edges.get(0);
        double nextWidth = nextEdges.get(nextEdges.size() - 1) - nextEdges.get(0);
        return Math.abs(left) > ALIGNED && Math.abs(width - nextWidth) <= ALIGNED ? left : 0;
    }

    /**
     * Columns found from text alignment have edges in the whitespace between columns, where each
     * page's text puts them: a continuation has as many columns, the same outer edges (left-aligned
     * labels, right-aligned figures) and each inner edge between the same two columns.
     */
    private static boolean sameTextColumns(List<Double> edges, List<Double> nextEdges) {
        if (edges.size() != nextEdges.size()) {
            return false;
        }
        int last = edges.size() - 1;
        if (Math.abs(edges.get(0) - nextEdges.get(0)) > ALIGNED || Math.abs(edges.get(last) - nextEdges.get(last)) > ALIGNED) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            if (nextEdges.get(i) <= edges.get(i - 1) || nextEdges.get(i) >= edges.get(i + 1)
                    || edges.get(i) <= nextEdges.get(i - 1) || edges.get(i) >= nextEdges.get(i + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the edge within {@link #ALIGNED} of x, or -1. */
    static int edgeIndex(List<Double> edges, double x) {
        for (int i = 0; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) <= ALIGNED) {
                return i;
            }
        }
        return -1;
    }

    /** A table being assembled, possibly from parts on consecutive pages. */
    private static final class Part {
        private final TableContext context;
        private final PageTable first;
        private final List<Integer> pages = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private int lastPage;
        private Box lastBox;
        /** The column edges of the table so far: the finer grid when a continuation splits merged columns. */
        private List<Double> edges;
        private int columnCount;
        private int glyphs;
        private int strayGlyphs;

        Part(TableContext context, PageTable first) {
            this.context = context;
            this.first = first;
            this.pages.add(first.page());
            this.rows.addAll(first.rows());
            this.lastPage = first.page();
            this.lastBox = first.box();
            this.glyphs = first.glyphs();
            this.strayGlyphs = first.strayGlyphs();
            this.edges = first.columnEdges();
            this.columnCount = first.columnCount();
        }

        /**
         * Takes a ruled continuation's finer grid, when every edge of the table so far is one of
         * its edges: the cells read so far keep their text and cover the same columns of it.
         */
        private void refine(PageTable next, double shift) {
            List<Double> nextEdges = next.columnEdges().stream().map(x -> x - shift).toList();
            if (!next.ruled() || nextEdges.size() <= edges.size()
                    || !edges.stream().allMatch(x -> edgeIndex(nextEdges, x) >= 0)) {
                return;
            }
            List<Double> old = edges;
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> moved = new ArrayList<>();
                for (Cell cell : rows.get(r)) {
                    int start = edgeIndex(nextEdges, old.get(cell.column()));
                    int end = edgeIndex(nextEdges, old.get(Math.min(cell.column() + cell.colSpan(), old.size() - 1)));
                    moved.add(cell.moved(cell.row(), start, Math.max(1, end - start)));
                }
                rows.set(r, moved);
            }
            edges = nextEdges;
            columnCount = nextEdges.size() - 1;
        }

        void append(PageTable next) {
            double shift = shift(this, next);
            if (first.ruled()) {
                refine(next, shift);
            }
            int start = repeatedHeaderRows(next);
            if (start < next.rows().size() && rows.size() > 1
                    && splitRowRest(rows.get(rows.size() - 1), next.rows().get(start), next)) {
                rows.set(rows.size() - 1, joined(rows.get(rows.size() - 1), next.rows().get(start), next));
                start++;
            }
            int offset = rows.size() - start;
            for (int r = start; r < next.rows().size(); r++) {
                List<Cell> shifted = new ArrayList<>();
                for (Cell cell : next.rows().get(r)) {
                    int column = column(cell, next, shift);
                    int end = next.ruled() ? edgeIndex(edges, cell.box().x1() - shift) : column + cell.colSpan();
                    shifted.add(cell.moved(cell.row() + offset, column, end - column));
                }
                rows.add(shifted);
            }
            pages.add(next.page());
            lastPage = next.page();
            lastBox = next.box();
            glyphs += next.glyphs();
            strayGlyphs += next.strayGlyphs();
        }

        /** The open table's column a continuation's cell starts in; text columns continue one for one. */
        private int column(Cell cell, PageTable next) {
            return column(cell, next, shift(this, next));
        }

        private int column(Cell cell, PageTable next, double shift) {
            return next.ruled() ? edgeIndex(edges, cell.box().x0() - shift) : cell.column();
        }

        /**
         * Whether the continuation's first row is the rest of the open table's last row, which the
         * producer split at the page break (LibreOffice splits any row, Chromium a row taller than
         * the room left): only words go on, no digit, in one cell the last row has text in, of
         * the same width, while another of its cells ended before the break. A label row that introduces the rows below (其中:) is a row.
         */
        private boolean splitRowRest(List<Cell> last, List<Cell> rest, PageTable next) {
            int restTexts = 0;
            boolean endedBefore = false;
            for (Cell cell : rest) {
                if (cell.isEmpty()) {
                    int column = column(cell, next);
                    endedBefore |= last.stream().anyMatch(c -> c.column() == column && !c.isEmpty());
                    continue;
                }
                String text = cell.text().strip();
                if (SPLIT_FIGURE_OR_CODE.matcher(text).find() || text.endsWith(":") || text.endsWith("：")) {
                    return false;
                }
                int column = column(cell, next);
                int span = next.ruled() ? edgeIndex(edges, cell.box().x1()) - column : cell.colSpan();
                if (last.stream().noneMatch(c -> c.column() == column && c.colSpan() == span && !c.isEmpty())) {
                    return false;
                }
                restTexts++;
            }
            // one cell goes on: rows of a vertically merged group look alike at a break, but fill more cells
            return restTexts == 1 && endedBefore;
        }

        private List<Cell> joined(List<Cell> last, List<Cell> rest, PageTable next) {
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : last) {
                String text = cell.text();
                for (Cell more : rest) {
                    if (!more.isEmpty() && column(more, next) == cell.column()) {
                        String tail = more.text().strip();
                        text = text.isEmpty() || !LatticeExtractor.needsSpace(text.charAt(text.length() - 1), tail.charAt(0))
                                ? text + tail : text + " " + tail;
                    }
                }
                cells.add(new Cell(cell.row(), cell.column(), cell.rowSpan(), cell.colSpan(), text, cell.page(), cell.box()));
            }
            return cells;
        }

        /** Leading rows of the continuation that repeat the first part's leading rows ({@link RepeatedHeaderRow}). */
        int repeatedHeaderRows(PageTable next) {
            int n = 0;
            while (n < next.rows().size() && n < first.rows().size() - 1
                    && RepeatedHeaderRow.repeats(texts(first.rows().get(n)), texts(next.rows().get(n)))) {
                n++;
            }
            return n;
        }

        private static List<String> texts(List<Cell> row) {
            return row.stream().map(c -> TextNormalizer.withoutSpaces(c.text())).toList();
        }

        Table toTable() {
            int cells = rows.stream().mapToInt(List::size).sum();
            int empty = (int) rows.stream().flatMap(List::stream).filter(Cell::isEmpty).count();
            return new Table(context.title(), context.unit(), context.preparedBy(), List.copyOf(pages),
                    columnCount, List.copyOf(rows),
                    TableQuality.of(first.ruled(), cells, empty, glyphs, strayGlyphs),
                    context.title() == null ? context.untitledReason() : null);
        }
    }
}
