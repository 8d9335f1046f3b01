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
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Figures a page prints that no extracted table and no sentence of the narrative holds: amounts with
 * decimals or thousands separators (years, page numbers and codes have neither). Where a table should be, they mean our
 * extraction missed it, so a finding of absence there is our doubt, not the document's fault.
 */
final class UnreadFigures {

    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d{1,2})(?![\\d.])");
    private static final String FIGURE_CHARS = "0123456789.,";
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
        // the narrative's own amounts are read, as sentences: a 情况说明 page is no table we missed
        for (NarrativeFigure figure : document.figures()) {
            if (figure.page() == pageNumber) {
                Matcher amount = AMOUNT.matcher(TextNormalizer.withoutSpaces(figure.text()));
                while (amount.find()) {
                    read.add(amount.group());
                }
            }
        }
        int unread = 0;
        String text = page.text();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String digits = m.group();
            if (!read.contains(digits) && !read.contains(wrapped(text, m.start(), m.end()))
                    && new BigDecimal(digits.replace(",", "")).signum() != 0) {
                unread++;
            }
        }
        return unread >= SOME;
    }

    /**
     * The figure a line break cut in two, whole: a sentence's "4,123,600.0" at a line's end and "0元"
     * on the next read as one figure of the narrative; the part on this line alone is no unread figure.
     */
    private static String wrapped(String text, int start, int end) {
        int before = start;
        for (boolean crossed = false; before > 0; before--) {
            char c = text.charAt(before - 1);
            if (c == '\n' && !crossed && before > 1 && FIGURE_CHARS.indexOf(text.charAt(before - 2)) >= 0) {
                crossed = true;
            } else if (FIGURE_CHARS.indexOf(c) < 0) {
                break;
            }
        }
        int after = end;
        for (boolean crossed = false; after < text.length(); after++) {
            char c = text.charAt(after);
            if (c == '\n' && !crossed && after + 1 < text.length() && FIGURE_CHARS.indexOf(text.charAt(after + 1)) >= 0) {
                crossed = true;
            } else if (FIGURE_CHARS.indexOf(c) < 0) {
                break;
            }
        }
        return text.substring(before, after).replace("\n", "");
    }
}
