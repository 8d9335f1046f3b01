package org.disclosure.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.disclosure.pipeline.fixtures.FixtureFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text whose font maps glyphs to Private Use Area code points, as some producers' fonts do: what the
 * font's glyph names or the number around a glyph tell is recovered, the rest is kept and counted.
 */
class PrivateUseCodePointsTest {

    @TempDir
    Path folder;

    @Test
    void anEmbeddedCjkFontsPrivateUseDecimalPointIsReadFromTheNumberItStandsIn() throws Exception {
        // zenhei's subset keeps no glyph names: only a glyph's place and width can tell what it is
        String title = "北京市２０２２年市级决算";
        String figures = "增长１３.７％，合计2022.50万元";
        Path file = folder.resolve("cjk.pdf");
        Map<Integer, String> toUnicode = new TreeMap<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = FixtureFonts.load(doc, "zenhei");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(font, 12);
                out.newLineAtOffset(72, 700);
                out.showText(title);
                out.newLineAtOffset(0, -30);
                out.showText(figures);
                out.endText();
            }
            // the ASCII point as the supplementary private-use code point of the issue, the
            // full-width percent sign as a BMP one
            toUnicode.putAll(codes(font, title + figures, Map.of(".", "\uDBC0\uDDB0", "％", "\uE025")));
            doc.save(file.toFile());
        }
        replaceToUnicode(file, toUnicode, true);

        PageModel page = new PdfReader(10).read(file).pages().get(0);

        assertThat(page.lines()).extracting(TextLine::text)
                .containsExactly(title, "增长１３．７\uE025，合计2022.50万元");
        assertThat(page.unrecoveredPrivateUse()).as("the percent sign stays, counted").isEqualTo(1);
    }

    @Test
    void aSimpleFontsEncodingNamesItsPrivateUseGlyphs() throws Exception {
        Path file = folder.resolve("simple.pdf");
        Map<Integer, String> toUnicode = new TreeMap<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(font, 12);
                out.newLineAtOffset(72, 700);
                out.showText("Total 1503.16");
                out.endText();
            }
            toUnicode.putAll(codes(font, "Total 1503.16", Map.of(".", "\uF02E", "1", "\uF031", "T", "\uF054")));
            doc.save(file.toFile());
        }
        replaceToUnicode(file, toUnicode, false);

        PageModel page = new PdfReader(10).read(file).pages().get(0);

        assertThat(page.text()).isEqualTo("Total 1503.16");
        assertThat(page.unrecoveredPrivateUse()).isZero();
    }

    @Test
    void aNarrowUnnamedGlyphBetweenDigitsIsTheDecimalPoint() {
        List<Glyph> glyphs = run(12, "１", 12, "３", 12, "\uDBC0\uDDB0", 4, "７", 12, "％", 12);
        assertThat(text(PrivateUseInNumbers.recover(glyphs))).isEqualTo("１３．７％");
        assertThat(text(PrivateUseInNumbers.recover(run(12, "2", 6, "\uE000", 3, "5", 6)))).isEqualTo("2.5");
    }

    @Test
    void wideRepeatedOrStrayPrivateUseGlyphsStayAsTheyAre() {
        // as wide as a full-width digit: it could be anything
        assertThat(text(PrivateUseInNumbers.recover(run(12, "１", 12, "\uE000", 12, "７", 12)))).isEqualTo("１\uE000７");
        // twice in one number: thousands separators, not a decimal point
        assertThat(text(PrivateUseInNumbers.recover(run(12, "1", 6, "\uE000", 3, "2", 6, "3", 6, "4", 6, "\uE000", 3, "5", 6))))
                .isEqualTo("1\uE000234\uE0005");
        // not between digits
        assertThat(text(PrivateUseInNumbers.recover(run(12, "\uE000", 3, "5", 6)))).isEqualTo("\uE0005");
    }

    /** Glyphs set side by side on one baseline: size, then text and advance pairs. */
    private static List<Glyph> run(double size, Object... textAndAdvance) {
        List<Glyph> glyphs = new ArrayList<>();
        double x = 100;
        for (int i = 0; i < textAndAdvance.length; i += 2) {
            double advance = ((Number) textAndAdvance[i + 1]).doubleValue();
            glyphs.add(new Glyph((String) textAndAdvance[i], x, 100 - size, x + advance, 100 + size * 0.2, 100, size, "F"));
            x += advance;
        }
        return glyphs;
    }

    private static String text(List<Glyph> glyphs) {
        return String.join("", glyphs.stream().map(Glyph::text).toList());
    }

    /** Each character's code in the font, with what ToUnicode should say it is: itself, or its swap. */
    private static Map<Integer, String> codes(PDFont font, String text, Map<String, String> swaps) throws Exception {
        Map<Integer, String> codes = new TreeMap<>();
        for (int i = 0; i < text.length(); i++) {
            String character = text.substring(i, i + 1);
            int code = 0;
            for (byte b : font.encode(character)) {
                code = code << 8 | (b & 0xff);
            }
            codes.put(code, swaps.getOrDefault(character, character));
        }
        return codes;
    }

    /** Gives the page's font the ToUnicode CMap a producer with such a font writes. */
    private static void replaceToUnicode(Path file, Map<Integer, String> toUnicode, boolean twoBytes) throws Exception {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Test-PUA-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
                + (twoBytes ? "<0000> <FFFF>" : "<00> <FF>") + "\nendcodespacerange\n"
                + toUnicode.size() + " beginbfchar\n");
        toUnicode.forEach((code, unicode) -> {
            cmap.append(String.format(twoBytes ? "<%04X> <" : "<%02X> <", code));
            for (char c : unicode.toCharArray()) {
                cmap.append(String.format("%04X", (int) c));
            }
            cmap.append(">\n");
        });
        cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        try (PDDocument doc = Loader.loadPDF(java.nio.file.Files.readAllBytes(file))) {
            PDPage page = doc.getPage(0);
            COSName name = page.getResources().getFontNames().iterator().next();
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.getResources().getFont(name).getCOSObject().setItem(COSName.TO_UNICODE, stream);
            doc.save(file.toFile());
        }
    }
}
