package org.disclosure.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.LogText;
import org.disclosure.pipeline.disclosure.DisclosureTable;
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
    public static final String ANNOTATED = "annotated.pdf";
    public static final String WORKBOOK = "tables.xlsx";
    public static final String CSV_FOLDER = "tables";

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
        List<Artefact> artefacts = new ArrayList<>();
        long spreadsheetStart = System.nanoTime();
        // the spreadsheets need no PDF
        if (record.tables().isEmpty()) {
            artefacts.add(Artefact.skipped(WORKBOOK, "no table was read"));
        } else {
            artefacts.add(attempt(WORKBOOK, () -> {
                Path workbook = folder.resolve("." + WORKBOOK + "." + UUID.randomUUID() + ".tmp");
                try {
                    TableExport.xlsx(record.tables(), workbook);
                    Files.move(workbook, folder.resolve(WORKBOOK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(workbook);
                }
            }));
            Path csv = folder.resolve(CSV_FOLDER);
            for (DisclosureTable table : record.tables()) {
                String name = CSV_FOLDER + "/" + TableExport.csvName(table);
                artefacts.add(attempt(name, () -> {
                    Files.createDirectories(csv);
                    Path temp = csv.resolve("." + TableExport.csvName(table) + "." + UUID.randomUUID() + ".tmp");
                    try {
                        TableExport.csv(table, temp);
                        Files.move(temp, csv.resolve(TableExport.csvName(table)), StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }));
            }
        }

        StageTimes.record(StageTimes.SPREADSHEETS, System.nanoTime() - spreadsheetStart);

        int annotations = 0;
        String body = null;
        Throwable reportFailure = null;
        HtmlReport report = new HtmlReport(record);
        PDDocument document = null;
        long htmlNanos = 0;
        long loadStart = System.nanoTime();
        try {
            document = Loader.loadPDF(original.toFile(), "", MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        } catch (IOException | RuntimeException unloadable) {
            artefacts.add(Artefact.failed(ANNOTATED, unloadable));
            LOG.warn("{}: the original could not be loaded for the pictures and the annotated copy", LogText.escape(record.source().fileName()), unloadable);
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
            long annotateStart = System.nanoTime();
            if (document != null) {
                PDDocument loaded = document;
                int[] added = {0};
                Artefact annotated = attempt(ANNOTATED, () -> {
                    added[0] = Annotations.annotate(loaded, record);
                    Path temp = folder.resolve("." + ANNOTATED + "." + UUID.randomUUID() + ".tmp");
                    try {
                        loaded.save(temp.toFile());
                        Files.move(temp, folder.resolve(ANNOTATED), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                });
                annotations = annotated.isFailed() ? 0 : added[0];
                artefacts.add(annotated);
            }
            StageTimes.record(StageTimes.ANNOTATED_PDF, System.nanoTime() - annotateStart + loadNanos - loadNanos / 2);
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
            artefacts.add(0, attempt(REPORT, () -> ArchiveStore.writeAtomically(folder.resolve(REPORT), html.getBytes(StandardCharsets.UTF_8))));
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

    private interface Making {
        void make() throws IOException;
    }

    private static Artefact attempt(String name, Making making) {
        try {
            making.make();
            return Artefact.written(name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be made", LogText.escape(name), e);
            return Artefact.failed(name, e);
        }
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
                html.append("<li>").append(HtmlReport.esc(artefact.name())).append(": ").append(HtmlReport.esc(artefact.status()))
                        .append(artefact.reason() == null ? "" : " (" + HtmlReport.esc(artefact.reason()) + ")").append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</body></html>\n");
        ArchiveStore.writeAtomically(folder.resolve(REPORT), html.toString().getBytes(StandardCharsets.UTF_8));
    }
}
