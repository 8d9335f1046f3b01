package org.disclosure.pipeline.table;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;

/** A table region found on one page, before context and cross-page stitching. */
record PageTable(int page, Box box, int columnCount, List<Double> columnEdges, List<List<Cell>> rows,
                 boolean ruled, int glyphs, int strayGlyphs) {
}
