package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

/** document.json's {@code ledger}: how every number printed on a text page was accounted for. */
public record LedgerJson(int numbers, int accounted, BigDecimal coverage, List<Page> pages) {

    /** One page's account. */
    public record Page(int page, int numbers, int table, int narrative, int furniture, List<Unaccounted> unaccounted,
                       int unreadGlyphs) {
    }

    /** A number nothing accounts for, with its line and box. */
    public record Unaccounted(String text, String line, List<Double> bbox) {
    }
}
