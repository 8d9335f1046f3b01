package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

/** A cell whose misreading by OCR would explain a broken sum, as {@code ocr.suspects} lists it. */
public record SuspectCellJson(String rule, int page, List<Double> bbox, String table, String tableId, Integer row,
                              Integer column, String rowLabel, String read, String implied, BigDecimal impliedValue,
                              Double confidence, String why) {
}
