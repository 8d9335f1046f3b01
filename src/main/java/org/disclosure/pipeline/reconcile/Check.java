package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One check of the document against itself.
 *
 * @param rule       stable rule id
 * @param status     pass, warn (differs within rounding) or fail
 * @param message    what was compared, in words a reviewer understands
 * @param expected   the value the other figures imply, when the check compares figures
 * @param printed    the value printed in the document
 * @param difference printed minus expected
 * @param refs       every cell involved
 */
public record Check(String rule, CheckStatus status, String message, BigDecimal expected, BigDecimal printed,
                    BigDecimal difference, List<CheckRef> refs) {
}
