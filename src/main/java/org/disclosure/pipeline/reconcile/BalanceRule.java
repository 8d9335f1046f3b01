package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * 收入总计 = 支出总计: an overview table's two sides must balance. Final accounts label both
 * sides plainly 总计, income on the left and expenditure on the right of the same row.
 */
final class BalanceRule implements Rule {

    static final String ID = "table.balance";

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            DisclosureCell income = null;
            DisclosureCell spending = null;
            for (List<DisclosureCell> row : table.rows()) {
                for (DisclosureCell cell : row) {
                    String label = TableCells.label(cell);
                    if (income == null && label.startsWith("收入总计")) {
                        income = TableCells.firstValueRightOf(row, cell);
                    } else if (spending == null && label.startsWith("支出总计")) {
                        spending = TableCells.firstValueRightOf(row, cell);
                    } else if (label.equals("总计") && (income == null || spending == null)) {
                        DisclosureCell value = TableCells.firstValueRightOf(row, cell);
                        if (income == null) {
                            income = value;
                        } else {
                            spending = value;
                        }
                    }
                }
            }
            if (income == null || spending == null) {
                continue;
            }
            BigDecimal difference = spending.value().subtract(income.value());
            CheckStatus status = Tolerance.judge(spending.value(), income.value(), List.of(income.value()));
            String unit = table.unit();
            String message = status == CheckStatus.PASS
                    ? TableCells.name(table) + "收入总计与支出总计相等: " + Amounts.format(income.value(), unit)
                    : TableCells.name(table) + "收入总计 「" + income.text() + "」 与支出总计 「"
                    + spending.text() + "」 不相等, 相差 " + Amounts.format(difference, unit);
            checks.add(Check.printedTwice(ID, status, message, income.value(), spending.value(),
                    List.of(TableCells.ref(table, income), TableCells.ref(table, spending)), unit, spending.text(),
                    income.text()));
        }
        return checks;
    }
}
