package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.Ruling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages of a PDF that carry no text layer: each is rendered in grayscale at
 * {@link OcrSettings#DPI}, turned level when it was scanned crooked ({@link Deskew}), its rulings found on the image, its words read by Tesseract and its doubtful
 * figures read again, digits only. Pages are read by a bounded pool of threads (one engine process
 * each); rendering is one page at a time, as PDFBox's document is not safe across threads.
 */
public final class ScanReader {

    private static final Logger LOG = LoggerFactory.getLogger(ScanReader.class);

    private final OcrSettings settings;
    private final Tesseract engine;
    private final FigureRereader rereader;

    public ScanReader(OcrSettings settings) {
        this(settings, new Tesseract());
    }

    ScanReader(OcrSettings settings, Tesseract engine) {
        this.settings = settings;
        this.engine = engine;
        this.rereader = Tesseract.digitsModelInstalled() ? new FigureRereader(engine) : null;
    }

    public List<OcrPage> read(Path file, List<PageModel> pages) throws IOException {
        return read(file, pages, OcrProgress.Listener.NONE);
    }

    /** OCRs the given pages (their text-path models, for the page size and image count), in page order. */
    public List<OcrPage> read(Path file, List<PageModel> pages, OcrProgress.Listener listener) throws IOException {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        listener.pagesRead(new OcrProgress(0, pages.size(), Duration.ZERO)); // the service budgets the pages from here
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.poolSize(), Math.max(1, pages.size())));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Future<OcrPage>> pending = new ArrayList<>(pages.size());
            for (PageModel page : pages) {
                pending.add(pool.submit(() -> {
                    OcrPage read = readPage(renderer, page);
                    OcrProgress progress = new OcrProgress(done.incrementAndGet(), pages.size(),
                            Duration.ofNanos(System.nanoTime() - started));
                    if (progress.logDue(OcrSettings.PROGRESS_EVERY)) {
                        LOG.info("{}: {}", file.getFileName(), progress.line());
                    }
                    listener.pagesRead(progress);
                    return read;
                }));
            }
            List<OcrPage> read = new ArrayList<>(pages.size());
            for (Future<OcrPage> page : pending) {
                read.add(page.get());
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the scanned pages", e);
        } catch (ExecutionException e) {
            throw new IOException("a scanned page could not be read: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One page; whatever goes wrong with it is that page's failure, never the document's. */
    private OcrPage readPage(PDFRenderer renderer, PageModel page) {
        long started = System.nanoTime();
        try {
            BufferedImage image;
            synchronized (renderer) {
                image = renderer.renderImageWithDPI(page.number() - 1, OcrSettings.DPI, ImageType.GRAY);
            }
            Deskew.Levelled level = Deskew.level(image); // before rulings: a crooked ruling is runs too short to see
            ImageRulings.Found found = ImageRulings.scan(level.image(), OcrSettings.DPI);
            image = null; // the page without its rulings is all that is needed from here
            List<Ruling> rulings = found.rulings();
            String tsv = engine.tsv(found.withoutRulings(), remaining(started));
            List<OcrLine> lines = OcrPageBuilder.joinedLines(TesseractTsv.lines(tsv), rulings, OcrSettings.DPI);
            FigureRereader.Reread reread = rereader == null ? new FigureRereader.Reread(lines, java.util.Map.of())
                    : rereader.reread(found.withoutRulings(), lines, settings.uncertainBelow(), remaining(started));
            List<org.disclosure.pipeline.pdf.Box> unread = UnreadInk.find(found.withoutRulings(), reread.lines(), rulings,
                    OcrSettings.DPI);
            return OcrPageBuilder.build(page.number(), page.width(), page.height(), page.imageCount(), reread.lines(),
                    reread.choices(), rulings, OcrSettings.DPI, settings.uncertainBelow(), millisSince(started))
                    .withSkew(level.degrees()).withUnreadInk(unread);
        } catch (Tesseract.OcrFailure e) {
            boolean overBudget = remaining(started).isNegative() || remaining(started).isZero();
            return OcrPage.failed(page.number(), millisSince(started), overBudget
                    ? "over its time budget of " + settings.pageBudget().toSeconds() + " s" : e.getMessage());
        } catch (IOException | RuntimeException e) {
            // a page PDFBox cannot render stays unread; the others are still worth reading
            return OcrPage.failed(page.number(), millisSince(started), "could not be read: " + e.getMessage());
        }
    }

    /** What is left of the page's budget. */
    private Duration remaining(long started) {
        return settings.pageBudget().minusNanos(System.nanoTime() - started);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
