package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.PageModel;

/**
 * Finds every table in a document's page models, reads what is printed above each, and joins a
 * table that runs on over a page break back into one table.
 */
public final class TableExtractor {

    /** Column edges of a continuation must line up with the first part's within this many points. */
    private static final double ALIGNED = 3.0;

    public List<Table> extract(List<PageModel> pages) {
        List<Table> tables = new ArrayList<>();
        Part open = null;
        for (PageModel page : pages) {
            List<PageTable> found = LatticeExtractor.extract(page);
            double ceiling = 0;
            for (int i = 0; i < found.size(); i++) {
                PageTable pageTable = found.get(i);
                TableContext context = TableContext.above(page, pageTable, ceiling);
                ceiling = pageTable.box().bottom();
                boolean firstOnPage = i == 0;
                if (open != null && firstOnPage && continues(open, pageTable, context)) {
                    open.append(pageTable);
                } else {
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
        }
        if (open != null) {
            tables.add(open.toTable());
        }
        return tables;
    }

    private static boolean continues(Part open, PageTable next, TableContext context) {
        if (next.page() != open.lastPage + 1 || next.columnCount() != open.first.columnCount()) {
            return false;
        }
        if (context.title() != null && !context.continuation()) {
            return false;
        }
        List<Double> a = open.first.columnEdges();
        List<Double> b = next.columnEdges();
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > ALIGNED) {
                return false;
            }
        }
        return true;
    }

    /** A table being assembled, possibly from parts on consecutive pages. */
    private static final class Part {
        private final TableContext context;
        private final PageTable first;
        private final List<Integer> pages = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private int lastPage;

        Part(TableContext context, PageTable first) {
            this.context = context;
            this.first = first;
            this.pages.add(first.page());
            this.rows.addAll(first.rows());
            this.lastPage = first.page();
        }

        void append(PageTable next) {
            int repeated = repeatedHeaderRows(next);
            int offset = rows.size() - repeated;
            for (int r = repeated; r < next.rows().size(); r++) {
                List<Cell> shifted = new ArrayList<>();
                for (Cell cell : next.rows().get(r)) {
                    shifted.add(cell.atRow(cell.row() + offset));
                }
                rows.add(shifted);
            }
            pages.add(next.page());
            lastPage = next.page();
        }

        /** Leading rows of the continuation that repeat the first part's leading rows word for word. */
        private int repeatedHeaderRows(PageTable next) {
            int n = 0;
            while (n < next.rows().size() && n < first.rows().size() - 1
                    && texts(next.rows().get(n)).equals(texts(first.rows().get(n)))
                    && texts(next.rows().get(n)).stream().anyMatch(t -> !t.isBlank())) {
                n++;
            }
            return n;
        }

        private static List<String> texts(List<Cell> row) {
            return row.stream().map(c -> c.text().replaceAll("\\s+", "")).toList();
        }

        Table toTable() {
            return new Table(context.title(), context.unit(), context.preparedBy(), List.copyOf(pages),
                    first.columnCount(), List.copyOf(rows), true);
        }
    }
}
