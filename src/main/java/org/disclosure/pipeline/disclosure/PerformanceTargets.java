package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.figure.FigureParser;

/** Reads the performance-target tables: labelled fields at the top, then one indicator per row. */
final class PerformanceTargets {

    private PerformanceTargets() {
    }

    static List<PerformanceTarget> read(List<DisclosureTable> tables) {
        List<PerformanceTarget> targets = new ArrayList<>();
        for (DisclosureTable table : tables) {
            if (table.standard() != null && StandardKind.BUDGET_PERFORMANCE_TARGETS.is(table.standard().kind())) {
                targets.add(read(table));
            }
        }
        return targets;
    }

    static PerformanceTarget read(DisclosureTable table) {
        DisclosureCell header = find(table, "一级指标");
        List<PerformanceTarget.Indicator> indicators = new ArrayList<>();
        if (header != null) {
            int levelTwo = columnOf(table, header.row(), "二级指标");
            int levelThree = columnOf(table, header.row(), "三级指标");
            int value = columnOf(table, header.row(), "指标值");
            for (List<DisclosureCell> row : table.rows()) {
                int r = row.isEmpty() ? -1 : row.get(0).row();
                if (r <= header.row() || levelThree < 0 || value < 0) {
                    continue;
                }
                DisclosureCell nameCell = table.cellAt(r, levelThree);
                DisclosureCell valueCell = table.cellAt(r, value);
                if (nameCell == null || valueCell == null || nameCell.text().isBlank() && valueCell.text().isBlank()) {
                    continue;
                }
                CellFigure target = valueCell.figure();
                if (target == null && valueCell.value() != null) {
                    target = new CellFigure(valueCell.value(), Boolean.TRUE.equals(valueCell.percent()) ? "%" : null,
                            null, FigureKind.NUMBER.key(), null);
                }
                indicators.add(new PerformanceTarget.Indicator(r, text(table.cellAt(r, header.column())),
                        levelTwo < 0 ? null : text(table.cellAt(r, levelTwo)), nameCell.text(), valueCell.text(), target));
            }
        }
        return new PerformanceTarget(table.id(), valueRightOf(table, "项目名称"), valueRightOf(table, "预算单位"),
                amountRightOf(table, "年度资金总额"), amountRightOf(table, "财政拨款"), amountRightOf(table, "其他资金"),
                valueRightOf(table, "项目总体目标"), indicators);
    }

    private static String text(DisclosureCell cell) {
        return cell == null || cell.text().isBlank() ? null : cell.text();
    }

    /** The first cell whose label (spaces and colons removed) starts with the given words. */
    private static DisclosureCell find(DisclosureTable table, String label) {
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (label(cell).startsWith(label) || label(cell).contains(label) && label.length() >= 4) {
                    return cell;
                }
            }
        }
        return null;
    }

    private static String label(DisclosureCell cell) {
        return cell.text().replaceAll("[\\s:：]", "");
    }

    private static int columnOf(DisclosureTable table, int row, String label) {
        for (List<DisclosureCell> cells : table.rows()) {
            for (DisclosureCell cell : cells) {
                if (cell.row() == row && label(cell).startsWith(label)) {
                    return cell.column();
                }
            }
        }
        return -1;
    }

    private static DisclosureCell rightOf(DisclosureTable table, String label) {
        DisclosureCell cell = find(table, label);
        return cell == null ? null : table.cellAt(cell.row(), cell.column() + cell.colSpan());
    }

    private static String valueRightOf(DisclosureTable table, String label) {
        DisclosureCell value = rightOf(table, label);
        return value == null ? null : text(value);
    }

    private static BigDecimal amountRightOf(DisclosureTable table, String label) {
        DisclosureCell value = rightOf(table, label);
        if (value == null) {
            return null;
        }
        if (value.value() != null) {
            return value.value();
        }
        return FigureParser.parse(value.text()) instanceof Figure figure ? figure.value() : null;
    }
}
