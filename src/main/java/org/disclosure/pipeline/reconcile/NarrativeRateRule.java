package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.FigureKind;

/**
 * A change and its rate must agree: "1346.16万元, 比上年增加96.54万元, 增长7.73%" says last year was
 * 1249.62, so the rate is 96.54 / 1249.62 = 7.73%. Rounding of the printed figures is allowed for.
 */
final class NarrativeRateRule implements Rule {

    static final String ID = "narrative.change-rate";
    private static final MathContext PRECISION = new MathContext(20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * 。与2023年度相比，<the item again> (or 与上年相比): a sentence that goes on about the amount the one
     * before it gave; 各/均 after the item says it is said of each of two (收、支总计各增加…).
     */
    private static final Pattern RESTATED = Pattern.compile(
            "。(?:与|和|同|较)(?:上年度?|(?:19|20)\\d{2}年度?)(?:相比|比较)?[，,]\\s*([\\p{IsHan}、]{2,16}?)[各均]?$");
    /**
     * 收、支总计 / 收支预算总计: income and expenditure named together, then the total both are. Only 总计, which
     * the two sides share; their 合计 differ by what is carried over, so a rate said of both is not one figure's.
     */
    private static final Pattern JOINT_TOTAL = Pattern.compile("收[、和与及]?支(\\p{IsHan}{0,4}?总计)");
    /** What may stand between a total's name and its amount: 总计均为780.79万元, 总计为…. */
    private static final Pattern BEFORE_AMOUNT = Pattern.compile("(?:均|各)?(?:为|是)?$");

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        List<NarrativeFigure> figures = document.figures();
        for (int i = 1; i + 1 < figures.size(); i++) {
            NarrativeFigure change = figures.get(i);
            NarrativeFigure rate = figures.get(i + 1);
            if (!isMoneyChange(change) || !rate.is(FigureKind.CHANGE) || !"%".equals(rate.unit())
                    || rate.page() != change.page() || !rate.context().contains(change.text().strip())) {
                continue;
            }
            NarrativeFigure current = currentAmount(figures, i);
            if (current == null || ComparisonRule.comparedWith(current)) {
                continue; // 比预算数500万元减少70万元: the amount is the base, and narrative.comparison checks the change from it
            }
            BigDecimal previous = current.value().subtract(change.value());
            if (previous.signum() <= 0) {
                continue; // nothing last year: no rate to check
            }
            BigDecimal exact = change.value().divide(previous, PRECISION).multiply(HUNDRED);
            BigDecimal rounded = exact.setScale(Math.max(rate.value().scale(), 0), RoundingMode.HALF_UP);
            CheckStatus status;
            if (rounded.compareTo(rate.value()) == 0) {
                status = CheckStatus.PASS;
            } else {
                status = withinRounding(current.value(), change.value(), rate.value()) ? CheckStatus.WARN : CheckStatus.FAIL;
            }
            String message = status == CheckStatus.PASS
                    ? "「" + current.text() + "」" + change.text() + " 即上年 " + Amounts.format(previous, current.unit()) + ", " + rate.text() + " 与之相符"
                    : "「" + current.text() + "」" + change.text() + " 即上年 " + Amounts.format(previous, current.unit()) + ", 应" + (exact.signum() < 0 ? "下降 " : "增长 ")
                    + Amounts.format(rounded.abs(), "%") + ", 文中写 " + rate.text()
                    + (status == CheckStatus.WARN ? " (在舍入范围内)" : "");
            checks.add(Check.computed(ID, status, message, rounded, rate.value(),
                    List.of(TableCells.ref(rate), TableCells.ref(change), TableCells.ref(current)), "%", rate.text(),
                    change.text().strip() + " ÷ 上年 last year's " + Amounts.format(previous, current.unit())
                    + ", 按文中位数取整 rounded as the text prints"));
        }
        return checks;
    }

    private static boolean isMoneyChange(NarrativeFigure figure) {
        return figure.is(FigureKind.CHANGE) && figure.unit() != null && figure.unit().endsWith("元");
    }

    /** The amount the change is of: the nearest amount before it in the same sentence, in the same unit. */
    private static NarrativeFigure currentAmount(List<NarrativeFigure> figures, int changeIndex) {
        NarrativeFigure change = figures.get(changeIndex);
        for (int j = changeIndex - 1; j >= Math.max(0, changeIndex - 3); j--) {
            NarrativeFigure candidate = figures.get(j);
            if (candidate.is(FigureKind.AMOUNT) && change.unit().equals(candidate.unit())
                    && candidate.page() == change.page() && (sameSentence(change.context(), candidate.text(), change.text())
                    || restatedNext(change.context(), candidate.text(), change.text()))) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether the earlier text stands before the later one in its context with no sentence end between them. */
    static boolean sameSentence(String context, String earlier, String later) {
        int[] at = places(context, earlier, later);
        if (at == null) {
            return false;
        }
        String between = context.substring(at[0], at[1]);
        return between.indexOf('。') < 0 && between.indexOf('；') < 0 && between.indexOf(';') < 0;
    }

    /** Where the later text first stands in the context, and the earlier one last before it; null when either is missing. */
    private static int[] places(String context, String earlier, String later) {
        int end = context.indexOf(later.strip());
        int start = end < 0 ? -1 : context.lastIndexOf(earlier.strip(), end);
        return start < 0 ? null : new int[] {start, end};
    }

    /**
     * 收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元: the change's sentence opens by
     * comparing with another year and names again the very item the amount just before it is of. When
     * both totals are named at once (收入、支出决算总计均为780.79万元。与上年相比，收、支总计各增加…) the
     * item is the kind of total the amount before it is ("决算总计", "总计"), income and expenditure being
     * one amount in a balanced overview.
     */
    static boolean restatedNext(String context, String earlier, String later) {
        int[] at = places(context, earlier, later);
        if (at == null) {
            return false;
        }
        Matcher between = RESTATED.matcher(context.substring(at[0] + earlier.strip().length(), at[1]));
        if (!between.matches()) {
            return false;
        }
        String before = BEFORE_AMOUNT.matcher(context.substring(0, at[0])).replaceFirst("");
        String item = between.group(1);
        Matcher joint = JOINT_TOTAL.matcher(item);
        return before.endsWith(item) || joint.matches() && before.endsWith(joint.group(1));
    }

    /** Whether some values the printed ones could be rounded from give the printed rate. */
    private static boolean withinRounding(BigDecimal current, BigDecimal change, BigDecimal rate) {
        BigDecimal hc = halfUnit(current);
        BigDecimal hd = halfUnit(change);
        BigDecimal hr = halfUnit(rate);
        BigDecimal low = null;
        BigDecimal high = null;
        for (BigDecimal c : List.of(current.subtract(hc), current.add(hc))) {
            for (BigDecimal d : List.of(change.subtract(hd), change.add(hd))) {
                BigDecimal previous = c.subtract(d);
                if (previous.signum() <= 0) {
                    continue;
                }
                BigDecimal r = d.divide(previous, PRECISION).multiply(HUNDRED);
                low = low == null || r.compareTo(low) < 0 ? r : low;
                high = high == null || r.compareTo(high) > 0 ? r : high;
            }
        }
        return low != null && rate.compareTo(low.subtract(hr)) >= 0 && rate.compareTo(high.add(hr)) <= 0;
    }

    private static BigDecimal halfUnit(BigDecimal value) {
        return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
    }
}
