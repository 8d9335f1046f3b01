package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated disclosure with known figures, printed to images and wrapped back into an image-only
 * PDF, read through the real OCR path: the same identity, tables and figures must come out.
 */
class OcrTest {

    /** The scan's resolution: what an office scanner is commonly set to. */
    private static final int SCAN_DPI = 200;
    /** Measured: 100 % of the fixture's figures come back exactly; the floor leaves room for engine updates. */
    private static final double EXACT_FLOOR = 0.90;
    private static final String SAMPLE = "district-2024-dept-budget.spec";

    @TempDir
    Path root;

    @BeforeAll
    static void engineInstalled() {
        assumeTrue(Tesseract.version().isPresent(),
                "tesseract with its chi_sim model is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
    }

    @Test
    void aScannedDisclosureReadsLikeTheBornDigitalOne() throws Exception {
        Path original = Samples.pdf(Samples.named(SAMPLE));
        Path scanned = imageOnly(original, root.resolve("scanned.pdf"));
        DocumentRecord text = process(original, "text");
        long started = System.nanoTime();
        DocumentRecord ocr = process(scanned, "scan");
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(ocr.status()).isEqualTo(DocumentStatus.OCR);
        assertThat(ocr.ocr().engine()).isEqualTo("tesseract");
        assertThat(ocr.ocr().version()).isEqualTo(Tesseract.version().orElseThrow());
        assertThat(ocr.ocr().pages()).extracting(org.disclosure.pipeline.archive.OcrInfo.Page::page).containsExactlyElementsOf(pageNumbers(text));
        assertThat(ocr.ocr().pages()).allSatisfy(p -> assertThat(p.meanConfidence()).isGreaterThan(0));

        assertThat(ocr.document().title()).isEqualTo(text.document().title());
        assertThat(ocr.document().year()).isEqualTo(text.document().year());
        assertThat(ocr.document().unit()).isEqualTo(text.document().unit());
        assertThat(ocr.tables()).extracting(DisclosureTable::title)
                .containsExactlyElementsOf(text.tables().stream().map(DisclosureTable::title).toList());

        Map<String, BigDecimal> expected = figures(text);
        Map<String, BigDecimal> read = figures(ocr);
        long exact = exactlyRead(expected, read);
        double share = (double) exact / expected.size();
        List<org.disclosure.pipeline.reconcile.UncertainReading> uncertain = ocr.ocr().uncertain();
        expected.forEach((where, value) -> {
            BigDecimal got = read.get(where);
            if (got == null || got.compareTo(value) != 0) {
                System.out.printf("misread %s: %s read as %s%n", where, value.toPlainString(), got);
            }
        });
        System.out.printf("OCR of %s: %d pages in %.1f s, %d of %d table figures exact (%.1f %%), mean confidence %s%n",
                SAMPLE, ocr.source().pages(), seconds, exact, expected.size(), share * 100,
                ocr.ocr().pages().stream().map(p -> String.valueOf(p.meanConfidence())).toList());
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(share).as("share of table figures read exactly").isGreaterThanOrEqualTo(EXACT_FLOOR);

        // whatever the text path does not find wrong, OCR must not either: misreads are unverified, never fail
        List<String> failedOnText = failed(text);
        assertThat(failed(ocr)).allMatch(failedOnText::contains);
    }

    /**
     * The scanned Nanchang 决算 in ../shared/real, read end to end: what it yields and how fast. Twenty
     * pages take a few minutes on two shared cores, so it runs only when asked:
     * {@code mvn -B -q test -Dtest=OcrTest -Docr.real=true}.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "ocr.real", matches = "true")
    void theNanchangScan() throws Exception {
        Path scan = Samples.shared().resolve("real").resolve("nanchang-2023-city-final-accounts-scanned.pdf");
        assumeTrue(java.nio.file.Files.exists(scan), "no " + scan);
        long started = System.nanoTime();
        DocumentRecord record = process(scan, "nanchang");
        double minutes = (System.nanoTime() - started) / 60e9;
        System.out.printf("Nanchang: status %s, %d pages in %.2f min (%.1f pages/minute)%n", record.status(),
                record.source().pages(), minutes, record.source().pages() / minutes);
        System.out.println("identity: " + record.document());
        record.ocr().pages().forEach(p -> System.out.printf("page %d: %d words, mean confidence %s, %d uncertain figures %s%n",
                p.page(), p.words(), p.meanConfidence(), p.uncertain().size(), p.failure() == null ? "" : p.failure()));
        double threshold = record.ocr().uncertainBelow();
        List<org.disclosure.pipeline.archive.OcrInfo.SecondReading> reread = record.ocr().pages().stream()
                .flatMap(p -> p.secondReads().stream()).toList();
        long uncertainAfter = record.ocr().uncertain().size();
        long notReread = record.ocr().uncertain().stream().filter(u -> u.firstRead() == null).count();
        long uncertainBefore = notReread + reread.stream().filter(r -> r.firstConfidence() < threshold).count();
        System.out.printf("second read: %d figures read again, %d agreed, %d changed; uncertain figures %d before, %d after%n",
                reread.size(), reread.stream().filter(r -> r.agreed()).count(),
                reread.stream().filter(r -> !r.text().equals(r.firstRead())).count(), uncertainBefore, uncertainAfter);
        reread.stream().filter(r -> !r.agreed()).forEach(r -> System.out.printf("  disagreed: %s (%s) / %s (%s) -> %s%n",
                r.firstRead(), r.firstConfidence(), r.secondRead(), r.secondConfidence(), r.text()));
        System.out.println("tables: " + record.tables().size() + ", narrative figures: " + record.figures().size());
        record.figures().stream().limit(15).forEach(f -> System.out.println("  figure " + f.text() + " = " + f.value() + " " + f.unit()));
        System.out.println("checks: " + record.summary());
        record.checks().forEach(c -> System.out.println("  " + c.status() + " " + c.rule() + ": " + c.message()));
        System.out.println("ledger: " + (record.ledger() == null ? null : record.ledger().coverage()));
        assertThat(record.status()).isEqualTo(DocumentStatus.OCR);
        assertThat(record.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL
                && c.message().contains("OCR"));
    }

    /**
     * The scan fed in crooked, with a scanner's dust: page 1 turned 0.8°, page 2 1.5°, page 3 -1.5°,
     * page 4 level. Each must be found at its angle, turned back, and read as well as a level scan.
     */
    @Test
    void aCrookedScanIsReadLevel() throws Exception {
        double[] angles = {0.8, 1.5, -1.5, 0};
        Path original = Samples.pdf(Samples.named(SAMPLE));
        Random dust = new Random(17);
        Path scanned = imageOnly(original, root.resolve("crooked.pdf"), (page, image) -> {
            BufferedImage turned = CrookedScanner.turn(image, angles[page % angles.length]);
            speckle(turned, dust);
            return turned;
        });
        DocumentRecord text = process(original, "text");
        DocumentRecord ocr = process(scanned, "crooked");

        assertThat(ocr.status()).isEqualTo(DocumentStatus.OCR);
        for (org.disclosure.pipeline.archive.OcrInfo.Page page : ocr.ocr().pages()) {
            double angle = angles[(page.page() - 1) % angles.length];
            if (angle == 0) {
                assertThat(Math.abs(page.skewDegrees())).as("page %d is level", page.page())
                        .isLessThanOrEqualTo(Deskew.LEVEL_WITHIN);
            } else {
                assertThat(page.skewDegrees()).as("page %d's skew", page.page()).isCloseTo(angle, within(0.15));
            }
        }
        assertThat(ocr.document().title()).isEqualTo(text.document().title());
        assertThat(ocr.tables()).extracting(DisclosureTable::title)
                .containsExactlyElementsOf(text.tables().stream().map(DisclosureTable::title).toList());
        Map<String, BigDecimal> expected = figures(text);
        Map<String, BigDecimal> read = figures(ocr);
        long exact = exactlyRead(expected, read);
        double share = (double) exact / expected.size();
        expected.forEach((where, value) -> {
            BigDecimal got = read.get(where);
            if (got == null || got.compareTo(value) != 0) {
                System.out.printf("crooked: misread %s: %s read as %s%n", where, value.toPlainString(), got);
            }
        });
        System.out.printf("crooked scan of %s: skew %s, %d of %d table figures exact (%.1f %%), mean confidence %s%n",
                SAMPLE, ocr.ocr().pages().stream().map(p -> String.valueOf(p.skewDegrees())).toList(), exact,
                expected.size(), share * 100, ocr.ocr().pages().stream().map(p -> String.valueOf(p.meanConfidence())).toList());
        assertThat(share).as("share of table figures read exactly").isGreaterThanOrEqualTo(EXACT_FLOOR);
        // a figure read as no figure (a speck read as ” glued to it) is a suspect of the sum it breaks, not a fail
        List<String> failedOnText = failed(text);
        ocr.checks().stream().filter(c -> c.status() == CheckStatus.FAIL && !failedOnText.contains(c.rule()))
                .forEach(c -> System.out.println("crooked: fails only on the scan: " + c.rule() + ": " + c.message()));
        assertThat(failed(ocr)).allMatch(failedOnText::contains);
    }

    /** A grey speck on one pixel in five thousand. */
    private static void speckle(BufferedImage image, Random random) {
        int specks = image.getWidth() * image.getHeight() / 5000;
        for (int i = 0; i < specks; i++) {
            int grey = 90 + random.nextInt(120);
            image.getRaster().setSample(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 0, grey);
        }
    }

    /** Each page printed to a grayscale image and nothing else, as a scanner would give it. */
    static Path imageOnly(Path pdf, Path target) throws Exception {
        return imageOnly(pdf, target, (page, image) -> image);
    }

    /** As above, each page's image passed through {@code scanner} (page index from 0) before it is wrapped. */
    static Path imageOnly(Path pdf, Path target, BiFunction<Integer, BufferedImage, BufferedImage> scanner)
            throws Exception {
        return imageOnly(pdf, target, SCAN_DPI, scanner);
    }

    /** As above, printed at {@code dpi}. */
    static Path imageOnly(Path pdf, Path target, int dpi, BiFunction<Integer, BufferedImage, BufferedImage> scanner)
            throws Exception {
        try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle size = source.getPage(i).getCropBox();
                BufferedImage image = scanner.apply(i, renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
                PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                scan.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            scan.save(target.toFile());
        }
        return target;
    }

    private DocumentRecord process(Path pdf, String name) throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve(name).resolve("archive"), root.resolve(name).resolve("failed"));
        Job job = store.receive(pdf);
        // -Docr.threads=1 reads one page at a time, for the sequential measurement
        OcrSettings settings = new OcrSettings(true, OcrSettings.defaults().pageBudget(), OcrSettings.UNCERTAIN_BELOW,
                Integer.getInteger("ocr.threads", 0));
        new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test", settings).extract(job));
        return store.readDocument(job);
    }

    private static List<Integer> pageNumbers(DocumentRecord record) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 1; i <= record.source().pages(); i++) {
            pages.add(i);
        }
        return pages;
    }

    /** Every figure in every table, by table title, row and column. */
    private static Map<String, BigDecimal> figures(DocumentRecord record) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        for (DisclosureTable table : record.tables()) {
            for (List<DisclosureCell> row : table.rows()) {
                for (DisclosureCell cell : row) {
                    if (cell.value() != null) {
                        figures.put(table.title() + " r" + cell.row() + "c" + cell.column(), cell.value());
                    }
                }
            }
        }
        return figures;
    }

    private static List<String> failed(DocumentRecord record) {
        return record.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).map(Check::rule).toList();
    }


    /** How many of the born-digital copy's figures the scan read to the exact value, at the same place. */
    private static long exactlyRead(Map<String, BigDecimal> expected, Map<String, BigDecimal> read) {
        return expected.entrySet().stream().filter(e -> read.containsKey(e.getKey())
                && read.get(e.getKey()) != null && e.getValue().compareTo(read.get(e.getKey())) == 0).count();
    }
}
