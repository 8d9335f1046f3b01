package org.disclosure.pipeline.table;

import java.util.List;

/**
 * A table found in the document: its context as printed above it, and its rows of cells.
 *
 * @param title       the title printed above it, numbering such as 表一: removed; null if none
 * @param unit        the declared unit (元, 万元 ...) from a 单位: line; null if none
 * @param preparedBy  the 编制部门 (or 编制单位) line's value; null if none
 * @param pages       the pages it is printed on, in order
 * @param columnCount grid columns
 * @param rows        every row as printed, header rows included; each row lists the cells whose
 *                    top-left corner lies in it, left to right
 * @param quality     whether it was ruled, and how cleanly its text fell into cells
 * @param untitledReason why it has no title (nothing printed above it, or what is there is not one);
 *                    null when it has one
 */
public record Table(String title, String unit, String preparedBy, List<Integer> pages, int columnCount,
                    List<List<Cell>> rows, TableQuality quality, String untitledReason) {

    /** A table whose title, if it has none, is not explained. */
    public Table(String title, String unit, String preparedBy, List<Integer> pages, int columnCount,
                 List<List<Cell>> rows, TableQuality quality) {
        this(title, unit, preparedBy, pages, columnCount, rows, quality, null);
    }
}
