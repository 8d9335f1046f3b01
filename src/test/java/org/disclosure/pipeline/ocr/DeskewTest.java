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
            BufferedImage crooked = CrookedScanner.turn(page, degrees);
            assertThat(Deskew.skewDegrees(crooked)).isCloseTo(degrees, within(0.1));

            Deskew.Levelled levelled = Deskew.level(crooked);
            assertThat(levelled.rotated()).isTrue();
            assertThat(Math.abs(Deskew.skewDegrees(levelled.image()))).isLessThanOrEqualTo(0.1);
        }
    }

    /**
     * As OCR sees a scanned page: printed at 200 dpi, turned by {@code degrees}, wrapped in an image-only
     * PDF and rendered from it at 300 dpi; its thin rulings blur and step by a pixel.
     */
    private static BufferedImage scanned(int page, double degrees) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Samples.pdf(Samples.named("district-2024-dept-budget.spec")).toFile());
             PDDocument scan = new PDDocument()) {
            BufferedImage image = CrookedScanner.turn(new PDFRenderer(pdf).renderImageWithDPI(page, 200, ImageType.GRAY),
                    degrees);
            org.apache.pdfbox.pdmodel.common.PDRectangle size = pdf.getPage(page).getCropBox();
            org.apache.pdfbox.pdmodel.PDPage scanned = new org.apache.pdfbox.pdmodel.PDPage(size);
            scan.addPage(scanned);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                         new org.apache.pdfbox.pdmodel.PDPageContentStream(scan, scanned)) {
                content.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(scan, image),
                        0, 0, size.getWidth(), size.getHeight());
            }
            return new PDFRenderer(scan).renderImageWithDPI(0, OcrSettings.DPI, ImageType.GRAY);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.8, 1.5, -1.5})
    void aCrookedScansRulingsAreAllFoundOnceItIsLevel(double degrees) throws Exception {
        int page = 2; // 部门支出预算总表: a ruled table as wide as the page allows
        java.util.List<org.disclosure.pipeline.pdf.Ruling> level = ImageRulings.find(scanned(page, 0), OcrSettings.DPI);
        BufferedImage crooked = scanned(page, degrees);
        java.util.List<org.disclosure.pipeline.pdf.Ruling> found = ImageRulings.find(Deskew.level(crooked).image(),
                OcrSettings.DPI);
        assertThat(ImageRulings.find(crooked, OcrSettings.DPI)).as("crooked, not levelled").hasSizeLessThan(level.size());
        assertThat(found.stream().filter(org.disclosure.pipeline.pdf.Ruling::isVertical).count())
                .isEqualTo(level.stream().filter(org.disclosure.pipeline.pdf.Ruling::isVertical).count());
        assertThat(found.stream().filter(r -> !r.isVertical()).count())
                .isEqualTo(level.stream().filter(r -> !r.isVertical()).count());
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
