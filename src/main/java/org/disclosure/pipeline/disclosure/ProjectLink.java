package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;

/**
 * A project described in the narrative (项目名称 … 预算安排规模 …) with the project-table row and
 * the performance-target table that describe the same project, where found.
 *
 * @param amount         预算安排规模 as stated in the narrative
 * @param tableId        the project table (一般公共预算项目支出情况表), or null
 * @param row            the project's row in it, or null
 * @param tableAmount    the row's 项目支出合计
 * @param targetsTableId the 项目支出绩效目标表 of the project, or null
 * @param targetFunds    its 年度资金总额
 */
public record ProjectLink(String name, BigDecimal amount, String unit, int page, String tableId, Integer row,
                          String tableName, BigDecimal tableAmount, String targetsTableId, String targetsName,
                          BigDecimal targetFunds) {
}
