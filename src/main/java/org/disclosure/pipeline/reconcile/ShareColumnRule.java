package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * A share column restates two other columns of its row: 占调整后预算% is the amount beside it divided
 * by the column it names (2022年调整后预算数), times 100. Found by its header, in any table that
 * prints one (city 决算 and 预算执行 tables do, in every region); a header naming no single column
 * (占预算% beside both 年初 and 调整后预算数) is not guessed at.
 */
final class ShareColumnRule implements Rule {

    static final String ID = "table.share-column";

    /** 占调整后预算%, 占预算的比重%, 占调整预算（%）. */
    private static final Pattern SHARE = Pattern.compile("占(.+?)(?:的)?(?:比重|比例)?[(（]?[%％][)）]?");
    private static final Pattern PERCENT = Pattern.compile("[%％]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            for (int share = 0; share < table.columns().size(); share++) {
                int[] sources = sources(table, share);
                if (sources != null) {
                    checkColumn(table, share, sources[0], sources[1], checks);
                }
            }
        }
        return checks;
    }

    /** The amount and the whole a share column divides, or null if it is none or names no single column. */
    static int[] sources(DisclosureTable table, int share) {
        List<String> columns = table.columns().stream().map(c -> c == null ? "" : TextNormalizer.withoutSpaces(c)).toList();
        String header = columns.get(share);
        String last = header.substring(header.lastIndexOf('/') + 1);
        Matcher matcher = SHARE.matcher(last);
        if (!matcher.matches()) {
            return null;
        }
        String whole = matcher.group(1);
        int amount = -1;
        for (int c = share - 1; c > 0 && amount < 0; c--) {
            if (!PERCENT.matcher(columns.get(c)).find()) {
                amount = c;
            }
        }
        int denominator = -1;
        for (int c = 1; c < columns.size(); c++) {
            if (c != share && c != amount && columns.get(c).contains(whole) && !PERCENT.matcher(columns.get(c)).find()) {
                if (denominator >= 0) {
                    return null;   // two columns fit the name: not guessed at
                }
                denominator = c;
            }
        }
        return amount < 0 || denominator < 0 ? null : new int[] {amount, denominator};
    }

    private static void checkColumn(DisclosureTable table, int share, int amountColumn, int wholeColumn, List<Check> checks) {
        for (int r = table.headerRows(); r < table.rows().size(); r++) {
            List<DisclosureCell> row = table.rows().get(r);
            DisclosureCell printed = TableCells.startingAt(row, share);
            DisclosureCell amount = TableCells.startingAt(row, amountColumn);
            DisclosureCell whole = TableCells.startingAt(row, wholeColumn);
            if (printed == null || amount == null || whole == null || !printed.hasValue() || !amount.hasValue()
                    || !whole.hasValue() || whole.value().signum() == 0) {
                continue;
            }
            BigDecimal exact = amount.value().multiply(HUNDRED).divide(whole.value(), MathContext.DECIMAL64);
            String how = "「" + amount.text() + "」 ÷ 「" + whole.text() + "」 × 100 (" + table.columns().get(amountColumn)
                    + " ÷ " + table.columns().get(wholeColumn) + ")";
            checks.add(PrintedRates.check(ID, table, r, share, printed, List.of(amount, whole), exact,
                    PrintedRates.quotientBound(printed.value(), amount.value(), whole.value()), how));
        }
    }
}
