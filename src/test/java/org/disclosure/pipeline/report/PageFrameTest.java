package org.disclosure.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.Test;

/**
 * Positions in document.json map back to the real page, on a page with /Rotate 90 and on one
 * printed sideways: every figure cell's box, taken to PDF user space, holds the glyphs PDFBox
 * itself draws for that figure (read independently, from the text matrix in user space).
 */
class PageFrameTest {

    private record Drawn(String text, float x, float y) {
    }

    @Test
    void cellBoxesOnRotatedAndSidewaysPagesLandOnTheirGlyphs() throws Exception {
        var pdf = Samples.pdf(Samples.named("corpus-rotated-pages.spec"));
        ParsedPdf parsed = new PdfReader(100).read(pdf);
        DisclosureDocument model = new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));
        List<Integer> turns = model.pages().stream().map(DisclosurePage::turned).toList();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int checked = 0;
            boolean sawRotate = false;
            boolean sawTurned = false;
            for (DisclosureTable table : model.tables()) {
                for (List<DisclosureCell> row : table.rows()) {
                    for (DisclosureCell cell : row) {
                        if (!cell.hasValue() || cell.bbox() == null) {
                            continue;
                        }
                        int index = cell.page() - 1;
                        PageFrame frame = new PageFrame(document.getPage(index), turns.get(index));
                        sawRotate |= document.getPage(index).getRotation() != 0;
                        sawTurned |= turns.get(index) != null;
                        double[] a = frame.toUser(cell.bbox().get(0), cell.bbox().get(1));
                        double[] b = frame.toUser(cell.bbox().get(2), cell.bbox().get(3));
                        double x0 = Math.min(a[0], b[0]) - 1;
                        double x1 = Math.max(a[0], b[0]) + 1;
                        double y0 = Math.min(a[1], b[1]) - 1;
                        double y1 = Math.max(a[1], b[1]) + 1;
                        String inside = drawn(document, index + 1).stream()
                                .filter(g -> g.x() >= x0 && g.x() <= x1 && g.y() >= y0 && g.y() <= y1)
                                .map(Drawn::text).reduce("", String::concat);
                        String digits = cell.text().replaceAll("[^0-9]", "");
                        assertThat(inside.replaceAll("[^0-9]", "")).as(cell.text() + " on page " + cell.page()).isEqualTo(digits);
                        checked++;
                    }
                }
            }
            assertThat(sawRotate).as("a page with /Rotate").isTrue();
            assertThat(sawTurned).as("a page turned upright by its text").isTrue();
            assertThat(checked).isGreaterThan(20);
        }
    }

    private final java.util.Map<Integer, List<Drawn>> glyphs = new java.util.HashMap<>();

    /** Each glyph's text and origin in PDF user space, as PDFBox's own text stripper reports them. */
    private List<Drawn> drawn(PDDocument document, int page) throws IOException {
        List<Drawn> cached = glyphs.get(page);
        if (cached != null) {
            return cached;
        }
        List<Drawn> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                // the glyph's centre: its origin plus half its advance along the text direction
                var m = text.getTextMatrix();
                float half = text.getWidthDirAdj() / 2;
                float cos = m.getScaleX() / (float) Math.hypot(m.getScaleX(), m.getShearY());
                float sin = m.getShearY() / (float) Math.hypot(m.getScaleX(), m.getShearY());
                found.add(new Drawn(text.getUnicode(), m.getTranslateX() + half * cos, m.getTranslateY() + half * sin));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        glyphs.put(page, found);
        return found;
    }
}
