package org.disclosure.pipeline.reconcile.crossdoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.reconcile.Amounts;
import org.disclosure.pipeline.reconcile.Check;

/**
 * cross-doc.final-vs-budget: a 决算's 年初预算数 columns restate the 预算 the same unit published for that
 * year: the 决算 table's figure against the 预算's table of the same subject (一般公共预算, 三公 …), row
 * and part. Checked from either side, whichever is archived first.
 */
final class FinalVsBudgetRule {

    static final String ID = "cross-doc.final-vs-budget";
    private static final String BUDGET = ColumnMeaning.BUDGET.key();

    List<Check> check(Side document, Counterparts archive) throws IOException {
        List<Check> checks = new ArrayList<>();
        String kind = document.kind();
        if (kind.contains("决算")) {
            for (Counterparts.ArchivedHeadline budget : archive.candidates(document.year(), kind.replace("决算", "预算"))) {
                String note = SameUnit.match(document.unit(), budget.unit());
                if (note != null) {
                    checks.addAll(compare(document, Side.archived(archive.read(budget)), note));
                }
            }
        } else if (kind.contains("预算")) {
            for (Counterparts.ArchivedHeadline fin : archive.candidates(document.year(), kind.replace("预算", "决算"))) {
                String note = SameUnit.match(fin.unit(), document.unit());
                if (note != null) {
                    checks.addAll(compare(Side.archived(archive.read(fin)), document, note));
                }
            }
        }
        return checks;
    }

    static List<Check> compare(Side finalAccount, Side budget, String note) {
        List<Check> checks = new ArrayList<>();
        for (TableFigure opening : finalAccount.figures()) {
            String meaning = opening.columnMeaning();
            boolean openingBudget = opening.columnHeader() != null && opening.columnHeader().contains("年初预算")
                    || opening.tableKind().endsWith(".three-public");
            if (!openingBudget || !(meaning.equals(BUDGET) || meaning.endsWith("/" + BUDGET))) {
                continue;
            }
            String part = meaning.substring(0, meaning.length() - BUDGET.length()); // "" or "total/", "reception/"
            List<String> columns = part.isEmpty() ? List.of(ColumnMeaning.TOTAL.key(), BUDGET)
                    : List.of(part.substring(0, part.length() - 1), part + ColumnMeaning.TOTAL.key(), part + BUDGET);
            TableFigure published = budget.find("budget." + opening.tableSubject(), opening.rowKey(), columns);
            if (published == null) {
                continue;
            }
            String said = finalAccount.place(opening) + opening.rowWords() + "行" + opening.columnWords() + "列印为 "
                    + Amounts.format(opening.value(), opening.moneyUnit()) + ", 同年" + budget.words() + "第" + published.page()
                    + "页《" + published.tableTitle() + "》同一行" + published.columnWords() + "列为 "
                    + Amounts.format(published.value(), published.moneyUnit()) + note;
            Check check = Comparison.judge(ID, finalAccount, opening, List.of(new Comparison.Part(budget, published)), said, null);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }
}
