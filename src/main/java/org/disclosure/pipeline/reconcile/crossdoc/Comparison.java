package org.disclosure.pipeline.reconcile.crossdoc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.figure.MoneyUnits;
import org.disclosure.pipeline.reconcile.Amounts;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;

/**
 * A figure printed in one document against what other documents imply for it (one figure, or the sum
 * of several), each converted to the printed figure's unit of money. Equal once rounded as printed
 * passes; within the half-units the figures' last digits allow warns, with that bound; more fails,
 * unless our reading of either side is in doubt (unverified).
 */
final class Comparison {

    private static final MathContext PRECISION = new MathContext(24);

    private Comparison() {
    }

    /** A part of the expected value: a figure of another (or this) document. */
    record Part(Side side, TableFigure figure) {
    }

    /** The value of {@code figure} in {@code unit}, or null when the two units cannot be converted. */
    static BigDecimal convert(BigDecimal value, String from, String to) {
        if (from == null && to == null || from != null && from.equals(to)) {
            return value;
        }
        BigDecimal a = from == null ? null : MoneyUnits.scaleToYuan(from);
        BigDecimal b = to == null ? null : MoneyUnits.scaleToYuan(to);
        if (a == null || b == null) {
            return null;
        }
        return value.multiply(a).divide(b, PRECISION);
    }

    private static BigDecimal halfUnit(BigDecimal figure) {
        return BigDecimal.ONE.movePointLeft(Math.max(figure.scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    /**
     * The check, or null when a part's unit cannot be converted to the printed one.
     *
     * @param said    what is compared, in words (本文件…「上年预算数」印为 X, 而…), completed here with the outcome
     * @param assumed why a difference would not prove an error (an assumed pairing), or null
     */
    static Check judge(String rule, Side printedSide, TableFigure printed, List<Part> parts, String said, String assumed) {
        String unit = printed.moneyUnit();
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal bound = halfUnit(printed.value());
        List<CheckRef> refs = new ArrayList<>(List.of(printedSide.ref(printed)));
        List<String> doubts = new ArrayList<>();
        if (printed.doubt() != null) {
            doubts.add(printedSide.words() + ": " + printed.doubt());
        }
        for (Part part : parts) {
            BigDecimal value = convert(part.figure().value(), part.figure().moneyUnit(), unit);
            BigDecimal half = convert(halfUnit(part.figure().value()), part.figure().moneyUnit(), unit);
            if (value == null) {
                return null;
            }
            expected = expected.add(value);
            bound = bound.add(half);
            refs.add(part.side().ref(part.figure()));
            if (part.figure().doubt() != null) {
                doubts.add(part.side().words() + ": " + part.figure().doubt());
            }
        }
        expected = expected.stripTrailingZeros();
        if (expected.scale() < printed.value().scale()) {
            expected = expected.setScale(printed.value().scale(), RoundingMode.UNNECESSARY);
        }
        BigDecimal difference = printed.value().subtract(expected);
        boolean asPrinted = expected.setScale(Math.max(printed.value().scale(), 0), RoundingMode.HALF_UP)
                .compareTo(printed.value()) == 0;
        CheckStatus status = difference.signum() == 0 || asPrinted ? CheckStatus.PASS
                : difference.abs().compareTo(bound) <= 0 ? CheckStatus.WARN : CheckStatus.FAIL;
        String outcome = switch (status) {
            case PASS -> ", 相符";
            case WARN -> ", 相差 " + Amounts.format(difference, unit) + ", 在各数四舍五入可致的 ±"
                    + Amounts.format(bound.stripTrailingZeros(), unit) + " 以内";
            default -> ", 相差 " + Amounts.format(difference, unit);
        };
        String computedAs = parts.size() == 1 ? null : parts.stream()
                .map(p -> p.side().words() + " " + Amounts.format(p.figure().value(), p.figure().moneyUnit()))
                .reduce((a, b) -> a + " + " + b).orElse(null);
        String expectedText = parts.size() == 1 ? Amounts.format(parts.get(0).figure().value(), parts.get(0).figure().moneyUnit()) : null;
        Check check = new Check(rule, status, said + outcome, expected, printed.value(), difference, refs, unit,
                printed.text(), expectedText, computedAs);
        if (status == CheckStatus.FAIL && !doubts.isEmpty()) {
            return check.unverified(String.join("; ", doubts));
        }
        if (status == CheckStatus.FAIL && assumed != null) {
            return check.unverified(assumed);
        }
        return check;
    }
}
