package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * A rate a table prints (a share, a growth) held against the rate its row's amounts give: the same
 * when it is that rate rounded; a rounding matter when it is that rate cut rather than rounded (some
 * producers cut: 9.3960 printed 9.39) or within what rounding the amounts allows; else different.
 */
final class PrintedRates {

    private PrintedRates() {
    }

    static CheckStatus judge(BigDecimal shown, BigDecimal exact, BigDecimal bound) {
        int scale = Math.max(shown.scale(), 0);
        if (shown.compareTo(exact.setScale(scale, RoundingMode.HALF_UP)) == 0
                || shown.compareTo(exact.setScale(scale, RoundingMode.HALF_EVEN)) == 0) {
            return CheckStatus.PASS;
        }
        boolean cut = shown.compareTo(exact.setScale(scale, RoundingMode.DOWN)) == 0;
        return cut || shown.subtract(exact).abs().compareTo(bound) <= 0 ? CheckStatus.WARN : CheckStatus.FAIL;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * How far rounding can move a printed rate of numerator over denominator (× 100): half a unit
     * of the rate's own last digit, and what a whole unit of each amount's last digit does to the
     * quotient (a whole unit, since some producers cut their amounts rather than round them).
     */
    static BigDecimal quotientBound(BigDecimal rate, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal d = denominator.abs();
        BigDecimal fromNumerator = unit(numerator).divide(d, MathContext.DECIMAL64);
        BigDecimal fromDenominator = numerator.abs().multiply(unit(denominator)).divide(d.multiply(d), MathContext.DECIMAL64);
        return unit(rate).divide(BigDecimal.valueOf(2)).add(fromNumerator.add(fromDenominator).multiply(HUNDRED));
    }

    /** A unit of the figure's last printed digit. */
    static BigDecimal unit(BigDecimal figure) {
        return BigDecimal.ONE.movePointLeft(Math.max(figure.scale(), 0));
    }

    /**
     * The check of one printed rate.
     *
     * @param how   how the rate follows from the amounts, as a reader would redo it
     * @param bound how far rounding of the printed figures can move the rate
     */
    static Check check(String rule, DisclosureTable table, int row, int rateColumn, DisclosureCell printed,
                       List<DisclosureCell> amounts, BigDecimal exact, BigDecimal bound, String how) {
        BigDecimal shown = printed.value();
        CheckStatus status = judge(shown, exact, bound);
        BigDecimal expected = exact.setScale(Math.max(shown.scale(), 0), RoundingMode.HALF_UP);
        String where = TableCells.name(table) + " " + TableCells.rowName(table, row) + " " + table.columns().get(rateColumn);
        String message = status == CheckStatus.PASS
                ? where + " 「" + printed.text() + "」 = " + how
                : where + " 印为 「" + printed.text() + "」, 按 " + how + " 计算为 " + Amounts.format(expected, "%")
                + (status == CheckStatus.WARN ? ", 仅差舍入" : ", 相差 " + Amounts.format(shown.subtract(expected), null) + " 个百分点");
        List<CheckRef> refs = new java.util.ArrayList<>();
        refs.add(TableCells.ref(table, printed));
        amounts.forEach(cell -> refs.add(TableCells.ref(table, cell)));
        return Check.computed(rule, status, message, expected, shown, refs, "%", printed.text(), how);
    }
}
