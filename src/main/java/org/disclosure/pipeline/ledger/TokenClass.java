package org.disclosure.pipeline.ledger;

import java.util.Locale;

/** What a number printed on a page turned out to be. */
public enum TokenClass {
    /** A cell of a table the extraction read. */
    TABLE,
    /** A figure of the running text, or a number inside a sentence. */
    NARRATIVE,
    /** Page numbers, dates, table labels, subject codes in headings, 目录 page references, numbering. */
    FURNITURE,
    /** None of the above: a number on the page the extraction did not read into anything. */
    UNACCOUNTED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
