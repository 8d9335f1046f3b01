package org.disclosure.pipeline.reconcile;

/** A cell a check looked at: the table's title, the cell's grid row and column, and its page. */
public record CheckRef(String table, String tableId, int row, int column, int page) {
}
