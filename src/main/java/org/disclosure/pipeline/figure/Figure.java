package org.disclosure.pipeline.figure;

import java.math.BigDecimal;

/**
 * A figure as printed, normalised: an exact value with the printed decimals kept, its unit, and
 * what it means.
 *
 * @param value       the exact value, signed (a decrease is negative)
 * @param unit        the unit as printed, normalised ("万元", "%", "人", "万元/人"); null when none
 * @param scaleToYuan for money, the factor from the unit to 元 (万元: 10000); null otherwise
 * @param relation    the comparator printed before it (≥, ≤, =), or NONE
 * @param kind        what it measures
 * @param approximate true for 约4.8万元, 110余人, 4余次
 * @param text        the original text the figure was read from
 * @param start       where that text starts in its source (0 for a cell)
 * @param end         where it ends (exclusive)
 */
public record Figure(BigDecimal value, String unit, BigDecimal scaleToYuan, Relation relation, FigureKind kind,
                     boolean approximate, String text, int start, int end) implements Reading {

    /** The value in 元, for money; null for anything else. */
    public BigDecimal toYuan() {
        return scaleToYuan == null ? null : value.multiply(scaleToYuan);
    }

    public boolean isMoney() {
        return scaleToYuan != null;
    }

    Figure at(String source, int newStart, int newEnd) {
        return new Figure(value, unit, scaleToYuan, relation, kind, approximate, source, newStart, newEnd);
    }
}
