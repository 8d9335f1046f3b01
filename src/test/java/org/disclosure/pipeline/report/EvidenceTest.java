package org.disclosure.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import org.disclosure.pipeline.pdf.Box;

/** Evidence pictures are cut between lines of print, never through one. */
class EvidenceTest {

    /** A white page with a vertical ruling and "lines of print" (dark bands) at 100–120 and 140–160. */
    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.fillRect(50, 0, 2, 300);                  // a column ruling crosses every row
        for (int x = 60; x < 380; x += 6) {
            g.fillRect(x, 100, 3, 20);              // glyphs of one line
            g.fillRect(x, 140, 3, 20);              // and of the next
        }
        g.dispose();
        return image;
    }

    @Test
    void anEdgeFallingThroughALineMovesOutToTheGapBeyondIt() {
        BufferedImage page = page();
        int top = Evidence.snapToGap(page, 110, -1, 32);
        assertThat(top).as("above the line at 100–120").isLessThan(100).isGreaterThanOrEqualTo(78);
        int bottom = Evidence.snapToGap(page, 150, +1, 32);
        assertThat(bottom).as("below the line at 140–160 (exclusive end)").isGreaterThan(160).isLessThanOrEqualTo(183);
    }

    @Test
    void anEdgeAlreadyInAGapStaysWhereItIs() {
        BufferedImage page = page();
        assertThat(Evidence.snapToGap(page, 130, -1, 32)).isEqualTo(130);
        assertThat(Evidence.snapToGap(page, 130, +1, 32)).isEqualTo(131);
    }

    @Test
    void thePageEdgeIsAGapToo() {
        BufferedImage page = page();
        assertThat(Evidence.snapToGap(page, 5, -1, 32)).isEqualTo(0);
        assertThat(Evidence.snapToGap(page, 295, +1, 32)).isEqualTo(300);
    }

    /** Grey print with a red outline and a few coloured pixels: a picture like the report's. */
    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xD0, 0x1F, 0x1F));
        g.drawRect(10, 20, 300, 40);
        g.setColor(Color.BLACK);
        g.drawString("一般公共预算财政拨款支出 1,234.56", 30, 120);
        g.dispose();
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, byte[] png) throws Exception {
        BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(expected.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    /** The PNG's colour type: 0 grey, 2 RGB, 3 palette (byte 25: after the signature, IHDR's length, name, size and depth). */
    private static int colourType(byte[] png) {
        return png[25];
    }

    @Test
    void aPictureOfFewColoursIsAPaletteImageOfTheSamePixels() throws Exception {
        BufferedImage image = picture(613, 207);
        byte[] png = Evidence.png(image);
        assertThat(colourType(png)).isEqualTo(3);
        assertSamePixels(image, png);
    }

    @Test
    void aGreyPictureIsAGreyImageOfTheSamePixels() throws Exception {
        BufferedImage image = page();
        byte[] png = Evidence.png(image);
        assertThat(colourType(png)).isEqualTo(0);
        assertSamePixels(image, png);
    }

    @Test
    void aPictureOfManyColoursIsAnRgbImageOfTheSamePixels() throws Exception {
        BufferedImage image = picture(613, 207);
        for (int x = 0; x < 613; x++) {
            image.setRGB(x, 200, x * 0x010203 + 0x203040);   // far more than 256 colours
        }
        byte[] png = Evidence.png(image);
        assertThat(colourType(png)).isEqualTo(2);
        assertSamePixels(image, png);
    }

    @Test
    void aCutOutOfALargerPictureIsEncodedFromItsOwnPixels() throws Exception {
        BufferedImage whole = picture(613, 207);
        BufferedImage part = whole.getSubimage(17, 31, 200, 90);   // shares the larger raster, at an offset
        assertSamePixels(part, Evidence.png(part));
    }

    /** The OCR close-ups and the findings of one page, and pages revisited later: each page rendered once while it is kept. */
    @Test
    void aPageShownBySeveralSectionsIsRenderedOnce() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < 5; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(200, 100)));
            }
            Evidence evidence = new Evidence(document, java.util.List.of());
            Box box = new Box(10.0, 10.0, 50.0, 20.0);
            evidence.closeUps(1, java.util.List.of(box));
            evidence.closeUps(2, java.util.List.of(box));
            evidence.pictures(1, java.util.List.of(java.util.List.of(box)));
            evidence.picture(2, java.util.List.of(box));
            assertThat(evidence.renders()).as("pages 1 and 2, once each").isEqualTo(2);
            for (int page = 1; page <= 5; page++) {
                evidence.picture(page, java.util.List.of(box));
            }
            assertThat(evidence.renders()).as("3, 4 and 5 new; 1 and 2 still kept").isEqualTo(5);
            evidence.picture(1, java.util.List.of(box));
            assertThat(evidence.renders()).as("page 1 no longer kept: only the last few pages are").isEqualTo(6);
        }
    }
}
