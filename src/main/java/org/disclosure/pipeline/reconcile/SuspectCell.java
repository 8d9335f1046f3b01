package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;

import org.disclosure.pipeline.pdf.Box;

/**
 * A cell on a page read by OCR whose misreading would explain a sum that does not hold: had it been
 * read as {@code implied}, the check would pass. Only flagged, never changed.
 *
 * @param rule       the id of the sum check it breaks
 * @param bbox       [x0, top, x1, bottom] in points on the page
 * @param read       the cell's text as read
 * @param implied    the value the sum implies for it, formatted as the read text is
 * @param confidence the engine's confidence for it when it was read below the threshold (uncertain);
 *                   null when at or above it (the engine's confidence for such words is not kept)
 * @param why        which misreading would turn the implied value into the read one
 */
public record SuspectCell(String rule, int page, Box bbox, String table, String tableId, Integer row,
                          Integer column, String rowLabel, String read, String implied, BigDecimal impliedValue,
                          Double confidence, String why) {
}
