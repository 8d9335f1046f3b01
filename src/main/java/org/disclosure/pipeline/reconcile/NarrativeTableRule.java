package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.StandardKind;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The narrative against the tables: "基本支出1346.16万元" restates the 基本支出 total of the
 * expenditure table, "人员经费 1162.05 万元" the basic-expenditure table's 人员经费 total; and a
 * share ("占89.56%") is its amount over the total the sentence before it gave (其中: …). Units are
 * scaled (tables in 元, text in 万元 is normal) and the text's rounding allowed for.
 */
final class NarrativeTableRule implements Rule {

    static final String AMOUNT = "narrative.amount-matches-table";
    static final String SHARE = "narrative.share";

    /**
     * Narrative labels and where their amount stands: the column meaning of the total row, and the table
     * kinds of a budget and of final accounts that print it.
     */
    private static final Map<String, Restated> LABELS = Map.of(
            "基本支出", new Restated(ColumnMeaning.BASIC, StandardKind.BUDGET_EXPENDITURE, StandardKind.FINAL_EXPENDITURE),
            "项目支出", new Restated(ColumnMeaning.PROJECT, StandardKind.BUDGET_EXPENDITURE, StandardKind.FINAL_EXPENDITURE),
            "人员经费", new Restated(ColumnMeaning.PERSONNEL, StandardKind.BUDGET_GENERAL_PUBLIC_BASIC,
                    StandardKind.FINAL_GENERAL_PUBLIC_BASIC),
            "公用经费", new Restated(ColumnMeaning.PUBLIC_USE, StandardKind.BUDGET_GENERAL_PUBLIC_BASIC,
                    StandardKind.FINAL_GENERAL_PUBLIC_BASIC));

