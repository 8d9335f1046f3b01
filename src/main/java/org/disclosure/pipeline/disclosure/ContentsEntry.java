package org.disclosure.pipeline.disclosure;

/**
 * A table the 目录 (table of contents) lists: the document's own promise of what it publishes.
 *
 * @param line        the 目录 line as printed, leaders and page number removed, wrapped lines joined
 * @param title       the table's title, without its numbering
 * @param page        the page of the 目录 that lists it
 * @param printedPage the page number the 目录 gives for it, or null when it gives none
 */
public record ContentsEntry(String line, String title, int page, Integer printedPage) {
}
