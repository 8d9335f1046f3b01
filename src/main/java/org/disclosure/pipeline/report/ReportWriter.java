package org.disclosure.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.LogText;
import org.disclosure.pipeline.metrics.StageTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what people read beside document.json: report.html, annotated.pdf, tables.xlsx and
 * tables/*.csv, each on its own, so that one that fails costs none of the others. The original is
 * loaded once for the pictures and the annotations together.
 */
public final class ReportWriter {

    public static final String REPORT = "report.html";
    public static final String ANNOTATED = AnnotatedPdfWriter.ANNOTATED;
    public static final String WORKBOOK = WorkbookWriter.WORKBOOK;
    public static final String CSV_FOLDER = CsvWriter.CSV_FOLDER;

    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);
    private static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    /**
     * What was made: how many annotations the annotated copy carries (0 when it was not made) and,
     * for each artefact, whether it was written.
     */
    public record Written(int annotations, List<Artefact> artefacts) {
    }

    /**
     * Makes every artefact on its own: one that fails (a workbook the spreadsheet format refuses, a
     * folder that cannot be written, an original PDFBox cannot load again) is recorded with its
     * reason, and the others are still written. report.html is written last, so that it can say
     * near its top which of the others failed; if it cannot be made, a page saying so takes its place.
     */
    public Written write(DocumentRecord record, Path original, Path folder) {
        int annotations = 0;
        String body = null;
        Throwable reportFailure = null;
        HtmlReport report = new HtmlReport(record);
        List<Artefact> artefacts = new ArrayList<>();
        Throwable unloadable = null;
        PDDocument document = null;
        long htmlNanos = 0;
        long loadStart = System.nanoTime();
        try {
            document = Loader.loadPDF(original.toFile(), "", MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        } catch (IOException | RuntimeException e) {
            unloadable = e;
            LOG.warn("{}: the original could not be loaded for the pictures and the annotated copy", LogText.escape(record.source().fileName()), e);
        }
        long loadNanos = System.nanoTime() - loadStart;
        try {
            // the pictures first: they are of the original, before any annotation is added to it
            Evidence evidence = document == null ? null : new Evidence(document, record.pages());
            long bodyStart = System.nanoTime();
            try {
                body = report.body(evidence);
            } catch (IOException | RuntimeException e) {
                reportFailure = e;
            }
            long imageNanos = evidence == null ? 0 : evidence.nanos();
            // loading the original serves the pictures and the annotated copy alike: half each
            StageTimes.record(StageTimes.PAGE_IMAGES, imageNanos + loadNanos / 2);
            htmlNanos += System.nanoTime() - bodyStart - imageNanos;
            AnnotatedPdfWriter annotated = new AnnotatedPdfWriter();
            for (ArtefactWriter writer : List.of(new WorkbookWriter(), new CsvWriter(), annotated)) {
                long writerStart = System.nanoTime();
                artefacts.addAll(writer.write(record, document, folder));
                long took = System.nanoTime() - writerStart;
                StageTimes.record(writer == annotated ? StageTimes.ANNOTATED_PDF : StageTimes.SPREADSHEETS,
                        writer == annotated ? took + loadNanos - loadNanos / 2 : took);
            }
            if (unloadable != null) {
                artefacts.add(Artefact.failed(ANNOTATED, unloadable));
            }
            annotations = annotated.annotations();
        } finally {
            if (document != null) {
                try {
                    document.close();
                } catch (IOException ignored) {
                    // read-only use of a file we keep: nothing is lost
                }
            }
        }

        long pageStart = System.nanoTime();
        if (body != null) {
            String html = report.page(body, artefacts);
            artefacts.add(0, ArtefactFiles.attempt(REPORT, () -> ArchiveStore.writeAtomically(folder.resolve(REPORT), html.getBytes(StandardCharsets.UTF_8))));
            StageTimes.record(StageTimes.REPORT_HTML, htmlNanos + System.nanoTime() - pageStart);
        } else {
            artefacts.add(0, Artefact.failed(REPORT, reportFailure));
            LOG.warn("{}: the report could not be made", LogText.escape(record.source().fileName()), reportFailure);
            try {
                writeFailure(folder, record.source().fileName(), reportFailure, artefacts);
            } catch (IOException | RuntimeException unwritable) {
                LOG.warn("{}: not even a page saying why could be written", LogText.escape(record.source().fileName()), unwritable);
            }
        }
        return new Written(annotations, List.copyOf(artefacts));
    }

    /**
     * When the report cannot be made, a report.html that says so, so the document is still filed
     * with its document.json and nobody is left looking for a page that is not there.
     */
    public void writeFailure(Path folder, String fileName, Throwable failure) throws IOException {
        writeFailure(folder, fileName, failure, List.of());
    }

    private static void writeFailure(Path folder, String fileName, Throwable failure, List<Artefact> others) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>报告未能生成 Report not made · ")
                .append(HtmlReport.esc(fileName)).append("</title></head><body><h1>").append(HtmlReport.esc(fileName)).append("</h1>")
                .append("<p id=\"report-failed\">报告未能生成。The report could not be made; document.json beside this page holds ")
                .append("everything extracted and checked.</p><pre>").append(HtmlReport.esc(String.valueOf(failure))).append("</pre>");
        if (!others.isEmpty()) {
            html.append("<ul id=\"artefacts\">");
            for (Artefact artefact : others) {
                html.append("<li>").append(HtmlReport.esc(artefact.name())).append(": ").append(HtmlReport.esc(artefact.status().toString()))
                        .append(artefact.reason() == null ? "" : " (" + HtmlReport.esc(artefact.reason()) + ")").append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</body></html>\n");
        ArchiveStore.writeAtomically(folder.resolve(REPORT), html.toString().getBytes(StandardCharsets.UTF_8));
    }
}
