package org.disclosure.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineBuilderTest {

    /** Glyphs of one size laid out left to right from x, with the given gap after each. */
    private static List<Glyph> laidOut(String text, double x, double baseline, double gap) {
        List<Glyph> glyphs = new ArrayList<>();
        double size = 10;
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            double width = ch.codePointAt(0) > 0x2E80 ? size : size * 0.55;
            glyphs.add(new Glyph(ch, x, baseline - 8.8, x + width, baseline + 1.2, baseline, size, "F"));
            x += width + gap;
        }
        return glyphs;
    }

    @Test
    void noSpaceIsInventedBetweenIdeographsEvenWhenLetterSpaced() {
        List<TextLine> lines = LineBuilder.lines(laidOut("一般公共服务支出", 50, 100, 4));
        assertThat(lines).extracting(TextLine::text).containsExactly("一般公共服务支出");
    }

    @Test
    void letterSpacedDigitsAndLettersReadAsWordsAndTheSpacesBetweenThemStay() {
        // every glyph placed on its own at a regular pitch, as justifying producers print
        assertThat(LineBuilder.lines(laidOut("1503.16", 50, 100, 3))).extracting(TextLine::text).containsExactly("1503.16");
        List<Glyph> two = new ArrayList<>(laidOut("1503.16", 50, 100, 3));
        two.addAll(laidOut("1346.16", 50 + 7 * 8.5 + 12, 100, 3));
        assertThat(LineBuilder.lines(two)).extracting(TextLine::text).containsExactly("1503.16 1346.16");
        List<Glyph> words = new ArrayList<>(laidOut("Budget", 50, 100, 2.5));
        words.addAll(laidOut("2024", 50 + 6 * 8 + 8, 100, 2.5));
        assertThat(LineBuilder.lines(words)).extracting(TextLine::text).containsExactly("Budget 2024");
    }

    @Test
    void singleFiguresEvenlyApartAreNotOneRun() {
        // one-digit figures a column apart are columns, never one spaced number
        assertThat(LineBuilder.lines(laidOut("123", 50, 100, 14))).extracting(TextLine::text).containsExactly("1 2 3");
    }

    @Test
    void aWordGapIsASpaceBetweenDigitsButNotNextToAnIdeograph() {
        List<Glyph> glyphs = new ArrayList<>(laidOut("2022", 50, 100, 0));
        glyphs.addAll(laidOut("年", 50 + 4 * 5.5 + 5, 100, 0));
        assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("2022年");
        List<Glyph> latin = new ArrayList<>(laidOut("201", 50, 100, 0));
        latin.addAll(laidOut("03", 50 + 3 * 5.5 + 5, 100, 0));
        assertThat(LineBuilder.lines(latin)).extracting(TextLine::text).containsExactly("201 03");
    }

    @Test
    void linesAreOrderedTopToBottomAndGlyphsLeftToRight() {
        List<Glyph> glyphs = new ArrayList<>(laidOut("第二行", 50, 130, 0));
        List<Glyph> first = laidOut("第一行", 50, 100, 0);
        glyphs.add(0, first.get(2));
        glyphs.addAll(first.subList(0, 2));
        assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("第一行", "第二行");
    }

    @Test
    void fakeBoldDuplicatesAreDropped() {
        List<Glyph> once = laidOut("合计", 50, 100, 0);
        List<Glyph> twice = new ArrayList<>(once);
        for (Glyph g : once) {
            twice.add(new Glyph(g.text(), g.x0() + 0.35, g.top(), g.x1() + 0.35, g.bottom(), g.baseline(), g.size(), g.font()));
        }
        assertThat(PdfReader.withoutFakeBold(twice)).hasSize(2);
        assertThat(LineBuilder.lines(PdfReader.withoutFakeBold(twice))).extracting(TextLine::text).containsExactly("合计");
    }

    @Test
    void radicalCodePointsAreNormalisedToIdeographs() {
        // ⼀ (U+2F00 KANGXI RADICAL ONE) and ⾦ (U+2FA6) are what some fonts map 一 and 金 to
        assertThat(TextNormalizer.normalize("⼀般公共预算资⾦")).isEqualTo("一般公共预算资金");
    }
}
