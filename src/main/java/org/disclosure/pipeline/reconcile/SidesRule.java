package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * The two sides of an overview table add up: on each side, a sum row (本年收入合计, 本年支出合计,
 * 收入总计, 支出总计, 总计 …) equals its numbered items (一、二、三 …) since the previous sum row, and a
 * total equals the sum before it plus the rows between (上年结转, 年末结转和结余, 结余分配 …).
 */
final class SidesRule implements Rule {

    static final String ID = "table.side-sums";
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern SUM = Pattern.compile("^(?:本年)?(?:收入|支出)?(?:合计|小计|总计)$|^本年(?:收入|支出)小$");

    /** One label on one side with the figure beside it. */
    private record Line(DisclosureCell label, DisclosureCell value) {
        String text() {
            return label.text().replaceAll("\\s+", "");
        }
    }

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            if (table.standard() == null || !table.standard().kind().endsWith("overview")) {
                continue;
            }
            for (int column = 0; column < table.columnCount(); column++) {
                List<Line> side = side(table, column);
                if (side.stream().filter(l -> NUMBERED.matcher(l.text()).find()).count() >= 2) {
                    checks.addAll(check(table, side));
                }
            }
        }
        return checks;
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

    private static List<Check> check(DisclosureTable table, List<Line> side) {
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
                        checks.add(check(table, line, parts));
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

    private static Check check(DisclosureTable table, Line sum, List<Line> parts) {
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
        String message = status == CheckStatus.PASS
                ? TableCells.name(table) + "「" + sum.text() + "」" + Amounts.format(printed, unit) + " 等于 " + names + " 之和"
                : TableCells.name(table) + "「" + sum.text() + "」印为 「" + sum.value().text() + "」, 而 " + names
                + " 之和为 " + Amounts.format(expected, unit) + ", " + Tolerance.difference(status, printed, expected, values, unit);
        return Check.computed(ID, status, message, expected, printed, refs, unit, sum.value().text(),
                values.size() + " 项之和 sum of " + values.size() + " rows: " + names);
    }
}
