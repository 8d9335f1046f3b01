package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.archive.ProcessingInfo;
import org.disclosure.pipeline.archive.SourceInfo;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.ledger.LedgerKeeper;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.ocr.OcrPage;
import org.disclosure.pipeline.ocr.OcrProgress;
import org.disclosure.pipeline.ocr.OcrProgressFile;
import org.disclosure.pipeline.ocr.OcrSettings;
import org.disclosure.pipeline.ocr.ScanReader;
import org.disclosure.pipeline.ocr.Tesseract;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.pdf.UnreadablePdfException;
import org.disclosure.pipeline.reconcile.CheckSummary;
import org.disclosure.pipeline.reconcile.UncertainReading;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.table.TableExtractor;

/**
 * Reads the stored PDF once, finds its text and tables, models the disclosure and writes the
 * first document.json into the job's work folder. Pages that paint images but carry no text are read
 * by OCR (only those: a mixed document keeps its text pages as they are).
 */
public final class ExtractStage implements Extractor {

    public static final String NAME = StageName.EXTRACT.key();

    private final ArchiveStore store;
    private final PdfReader reader;
    private final TableExtractor tables = new TableExtractor();
    private final DocumentModeller modeller = new DocumentModeller();
    private final String version;
    private final OcrSettings ocrSettings;
    private final OcrProgress.Listener progress;

    public ExtractStage(ArchiveStore store, int maxPages, String version) {
        this(store, maxPages, version, OcrSettings.defaults());
    }

    public ExtractStage(ArchiveStore store, int maxPages, String version, OcrSettings ocrSettings) {
        this(store, maxPages, version, ocrSettings, OcrProgress.Listener.NONE);
    }

    /** @param progress told after each scanned page is read (the worker passes it on to the service) */
    public ExtractStage(ArchiveStore store, int maxPages, String version, OcrSettings ocrSettings,
                        OcrProgress.Listener progress) {
        this.store = store;
        this.progress = progress;
        this.reader = new PdfReader(maxPages);
        this.version = version;
        this.ocrSettings = ocrSettings;
    }

    @Override
    public Job extract(Job job) {
        ParsedPdf pdf;
        long parseStart = System.nanoTime();
        try {
            pdf = reader.read(job.storedOriginal());
        } catch (UnreadablePdfException e) {
            throw new StageFailure(NAME, FailureReason.of(e.reason()), e.getMessage(), e);
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.UNREADABLE_FILE, "The stored file could not be read: " + e.getMessage(), e);
        } finally {
            StageTimes.record(StageTimes.PARSE, System.nanoTime() - parseStart);
        }
        List<PageModel> scanned = pdf.pages().stream().filter(p -> !p.hasTextLayer() && p.imageCount() > 0).toList();
        OcrInfo ocr = null;
        boolean ocrUnavailable = false;
        if (!scanned.isEmpty() && ocrSettings.enabled()) {
            Optional<String> engine = Tesseract.version();
            if (engine.isEmpty()) {
                ocrUnavailable = true;
            } else {
                List<OcrPage> read;
                try {
                    read = StageTimes.time(StageTimes.OCR, () -> readScannedPages(job, scanned));
                } finally {
                    OcrProgressFile.clear(job.workFolder());
                }
                pdf = withOcrPages(pdf, read);
                ocr = ocrInfo(engine.get(), read);
            }
        }
        boolean imageOnly = pdf.isImageOnly();
        // A scan has no text to find tables in; say so rather than return tables that are not there.
        ParsedPdf read = pdf;
        List<Table> found = imageOnly ? List.of() : StageTimes.time(StageTimes.TABLES, () -> tables.extract(read.pages()));
        DisclosureDocument document = StageTimes.time(StageTimes.MODEL, () -> modeller.model(read, found, job.fileName()));
        long ledgerStart = System.nanoTime();
        var ledger = imageOnly ? null : LedgerKeeper.account(pdf.pages(), found, document.figures());
        StageTimes.record(StageTimes.LEDGER, System.nanoTime() - ledgerStart);
        DocumentRecord record = new DocumentRecord(DocumentRecord.SCHEMA_VERSION,
                status(pdf, ocr, ocrUnavailable),
                new SourceInfo(job.fileName(), job.sha256(), job.bytes(), pdf.pageCount(), pdf.producer(), pdf.creator(),
                        pdf.repair()),
                ocr, document.identity(), document.pages(), document.tables(), document.requiredTables(), document.performanceTargets(), document.projects(),
                document.figures(), ledger,
                CheckSummary.of(List.of()), List.of(),
                new ProcessingInfo(version, job.receivedAt().toString(), null), null);
        try {
            StageTimes.timeIo(StageTimes.JSON, () -> {
                store.writeDocument(job, record);
                return null;
            });
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "document.json could not be written: " + e.getMessage(), e);
        }
        return job;
    }

    private List<OcrPage> readScannedPages(Job job, List<PageModel> scanned) {
        try {
            return new ScanReader(ocrSettings).read(job.storedOriginal(), scanned, read -> {
                progress.pagesRead(read);
                OcrProgressFile.write(job.workFolder(), job.fileName(), read);
            });
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.OCR_FAILED, "The scanned pages could not be rendered for OCR: " + e.getMessage(), e);
        }
    }

    /** The document with each page OCR could read replaced by the page model built from its words. */
    private static ParsedPdf withOcrPages(ParsedPdf pdf, List<OcrPage> read) {
        Map<Integer, PageModel> byNumber = read.stream().filter(p -> p.model() != null)
                .collect(Collectors.toMap(OcrPage::number, OcrPage::model));
        List<PageModel> pages = new ArrayList<>(pdf.pageCount());
        for (PageModel page : pdf.pages()) {
            pages.add(byNumber.getOrDefault(page.number(), page));
        }
        return new ParsedPdf(List.copyOf(pages), pdf.producer(), pdf.creator(), pdf.infoTitle(), pdf.repair());
    }

    private OcrInfo ocrInfo(String engineVersion, List<OcrPage> read) {
        Function<OcrPage, List<UncertainReading>> uncertain = page -> page.uncertain().stream()
                .map(w -> new UncertainReading(page.number(), w.text(), w.bbox(), w.confidence(), w.firstRead(),
                        w.secondRead())).toList();
        Function<OcrPage, List<OcrInfo.SecondReading>> reread = page -> page.reread().stream()
                .map(w -> new OcrInfo.SecondReading(w.text(), w.bbox(), w.confidence(), w.firstRead(),
                        w.firstConfidence(), w.secondRead(), w.secondConfidence(), w.agreed())).toList();
        return new OcrInfo(Tesseract.ENGINE, engineVersion, Tesseract.LANGUAGE, OcrSettings.DPI,
                ocrSettings.uncertainBelow(), read.stream().map(page -> new OcrInfo.Page(page.number(),
                        page.meanConfidence(), page.words(), uncertain.apply(page), page.failure(),
                        reread.apply(page), page.skewDegrees())).toList());
    }

    private static DocumentStatus status(ParsedPdf pdf, OcrInfo ocr, boolean ocrUnavailable) {
        if (pdf.repair() != null) {
            return DocumentStatus.REPAIRED;
        }
        if (pdf.isImageOnly()) {
            return ocrUnavailable ? DocumentStatus.OCR_UNAVAILABLE : DocumentStatus.NO_TEXT_LAYER;
        }
        return ocr != null && ocr.pages().stream().anyMatch(p -> p.failure() == null) ? DocumentStatus.OCR
                : DocumentStatus.COMPLETE;
    }
}
