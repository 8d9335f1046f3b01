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
        int scale = printed.scale();
        for (BigDecimal part : parts) {
            scale = Math.max(scale, part.scale());
        }
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(scale, 0)).divide(BigDecimal.valueOf(2));
        BigDecimal allowed = halfUnit.multiply(BigDecimal.valueOf(parts.size() + 1L));
        return difference.abs().compareTo(allowed) <= 0 ? CheckStatus.WARN : CheckStatus.FAIL;
    }
}
