package org.disclosure.pipeline.reconcile;

import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.disclosure.RowRole;

/** Small lookups over a table's cells that several rules share. */
final class TableCells {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TableCells() {
    }

    static String label(DisclosureCell cell) {
        return WHITESPACE.matcher(cell.text()).replaceAll("");
    }

    /** The first cell right of {@code from} in the same row that states a figure, or null. */
    static DisclosureCell firstValueRightOf(List<DisclosureCell> row, DisclosureCell from) {
        for (DisclosureCell cell : row) {
            if (cell.column() > from.column() && cell.hasValue()) {
                return cell;
            }
        }
        return null;
    }

    /** The cell that starts at exactly this grid column in the row, or null. */
    static DisclosureCell startingAt(List<DisclosureCell> row, int column) {
        for (DisclosureCell cell : row) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    /** The total row's cell in the column of the given meaning, when it states a figure; else null. */
    static DisclosureCell totalCell(DisclosureTable table, ColumnMeaning meaning) {
        return totalCell(table, meaning.key());
    }

    /** The total row's cell in the column of the given meaning (a key or a path of keys); else null. */
    static DisclosureCell totalCell(DisclosureTable table, String meaning) {
        int column = table.columnMeanings().indexOf(meaning);
        if (column < 0) {
            return null;
        }
        for (RowMeaning row : table.rowMeanings()) {
            if (RowRole.TOTAL.key().equals(row.role())) {
                DisclosureCell cell = table.cellAt(row.row(), column);
                return cell != null && cell.hasValue() && cell.column() == column ? cell : null;
            }
        }
        return null;
    }

    /** A unit's scale to 元; 1 for a unit that is not a currency (its figures are compared as they stand). */
    static java.math.BigDecimal scaleToYuan(String unit) {
        java.math.BigDecimal scale = org.disclosure.pipeline.figure.MoneyUnits.scaleToYuan(unit);
        return scale == null ? java.math.BigDecimal.ONE : scale;
    }

    static CheckRef ref(DisclosureTable table, DisclosureCell cell) {
        // An untitled table is named by its id, so every ref says which table it means.
        String title = table.title() != null ? table.title() : table.id();
        RowMeaning meaning = table.rowMeanings().stream().filter(m -> m.row() == cell.row()).findFirst().orElse(null);
        String header = cell.column() < table.columns().size() ? table.columns().get(cell.column()) : null;
        return new CheckRef(title, table.id(), cell.row(), cell.column(), rowLabel(table, cell.row()), cell.page(),
                cell.bbox(), cell.text(), meaning == null ? null : meaning.name(), meaning == null ? null : meaning.code(),
                header == null || header.isBlank() ? null : header);
    }

    static CheckRef ref(NarrativeFigure figure) {
        return new CheckRef(null, null, null, null, null, figure.page(), figure.boxes().get(0), figure.text());
    }

    /** The row's subject code, or else its name: how a reader finds the row. */
    static String rowLabel(DisclosureTable table, int row) {
        for (RowMeaning meaning : table.rowMeanings()) {
            if (meaning.row() == row) {
                return meaning.code() != null ? meaning.code() : meaning.name();
            }
        }
        return null;
    }

    /** How a finding names a row: 「its code or name」行, or 第n行. */
    static String rowName(DisclosureTable table, int row) {
        String label = rowLabel(table, row);
        return label == null ? "第" + (row + 1) + "行" : "「" + label + "」行";
    }

    static String name(DisclosureTable table) {
        return table.title() == null ? "表 " + table.id() : "《" + table.title() + "》";
    }
}
