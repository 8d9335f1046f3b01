package org.disclosure.pipeline.table;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageModel;

/**
 * One way of finding tables on a page (from its rulings, from the alignment of its text, later
 * from OCR): {@link TableExtractor} asks each in turn, telling each where earlier ones already
 * found a table, so that a new algorithm is a new class.
 */
interface ExtractionAlgorithm {

    /**
     * @param page  the page's text and rulings
     * @param taken where tables found by the algorithms asked before lie: this one looks elsewhere
     */
    List<PageTable> tablesOn(PageModel page, List<Box> taken);
}
