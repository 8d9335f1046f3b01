package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed sample's narrative figures are found, read right, and traced to the glyphs that print them. */
class NarrativeFiguresTest {

    private static ParsedPdf pdf;
    private static DisclosureDocument document;

    @BeforeAll
    static void read() throws Exception {
        pdf = new PdfReader(500).read(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        document = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages()));
    }

    @Test
    void theExpenditureSentenceYieldsItsAmountsSharesAndChanges() {
        List<NarrativeFigure> sentence = document.figures().stream()
                .filter(f -> f.context().contains("基本支出1346.16万元,占89.56%")).toList();
        assertThat(sentence).extracting(NarrativeFigure::text, f -> f.value().toPlainString(), NarrativeFigure::unit,
                        NarrativeFigure::kind)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("1346.16万元", "1346.16", "万元", "amount"),
                        org.assertj.core.groups.Tuple.tuple("89.56%", "89.56", "%", "percent"),
                        org.assertj.core.groups.Tuple.tuple("增加96.54万元", "96.54", "万元", "change"),
                        org.assertj.core.groups.Tuple.tuple("增长7.73%", "7.73", "%", "change"));
    }

    @Test
    void figuresKnowTheSectionTheyStandUnder() {
        NarrativeFigure basic = document.figures().stream()
                .filter(f -> f.text().equals("1346.16万元") && f.context().contains("基本支出1346.16万元,占89.56%"))
                .findFirst().orElseThrow();
        assertThat(basic.section()).startsWith("第三部分 2022 年单位预算情况说明 / 三、关于克孜勒苏柯尔克孜自治州人民政府办公室");
        assertThat(basic.section()).endsWith("支出预算情况说明");
        NarrativeFigure vehicles = document.figures().stream().filter(f -> f.text().equals("12 辆")).findFirst().orElseThrow();
        assertThat(vehicles.section()).endsWith("/ (三) 国有资产占用使用情况");
    }

    @Test
    void aDecreaseWrappedOverALineBreakIsReadWholeAndNegative() {
        assertThat(document.figures()).anySatisfy(f -> {
            assertThat(f.context()).contains("项目支出157万元,占10.44%");
            assertThat(f.text()).isEqualTo("下降9.77%");
            assertThat(f.value()).isEqualByComparingTo("-9.77");
        });
    }

    @Test
    void everyNarrativeFigureIsPrintedInItsBoxes() {
        assertThat(document.figures()).hasSizeGreaterThan(50);
        for (NarrativeFigure figure : document.figures()) {
            PageModel page = pdf.pages().get(figure.page() - 1);
            String printed = figure.boxes().stream().map(box -> glyphsIn(page, box)).collect(Collectors.joining());
            assertThat(printed).as(figure.text() + " on page " + figure.page()).isEqualTo(figure.text().replaceAll("\\s", ""));
        }
    }

    @Test
    void tableFiguresAreNotTakenForNarrative() {
        // 1, 089. 40 is printed only in 表六; the narrative says 基本工资 324.15 万元 but never 1089.40
        assertThat(document.figures()).noneMatch(f -> f.value().compareTo(new java.math.BigDecimal("1089.40")) == 0);
        assertThat(document.figures()).noneMatch(f -> f.text().contains("≥712"));
    }

    private static String glyphsIn(PageModel page, Box box) {
        return page.glyphs().stream()
                .filter(g -> !g.isSpace())
                .filter(g -> g.centerX() >= box.x0() - 0.01 && g.centerX() <= box.x1() + 0.01
                        && g.centerY() >= box.top() - 0.01 && g.centerY() <= box.bottom() + 0.01)
                .sorted(Comparator.comparingDouble(Glyph::x0))
                .map(Glyph::text).collect(Collectors.joining());
    }
}
