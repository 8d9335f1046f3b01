package org.disclosure.pipeline.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure printed in a table of an archived document, where it stands and what it means.
 *
 * @param row          the table's grid row (header rows included), as in document.json
 * @param value        exact, in {@code moneyUnit} (the table's unit, e.g. 万元), or a percentage when {@code percent}
 * @param box          [x0, top, x1, bottom] on the page, points from the top-left corner
 */
public record IndexedFigure(String document, String folder, String unit, Integer year, String kind, String tableId,
                            String tableTitle, int row, int column, String rowCode, String rowLabel,
                            String columnMeaning, String columnHeader, BigDecimal value, String moneyUnit,
                            boolean percent, int page, List<Double> box) {
}
