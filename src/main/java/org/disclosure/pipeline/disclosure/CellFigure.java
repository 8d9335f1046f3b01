package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;

import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureKind;

/**
 * A figure that carries its own meaning in the cell, as performance targets do (≥2138人,
 * ≤0.03万元/人, =100%): the value with its unit, comparator and kind.
 *
 * @param relation    "≥", "≤", "=", ">", "<", or null when none was printed
 * @param approximate true for 约/余 figures, else null
 */
public record CellFigure(BigDecimal value, String unit, String relation, String kind, Boolean approximate) {

    static CellFigure of(Figure figure) {
        String relation = figure.relation().symbol();
        return new CellFigure(figure.value(), figure.unit(), relation.isEmpty() ? null : relation,
                figure.kind().key(), figure.approximate() ? Boolean.TRUE : null);
    }

    /** Whether the figure measures this kind of thing (kind holds the kind's key, as document.json spells it). */
    public boolean is(FigureKind measure) {
        return measure.key().equals(kind);
    }
}
