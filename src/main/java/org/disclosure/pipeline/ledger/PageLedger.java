package org.disclosure.pipeline.ledger;

import java.util.List;

/**
 * How every number printed on one page was accounted for.
 *
 * @param page        1-based page number
 * @param numbers     numbers printed on the page
 * @param table       read as table cells
 * @param narrative   read as figures of the running text, or numbers inside its sentences
 * @param furniture   page numbers, dates, labels, codes, contents references, numbering
 * @param unaccounted the numbers none of these account for, each with its place
 * @param unreadGlyphs glyphs whose font maps them to private-use code points that neither their glyph
 *                     names nor the number around them could recover: printed, but not read
 */
public record PageLedger(int page, int numbers, int table, int narrative, int furniture,
                         List<UnaccountedNumber> unaccounted, int unreadGlyphs) {

    public int accounted() {
        return table + narrative + furniture;
    }
}
