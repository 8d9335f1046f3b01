package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.fixtures.FixtureFonts;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Ruling;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ink in a ruled table that no word covers is found; ink the words cover, dust and a rule's edge are not. */
class UnreadInkTest {

    private static final int DPI = 300;
    private static Font font;

    @BeforeAll
    static void font() throws Exception {
        assumeTrue(Files.exists(FixtureFonts.ZENHEI), "fonts-wqy-zenhei is not installed");
        font = Font.createFonts(FixtureFonts.ZENHEI.toFile())[0].deriveFont(38f); // 9 pt at 300 dpi
    }

    @Test
    void aFigureTheEngineDroppedIsFoundAndOnlyIt() {
        BufferedImage page = new BufferedImage(1200, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D paint = page.createGraphics();
        paint.setColor(Color.WHITE);
        paint.fillRect(0, 0, 1200, 600);
        paint.setColor(Color.BLACK);
        paint.setFont(font);
        String[] figures = {"780.79", "633.94", "137.71"};
        List<OcrWord> read = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            int x = 150 + i * 350;
            int baseline = 200;
            paint.drawString(figures[i], x, baseline);
            int width = paint.getFontMetrics().stringWidth(figures[i]);
            if (i != 1) { // the engine read the first and the last, and dropped the middle one
                read.add(new OcrWord(figures[i], x, baseline - 30, width, 32, 93, "1"));
            }
        }
        paint.fillRect(700, 400, 1, 1); // dust
        paint.fillRect(1000, 120, 2, 200); // a rule's blurred edge, left when the rule was painted out
        paint.dispose();
        List<Ruling> rulings = List.of(Ruling.horizontal(24, 24, 264), Ruling.horizontal(120, 24, 264),
                Ruling.vertical(24, 24, 120), Ruling.vertical(264, 24, 120)); // points: the whole image is the table

        List<Box> unread = UnreadInk.find(page, List.of(new OcrLine(150, 170, 900, 32, read)), rulings, DPI);

        assertThat(unread).hasSize(1);
        Box patch = unread.get(0);
        double toPoints = 72.0 / DPI;
        assertThat(patch.x0()).isBetween(495 * toPoints, 505 * toPoints);
        assertThat(patch.x1()).isBetween(505 * toPoints, 700 * toPoints);
        assertThat(patch.top()).isBetween(160 * toPoints, 180 * toPoints);
    }

    @Test
    void aPageWithNoRuledTableSaysNothing() {
        BufferedImage page = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D paint = page.createGraphics();
        paint.setColor(Color.BLACK);
        paint.setFont(font);
        paint.drawString("12.5", 50, 100);
        paint.dispose();
        assertThat(UnreadInk.find(page, List.of(new OcrLine(0, 0, 10, 10, List.of(new OcrWord("x", 300, 10, 5, 30, 90, "1")))),
                List.of(), DPI)).isEmpty();
    }
}
