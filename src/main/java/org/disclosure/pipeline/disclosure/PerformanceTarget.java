package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's performance targets (项目支出绩效目标表): the project, its funds, and each indicator
 * with its target.
 *
 * @param funds        年度资金总额, in the table's unit (万元 in the national template)
 * @param fiscalFunds  of which 财政拨款
 * @param otherFunds   of which 其他资金
 * @param goal         项目总体目标, as printed
 */
public record PerformanceTarget(String tableId, String project, String budgetUnit, BigDecimal funds,
                                BigDecimal fiscalFunds, BigDecimal otherFunds, String goal, List<Indicator> indicators) {

    /**
     * One indicator: its 一级/二级/三级 names and the target as printed and as read.
     *
     * @param target the target read as a figure (≥2138人), or null for a word such as 好
     */
    public record Indicator(int row, String level1, String level2, String name, String text, CellFigure target) {
    }
}
