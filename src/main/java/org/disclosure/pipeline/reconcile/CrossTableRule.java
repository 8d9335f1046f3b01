package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.disclosure.StandardKind;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The same money restated across tables: the basic-expenditure table's total is the 基本支出 of the
 * general-public-budget table, the project table's total its 项目支出; the income table and the expenditure table list each subject code
 * with the same total.
 */
final class CrossTableRule implements Rule {

    static final String BASIC = "cross.basic-total";
    static final String BY_CODE = "cross.income-expenditure-by-code";
    static final String PROJECT = "cross.project-total";
    static final String OVERVIEW = "cross.overview-totals";
    static final String PROJECT_BY_CODE = "cross.projects-by-code";
    static final String FISCAL = "cross.fiscal-overview-general-public";

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        DisclosureTable general = first(document, StandardKind.BUDGET_GENERAL_PUBLIC);
        DisclosureTable basic = first(document, StandardKind.BUDGET_GENERAL_PUBLIC_BASIC);
        if (general != null && basic != null) {
            DisclosureCell stated = TableCells.totalCell(general, ColumnMeaning.BASIC);
            DisclosureCell total = TableCells.totalCell(basic, ColumnMeaning.TOTAL);
            if (stated != null && total != null && sameUnit(general, basic)) {
                checks.add(compare(BASIC, "《" + basic.title() + "》合计与《" + general.title() + "》基本支出合计",
                        general, stated, basic, total));
            }
        }
        DisclosureTable projects = first(document, StandardKind.BUDGET_GENERAL_PUBLIC_PROJECT);
        if (general != null && projects != null && sameUnit(general, projects)) {
            DisclosureCell stated = TableCells.totalCell(general, ColumnMeaning.PROJECT);
            // the project table's own total column is headed 项目支出合计
            DisclosureCell total = TableCells.totalCell(projects, ColumnMeaning.TOTAL);
            if (total == null) {
                total = TableCells.totalCell(projects, ColumnMeaning.PROJECT);
            }
            if (stated != null && total != null) {
                checks.add(compare(PROJECT, "《" + projects.title() + "》合计与《" + general.title() + "》项目支出合计",
                        general, stated, projects, total));
            }
        }
        if (general != null && projects != null && sameUnit(general, projects)) {
            checks.addAll(projectsByCode(general, projects));
        }
        DisclosureTable fiscal = first(document, StandardKind.BUDGET_FISCAL_OVERVIEW);
        if (fiscal != null && general != null && sameUnit(fiscal, general)) {
            DisclosureCell stated = labelledIn(fiscal, "支出总计", ColumnMeaning.GENERAL_PUBLIC_BUDGET);
            DisclosureCell total = TableCells.totalCell(general, ColumnMeaning.TOTAL);
            if (stated != null && total != null) {
                checks.add(compare(FISCAL, "《" + fiscal.title() + "》一般公共预算支出总计与《" + general.title() + "》合计",
                        fiscal, stated, general, total));
            }
        }
        checks.addAll(overviewAgainstDetail(document, StandardKind.BUDGET_OVERVIEW, StandardKind.BUDGET_INCOME, StandardKind.BUDGET_EXPENDITURE));
        checks.addAll(overviewAgainstDetail(document, StandardKind.FINAL_OVERVIEW, StandardKind.FINAL_INCOME, StandardKind.FINAL_EXPENDITURE));
        DisclosureTable income = first(document, StandardKind.BUDGET_INCOME);
        DisclosureTable expenditure = first(document, StandardKind.BUDGET_EXPENDITURE);
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
        // When all the money is general-public budget (the two tables' totals agree), the
        // expenditure table and the general-public-budget table list every code with the same total.
        if (expenditure != null && general != null && sameUnit(expenditure, general)) {
            DisclosureCell all = TableCells.totalCell(expenditure, ColumnMeaning.TOTAL);
            DisclosureCell publicTotal = TableCells.totalCell(general, ColumnMeaning.TOTAL);
            if (all != null && publicTotal != null && all.value().compareTo(publicTotal.value()) == 0) {
                Map<String, DisclosureCell> publicByCode = byCode(general);
                for (Map.Entry<String, DisclosureCell> entry : byCode(expenditure).entrySet()) {
                    DisclosureCell other = publicByCode.get(entry.getKey());
                    if (other != null) {
                        checks.add(compare(BY_CODE, "科目 " + entry.getKey() + " 在《" + expenditure.title() + "》与《"
                                + general.title() + "》中的合计", expenditure, entry.getValue(), general, other));
                    }
                }
            }
        }
        return checks;
    }

    /**
     * Project by project and by subject code: for each subject code whose projects the project table
     * lists, their amounts add up to the 项目支出 the general-public-budget table gives that code.
     */
    private static List<Check> projectsByCode(DisclosureTable general, DisclosureTable projects) {
        List<Check> checks = new ArrayList<>();
        int projectColumn = general.columnMeanings().indexOf(ColumnMeaning.PROJECT.key());
        int amountColumn = projects.columnMeanings().indexOf(ColumnMeaning.TOTAL.key()) >= 0 ? projects.columnMeanings().indexOf(ColumnMeaning.TOTAL.key())
                : projects.columnMeanings().indexOf(ColumnMeaning.PROJECT.key());
        if (projectColumn < 0 || amountColumn < 0) {
            return checks;
        }
        Map<String, List<DisclosureCell>> byCode = new LinkedHashMap<>();
        for (RowMeaning row : projects.rowMeanings()) {
            boolean leaf = row.code() != null && projects.rowMeanings().stream().noneMatch(o -> row.code().equals(o.parent()));
            DisclosureCell cell = projects.cellAt(row.row(), amountColumn);
            if (leaf && cell != null && cell.hasValue() && cell.column() == amountColumn) {
                byCode.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(cell);
            }
        }
        for (Map.Entry<String, List<DisclosureCell>> entry : byCode.entrySet()) {
            DisclosureCell stated = null;
            for (RowMeaning row : general.rowMeanings()) {
                if (entry.getKey().equals(row.code())) {
                    DisclosureCell cell = general.cellAt(row.row(), projectColumn);
                    stated = cell != null && cell.hasValue() && cell.column() == projectColumn ? cell : null;
                    break;
                }
            }
            if (stated == null) {
                continue;
            }
            List<BigDecimal> parts = Tolerance.weighed(entry.getValue());
            BigDecimal expected = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            CheckStatus status = Tolerance.judge(stated.value(), expected, parts);
            String unit = general.unit();
            String what = "科目 " + entry.getKey() + " 的项目支出: 《" + general.title() + "》「" + stated.text()
                    + "」, 《" + projects.title() + "》所列 " + parts.size() + " 个项目合计 " + Amounts.format(expected, unit);
            List<CheckRef> refs = new ArrayList<>();
            refs.add(TableCells.ref(general, stated));
            entry.getValue().forEach(c -> refs.add(TableCells.ref(projects, c)));
            checks.add(Check.computed(PROJECT_BY_CODE, status, status == CheckStatus.PASS ? what + ", 相符"
                    : what + ", " + Tolerance.difference(status, stated.value(), expected, parts, unit),
                    expected, stated.value(), refs, unit, stated.text(),
                    parts.size() + " 项之和 sum of " + parts.size() + " projects in 《" + projects.title() + "》"));
        }
        return checks;
    }

    /**
     * The overview's income and expenditure against the income and expenditure tables' 合计: this
     * year's (本年收入合计) where the overview prints it, else its 收入总计.
     */
    private static List<Check> overviewAgainstDetail(DisclosureDocument document, StandardKind overviewKind, StandardKind incomeKind,
                                                     StandardKind expenditureKind) {
        List<Check> checks = new ArrayList<>();
        DisclosureTable overview = first(document, overviewKind);
        if (overview == null) {
            return checks;
        }
        List<OverviewSide> sides = List.of(new OverviewSide(incomeKind, "本年收入合计", "收入总计"),
                new OverviewSide(expenditureKind, "本年支出合计", "支出总计"));
        for (OverviewSide side : sides) {
            DisclosureTable detail = first(document, side.detail());
            if (detail == null || !sameUnit(overview, detail)) {
                continue;
            }
            DisclosureCell stated = labelled(overview, side.thisYear());
            String label = side.thisYear();
            if (stated == null) {
                stated = labelled(overview, side.overall());
                label = side.overall();
            }
            DisclosureCell total = TableCells.totalCell(detail, ColumnMeaning.TOTAL);
            if (stated != null && total != null) {
                checks.add(compare(OVERVIEW, "《" + overview.title() + "》" + label + "与《" + detail.title() + "》合计",
                        overview, stated, detail, total));
            }
        }
        return checks;
    }

    /** One side of the overview: the detail table that restates it, and the overview's two labels for its total. */
    private record OverviewSide(StandardKind detail, String thisYear, String overall) {
    }

    /** In the row labelled so, the figure in the column of the given meaning, or null. */
    private static DisclosureCell labelledIn(DisclosureTable table, String label, ColumnMeaning meaning) {
        int column = table.columnMeanings().indexOf(meaning.key());
        if (column < 0) {
            return null;
        }
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (TextNormalizer.withoutSpaces(cell.text()).equals(label)) {
                    DisclosureCell value = TableCells.startingAt(row, column);
                    return value != null && value.hasValue() ? value : null;
                }
            }
        }
        return null;
    }

    /** The figure right of the cell labelled exactly so (spaces ignored), or null. */
    private static DisclosureCell labelled(DisclosureTable table, String label) {
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (TextNormalizer.withoutSpaces(cell.text()).equals(label)) {
                    return TableCells.firstValueRightOf(row, cell);
                }
            }
        }
        return null;
    }

    private static Check compare(String rule, String what, DisclosureTable aTable, DisclosureCell a,
                                 DisclosureTable bTable, DisclosureCell b) {
        BigDecimal printed = a.value();
        BigDecimal expected = b.value();
        CheckStatus status = Tolerance.judge(printed, expected, List.of());
        String unit = aTable.unit() != null && aTable.unit().equals(bTable.unit()) ? aTable.unit() : null;
        String message = status == CheckStatus.PASS ? what + "相等: " + Amounts.format(printed, unit)
                : what + "不相等: 「" + a.text() + "」 与 「" + b.text() + "」, "
                + Tolerance.difference(status, printed, expected, List.of(), unit);
        return Check.printedTwice(rule, status, message, expected, printed,
                List.of(TableCells.ref(aTable, a), TableCells.ref(bTable, b)), unit, a.text(), b.text());
    }

    private static DisclosureTable first(DisclosureDocument document, StandardKind kind) {
        return document.tables().stream().filter(t -> t.standard() != null && kind.is(t.standard().kind()))
                .findFirst().orElse(null);
    }

    private static boolean sameUnit(DisclosureTable a, DisclosureTable b) {
        return a.unit() != null && a.unit().equals(b.unit());
    }


    /** Each subject code's 合计, first occurrence. */
    private static Map<String, DisclosureCell> byCode(DisclosureTable table) {
        Map<String, DisclosureCell> cells = new LinkedHashMap<>();
        int column = table.columnMeanings().indexOf(ColumnMeaning.TOTAL.key());
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
