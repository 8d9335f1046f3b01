package org.disclosure.pipeline.figure;

import java.math.BigDecimal;

/** What the text of a table cell says as a figure: a number, nothing, or something else. */
public sealed interface CellReading {

    /** A number as printed, exactly; {@code percent} when it carried a % sign. */
    record Number(BigDecimal value, boolean percent) implements CellReading {
    }

    /** The cell is empty: nothing was printed. */
    record Blank() implements CellReading {
    }

    /** A dash or slash printed where a figure would stand: "none", which is not the same as zero. */
    record Placeholder(String printed) implements CellReading {
    }

    /** Text that is not a figure (a name, a header), or a malformed one, with the reason. */
    record NotAFigure(String reason) implements CellReading {
    }
}
