package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One check as document.json (and cross-checks.json) spells it: the status is its word (pass, warn,
 * fail, unverified); see reconcile/Check for what each field means.
 */
public record CheckJson(String rule, String status, String message, BigDecimal expected, BigDecimal printed,
                        BigDecimal difference, List<CheckRefJson> refs, String unit, String printedText,
                        String expectedText, String computedAs, String doubt) {
}
