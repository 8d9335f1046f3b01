package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.StandardKind;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The two sides of an overview table add up: on each side, a sum row (本年收入合计, 本年支出合计,
 * 收入总计, 支出总计, 总计 …) equals its numbered items (一、二、三 …) since the previous sum row, and a
 * total equals the sum before it plus the rows between (上年结转, 年末结转和结余, 结余分配 …).
 * Any other table listed by numbered items with a sum row (a city 决算's 收入决算表: 一、税收收入,
 * 二、非税收入, 本年收入合计, 三、债务转贷收入 …, 收入总计) adds up the same way, in every amount
 * column (share and growth columns aside).
 */
final class SidesRule implements Rule {

    static final String ID = "table.side-sums";
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern SUM = Pattern.compile("^(?:本年)?(?:收入|支出)?(?:合计|小计|总计)$|^本年(?:收入|支出)小$");

    private static final Pattern PERCENT = Pattern.compile("[%％]");

    /** One label on one side with the figure beside it. */
    private record Line(DisclosureCell label, DisclosureCell value) {
        String text() {
            return TextNormalizer.withoutSpaces(label.text());
        }
    }

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            if (table.standard() != null && StandardKind.isOverview(table.standard().kind())) {
                for (int column = 0; column < table.columnCount(); column++) {
                    List<Line> side = side(table, column);
                    if (isListed(side)) {
                        checks.addAll(check(table, side, null));
                    }
                }
            } else {
                // a table of other kinds listed by numbered items: its label column, against every amount column
                for (int column = 1; column < table.columns().size(); column++) {
                    String header = table.columns().get(column);
                    if (header == null || PERCENT.matcher(header).find()) {
                        continue;
                    }
                    List<Line> side = labelled(table, column);
                    if (isListed(side) && side.stream().anyMatch(l -> SUM.matcher(l.text()).find())) {
                        checks.addAll(check(table, side, header));
                    }
                }
            }
        }
        return checks;
    }

    private static boolean isListed(List<Line> side) {
        return side.stream().filter(l -> NUMBERED.matcher(l.text()).find()).count() >= 2;
    }

    /** The first column's labels, body rows only, each with its figure in the given column. */
    private static List<Line> labelled(DisclosureTable table, int column) {
        List<Line> lines = new ArrayList<>();
        for (List<DisclosureCell> row : table.rows()) {
            if (row.isEmpty() || row.get(0).row() < table.headerRows() || row.get(0).column() != 0) {
                continue;
            }
            DisclosureCell label = row.get(0);
            if (label.text().isBlank() || label.hasValue()) {
                continue;
            }
            lines.add(new Line(label, TableCells.startingAt(row, column)));
        }
        return lines;
    }

    /** The labels of one column, body rows only, each with the first figure to its right. */
    private static List<Line> side(DisclosureTable table, int column) {
        List<Line> lines = new ArrayList<>();
        for (List<DisclosureCell> row : table.rows()) {
            if (row.isEmpty() || row.get(0).row() < table.headerRows()) {
                continue;
            }
            DisclosureCell label = TableCells.startingAt(row, column);
            if (label == null || label.text().isBlank() || label.hasValue()) {
                continue;
            }
            DisclosureCell value = TableCells.startingAt(row, column + label.colSpan());
            lines.add(new Line(label, value));
        }
        return lines;
    }

    /**
     * @param column the amount column's header, for a table checked column by column; null for an
     *               overview's side
     */
    private static List<Check> check(DisclosureTable table, List<Line> side, String column) {
        if (column != null) {
            return firstSum(table, side, column);
        }
        List<Check> checks = new ArrayList<>();
        List<Line> items = new ArrayList<>();
        Line previousSum = null;
        boolean breakdown = false;
        for (Line line : side) {
            String text = line.text();
            if (SUM.matcher(text).find()) {
                if (line.value() != null && line.value().hasValue()) {
                    List<Line> parts = new ArrayList<>(items);
                    if (previousSum != null) {
                        parts.add(0, previousSum);
                    }
                    if (!parts.isEmpty()) {
                        checks.add(check(table, line, parts, column));
                    }
                    previousSum = line;
                }
                items.clear();
                breakdown = false;
            } else if (NUMBERED.matcher(text).find()) {
                // numbered items make a sum; but numbered rows under a named item after a sum are that
                // item's breakdown (年初结转和结余: 一、一般公共预算 …) and add nothing more
                if (!breakdown) {
                    items.add(line);
                }
            } else if (previousSum != null) {
                // after a sum, every named row until the next sum adds to it (上年结转, 结余分配 …)
                items.add(line);
                breakdown = true;
            }
        }
        return checks;
    }

    /**
     * In a table of other kinds only the first sum is certain: 本年收入合计 = its numbered items. What
     * follows (三、债务转贷收入 and its rows, 收入总计) nests by indentation, which a cell's text does not
     * keep, so it is not summed rather than summed wrong. The named rows after the last numbered
     * item are that item's breakdown, or end with an addition to the sum (其中：预备费 in a budget
     * column): the sum holds if it holds with none of them or with the last few.
     */
    private static List<Check> firstSum(DisclosureTable table, List<Line> side, String column) {
        List<Line> items = new ArrayList<>();
        List<Line> afterLast = new ArrayList<>();
        for (Line line : side) {
            String text = line.text();
            if (SUM.matcher(text).find()) {
                if (items.size() < 2 || line.value() == null || !line.value().hasValue()) {
                    return List.of();
                }
                Check numbered = check(table, line, items, column);
                // an addition stands at the end of the block, after the last item's breakdown
                for (int from = afterLast.size() - 1; numbered.status() == CheckStatus.FAIL && from >= 0; from--) {
                    List<Line> withAdditions = new ArrayList<>(items);
                    withAdditions.addAll(afterLast.subList(from, afterLast.size()));
                    Check added = check(table, line, withAdditions, column);
                    if (added.status() != CheckStatus.FAIL) {
                        return List.of(added);
                    }
                }
                return List.of(numbered);
            }
            if (NUMBERED.matcher(text).find()) {
                items.add(line);
                afterLast.clear();
            } else if (!items.isEmpty()) {
                afterLast.add(line);
            }
        }
        return List.of();
    }

    private static Check check(DisclosureTable table, Line sum, List<Line> parts, String column) {
        BigDecimal expected = BigDecimal.ZERO;
        List<DisclosureCell> valueCells = new ArrayList<>();
        List<CheckRef> refs = new ArrayList<>();
        refs.add(TableCells.ref(table, sum.value()));
        for (Line part : parts) {
            if (part.value() != null && part.value().hasValue()) {
                expected = expected.add(part.value().value());
                valueCells.add(part.value());
                refs.add(TableCells.ref(table, part.value()));
            }
        }
        BigDecimal printed = sum.value().value();
        List<BigDecimal> values = Tolerance.weighed(valueCells);
        CheckStatus status = Tolerance.judge(printed, expected, values);
        String names = parts.stream().map(Line::text).toList().toString();
        String unit = table.unit();
        String where = TableCells.name(table) + (column == null ? "" : " " + column + " 列");
        String message = status == CheckStatus.PASS
                ? where + "「" + sum.text() + "」" + Amounts.format(printed, unit) + " 等于 " + names + " 之和"
                : where + "「" + sum.text() + "」印为 「" + sum.value().text() + "」, 而 " + names
                + " 之和为 " + Amounts.format(expected, unit) + ", " + Tolerance.difference(status, printed, expected, values, unit);
        return Check.computed(ID, status, message, expected, printed, refs, unit, sum.value().text(),
                values.size() + " 项之和 sum of " + values.size() + " rows: " + names);
    }
}
