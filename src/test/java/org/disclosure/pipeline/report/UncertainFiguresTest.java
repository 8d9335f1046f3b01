package org.disclosure.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.SuspectCell;
import org.disclosure.pipeline.reconcile.UncertainReading;
import org.disclosure.pipeline.stage.ExtractStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each uncertain OCR figure is shown as its crop of the page beside the value read. */
class UncertainFiguresTest {

    @TempDir
    Path root;

    @Test
    void anUncertainFigureIsShownWithItsCropAndBothReadings() throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        new ExtractStage(store, 2000, "test").extract(job);
        DocumentRecord record = store.readDocument(job);
        DisclosureCell cell = record.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .filter(c -> c.value() != null && c.bbox() != null).findFirst().orElseThrow();
        Box box = cell.bbox();
        OcrInfo ocr = new OcrInfo("tesseract", "5", "chi_sim", 300, 80, List.of(new OcrInfo.Page(cell.page(), 85, 10,
                List.of(new UncertainReading(cell.page(), cell.text(), box, 42.5, cell.text() + "。", "9" + cell.text())),
                null)));

        String html;
        try (PDDocument pdf = Loader.loadPDF(job.storedOriginal().toFile())) {
            html = UncertainFigures.section(ocr, new Evidence(pdf, record.pages()));
        }

        assertThat(html).contains("id=\"uncertain\"").contains("(1)").contains(">" + cell.text() + "<")
                .contains("42.5").contains(cell.text() + "。 / 9" + cell.text()).contains("below 80");
        Matcher crop = Pattern.compile("<img class=\"crop\" alt=\"[^\"]*\" src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        assertThat(crop.find()).isTrue();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(crop.group(1))));
        // the box and 6 pt around it at 2 pixels a point: a close-up, not the page
        assertThat(picture.getWidth()).isCloseTo((int) Math.round((box.x1() - box.x0() + 12) * 2), org.assertj.core.api.Assertions.within(2));
        assertThat(picture.getHeight()).isCloseTo((int) Math.round((box.bottom() - box.top() + 12) * 2), org.assertj.core.api.Assertions.within(2));
        assertThat(crop.find()).isFalse();
    }

    @Test
    void aSuspectOfABrokenSumIsShownWithItsCropReadAndImpliedValues() throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        new ExtractStage(store, 2000, "test").extract(job);
        DocumentRecord record = store.readDocument(job);
        DisclosureCell cell = record.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .filter(c -> c.value() != null && c.bbox() != null).findFirst().orElseThrow();
        SuspectCell suspect = new SuspectCell("table.total-of-classes", cell.page(), cell.bbox(), "一般公共预算支出表", "t1",
                cell.row(), cell.column(), "201", cell.text(), "1,234.56", new java.math.BigDecimal("1234.56"), null,
                "形近数字：3 识别为 8 (look-alike digit: 3 read as 8)");
        OcrInfo ocr = new OcrInfo("tesseract", "5", "chi_sim", 300, 80,
                List.of(new OcrInfo.Page(cell.page(), 92, 10, List.of(), null))).withSuspects(List.of(suspect));

        String html;
        try (PDDocument pdf = Loader.loadPDF(job.storedOriginal().toFile())) {
            html = UncertainFigures.section(ocr, new Evidence(pdf, record.pages()));
        }

        // no uncertain figure, but the section is there for the suspect: its crop, what was read, what the sum implies
        assertThat(html).contains("id=\"suspects\"").contains("(1)</h3>").contains(">" + cell.text() + "<")
                .contains(">1,234.56<").contains("3 read as 8").contains("table.total-of-classes");
        assertThat(Pattern.compile("<img class=\"crop\"").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void aSuspectReadEmptyIsShownAsEmptyWithTheAmountTheSumImplies() {
        SuspectCell suspect = new SuspectCell("row.total-is-basic-plus-project", 3, new Box(10.0, 10.0, 30.0, 20.0),
                "部门支出总表", "t1", 11, 4, "20805", "", "388,287.23", new java.math.BigDecimal("388287.23"), null,
                "识别为空；可能是文字识别漏掉的数字 (read as empty; a figure OCR may have missed)");
        OcrInfo ocr = new OcrInfo("tesseract", "5", "chi_sim", 300, 80,
                List.of(new OcrInfo.Page(3, 92, 10, List.of(), null))).withSuspects(List.of(suspect));
        String html = UncertainFigures.section(ocr, null);
        assertThat(html).contains(">（空）empty<").contains(">388,287.23<").contains("a figure OCR may have missed");
    }

    @Test
    void noSectionWithoutOcrOrWithoutUncertainFigures() {
        assertThat(UncertainFigures.section(null, null)).isEmpty();
        assertThat(UncertainFigures.section(new OcrInfo("tesseract", "5", "chi_sim", 300, 80,
                List.of(new OcrInfo.Page(1, 90, 10, List.of(), null))), null)).isEmpty();
    }

    @Test
    void withoutTheOriginalTheFiguresAreStillListed() {
        OcrInfo ocr = new OcrInfo("tesseract", "5", "chi_sim", 300, 80, List.of(new OcrInfo.Page(1, 90, 10,
                List.of(new UncertainReading(1, "12.5", new Box(10.0, 10.0, 30.0, 20.0), 50)), null)));
        String html = UncertainFigures.section(ocr, null);
        assertThat(html).contains(">12.5<").doesNotContain("<img");
    }
}