    /** Where a narrative label's amount stands: the total row's column, in the tables of these kinds. */
    private record Restated(ColumnMeaning column, StandardKind... kinds) {
    }
    private static final MathContext PRECISION = new MathContext(20);

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        List<NarrativeFigure> figures = document.figures();
        for (int i = 0; i < figures.size(); i++) {
            NarrativeFigure figure = figures.get(i);
            if (!figure.is(FigureKind.AMOUNT) || figure.unit() == null || !figure.unit().endsWith("元")) {
                continue;
            }
            String label = labelBefore(figure);
            for (Map.Entry<String, Restated> entry : LABELS.entrySet()) {
                if (label.endsWith(entry.getKey())) {
                    Restated where = entry.getValue();
                    for (StandardKind kind : where.kinds()) {
                        Check check = againstTable(document, figure, entry.getKey(), kind, where.column());
                        if (check != null) {
                            checks.add(check);
                            break;
                        }
                    }
                }
            }
            if (i + 1 < figures.size()) {
                Check share = share(figures, i);
                if (share != null) {
                    checks.add(share);
                }
            }
        }
        return checks;
    }

    /** Whether this rule checks amounts named {@code label} against a total of their own. */
    static boolean handles(String label) {
        return LABELS.containsKey(label);
    }

    /** The words printed just before a figure in its sentence: 基本支出 in "其中:基本支出1346.16万元". */
    static String labelBefore(NarrativeFigure figure) {
        String context = figure.context();
        int at = context.indexOf(figure.text());
        if (at < 0) {
            return "";
        }
        int start = at;
        while (start > 0 && (Character.UnicodeScript.of(context.codePointAt(start - 1)) == Character.UnicodeScript.HAN
                || Character.isWhitespace(context.charAt(start - 1)))) {
            start--;
        }
        return context.substring(start, at).replaceAll("\\s+", "");
    }

    private static Check againstTable(DisclosureDocument document, NarrativeFigure figure, String label, StandardKind kind,
                                      ColumnMeaning meaning) {
        for (DisclosureTable table : document.tables()) {
            if (table.standard() == null || !kind.is(table.standard().kind()) || table.unit() == null) {
                continue;
            }
            DisclosureCell cell = TableCells.totalCell(table, meaning);
            if (cell == null) {
                continue;
            }
            // The table's figure in the narrative's unit, rounded as the narrative prints it.
            BigDecimal inNarrativeUnit = cell.value().multiply(TableCells.scaleToYuan(table.unit())).divide(TableCells.scaleToYuan(figure.unit()), PRECISION);
            BigDecimal rounded = inNarrativeUnit.setScale(Math.max(figure.value().scale(), 0), RoundingMode.HALF_UP);
            BigDecimal difference = figure.value().subtract(rounded);
            CheckStatus status = judgeText(figure.value(), rounded);
            String message = status == CheckStatus.PASS
                    ? "文中「" + label + figure.text() + "」与《" + table.title() + "》" + label + "合计相符"
                    : "第" + figure.page() + "页文中「" + label + figure.text().strip() + "」，而第" + cell.page() + "页"
                    + TableCells.name(table) + "「" + rowName(table, cell) + "」行「" + header(table, cell, label) + "」列所列为 " + Amounts.format(cell.value(), table.unit())
                    + (Objects.equals(table.unit(), figure.unit()) ? "" : "（即 " + Amounts.format(rounded, figure.unit()) + "）");
            return new Check(AMOUNT, status, message, rounded, figure.value(), difference,
                    List.of(TableCells.ref(figure), TableCells.ref(table, cell)), figure.unit(), figure.text(), null,
                    "《" + table.title() + "》" + label + "合计 「" + cell.text() + "」 " + table.unit() + ", 换算为" + figure.unit()
                    + "并按文中位数取整 converted and rounded as the text prints");
        }
        return null;
    }

    /** The total row's label as printed (合计, 总计 …). */
    private static String rowName(DisclosureTable table, DisclosureCell cell) {
        String label = TableCells.rowLabel(table, cell.row());
        return label == null || label.isBlank() ? "合计" : label.strip();
    }

    /** The column's header as printed, or the narrative's label where the table prints none. */
    private static String header(DisclosureTable table, DisclosureCell cell, String label) {
        String header = cell.column() < table.columns().size() ? table.columns().get(cell.column()) : null;
        return header == null || header.isBlank() ? label : header.strip();
    }

    /**
     * A figure of the text against the value it should show, rounded as the text rounds: equal is a
     * pass, one unit of the last printed digit off is rounding done differently (warn), more fails.
     */
    static CheckStatus judgeText(BigDecimal printed, BigDecimal roundedExpectation) {
        BigDecimal difference = printed.subtract(roundedExpectation).abs();
        if (difference.signum() == 0) {
            return CheckStatus.PASS;
        }
        return difference.compareTo(BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0))) <= 0
                ? CheckStatus.WARN : CheckStatus.FAIL;
    }

    /** "X预算 T 万元, 其中: 基本支出 A 万元, 占 P%": P must be A / T. */
    private static Check share(List<NarrativeFigure> figures, int amountIndex) {
        NarrativeFigure amount = figures.get(amountIndex);
        NarrativeFigure percent = figures.get(amountIndex + 1);
        if (!percent.is(FigureKind.PERCENT) || percent.page() != amount.page()
                || !NarrativeRateRule.sameSentence(percent.context(), amount.text(), percent.text())
                || !percent.context().contains("占" + percent.text().strip())
                && !percent.context().contains("占 " + percent.text().strip())) {
            return null;
        }
        NarrativeFigure total = null;
        for (int j = amountIndex - 1; j >= Math.max(0, amountIndex - 6); j--) {
            NarrativeFigure candidate = figures.get(j);
            if (candidate.is(FigureKind.AMOUNT) && amount.unit().equals(candidate.unit())
                    && java.util.Objects.equals(candidate.section(), amount.section())
                    && TextNormalizer.withoutSpaces(candidate.context()).contains(TextNormalizer.withoutSpaces(candidate.text()) + ",其中")
                    || candidate.is(FigureKind.AMOUNT) && amount.unit().equals(candidate.unit())
                    && java.util.Objects.equals(candidate.section(), amount.section())
                    && TextNormalizer.withoutSpaces(candidate.context()).contains(TextNormalizer.withoutSpaces(candidate.text()) + "，其中")) {
                total = candidate;
                break;
            }
        }
        if (total == null || total.value().signum() == 0) {
            return null;
        }
        BigDecimal exact = amount.value().divide(total.value(), PRECISION).multiply(BigDecimal.valueOf(100));
        BigDecimal rounded = exact.setScale(Math.max(percent.value().scale(), 0), RoundingMode.HALF_UP);
        BigDecimal difference = percent.value().subtract(rounded);
        CheckStatus status = judgeText(percent.value(), rounded);
        String message = status == CheckStatus.PASS
                ? amount.text() + " 占 " + total.text() + " 的 " + percent.text() + ", 相符"
                : amount.text() + " 占 " + total.text() + " 应为 " + Amounts.format(rounded, "%") + ", 文中写 " + percent.text();
        return new Check(SHARE, status, message, rounded, percent.value(), difference,
                List.of(TableCells.ref(percent), TableCells.ref(amount), TableCells.ref(total)), "%", percent.text(), null,
                amount.text().strip() + " ÷ " + total.text().strip() + ", 按文中位数取整 rounded as the text prints");
    }


}
