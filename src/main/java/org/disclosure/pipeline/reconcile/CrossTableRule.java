package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;

/**
 * The same money restated across tables: the basic-expenditure table's total is the 基本支出 of the
 * general-public-budget table, the project table's total its 项目支出; the income table and the expenditure table list each subject code
 * with the same total.
 */
final class CrossTableRule implements Rule {

    static final String BASIC = "cross.basic-total";
    static final String BY_CODE = "cross.income-expenditure-by-code";
    static final String PROJECT = "cross.project-total";

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        DisclosureTable general = first(document, "budget.general-public");
        DisclosureTable basic = first(document, "budget.general-public-basic");
        if (general != null && basic != null) {
            DisclosureCell stated = TableCells.totalCell(general, "basic");
            DisclosureCell total = TableCells.totalCell(basic, "total");
            if (stated != null && total != null && sameUnit(general, basic)) {
                checks.add(compare(BASIC, "《" + basic.title() + "》合计与《" + general.title() + "》基本支出合计",
                        general, stated, basic, total));
            }
        }
        DisclosureTable projects = first(document, "budget.general-public-project");
        if (general != null && projects != null && sameUnit(general, projects)) {
            DisclosureCell stated = TableCells.totalCell(general, "project");
            DisclosureCell total = TableCells.totalCell(projects, "total");
            if (stated != null && total != null) {
                checks.add(compare(PROJECT, "《" + projects.title() + "》合计与《" + general.title() + "》项目支出合计",
                        general, stated, projects, total));
            }
        }
        DisclosureTable income = first(document, "budget.income");
        DisclosureTable expenditure = first(document, "budget.expenditure");
        if (income != null && expenditure != null && sameUnit(income, expenditure)) {
            Map<String, DisclosureCell> incomeByCode = byCode(income);
            Map<String, DisclosureCell> spendingByCode = byCode(expenditure);
            for (Map.Entry<String, DisclosureCell> entry : incomeByCode.entrySet()) {
                DisclosureCell spending = spendingByCode.get(entry.getKey());
                if (spending != null) {
                    checks.add(compare(BY_CODE, "科目 " + entry.getKey() + " 在《" + income.title() + "》与《"
                            + expenditure.title() + "》中的合计", income, entry.getValue(), expenditure, spending));
                }
            }
        }
        return checks;
    }

    private static Check compare(String rule, String what, DisclosureTable aTable, DisclosureCell a,
                                 DisclosureTable bTable, DisclosureCell b) {
        BigDecimal printed = a.value();
        BigDecimal expected = b.value();
        CheckStatus status = Tolerance.judge(printed, expected, List.of());
        String message = status == CheckStatus.PASS ? what + "相等: " + printed.toPlainString()
                : what + "不相等: " + printed.toPlainString() + " 与 " + expected.toPlainString() + ", "
                + Tolerance.difference(status, printed, expected, List.of());
        return new Check(rule, status, message, expected, printed, printed.subtract(expected),
                List.of(TableCells.ref(aTable, a), TableCells.ref(bTable, b)));
    }

    private static DisclosureTable first(DisclosureDocument document, String kind) {
        return document.tables().stream().filter(t -> t.standard() != null && t.standard().kind().equals(kind))
                .findFirst().orElse(null);
    }

    private static boolean sameUnit(DisclosureTable a, DisclosureTable b) {
        return a.unit() != null && a.unit().equals(b.unit());
    }


    /** Each subject code's 合计, first occurrence. */
    private static Map<String, DisclosureCell> byCode(DisclosureTable table) {
        Map<String, DisclosureCell> cells = new LinkedHashMap<>();
        int column = table.columnMeanings().indexOf("total");
        if (column < 0) {
            return cells;
        }
        for (RowMeaning row : table.rowMeanings()) {
            if (row.code() != null && !cells.containsKey(row.code())) {
                DisclosureCell cell = table.cellAt(row.row(), column);
                if (cell != null && cell.hasValue() && cell.column() == column) {
                    cells.put(row.code(), cell);
                }
            }
        }
        return cells;
    }
}
