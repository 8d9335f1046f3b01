package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;

import org.disclosure.pipeline.pdf.Box;

/**
 * A table cell with its meaning: the text as printed, and either the figure it states (in the
 * table's own unit) or the subject code it names. Codes are identifiers and never have a value.
 *
 * @param value   the exact figure, or null when the cell states none
 * @param percent true when the figure was printed as a percentage
 * @param figure  a figure with its own unit or comparator (≥2138人), or null; such a cell has no value
 * @param code    the subject code (201, 03, 2010301, 30101), or null
 * @param bbox    [x0, top, x1, bottom] on the page, in points from the top-left corner
 */
public record DisclosureCell(String text, BigDecimal value, Boolean percent, CellFigure figure, String code, int page,
                             Box bbox, int row, int column, int rowSpan, int colSpan) {

    public boolean hasValue() {
        return value != null;
    }
}
