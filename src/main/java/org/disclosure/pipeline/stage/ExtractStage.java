package org.disclosure.pipeline.stage;

import java.io.IOException;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.ProcessingInfo;
import org.disclosure.pipeline.archive.SourceInfo;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.ledger.LedgerKeeper;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.pdf.UnreadablePdfException;
import org.disclosure.pipeline.reconcile.CheckSummary;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.table.TableExtractor;

/**
 * Reads the stored PDF once, finds its text and tables, models the disclosure and writes the
 * first document.json into the job's work folder.
 */
public final class ExtractStage implements Extractor {

    public static final String NAME = "extract";

    private final ArchiveStore store;
    private final PdfReader reader;
    private final TableExtractor tables = new TableExtractor();
    private final DocumentModeller modeller = new DocumentModeller();
    private final String version;

    public ExtractStage(ArchiveStore store, int maxPages, String version) {
        this.store = store;
        this.reader = new PdfReader(maxPages);
        this.version = version;
    }

    @Override
    public Job extract(Job job) {
        ParsedPdf pdf;
        try {
            pdf = reader.read(job.storedOriginal());
        } catch (UnreadablePdfException e) {
            throw new StageFailure(NAME, e.reason().code(), e.getMessage(), e);
        } catch (IOException e) {
            throw new StageFailure(NAME, "unreadable-file", "The stored file could not be read: " + e.getMessage(), e);
        }
        boolean imageOnly = pdf.isImageOnly();
        // A scan has no text to find tables in; say so rather than return tables that are not there.
        List<Table> found = imageOnly ? List.of() : tables.extract(pdf.pages());
        DisclosureDocument document = modeller.model(pdf, found, job.fileName());
        DocumentRecord record = new DocumentRecord(DocumentRecord.SCHEMA_VERSION,
                status(pdf),
                new SourceInfo(job.fileName(), job.sha256(), job.bytes(), pdf.pageCount(), pdf.producer(), pdf.creator(),
                        pdf.repair()),
                document.identity(), document.pages(), document.tables(), document.requiredTables(), document.performanceTargets(), document.projects(),
                document.figures(), imageOnly ? null : LedgerKeeper.account(pdf.pages(), found, document.figures()),
                CheckSummary.of(List.of()), List.of(),
                new ProcessingInfo(version, job.receivedAt().toString(), null));
        try {
            store.writeDocument(job, record);
        } catch (IOException e) {
            throw new StageFailure(NAME, "write-failed", "document.json could not be written: " + e.getMessage(), e);
        }
        return job;
    }

    private static String status(ParsedPdf pdf) {
        if (pdf.isImageOnly()) {
            return DocumentRecord.NO_TEXT_LAYER;
        }
        return pdf.repair() != null ? DocumentRecord.REPAIRED : DocumentRecord.COMPLETE;
    }
}
