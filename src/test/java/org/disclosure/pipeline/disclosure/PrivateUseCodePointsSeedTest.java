package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.PrivateUseFonts;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed disclosure printed with a font whose ToUnicode maps the decimal point to a private-use
 * code point (U+1001B0, as a producer's font did between full-width digits): every figure must read
 * as it does printed plainly; only the points that are not in a number (a list's 1.) stay unrecovered.
 */
class PrivateUseCodePointsSeedTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String POINT = "\uDBC0\uDDB0";

    @TempDir
    Path folder;

    @Test
    void figuresWhoseDecimalPointIsAPrivateUseCodePointReadAsPrinted() throws Exception {
        Path plain = render("plain.pdf");
        Path privateUse = render("private-use.pdf");
        PrivateUseFonts.swap(privateUse, Map.of(".", POINT));

        DisclosureDocument expected = modelled(plain);
        ParsedPdf parsed = new PdfReader(500).read(privateUse);
        DisclosureDocument actual = new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));

        assertThat(String.join("", parsed.pages().stream().map(PageModel::text).toList()))
                .as("the fixture really printed decimals").contains("1503.16");
        // a list's 1. is no decimal point: its point stays private-use, kept in the text and counted
        assertThat(parsed.pages()).extracting(PageModel::unrecoveredPrivateUse)
                .isEqualTo(expected.pages().stream().map(p -> pointsOutsideNumbers(p.text())).toList());
        assertThat(actual.pages()).extracting(p -> p.text().replace(POINT, "."))
                .isEqualTo(expected.pages().stream().map(DisclosurePage::text).toList());
        assertThat(cells(actual)).isEqualTo(cells(expected));
        assertThat(actual.figures()).extracting(NarrativeFigure::value).isEqualTo(expected.figures().stream().map(NarrativeFigure::value).toList());
    }

    private static int pointsOutsideNumbers(String text) {
        return (int) java.util.regex.Pattern.compile("\\.").matcher(text.replaceAll("(?<=\\d)\\.(?= ?\\d)", "")).results().count();
    }

    private Path render(String name) throws Exception {
        Path pdf = folder.resolve(name);
        new DisclosurePdfWriter(DisclosureSpec.parse(Files.readString(SampleGenerator.specFile(SEED)).lines().toList())).write(pdf, "fixture");
        return pdf;
    }

    private static DisclosureDocument modelled(Path pdf) throws Exception {
        ParsedPdf parsed = new PdfReader(500).read(pdf);
        return new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));
    }

    private static List<String> cells(DisclosureDocument document) {
        return document.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .map(c -> c.text() + "=" + c.value()).toList();
    }
}
