package org.disclosure.pipeline.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Every number printed in the document, accounted for page by page: a page whose table was missed
 * shows as unaccounted numbers instead of looking clean.
 *
 * @param numbers  numbers printed on pages with a text layer
 * @param accounted how many of them are table cells, narrative figures or furniture
 * @param coverage accounted over numbers (1 when there are none), to four places
 * @param pages    one entry per page with a text layer
 */
public record FigureLedger(int numbers, int accounted, BigDecimal coverage, List<PageLedger> pages) {

    public static FigureLedger of(List<PageLedger> pages) {
        int numbers = pages.stream().mapToInt(PageLedger::numbers).sum();
        int accounted = pages.stream().mapToInt(PageLedger::accounted).sum();
        BigDecimal coverage = numbers == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(accounted).divide(BigDecimal.valueOf(numbers), 4, RoundingMode.FLOOR);
        return new FigureLedger(numbers, accounted, coverage, pages);
    }

    /** The numbers of page {@code page} nothing accounts for; empty when all are, or the page is unknown. */
    public List<UnaccountedNumber> unaccountedOn(int page) {
        return pages.stream().filter(p -> p.page() == page).findFirst()
                .map(PageLedger::unaccounted).orElse(List.of());
    }

    public int unaccounted() {
        return numbers - accounted;
    }
}
