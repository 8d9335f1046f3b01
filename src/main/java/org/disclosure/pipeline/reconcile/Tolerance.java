package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;

/**
 * Tells a rounding difference from a real one. Each printed figure may be off by half a unit of its
 * own last printed digit, so a sum may drift from its printed total by up to the sum of those
 * half-units (a total printed in whole 元 over parts in fen, 合计 22,118,861, may be off by half a
 * 元); anything more is a real difference. See {@link #weighed} for whole numbers among decimals.
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

    /** The largest difference rounding can explain: half a unit of each figure's own last printed digit. */
    static BigDecimal bound(BigDecimal printed, Collection<BigDecimal> parts) {
        BigDecimal bound = halfUnit(printed);
        for (BigDecimal part : parts) {
            bound = bound.add(halfUnit(part));
        }
        return bound;
    }

    private static BigDecimal halfUnit(BigDecimal figure) {
        return BigDecimal.ONE.movePointLeft(Math.max(figure.scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    /**
     * The cells' figures as rounding weighs them. A whole number printed without thousands
     * separators (157 beside 1346.16) is a spreadsheet's General format, which drops only zero
     * decimals: it is exact to its neighbours' decimals. One printed with separators (22,118,861)
     * was rounded by its number format and weighs as printed.
     */
    static List<BigDecimal> weighed(Collection<DisclosureCell> cells) {
        int finest = cells.stream().mapToInt(c -> Math.max(c.value().scale(), 0)).max().orElse(0);
        return cells.stream().map(c -> c.value().scale() == 0 && !GROUPED.matcher(c.text()).find()
                ? c.value().setScale(finest) : c.value()).toList();
    }

    private static final Pattern GROUPED = Pattern.compile("\\d\\s*[,，]\\s*\\d");

    /** How a difference reads in a finding: the amount and, for a warning, the bound it stays within. */
    static String difference(CheckStatus status, BigDecimal printed, BigDecimal expected, Collection<BigDecimal> parts,
                             String unit) {
        String text = "相差 " + Amounts.format(printed.subtract(expected), unit);
        return status == CheckStatus.WARN
                ? text + ", 在各数四舍五入可致的 ±" + Amounts.format(bound(printed, parts).stripTrailingZeros(), unit) + " 以内"
                : text;
    }
}
