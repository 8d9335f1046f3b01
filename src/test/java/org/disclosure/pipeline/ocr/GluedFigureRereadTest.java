package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.fixtures.FixtureFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures glued to ideographs ({@code 2023年}, {@code 增长9.3%}, {@code 为1,234.56万元}), drawn as a
 * 300 dpi scan draws 12 pt text, read a second time from the figure's share of the word's box alone:
 * the digits-only read must see the figure and nothing of the ideographs beside it.
 */
class GluedFigureRereadTest {

    /** 12 pt at 300 dpi. */
    private static final float EM_PIXELS = 50;

    private static Font font;

    @BeforeAll
    static void engineAndFont() throws Exception {
        assumeTrue(Tesseract.version().isPresent() && Tesseract.digitsModelInstalled(),
                "tesseract with chi_sim and eng is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        assumeTrue(Files.exists(FixtureFonts.ZENHEI), "fonts-wqy-zenhei is not installed");
        font = Font.createFonts(FixtureFonts.ZENHEI.toFile())[0].deriveFont(EM_PIXELS);
    }

    /** A sentence's words drawn one a line; each word's box is its ink, as Tesseract's box is. */
    private record Drawn(BufferedImage page, List<OcrLine> lines) {
    }

    private static Drawn draw(List<String> printed, List<String> firstReads, double confidence) {
        BufferedImage page = new BufferedImage(1400, 140 * printed.size() + 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D paint = page.createGraphics();
        paint.setColor(Color.WHITE);
        paint.fillRect(0, 0, page.getWidth(), page.getHeight());
        paint.setColor(Color.BLACK);
        paint.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paint.setFont(font);
        FontRenderContext context = paint.getFontRenderContext();
        List<OcrLine> lines = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            int x = 120;
            int baseline = 120 + 140 * i;
            paint.drawString(printed.get(i), x, baseline);
            Rectangle ink = font.createGlyphVector(context, printed.get(i)).getPixelBounds(context, x, baseline);
            OcrWord word = new OcrWord(firstReads.get(i), ink.x, ink.y, ink.width, ink.height, confidence, "1.1." + i);
            lines.add(new OcrLine(ink.x, ink.y, ink.width, ink.height, List.of(word)));
        }
        paint.dispose();
        return new Drawn(page, lines);
    }

    private static Map<OcrWord, SecondRead.Choice> reread(Drawn drawn) throws Exception {
        return new FigureRereader(new Tesseract()).reread(drawn.page(), drawn.lines(), OcrSettings.UNCERTAIN_BELOW,
                Duration.ofSeconds(120)).choices();
    }

    @Test
    void theSecondReadSeesOnlyTheFigure() throws Exception {
        List<String> words = List.of("2023年", "增长9.3%", "为1,234.56万元", "下降12.5%", "共计305个");
        Map<OcrWord, SecondRead.Choice> choices = reread(draw(words, words, 40));

        assertThat(choices).hasSize(words.size());
        for (SecondRead.Choice choice : choices.values()) {
            assertThat(SecondRead.core(choice.second())).as("second read of %s", choice.first())
                    .isEqualTo(SecondRead.core(choice.first()));
            assertThat(choice.agreed()).isTrue();
            assertThat(choice.text()).isEqualTo(choice.first());
            assertThat(choice.confidence()).as("two reads agree: the surer one's confidence").isGreaterThan(40);
        }
    }

    @Test
    void aLookAlikeLetterInAGluedFigureIsTheDigitTheCropShows() throws Exception {
        Map<OcrWord, SecondRead.Choice> choices = reread(draw(List.of("为1,254.56万元"), List.of("为1,2S4.56万元"), 95));

        SecondRead.Choice choice = choices.values().iterator().next();
        assertThat(choice.agreed()).isTrue();
        assertThat(choice.text()).isEqualTo("为1,254.56万元");
    }

    @Test
    void whenTheCropDisagreesTheFigureStaysUncertain() throws Exception {
        Map<OcrWord, SecondRead.Choice> choices = reread(draw(List.of("增长9.3%"), List.of("增长9.8%"), 60));

        SecondRead.Choice choice = choices.values().iterator().next();
        assertThat(SecondRead.core(choice.second())).isEqualTo("9.3%");
        assertThat(choice.agreed()).isFalse();
        assertThat(choice.confidence()).isLessThan(OcrSettings.UNCERTAIN_BELOW);
    }

    @Test
    void theFiguresShareOfTheBoxFollowsTheCharactersWidths() {
        double[] share = FigureRereader.coreShare("增长9.3%");
        // 增 长 are an em each, 9 . 3 % are 0.55 + 0.3 + 0.55 + 0.8
        assertThat(share[0]).isCloseTo(2 / 4.2, within(1e-9));
        assertThat(share[1]).isCloseTo(1.0, within(1e-9));
        assertThat(FigureRereader.coreShare("2023年")[1]).isCloseTo(2.2 / 3.2, within(1e-9));
        assertThat(FigureRereader.coreShare("3%，")[1]).isCloseTo(1.35 / 2.35, within(1e-9));
    }
}
