package org.disclosure.pipeline.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureParser;
import org.disclosure.pipeline.table.Cell;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.pdf.TextNormalizer;

/** The header rows of a table, and which columns hold subject codes according to them. */
record TableHeader(int rowCount, Set<Integer> codeColumns) {

    private static final Set<String> CODE_LEVELS = Set.of("类", "款", "项");

    static TableHeader of(Table table) {
        int headerRows = 0;
        for (List<Cell> row : table.rows()) {
            if (!isHeaderRow(row)) {
                break;
            }
            headerRows++;
        }
        // a sparse table's first rows may state no figure: the header still ends at its first body row
        for (int r = 1; r < headerRows; r++) {
            if (isLabelOnly(table.rows().get(r)) && headerRows < table.rows().size()) {
                headerRows = r;
                break;
            }
        }
        if (headerRows == table.rows().size()) {
            // No row states a figure (an empty table): the header ends at the first row that is
            // blank or opens like a body row (合计, 无, a subject code).
            headerRows = 0;
            while (headerRows < table.rows().size() && !opensBody(table.rows().get(headerRows))) {
                headerRows++;
            }
        }
        Set<Integer> codeColumns = new HashSet<>();
        for (int r = 0; r < headerRows; r++) {
            for (Cell cell : table.rows().get(r)) {
                String name = TextNormalizer.withoutSpaces(cell.text());
                if (CODE_LEVELS.contains(name) || name.contains("编码") || name.contains("代码")) {
                    for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                        codeColumns.add(c);
                    }
                }
            }
        }
        return new TableHeader(headerRows, Set.copyOf(codeColumns));
    }

    /**
     * Each column's header cells from top to bottom (a cell is listed in the row it starts in, and
     * covers every column it spans), repeated names once: 功能分类科目编码 / 类.
     */
    List<String> columnPaths(Table table) {
        List<String> paths = new java.util.ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            for (int r = 0; r < rowCount; r++) {
                for (Cell cell : table.rows().get(r)) {
                    String name = TextNormalizer.withoutSpaces(cell.text());
                    if (!name.isEmpty() && c >= cell.column() && c < cell.column() + cell.colSpan()) {
                        names.add(name);
                    }
                }
            }
            paths.add(String.join(" / ", names));
        }
        return List.copyOf(paths);
    }

    boolean isCodeColumn(int column) {
        return codeColumns.contains(column);
    }

    private static boolean opensBody(List<Cell> row) {
        if (row.stream().allMatch(Cell::isEmpty)) {
            return true;
        }
        String first = row.get(0).text().replaceAll("\\s+", "");
        return first.equals("合计") || first.equals("总计") || first.equals("无") || first.matches("\\d{3,}.*");
    }

    /**
     * A row that names only its first column and leaves every other cell of its own blank is a body
     * row without figures (一、利润收入 in a sparse table), not a header: a header names the columns.
     */
    private static boolean isLabelOnly(List<Cell> row) {
        return row.size() > 1 && row.get(0).column() == 0 && !row.get(0).isEmpty()
                && row.subList(1, row.size()).stream().allMatch(Cell::isEmpty);
    }

    /** A header row names columns: no cell of it states a figure, or it numbers them (栏次). */
    private static boolean isHeaderRow(List<Cell> row) {
        for (Cell cell : row) {
            String text = TextNormalizer.withoutSpaces(cell.text());
            if (text.equals("栏次") || text.equals("行次")) {
                return true;
            }
        }
        for (Cell cell : row) {
            if (FigureParser.parse(cell.text()) instanceof Figure figure && DocumentModeller.isPlain(figure)) {
                return false;
            }
        }
        return true;
    }
}
