package org.disclosure.pipeline.reconcile;

import java.util.List;

/**
 * A place a check looked at: a table cell (table title and id, grid row and column, the row's
 * subject code or label, page and box), or a figure of the narrative (page and box, no table).
 */
public record CheckRef(String table, String tableId, Integer row, Integer column, String rowLabel, int page,
                       List<Double> bbox, String text) {
}
