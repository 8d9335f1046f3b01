package org.disclosure.pipeline.reconcile;

import org.disclosure.pipeline.pdf.Box;

/**
 * A place a check looked at: a table cell (table title and id, grid row and column, the row's
 * subject code or label, page and box), or a figure of the narrative (page and box, no table).
 *
 * @param rowLabel     how a reader finds the row: its subject code, or else its name
 * @param rowName      the row's name as printed, when the ref is a table cell
 * @param code         the row's subject code, when it has one
 * @param columnHeader the column's header path as printed (支出预算 / 基本支出), when the ref is a cell
 * @param document     the archived document the place is in (its archive folder's name), for a check
 *                     across documents; null for a place in the checked document itself
 */
public record CheckRef(String table, String tableId, Integer row, Integer column, String rowLabel, int page,
                       Box bbox, String text, String rowName, String code, String columnHeader,
                       String document) {

    /** A place in the checked document itself. */
    public CheckRef(String table, String tableId, Integer row, Integer column, String rowLabel, int page,
                    Box bbox, String text, String rowName, String code, String columnHeader) {
        this(table, tableId, row, column, rowLabel, page, bbox, text, rowName, code, columnHeader, null);
    }

    /** A place that is not a table cell, or a cell described by its label alone. */
    public CheckRef(String table, String tableId, Integer row, Integer column, String rowLabel, int page,
                    Box bbox, String text) {
        this(table, tableId, row, column, rowLabel, page, bbox, text, null, null, null, null);
    }

    /** True for a place in another archived document: its page and box are not this document's. */
    public boolean elsewhere() {
        return document != null;
    }
}
