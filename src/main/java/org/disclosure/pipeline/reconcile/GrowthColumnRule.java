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
 * A growth column restates two other columns of its row: 增长% is this year's amount over last
 * year's, less one, times 100. Last year's column is the one headed 上年同期, or the same measure
 * a year earlier (2021年决算数 beside 2022年决算数). A comparable-basis growth (可比增长%, 同口径)
 * adjusts last year's figure by something the table does not print, so it is not checked.
 */
final class GrowthColumnRule implements Rule {

    static final String ID = "table.growth-column";

    private static final Pattern GROWTH = Pattern.compile("(?:增长|增减|增幅)(?:率)?[(（]?[%％][)）]?");
    private static final Pattern PERCENT = Pattern.compile("[%％]");
    private static final Pattern YEAR_MEASURE = Pattern.compile("((?:19|20)\\d{2})年(.*)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            for (int growth = 0; growth < table.columns().size(); growth++) {
                int[] sources = sources(table, growth);
                if (sources != null) {
                    checkColumn(table, growth, sources[0], sources[1], checks);
                }
            }
        }
        return checks;
    }

    /** This year's and last year's columns a growth column compares, or null. */
    static int[] sources(DisclosureTable table, int growth) {
        List<String> columns = table.columns().stream().map(c -> c == null ? "" : TextNormalizer.withoutSpaces(c)).toList();
        String header = columns.get(growth);
        String last = header.substring(header.lastIndexOf('/') + 1);
        if (!GROWTH.matcher(last).matches() || header.contains("可比") || header.contains("口径")) {
            return null;
        }
        int previous = -1;
        for (int c = 1; c < columns.size(); c++) {
            if (c != growth && columns.get(c).contains("上年") && !PERCENT.matcher(columns.get(c)).find()) {
                if (previous >= 0) {
                    return null;
                }
                previous = c;
            }
        }
        int current = -1;
        for (int c = growth - 1; c > 0 && current < 0; c--) {
            if (c != previous && !PERCENT.matcher(columns.get(c)).find()) {
                current = c;
            }
        }
        if (current < 0) {
            return null;
        }
        if (previous < 0) {
            // the same measure a year earlier: 2021年决算数 for 2022年决算数 / 金额
            Matcher now = YEAR_MEASURE.matcher(columns.get(current));
            if (!now.matches()) {
                return null;
            }
            String measure = now.group(2).split("/")[0];
            String wanted = (Integer.parseInt(now.group(1)) - 1) + "年" + measure;
            for (int c = 1; c < columns.size(); c++) {
                if (c != current && columns.get(c).startsWith(wanted) && !PERCENT.matcher(columns.get(c)).find()) {
                    if (previous >= 0) {
                        return null;
                    }
                    previous = c;
                }
            }
        }
        return previous < 0 ? null : new int[] {current, previous};
    }

    private static void checkColumn(DisclosureTable table, int growth, int currentColumn, int previousColumn, List<Check> checks) {
        for (int r = table.headerRows(); r < table.rows().size(); r++) {
            List<DisclosureCell> row = table.rows().get(r);
            DisclosureCell printed = TableCells.startingAt(row, growth);
            DisclosureCell current = TableCells.startingAt(row, currentColumn);
            DisclosureCell previous = TableCells.startingAt(row, previousColumn);
            if (printed == null || current == null || previous == null || !printed.hasValue() || !current.hasValue()
                    || !previous.hasValue() || previous.value().signum() <= 0) {
                continue;
            }
            BigDecimal exact = current.value().divide(previous.value(), MathContext.DECIMAL64).subtract(BigDecimal.ONE).multiply(HUNDRED);
            String how = "(「" + current.text() + "」 ÷ 「" + previous.text() + "」 − 1) × 100 (" + table.columns().get(currentColumn)
                    + " 比 " + table.columns().get(previousColumn) + ")";
            checks.add(PrintedRates.check(ID, table, r, growth, printed, List.of(current, previous), exact,
                    PrintedRates.quotientBound(printed.value(), current.value(), previous.value()), how));
        }
    }
}
