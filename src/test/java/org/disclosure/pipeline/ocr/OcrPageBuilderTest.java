package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.Ruling;
import org.junit.jupiter.api.Test;

/** Tesseract's TSV (recorded from page 6 of the Nanchang scan, one confidence lowered) into the page model. */
class OcrPageBuilderTest {

    private static final double A4_WIDTH = 594.75;
    private static final double A4_HEIGHT = 841.5;

    private static String recorded() throws IOException {
        try (InputStream in = OcrPageBuilderTest.class.getResourceAsStream("/ocr/nanchang-page6-two-lines.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wordsBecomeLinesThatReadLikeTheTextLayer() throws IOException {
        List<OcrLine> lines = TesseractTsv.lines(recorded());
        assertThat(lines).hasSize(2);

        OcrPage page = OcrPageBuilder.build(6, A4_WIDTH, A4_HEIGHT, 1, lines, List.of(), 300, 80, 0);
        PageModel model = page.model();

        // no spaces between ideographs, and the figure Tesseract split at its decimal point is one again
        assertThat(model.lines()).extracting(l -> l.text())
                .containsExactly("元，年末余额163.6亿元。",
                        "用结余结转资金21.7亿元，其中:市级使用18.7亿元，主");
        assertThat(model.hasTextLayer()).isTrue();
        assertThat(model.number()).isEqualTo(6);
        assertThat(page.words()).isEqualTo(31);
    }

    @Test
    void eachCharacterIsAGlyphWithItsShareOfTheWordInPoints() throws IOException {
        OcrPage page = OcrPageBuilder.build(6, A4_WIDTH, A4_HEIGHT, 1, TesseractTsv.lines(recorded()), List.of(),
                300, 80, 0);
        // "结余" at x 465..571 px on the second line: two glyphs, 53 px each, 72/300 points per pixel
        List<Glyph> word = page.model().glyphs().stream().filter(g -> g.x0() >= 465 * 0.24 - 0.01
                && g.x1() <= 571 * 0.24 + 0.01 && g.top() > 100).toList();
        assertThat(word).extracting(Glyph::text).containsExactly("结", "余");
        assertThat(word.get(0).x0()).isCloseTo(111.6, within(0.01));
        assertThat(word.get(0).x1()).isCloseTo(124.32, within(0.01));
        assertThat(word.get(1).x1()).isCloseTo(137.04, within(0.01));
        // the line's box and baseline: 583..644 px
        assertThat(word.get(0).top()).isCloseTo(139.92, within(0.01));
        assertThat(word.get(0).baseline()).isCloseTo(154.56, within(0.01));
    }

    @Test
    void aFigureReadWithLowConfidenceIsUncertainAndTheMeanIsReported() throws IOException {
        OcrPage page = OcrPageBuilder.build(6, A4_WIDTH, A4_HEIGHT, 1, TesseractTsv.lines(recorded()), List.of(),
                300, 80, 0);
        // 元， at 35 has no digit: a doubtful character, not a doubtful figure
        assertThat(page.uncertain()).extracting(UncertainWord::text).containsExactly("21.7");
        assertThat(page.uncertain().get(0).confidence()).isEqualTo(61.5);
        assertThat(page.uncertain().get(0).bbox()).isEqualTo(new Box(212.4, 139.92, 237.12, 154.56));
        assertThat(page.meanConfidence()).isBetween(80.0, 95.0);
    }

    @Test
    void aRulingBetweenTwoNumbersKeepsThemApart() {
        OcrWord left = new OcrWord("12", 100, 10, 40, 30, 90, "1.1.1");
        OcrWord right = new OcrWord("34", 150, 10, 40, 30, 90, "1.1.1");
        OcrLine line = new OcrLine(100, 10, 90, 30, List.of(left, right));
        assertThat(OcrPageBuilder.joined(line, List.of(), 0.24)).extracting(OcrWord::text).containsExactly("1234");
        Ruling between = Ruling.vertical(145 * 0.24, 0, 100);
        assertThat(OcrPageBuilder.joined(line, List.of(between), 0.24)).extracting(OcrWord::text)
                .containsExactly("12", "34");
    }

    @Test
    void aWordWhoseBoxReachesOverTheNextIsCutBackSoTheLineReadsInOrder() {
        // recorded: Tesseract boxed "2024" at 825..1118 px and "年" at 988..1059
        OcrWord year = new OcrWord("2024", 825, 247, 293, 62, 91.9, "1.1.1");
        OcrWord nian = new OcrWord("年", 988, 243, 71, 79, 91.5, "1.1.1");
        OcrWord bu = new OcrWord("部", 1058, 243, 75, 79, 91.9, "1.1.1");
        OcrLine line = new OcrLine(825, 247, 831, 62, List.of(year, nian, bu));
        OcrPage page = OcrPageBuilder.build(2, A4_WIDTH, A4_HEIGHT, 1, List.of(line), List.of(), 300, 80, 0);
        assertThat(page.model().lines()).extracting(l -> l.text()).containsExactly("2024年部");
    }

    @Test
    void longThinDarkRunsAreRulingsAndTextIsNot() {
        BufferedImage image = new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 1000);
        g.setColor(Color.BLACK);
        g.fillRect(100, 200, 600, 3);   // a table's top rule
        g.fillRect(100, 200, 3, 400);   // its left rule
        g.fillRect(100, 700, 600, 60);  // a filled bar: not a line
        g.fillRect(300, 300, 50, 3);    // a dash in the text: too short
        g.dispose();

        List<Ruling> rulings = ImageRulings.find(image, 300);

        assertThat(rulings).hasSize(2);
        Ruling horizontal = rulings.stream().filter(Ruling::isHorizontal).findFirst().orElseThrow();
        assertThat(horizontal.top()).isCloseTo(201 * 0.24, within(0.01));
        assertThat(horizontal.x0()).isCloseTo(100 * 0.24, within(0.01));
        assertThat(horizontal.x1()).isCloseTo(699 * 0.24, within(0.01));
        Ruling vertical = rulings.stream().filter(Ruling::isVertical).findFirst().orElseThrow();
        assertThat(vertical.x0()).isCloseTo(101 * 0.24, within(0.01));
        assertThat(vertical.length()).isCloseTo(399 * 0.24, within(0.5));
    }

    @Test
    void aGreyRuleAsABlurredScanGivesItIsStillARuling() {
        BufferedImage image = new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 250, 250)); // paper
        g.fillRect(0, 0, 800, 1000);
        g.setColor(new Color(185, 185, 185)); // a thin rule at 150-200 dpi after the scanner's blur
        g.fillRect(100, 200, 600, 2);
        g.setColor(new Color(225, 225, 225)); // a faint shade, too close to the paper to be ink
        g.fillRect(100, 400, 600, 2);
        g.dispose();

