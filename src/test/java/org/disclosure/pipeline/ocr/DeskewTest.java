package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The skew of a generated disclosure's pages (rendered as OCR renders them), turned by known angles, found and turned back. */
class DeskewTest {

    private static BufferedImage tablePage;
    private static BufferedImage textPage;

    @BeforeAll
    static void render() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Samples.pdf(Samples.named("district-2024-dept-budget.spec")).toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            textPage = renderer.renderImageWithDPI(0, OcrSettings.DPI, ImageType.GRAY);
            tablePage = renderer.renderImageWithDPI(pdf.getNumberOfPages() - 1, OcrSettings.DPI, ImageType.GRAY);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8, 1.5, -0.8, -1.5, 2.6})
    void aCrookedPageIsFoundAtItsAngle(double degrees) {
        for (BufferedImage page : new BufferedImage[] {tablePage, textPage}) {
            BufferedImage crooked = Deskew.rotate(page, degrees);
            assertThat(Deskew.skewDegrees(crooked)).isCloseTo(degrees, within(0.1));

            Deskew.Levelled levelled = Deskew.level(crooked);
            assertThat(levelled.rotated()).isTrue();
            assertThat(Math.abs(Deskew.skewDegrees(levelled.image()))).isLessThanOrEqualTo(0.1);
        }
    }

    @Test
    void aLevelPageIsLeftAsItIs() {
        for (BufferedImage page : new BufferedImage[] {tablePage, textPage}) {
            Deskew.Levelled levelled = Deskew.level(page);
            assertThat(levelled.rotated()).isFalse();
            assertThat(levelled.image()).isSameAs(page);
            assertThat(Math.abs(levelled.degrees())).isLessThanOrEqualTo(Deskew.LEVEL_WITHIN);
        }
    }

    @Test
    void aBlankPageHasNoSkew() {
        BufferedImage blank = new BufferedImage(800, 1100, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 800, 1100);
        g.dispose();
        assertThat(Deskew.skewDegrees(blank)).isZero();
        assertThat(Deskew.level(blank).rotated()).isFalse();
    }
}
