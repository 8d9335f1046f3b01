package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Tells a rounding difference from a real one. Each printed figure may be off by half a unit of
 * its last printed digit, so a sum of n figures may drift from its printed total by up to
 * (n + 1) half-units; anything more is a real difference.
 */
final class Tolerance {

    private Tolerance() {
    }

    static CheckStatus judge(BigDecimal printed, BigDecimal expected, Collection<BigDecimal> parts) {
        BigDecimal difference = printed.subtract(expected);
        if (difference.signum() == 0) {
            return CheckStatus.PASS;
        }
        return difference.abs().compareTo(bound(printed, parts)) <= 0 ? CheckStatus.WARN : CheckStatus.FAIL;
    }

    /** The largest difference rounding can explain: half a unit of the finest printed digit per figure. */
    static BigDecimal bound(BigDecimal printed, Collection<BigDecimal> parts) {
        int scale = printed.scale();
        for (BigDecimal part : parts) {
            scale = Math.max(scale, part.scale());
        }
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(scale, 0)).divide(BigDecimal.valueOf(2));
        return halfUnit.multiply(BigDecimal.valueOf(parts.size() + 1L));
    }

    /** How a difference reads in a finding: the amount and, for a warning, the bound it stays within. */
    static String difference(CheckStatus status, BigDecimal printed, BigDecimal expected, Collection<BigDecimal> parts,
                             String unit) {
        String text = "相差 " + Amounts.format(printed.subtract(expected), unit);
        return status == CheckStatus.WARN
                ? text + ", 在各数四舍五入可致的 ±" + Amounts.format(bound(printed, parts), unit) + " 以内"
                : text;
    }
}
