package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

/** One of document.json's {@code performanceTargets}: a project, its funds, and each indicator with its target. */
public record PerformanceTargetJson(String tableId, String project, String budgetUnit, BigDecimal funds,
                                    BigDecimal fiscalFunds, BigDecimal otherFunds, String goal,
                                    List<Indicator> indicators) {

    /** One indicator, its three levels' names and its target as printed and as read. */
    public record Indicator(int row, String level1, String level2, String name, String text, CellFigureJson target) {
    }
}
