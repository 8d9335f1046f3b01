package org.disclosure.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * Writes what people read beside document.json: report.html, annotated.pdf, tables.xlsx and
 * tables/*.csv. The original is loaded once for the pictures and the annotations together.
 */
public final class ReportWriter {

    public static final String REPORT = "report.html";
    public static final String ANNOTATED = "annotated.pdf";
    public static final String WORKBOOK = "tables.xlsx";
    public static final String CSV_FOLDER = "tables";

    private static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    /** @return how many annotations the annotated copy carries */
    public int write(DocumentRecord record, Path original, Path folder) throws IOException {
        int annotations;
        try (PDDocument document = Loader.loadPDF(original.toFile(), "",
                MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            List<Integer> turns = record.pages().stream().map(DisclosurePage::turned).toList();
            String html = new HtmlReport(record, new Evidence(document, turns), new TextLocator(document)).render();
            ArchiveStore.writeAtomically(folder.resolve(REPORT), html.getBytes(StandardCharsets.UTF_8));
            annotations = Annotations.annotate(document, record);
            Path temp = folder.resolve("." + ANNOTATED + "." + UUID.randomUUID() + ".tmp");
            document.save(temp.toFile());
            Files.move(temp, folder.resolve(ANNOTATED), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        if (record.tables().isEmpty()) {
            return annotations;   // a scan, or a document without tables: no spreadsheets to make
        }
        Path workbook = folder.resolve("." + WORKBOOK + ".tmp");
        try {
            TableExport.xlsx(record.tables(), workbook);
            Files.move(workbook, folder.resolve(WORKBOOK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(workbook);
        }
        Path csv = Files.createDirectories(folder.resolve(CSV_FOLDER));
        for (DisclosureTable table : record.tables()) {
            TableExport.csv(table, csv.resolve(TableExport.csvName(table)));
        }
        return annotations;
    }

    /**
     * When the report cannot be made, a report.html that says so, so the document is still filed
     * with its document.json and nobody is left looking for a page that is not there.
     */
    public void writeFailure(Path folder, String fileName, Throwable failure) throws IOException {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>报告未能生成 Report not made · "
                + HtmlReport.esc(fileName) + "</title></head><body><h1>" + HtmlReport.esc(fileName) + "</h1>"
                + "<p id=\"report-failed\">报告未能生成。The report could not be made; document.json beside this page holds "
                + "everything extracted and checked.</p><pre>" + HtmlReport.esc(String.valueOf(failure)) + "</pre></body></html>\n";
        ArchiveStore.writeAtomically(folder.resolve(REPORT), html.getBytes(StandardCharsets.UTF_8));
    }
}
