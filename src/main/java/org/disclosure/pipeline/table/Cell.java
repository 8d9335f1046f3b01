package org.disclosure.pipeline.table;

import org.disclosure.pipeline.pdf.Box;

/**
 * One cell of a table as printed. Row and column are grid positions of its top-left corner;
 * a merged cell spans more than one grid position.
 *
 * @param text the cell's text, its lines joined
 * @param page the 1-based page the cell is printed on
 * @param box  where it is printed, in page space (origin top-left, points)
 */
public record Cell(int row, int column, int rowSpan, int colSpan, String text, int page, Box box) {

    public boolean isEmpty() {
        return text.isBlank();
    }

    Cell moved(int newRow, int newColumn, int newColSpan) {
        return new Cell(newRow, newColumn, rowSpan, newColSpan, text, page, box);
    }
}