        assertThat(ImageRulings.rulingInk(image)).isEqualTo(210);
        assertThat(ImageRulings.find(image, 300)).hasSize(1);
    }

    @Test
    void aSpeckReadBesideAFigureInARuledCellIsDroppedButNotInRunningText() {
        OcrWord inCell = new OcrWord("。780.79", 200, 100, 120, 30, 91, "1.1.1");
        OcrWord speck = new OcrWord("。", 170, 100, 20, 30, 40, "1.1.1");
        OcrWord figure = new OcrWord("633.94", 250, 100, 120, 30, 91, "1.1.1");
        OcrWord inText = new OcrWord("3%，", 200, 400, 60, 30, 91, "1.1.2");
        List<Ruling> cell = List.of(Ruling.vertical(150 * 0.24, 80 * 0.24, 140 * 0.24),
                Ruling.vertical(400 * 0.24, 80 * 0.24, 140 * 0.24));
        OcrPage page = OcrPageBuilder.build(1, A4_WIDTH, A4_HEIGHT, 1,
                List.of(new OcrLine(200, 100, 120, 30, List.of(inCell)), new OcrLine(200, 400, 60, 30, List.of(inText))),
                cell, 300, 80, 0);
        assertThat(page.model().lines()).extracting(l -> l.text()).containsExactly("780.79", "3%，");
        // a speck Tesseract read as a word of its own, beside the figure in the same cell
        OcrPage apart = OcrPageBuilder.build(1, A4_WIDTH, A4_HEIGHT, 1,
                List.of(new OcrLine(170, 100, 200, 30, List.of(speck, figure))), cell, 300, 80, 0);
        assertThat(apart.model().lines()).extracting(l -> l.text()).containsExactly("633.94");
    }
}
