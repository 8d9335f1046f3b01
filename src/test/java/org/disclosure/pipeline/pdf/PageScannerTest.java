package org.disclosure.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rulings and glyphs as drawn by small hand-made pages, one producer habit each. */
class PageScannerTest {

    @TempDir
    Path folder;

    interface Drawing {
        void draw(PDPageContentStream out) throws Exception;
    }

    private PageModel page(Drawing drawing) throws Exception {
        Path file = folder.resolve("page.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                drawing.draw(out);
            }
            doc.save(file.toFile());
        }
        return new PdfReader(10).read(file).pages().get(0);
    }

    @Test
    void strokedLinesAndThinFilledRectanglesAreRulingsWideFillsAreNot() throws Exception {
        PageModel page = page(out -> {
            out.moveTo(100, 700);
            out.lineTo(300, 700);
            out.stroke();
            out.addRect(100, 600, 0.5f, 80); // a vertical line drawn as a thin rectangle
            out.fill();
            out.addRect(100, 400, 200, 50); // cell shading
            out.fill();
        });
        assertThat(page.rulings()).extracting(PageScannerTest::rounded).containsExactlyInAnyOrder(
                "H y=141.89 x=100.00..300.00",
                "V x=100.25 y=161.89..241.89");
    }

    private static String rounded(Ruling r) {
        return r.isHorizontal()
                ? String.format("H y=%.2f x=%.2f..%.2f", r.top(), r.x0(), r.x1())
                : String.format("V x=%.2f y=%.2f..%.2f", r.x0(), r.top(), r.bottom());
    }

    @Test
    void whiteLinesAreIgnoredAndPiecesOfOneLineAreMerged() throws Exception {
        PageModel page = page(out -> {
            out.setStrokingColor(Color.WHITE);
            out.moveTo(100, 700);
            out.lineTo(300, 700);
            out.stroke();
            out.setStrokingColor(Color.BLACK);
            out.moveTo(100, 500);
            out.lineTo(200, 500);
            out.moveTo(200.5f, 500);
            out.lineTo(300, 500);
            out.stroke();
        });
        assertThat(page.rulings()).singleElement().satisfies(r -> {
            assertThat(r.isHorizontal()).isTrue();
            assertThat(r.x0()).isEqualTo(100, org.assertj.core.data.Offset.offset(0.01));
            assertThat(r.x1()).isEqualTo(300, org.assertj.core.data.Offset.offset(0.01));
        });
    }

    @Test
    void linesAreCutToTheClippingPath() throws Exception {
        PageModel page = page(out -> {
            out.saveGraphicsState();
            out.addRect(150, 0, 100, 842);
            out.clip();
            out.moveTo(0, 500);
            out.lineTo(595, 500);
            out.stroke();
            out.restoreGraphicsState();
        });
        assertThat(page.rulings()).singleElement().satisfies(r -> {
            assertThat(r.x0()).isEqualTo(150, org.assertj.core.data.Offset.offset(0.01));
            assertThat(r.x1()).isEqualTo(250, org.assertj.core.data.Offset.offset(0.01));
        });
    }

    @Test
    void textOnEitherSideOfAVerticalRulingIsNeverOneWord() throws Exception {
        PageModel page = page(out -> {
            out.moveTo(130, 480);
            out.lineTo(130, 520);
            out.stroke();
            out.beginText();
            out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            out.newLineAtOffset(100, 500);
            out.showText("ABCDE"); // the letters run across the line at x = 130
            out.endText();
        });
        List<String> lines = page.lines().stream().map(TextLine::text).toList();
        assertThat(lines).singleElement().satisfies(text -> assertThat(text).contains("\t").doesNotContain("ABCDE"));
    }
}
