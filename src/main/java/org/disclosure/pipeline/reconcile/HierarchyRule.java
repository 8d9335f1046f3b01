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

/**
 * Down the subject-code hierarchy: a 类 row equals the sum of its 款 rows, a 款 row the sum of its
 * 项 rows (and economic 301 the sum of its 301xx), column by column, where the children are listed.
 */
final class HierarchyRule implements Rule {

    static final String ID = "table.code-hierarchy";

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            Map<String, RowMeaning> parents = new LinkedHashMap<>();
            Map<String, List<RowMeaning>> children = new LinkedHashMap<>();
            for (RowMeaning row : table.rowMeanings()) {
                if (row.code() != null) {
                    parents.putIfAbsent(row.code(), row);
                    if (row.parent() != null) {
                        children.computeIfAbsent(row.parent(), k -> new ArrayList<>()).add(row);
                    }
                }
            }
            for (Map.Entry<String, List<RowMeaning>> family : children.entrySet()) {
                RowMeaning parent = parents.get(family.getKey());
                if (parent != null) {
                    checks.addAll(check(table, parent, family.getValue()));
                }
            }
        }
        return checks;
    }

    private static List<Check> check(DisclosureTable table, RowMeaning parent, List<RowMeaning> children) {
        List<Check> checks = new ArrayList<>();
        List<DisclosureCell> parentRow = row(table, parent.row());
        int panelEnd = panelEnd(table);
        for (DisclosureCell parentCell : parentRow) {
            if (parentCell.column() >= panelEnd) {
                break; // a two-panel table (301 … | 302 …): the row's code speaks for its left panel only
            }
            String meaning = table.columnMeanings().size() > parentCell.column()
                    ? table.columnMeanings().get(parentCell.column()) : null;
            if (meaning != null && (meaning.startsWith(ColumnMeaning.CODE.key()) || meaning.equals(ColumnMeaning.NAME.key()))) {
                continue;
            }
            List<DisclosureCell> childCells = new ArrayList<>();
            for (RowMeaning child : children) {
                DisclosureCell cell = TableCells.startingAt(row(table, child.row()), parentCell.column());
                if (cell != null && cell.hasValue()) {
                    childCells.add(cell);
                }
            }
            if (!parentCell.hasValue() && childCells.isEmpty()) {
                continue;
            }
            BigDecimal printed = parentCell.hasValue() ? parentCell.value() : BigDecimal.ZERO;
            BigDecimal expected = childCells.stream().map(DisclosureCell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BigDecimal> parts = Tolerance.weighed(childCells);
            CheckStatus status = Tolerance.judge(printed, expected, parts);
            List<CheckRef> refs = new ArrayList<>();
            refs.add(TableCells.ref(table, parentCell));
            childCells.forEach(c -> refs.add(TableCells.ref(table, c)));
            String where = TableCells.name(table) + "科目 " + parent.code() + "(" + parent.level() + ")第" + (parentCell.column() + 1) + "列";
            String unit = table.unit();
            String printedText = parentCell.hasValue() ? parentCell.text() : null;
            String message = status == CheckStatus.PASS
                    ? where + " " + Amounts.format(printed, unit) + " 等于其下级科目之和"
                    : where + " 印为 「" + (printedText == null ? "" : printedText) + "」, 下级科目之和为 " + Amounts.format(expected, unit)
                    + ", " + Tolerance.difference(status, printed, expected, parts, unit);
            checks.add(Check.computed(ID, status, message, expected, printed, refs, unit, printedText,
                    parts.size() + " 项之和 sum of " + parts.size() + " rows under " + parent.code()));
        }
        return checks;
    }

    /** Where a second panel of codes begins (a table printed in two halves side by side), or the width. */
    private static int panelEnd(DisclosureTable table) {
        List<String> meanings = table.columnMeanings();
        boolean seenCode = false;
        for (int c = 0; c < meanings.size(); c++) {
            boolean code = meanings.get(c) != null && meanings.get(c).startsWith(ColumnMeaning.CODE.key());
            if (code && seenCode && c > 0 && (meanings.get(c - 1) == null || !meanings.get(c - 1).startsWith(ColumnMeaning.CODE.key()))) {
                return c;
            }
            seenCode |= code;
        }
        return meanings.size();
    }

    private static List<DisclosureCell> row(DisclosureTable table, int row) {
        for (List<DisclosureCell> cells : table.rows()) {
            if (!cells.isEmpty() && cells.get(0).row() == row) {
                return cells;
            }
        }
        return List.of();
    }
}
