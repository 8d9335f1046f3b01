package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One check of the document against itself.
 *
 * @param rule         stable rule id
 * @param status       pass, warn (differs within rounding) or fail
 * @param message      what was compared, in words a reviewer understands
 * @param expected     the value the other figures imply, when the check compares figures
 * @param printed      the value printed in the document
 * @param difference   printed minus expected
 * @param refs         every cell involved
 * @param unit         the unit expected, printed and difference are in (万元, 元, %), as the table or the
 *                     text declares it; null when it declares none
 * @param printedText  the printed figure as the page prints it (a cell's text, a sentence's figure)
 * @param expectedText the expected figure as the page prints it, when it is printed elsewhere (the
 *                     other side of a balance, another table's total); null when it was computed
 * @param computedAs   how the expected value was computed (the sum of which rows), when it was
 * @param doubt        why the check is unverified: what in our own reading of the page keeps it from
 *                     passing or failing; null for the other statuses
 */
public record Check(String rule, CheckStatus status, String message, BigDecimal expected, BigDecimal printed,
                    BigDecimal difference, List<CheckRef> refs, String unit, String printedText,
                    String expectedText, String computedAs, String doubt) {

    public Check(String rule, CheckStatus status, String message, BigDecimal expected, BigDecimal printed,
                 BigDecimal difference, List<CheckRef> refs, String unit, String printedText,
                 String expectedText, String computedAs) {
        this(rule, status, message, expected, printed, difference, refs, unit, printedText, expectedText, computedAs,
                null);
    }

    /** A check that compares no figures, or whose figures are described by its message alone. */
    public Check(String rule, CheckStatus status, String message, BigDecimal expected, BigDecimal printed,
                 BigDecimal difference, List<CheckRef> refs) {
        this(rule, status, message, expected, printed, difference, refs, null, null, null, null);
    }

    /** Expected computed from other figures ({@code computedAs}), against a figure printed as {@code printedText}. */
    static Check computed(String rule, CheckStatus status, String message, BigDecimal expected, BigDecimal printed,
                          List<CheckRef> refs, String unit, String printedText, String computedAs) {
        return new Check(rule, status, message, expected, printed, printed.subtract(expected), refs, unit, printedText,
                null, computedAs);
    }

    /** Two printed figures that should agree: {@code expectedText} printed in one place, {@code printedText} in another. */
    static Check printedTwice(String rule, CheckStatus status, String message, BigDecimal expected, BigDecimal printed,
                              List<CheckRef> refs, String unit, String printedText, String expectedText) {
        return new Check(rule, status, message, expected, printed, printed.subtract(expected), refs, unit, printedText,
                expectedText, null);
    }

    /** This check, unverified because of {@code why}: our reading, not the document, is in doubt. */
    public Check unverified(String why) {
        return new Check(rule, CheckStatus.UNVERIFIED, message, expected, printed, difference, refs, unit, printedText,
                expectedText, computedAs, why);
    }
}
