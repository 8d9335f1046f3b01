package org.disclosure.pipeline.disclosure;

import java.util.List;

import org.disclosure.pipeline.table.TableQuality;

/**
 * A table of the disclosure with its context; rows hold every row as printed, header rows
 * included, with merged cells once at their top-left position.
 *
 * @param columns  each column's header path, top to bottom (公务用车购置及运行费 / 公务用车运行费)
 * @param columnMeanings what each column holds: total, basic, project, personnel, code.class … (null if unknown)
 * @param standard which standard table this is, or null when it matches none
 * @param rowMeanings    what each body row is: its role, subject code, level and parent
 * @param untitledReason why the table has no title, null when it has one
 */
public record DisclosureTable(String id, String title, String unit, String preparedBy, List<Integer> pages,
                              int columnCount, int headerRows, boolean ruled, List<String> columns,
                              List<String> columnMeanings, TableQuality quality, Classification standard,
                              List<RowMeaning> rowMeanings, List<List<DisclosureCell>> rows, String untitledReason) {

    /** A table whose title, if it has none, is not explained. */
    public DisclosureTable(String id, String title, String unit, String preparedBy, List<Integer> pages,
                           int columnCount, int headerRows, boolean ruled, List<String> columns,
                           List<String> columnMeanings, TableQuality quality, Classification standard,
                           List<RowMeaning> rowMeanings, List<List<DisclosureCell>> rows) {
        this(id, title, unit, preparedBy, pages, columnCount, headerRows, ruled, columns, columnMeanings, quality,
                standard, rowMeanings, rows, null);
    }

    DisclosureTable withStandard(Classification classification) {
        return new DisclosureTable(id, title, unit, preparedBy, pages, columnCount, headerRows, ruled, columns,
                columnMeanings, quality, classification, rowMeanings, rows, untitledReason);
    }

    /** The cell whose grid area covers the given position, or null. */
    public DisclosureCell cellAt(int row, int column) {
        for (List<DisclosureCell> cells : rows) {
            for (DisclosureCell cell : cells) {
                if (row >= cell.row() && row < cell.row() + cell.rowSpan()
                        && column >= cell.column() && column < cell.column() + cell.colSpan()) {
                    return cell;
                }
            }
        }
        return null;
    }
}
