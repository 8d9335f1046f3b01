package org.disclosure.pipeline.reconcile;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/** Small lookups over a table's cells that several rules share. */
final class TableCells {

    private TableCells() {
    }

    static String label(DisclosureCell cell) {
        return cell.text().replaceAll("\\s+", "");
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

    static CheckRef ref(DisclosureTable table, DisclosureCell cell) {
        // An untitled table is named by its id, so every ref says which table it means.
        String title = table.title() != null ? table.title() : table.id();
        return new CheckRef(title, table.id(), cell.row(), cell.column(), cell.page());
    }

    static String name(DisclosureTable table) {
        return table.title() == null ? "表 " + table.id() : "《" + table.title() + "》";
    }
}
