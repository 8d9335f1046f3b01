package org.disclosure.pipeline.reconcile.crossdoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.reconcile.Amounts;
import org.disclosure.pipeline.reconcile.Check;

/**
 * cross-doc.prior-year: a document's 上年 columns (上年预算数, 上年决算数) restate last year's published
 * document of the same unit and kind, subject code by subject code. Checked from either side: a
 * document compares its 上年 columns with last year's archived one, and a document archived after next
 * year's is compared with that one's 上年 columns.
 */
final class PriorYearRule {

    static final String ID = "cross-doc.prior-year";
    private static final String PREVIOUS = ColumnMeaning.PREVIOUS_YEAR.key();

    List<Check> check(Side document, Counterparts archive) throws IOException {
        List<Check> checks = new ArrayList<>();
        for (Counterparts.ArchivedHeadline earlier : archive.candidates(document.year() - 1, document.kind())) {
            String note = SameUnit.match(document.unit(), earlier.unit());
            if (note != null) {
                checks.addAll(compare(document, Side.archived(archive.read(earlier)), note));
            }
        }
        for (Counterparts.ArchivedHeadline later : archive.candidates(document.year() + 1, document.kind())) {
            String note = SameUnit.match(later.unit(), document.unit());
            if (note != null) {
                checks.addAll(compare(Side.archived(archive.read(later)), document, note));
            }
        }
        return checks;
    }

    /** Each 上年 figure of {@code later} against the same table's, row's and part's figure of {@code earlier}. */
    static List<Check> compare(Side later, Side earlier, String note) {
        List<Check> checks = new ArrayList<>();
        for (TableFigure restated : later.figures()) {
            String meaning = restated.columnMeaning();
            if (!meaning.equals(PREVIOUS) && !meaning.endsWith("/" + PREVIOUS)) {
                continue;
            }
            String part = meaning.substring(0, meaning.length() - PREVIOUS.length()); // "" or "basic/"
            String own = restated.tableKind().startsWith("final.") ? ColumnMeaning.FINAL.key() : ColumnMeaning.BUDGET.key();
            List<String> columns = part.isEmpty() ? List.of(own, ColumnMeaning.TOTAL.key())
                    : List.of(part.substring(0, part.length() - 1), part + own, part + ColumnMeaning.TOTAL.key());
            TableFigure published = earlier.find(restated.tableKind(), restated.rowKey(), columns);
            if (published == null) {
                continue;
            }
            String said = later.place(restated) + restated.rowWords() + "行" + restated.columnWords() + "列印为 "
                    + Amounts.format(restated.value(), restated.moneyUnit())
                    + ", " + earlier.year() + "年" + earlier.words() + "第" + published.page() + "页《" + published.tableTitle()
                    + "》同一行" + published.columnWords() + "列为 "
                    + Amounts.format(published.value(), published.moneyUnit()) + note;
            Check check = Comparison.judge(ID, later, restated, List.of(new Comparison.Part(earlier, published)), said, null);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }
}
