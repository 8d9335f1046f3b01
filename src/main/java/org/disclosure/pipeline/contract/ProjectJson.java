package org.disclosure.pipeline.contract;

import java.math.BigDecimal;

/** One of document.json's {@code projects}: a project of the narrative with its table row and performance targets. */
public record ProjectJson(String name, BigDecimal amount, String unit, int page, String tableId, Integer row,
                          String tableName, BigDecimal tableAmount, String targetsTableId, String targetsName,
                          BigDecimal targetFunds) {
}
