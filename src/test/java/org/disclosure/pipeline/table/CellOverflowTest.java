package org.disclosure.pipeline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;
import org.junit.jupiter.api.Test;

/** A figure printed on past its cell's ruling is read whole, in the cell it started in. */
class CellOverflowTest {

    private static final double SIZE = 12;
    /** Three cells: 242.6–289.1, 289.1–336.4, 336.4–382.9. */
    private static final List<Double> COLUMNS = List.of(242.6, 289.1, 336.4, 382.9);

    @Test
    void anOverflowingFigureStaysInItsCellAndTheNextCellKeepsItsOwn() {
        // as Chromium prints 1503.16 twice in narrow cells, 4 pt padding: each overflows its cell by its last digit
        List<Glyph> glyphs = new ArrayList<>(run("1503.16", 246.8));
        glyphs.addAll(run("1503.16", 293.6));
        List<Glyph> read = CellOverflow.pulledBack(glyphs, COLUMNS);
        assertThat(textIn(read, 0)).isEqualTo("1503.16");
        assertThat(textIn(read, 1)).isEqualTo("1503.16");
        assertThat(textIn(read, 2)).isEmpty();
    }

    @Test
    void figuresInsideTheirCellsAreLeftAlone() {
        // right-aligned, each ending at its cell's padding
        List<Glyph> glyphs = new ArrayList<>(run("157", 262.5));
        glyphs.addAll(run("157.5", 300.0));
        List<Glyph> read = CellOverflow.pulledBack(glyphs, COLUMNS);
        assertThat(read).isSameAs(glyphs);
    }

    @Test
    void aLabelTouchingARulingIsNoFigure() {
        List<Glyph> glyphs = run("合计", 280);
        assertThat(CellOverflow.pulledBack(glyphs, COLUMNS)).isSameAs(glyphs);
    }

    /** Glyphs set at the font's advance (digits 7.2 pt, a point 3.6 pt, ideographs 12 pt) from x. */
    private static List<Glyph> run(String text, double x) {
        List<Glyph> glyphs = new ArrayList<>();
        for (char c : text.toCharArray()) {
            double advance = c == '.' ? 3.6 : c > 0x2E80 ? 12 : 7.2;
            glyphs.add(new Glyph(String.valueOf(c), x, 244, x + advance, 256, 254, SIZE, "F"));
            x += advance;
        }
        return glyphs;
    }

    private static String textIn(List<Glyph> glyphs, int column) {
        StringBuilder text = new StringBuilder();
        glyphs.stream().filter(g -> g.centerX() > COLUMNS.get(column) && g.centerX() < COLUMNS.get(column + 1))
                .sorted(java.util.Comparator.comparingDouble(Glyph::x0)).forEach(g -> text.append(g.text()));
        return text.toString();
    }
}
