package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.Box;

/**
 * A figure stated in the document's running text (not in a table), with what it means and where
 * it is printed: the narrative claims that reconciliation holds against the tables.
 *
 * @param context the sentence around it, so a reader knows what it is a figure of
 * @param section the headings it stands under: 第三部分 … / 三、关于… / (一)…
 * @param boxes   one [x0, top, x1, bottom] per printed line the figure occupies (a figure can wrap)
 * @param subject the 类/款/项 chain the numbered paragraph it stands in opens with, spaces removed
 *                (城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）), or null
 */
public record NarrativeFigure(String text, BigDecimal value, String unit, String kind, String relation,
                              Boolean approximate, String context, String section, int page, List<Box> boxes,
                              String subject) {

    /** A figure outside any paragraph about a subject. */
    public NarrativeFigure(String text, BigDecimal value, String unit, String kind, String relation,
                           Boolean approximate, String context, String section, int page, List<Box> boxes) {
        this(text, value, unit, kind, relation, approximate, context, section, page, boxes, null);
    }

    /** How far the context reaches on either side of the figure (less where its line begins or ends). */
    public static final int CONTEXT_REACH = 40;

    /** Whether the figure measures this kind of thing (kind holds the kind's key, as document.json spells it). */
    public boolean is(FigureKind measure) {
        return measure.key().equals(kind);
    }

}
