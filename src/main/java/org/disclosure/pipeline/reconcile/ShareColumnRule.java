package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;

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
        List<String> columns = table.columns().stream().map(c -> c == null ? "" : c.replaceAll("\\s+", "")).toList();
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
        String shareName = table.columns().get(share);
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
            BigDecimal shown = printed.value();
            int scale = Math.max(shown.scale(), 0);
            boolean asRounded = shown.compareTo(exact.setScale(scale, RoundingMode.HALF_UP)) == 0
                    || shown.compareTo(exact.setScale(scale, RoundingMode.HALF_EVEN)) == 0;
            // some producers cut a share rather than round it (9.3960 printed 9.39): a rounding matter too
            boolean asCut = shown.compareTo(exact.setScale(scale, RoundingMode.DOWN)) == 0;
            CheckStatus status = asRounded ? CheckStatus.PASS
                    : asCut || shown.subtract(exact).abs().compareTo(bound(shown, amount.value(), whole.value())) <= 0
                    ? CheckStatus.WARN : CheckStatus.FAIL;
            BigDecimal expected = exact.setScale(scale, RoundingMode.HALF_UP);
            String where = TableCells.name(table) + " " + rowName(table, r) + " " + shareName;
            String how = "「" + amount.text() + "」 ÷ 「" + whole.text() + "」 × 100 (" + table.columns().get(amountColumn)
                    + " ÷ " + table.columns().get(wholeColumn) + ")";
            String message = status == CheckStatus.PASS
                    ? where + " 「" + printed.text() + "」 = " + how
                    : where + " 印为 「" + printed.text() + "」, 按 " + how + " 计算为 " + Amounts.format(expected, "%")
                    + (status == CheckStatus.WARN ? ", 仅差舍入" : ", 相差 " + Amounts.format(shown.subtract(expected), null) + " 个百分点");
            checks.add(Check.computed(ID, status, message, expected, shown,
                    List.of(TableCells.ref(table, printed), TableCells.ref(table, amount), TableCells.ref(table, whole)),
                    "%", printed.text(), how));
        }
    }

    /**
     * How far rounding can move a printed share: half a unit of its own last digit, and what a whole
     * unit of the amount's and the whole's last digits does to the quotient (a whole unit, since
     * some producers cut their amounts rather than round them).
     */
    private static BigDecimal bound(BigDecimal share, BigDecimal amount, BigDecimal whole) {
        BigDecimal wholeAbs = whole.abs();
        BigDecimal fromAmount = unit(amount).divide(wholeAbs, MathContext.DECIMAL64);
        BigDecimal fromWhole = amount.abs().multiply(unit(whole)).divide(wholeAbs.multiply(wholeAbs), MathContext.DECIMAL64);
        return unit(share).divide(BigDecimal.valueOf(2)).add(fromAmount.add(fromWhole).multiply(HUNDRED));
    }

    private static BigDecimal unit(BigDecimal figure) {
        return BigDecimal.ONE.movePointLeft(Math.max(figure.scale(), 0));
    }

    private static String rowName(DisclosureTable table, int row) {
        String label = TableCells.rowLabel(table, row);
        return label == null ? "第" + (row + 1) + "行" : "「" + label + "」行";
    }
}
