package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageGeometry;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.Test;

/**
 * The page geometry document.json records (crop box, /Rotate, turn, as the page model had them) is
 * all that is needed to map its positions back to the real page, on a page with /Rotate 90 and on
 * one printed sideways: every figure cell's box, taken to PDF user space, holds the glyphs PDFBox
 * itself draws for that figure (read independently, from the text matrix in user space).
 */
class PageGeometryTest {

    private record Drawn(String text, float x, float y) {
    }

    @Test
    void cellBoxesOnRotatedAndSidewaysPagesLandOnTheirGlyphs() throws Exception {
        var pdf = Samples.pdf(Samples.named("corpus-rotated-pages.spec"));
        ParsedPdf parsed = new PdfReader(100).read(pdf);
        DisclosureDocument model = new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));
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
                        DisclosurePage page = model.pages().get(index);
                        PageGeometry frame = page.frame();
                        assertThat(frame).as("page " + page.number() + " carries its geometry").isNotNull();
                        assertThat(frame.width()).isEqualTo(page.width());
                        assertThat(frame.height()).isEqualTo(page.height());
                        sawRotate |= page.rotate() != 0;
                        sawTurned |= page.turned() != null;
                        double[] a = frame.uprightToUser(cell.bbox().x0(), cell.bbox().top());
                        double[] b = frame.uprightToUser(cell.bbox().x1(), cell.bbox().bottom());
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

    @Test
    void aQuotedSentenceIsFoundInThePagesLinesWhereItsFiguresArePrinted() throws Exception {
        var pdf = Samples.pdf(Samples.named("corpus-rotated-pages.spec"));
        ParsedPdf parsed = new PdfReader(100).read(pdf);
        DisclosureDocument model = new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));
        int checked = 0;
        for (DisclosurePage page : model.pages()) {
            assertThat(page.lines()).hasSize(page.text().split("\n", -1).length);
            String[] lines = page.text().split("\n");
            for (int l = 0; l < lines.length; l++) {
                if (lines[l].isBlank()) {
                    continue;
                }
                // a whole line is found exactly where the page model put it
                Box found = page.printedBox(lines[l]);
                String flat = page.text().replaceAll("\\s+", "");
                String wanted = lines[l].replaceAll("\\s+", "");
                if (flat.indexOf(wanted) != flat.lastIndexOf(wanted)) {
                    continue;   // printed twice on the page: the first is found
                }
                assertThat(found).as(lines[l]).isEqualTo(page.lines().get(l));
                checked++;
            }
        }
        for (NarrativeFigure figure : model.figures()) {
            DisclosurePage page = model.pages().get(figure.page() - 1);
            Box found = page.printedBox(figure.text());
            Box printed = figure.boxes().get(0);
            assertThat(found).as(figure.text()).isNotNull();
            // the same line; along it, within a character or so of the glyphs
            assertThat(found.top()).as(figure.text()).isCloseTo(printed.top(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(found.x0()).as(figure.text()).isCloseTo(printed.x0(), org.assertj.core.data.Offset.offset(12.0));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(new DisclosurePage(1, "x", true, null).printedBox("x")).as("a record without lines").isNull();
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
