package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Figures a page prints that no extracted table holds: amounts with decimals or thousands
 * separators (years, page numbers and codes have neither). Where a table should be, they mean our
 * extraction missed it, so a finding of absence there is our doubt, not the document's fault.
 */
final class UnreadFigures {

    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d{1,2})(?![\\d.])");
    /** Fewer than this may be a figure in a note or a heading. */
    private static final int SOME = 3;

    private UnreadFigures() {
    }

    /** Whether the page prints some non-zero amounts that no table of the document was read to hold. */
    static boolean on(DisclosureDocument document, int pageNumber) {
        DisclosurePage page = document.pages().stream().filter(p -> p.number() == pageNumber).findFirst().orElse(null);
        if (page == null) {
            return false;
        }
        if (!page.hasTextLayer()) {
            return true;
        }
        Set<String> read = new HashSet<>();
        for (DisclosureTable table : document.tables()) {
            if (table.pages().contains(pageNumber)) {
                table.rows().stream().flatMap(List::stream).map(DisclosureCell::text).filter(t -> t != null)
                        .forEach(t -> read.add(TextNormalizer.withoutSpaces(t)));
            }
        }
        int unread = 0;
        Matcher m = AMOUNT.matcher(page.text());
        while (m.find()) {
            String digits = m.group();
            if (!read.contains(digits) && new BigDecimal(digits.replace(",", "")).signum() != 0) {
                unread++;
            }
        }
        return unread >= SOME;
    }
}
