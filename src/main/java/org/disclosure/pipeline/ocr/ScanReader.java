package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.Ruling;

/**
 * Reads the pages of a PDF that carry no text layer: each is rendered in grayscale at
 * {@link OcrSettings#DPI}, its rulings found on the image and its words read by Tesseract.
 */
public final class ScanReader {

    private static final Logger LOG = LoggerFactory.getLogger(ScanReader.class);
    /** A progress line every this many pages, for a long scan. */
    private static final int PROGRESS_EVERY = 10;

    private final OcrSettings settings;
    private final Tesseract engine;

    public ScanReader(OcrSettings settings) {
        this(settings, new Tesseract());
    }

    ScanReader(OcrSettings settings, Tesseract engine) {
        this.settings = settings;
        this.engine = engine;
    }

    /** OCRs the given pages (their text-path models, for the page size and image count), in order. */
    public List<OcrPage> read(Path file, List<PageModel> pages) throws IOException {
        List<OcrPage> read = new ArrayList<>(pages.size());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (PageModel page : pages) {
                long started = System.nanoTime();
                try {
                    read.add(readPage(renderer, page));
                } catch (IOException | RuntimeException e) {
                    // a page PDFBox cannot render stays unread; the others are still worth reading
                    read.add(OcrPage.failed(page.number(), millisSince(started), "could not be rendered: " + e.getMessage()));
                }
                if (read.size() % PROGRESS_EVERY == 0) {
                    LOG.info("{}: OCR {} of {} pages", file.getFileName(), read.size(), pages.size());
                }
            }
        }
        return read;
    }

    private OcrPage readPage(PDFRenderer renderer, PageModel page) throws IOException {
        long started = System.nanoTime();
        BufferedImage image = renderer.renderImageWithDPI(page.number() - 1, OcrSettings.DPI, ImageType.GRAY);
        ImageRulings.Found found = ImageRulings.scan(image, OcrSettings.DPI);
        List<Ruling> rulings = found.rulings();
        String tsv;
        try {
            tsv = engine.tsv(found.withoutRulings(), settings.pageBudget());
        } catch (Tesseract.OcrFailure e) {
            return OcrPage.failed(page.number(), millisSince(started), e.getMessage());
        }
        return OcrPageBuilder.build(page.number(), page.width(), page.height(), page.imageCount(),
                TesseractTsv.lines(tsv), rulings, OcrSettings.DPI, settings.uncertainBelow(), millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
