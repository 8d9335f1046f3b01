package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * 合计 = Σ 类: in a table listed by subject code, the total row of each figure column equals the
 * sum of its class-level (类, three-digit code) rows.
 */
final class ClassTotalRule implements Rule {

    static final String ID = "table.total-of-classes";

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            List<DisclosureCell> classCodes = new ArrayList<>();
            List<List<DisclosureCell>> classRows = new ArrayList<>();
            List<DisclosureCell> totalRow = null;
            DisclosureCell totalLabel = null;
            for (List<DisclosureCell> row : table.rows().subList(table.headerRows(), table.rows().size())) {
                DisclosureCell code = classCode(row);
                if (code != null) {
                    classCodes.add(code);
                    classRows.add(row);
                } else if (totalRow == null) {
                    for (DisclosureCell cell : row) {
                        String label = TableCells.label(cell);
                        if (label.equals("合计") || label.equals("总计")) {
                            totalRow = row;
                            totalLabel = cell;
                        }
                    }
                }
            }
            if (totalRow == null || classRows.isEmpty()) {
                continue;
            }
            for (int column : figureColumns(totalRow, classRows, totalLabel.column())) {
                checks.add(checkColumn(table, column, totalRow, totalLabel, classRows));
            }
        }
        return checks;
    }

    private static Check checkColumn(DisclosureTable table, int column, List<DisclosureCell> totalRow,
                                     DisclosureCell totalLabel, List<List<DisclosureCell>> classRows) {
        List<DisclosureCell> partCells = new ArrayList<>();
        List<CheckRef> refs = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (List<DisclosureCell> row : classRows) {
            DisclosureCell cell = TableCells.startingAt(row, column);
            if (cell != null && cell.hasValue()) {
                partCells.add(cell);
                expected = expected.add(cell.value());
                refs.add(TableCells.ref(table, cell));
            }
        }
        DisclosureCell total = TableCells.startingAt(totalRow, column);
        BigDecimal printed = total != null && total.hasValue() ? total.value() : BigDecimal.ZERO;
        refs.add(0, TableCells.ref(table, total != null ? total : totalLabel));
        BigDecimal difference = printed.subtract(expected);
        List<BigDecimal> parts = Tolerance.weighed(partCells);
        CheckStatus status = Tolerance.judge(printed, expected, parts);
        String where = TableCells.name(table) + "第" + (column + 1) + "列";
        String unit = table.unit();
        String printedText = total != null && total.hasValue() ? total.text() : null;
        String message = status == CheckStatus.PASS
                ? where + "合计 " + Amounts.format(printed, unit) + " 等于各类之和"
                : where + "合计印为 「" + (printedText == null ? "" : printedText) + "」, 各类之和为 " + Amounts.format(expected, unit)
                + ", " + Tolerance.difference(status, printed, expected, parts, unit);
        return new Check(ID, status, message, expected, printed, difference, refs, unit, printedText, null,
                parts.size() + " 项之和 sum of " + parts.size() + " class (类) rows");
    }

    /** Columns right of the total's label where the total or any class row states a figure. */
    private static Set<Integer> figureColumns(List<DisclosureCell> totalRow, List<List<DisclosureCell>> classRows,
                                              int labelColumn) {
        Set<Integer> columns = new TreeSet<>();
        for (DisclosureCell cell : totalRow) {
            if (cell.hasValue() && cell.column() > labelColumn) {
                columns.add(cell.column());
            }
        }
        for (List<DisclosureCell> row : classRows) {
            for (DisclosureCell cell : row) {
                if (cell.hasValue() && cell.column() > labelColumn) {
                    columns.add(cell.column());
                }
            }
        }
        return columns;
    }

    /**
     * The row's class-level code cell, or null: a three-digit code with no 款 code beside it,
     * whether codes are split into 类/款/项 columns or joined in one.
     */
    private static DisclosureCell classCode(List<DisclosureCell> row) {
        DisclosureCell first = null;
        int codes = 0;
        for (DisclosureCell cell : row) {
            if (cell.code() != null && cell.code().equals(TableCells.label(cell))) {
                codes++;
                if (first == null) {
                    first = cell;
                }
            }
        }
        return first != null && codes == 1 && first.code().length() == 3 ? first : null;
    }
}
