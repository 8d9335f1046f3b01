package org.disclosure.pipeline.contract;

import java.math.BigDecimal;

/** A figure that carries its own unit or comparator (≥2138人), in a cell or as a performance target. */
public record CellFigureJson(BigDecimal value, String unit, String relation, String kind, Boolean approximate) {
}
