package org.disclosure.pipeline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.Ruling;
import org.junit.jupiter.api.Test;

/** The line under underlined text is part of the text, not a ruling that cuts its cell. */
class UnderlinesTest {

    /** 一般公共 set from x = 198.4 at 11 pt, baseline 202.5. */
    private static final List<Glyph> HEADING = glyphs("一般公共", 198.4, 202.5);

    @Test
    void theLineJustUnderATextLineFromItsFirstGlyphToItsLastIsAnUnderline() {
        Ruling underline = Ruling.horizontal(204.1, 198.4, 242.4);
        assertThat(Underlines.without(List.of(underline), HEADING)).isEmpty();
    }

    @Test
    void aCellBorderWiderThanItsTextOrFarBelowItIsARuling() {
        Ruling border = Ruling.horizontal(204.1, 196.2, 244.4);
        Ruling below = Ruling.horizontal(210.0, 198.4, 242.4);
        Ruling vertical = Ruling.vertical(196.2, 190, 210);
        assertThat(Underlines.without(List.of(border, below, vertical), HEADING)).containsExactly(border, below, vertical);
    }

    private static List<Glyph> glyphs(String text, double x, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        for (char c : text.toCharArray()) {
            glyphs.add(new Glyph(String.valueOf(c), x, baseline - 9.5, x + 11, baseline + 1.5, baseline, 11, "F"));
            x += 11;
        }
        return glyphs;
    }
}
