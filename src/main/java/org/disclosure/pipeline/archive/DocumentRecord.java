package org.disclosure.pipeline.archive;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.PerformanceTarget;
import org.disclosure.pipeline.disclosure.ProjectLink;
import org.disclosure.pipeline.disclosure.RequiredTable;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.CheckSummary;

/**
 * document.json, schema version 1: see src/main/resources/schema/document.schema.json.
 *
 * @param status how much of it could be read (complete, read by OCR, a scan without a text layer, …)
 * @param ocr    which pages were read by OCR, with which engine, how confidently; null when none was
 * @param ledger    how every number printed on a text page was accounted for; null for a scan
 * @param artefacts what the report stage made beside it and whether each was written; null before that stage
 */
public record DocumentRecord(int schemaVersion, DocumentStatus status, SourceInfo source, OcrInfo ocr, DocumentIdentity document,
                             List<DisclosurePage> pages, List<DisclosureTable> tables, List<RequiredTable> requiredTables,
                             List<PerformanceTarget> performanceTargets, List<ProjectLink> projects,
                             List<NarrativeFigure> figures, FigureLedger ledger, CheckSummary summary, List<Check> checks,
                             ProcessingInfo processing, List<Artefact> artefacts) {

    public static final int SCHEMA_VERSION = 1;

    /** A record the report stage has not yet been to: no artefacts. */
    public DocumentRecord(int schemaVersion, DocumentStatus status, SourceInfo source, DocumentIdentity document,
                          List<DisclosurePage> pages, List<DisclosureTable> tables, List<RequiredTable> requiredTables,
                          List<PerformanceTarget> performanceTargets, List<ProjectLink> projects,
                          List<NarrativeFigure> figures, FigureLedger ledger, CheckSummary summary, List<Check> checks,
                          ProcessingInfo processing) {
        this(schemaVersion, status, source, null, document, pages, tables, requiredTables, performanceTargets, projects,
                figures, ledger, summary, checks, processing, null);
    }

    /** A record of a document no page of which was read by OCR. */
    public DocumentRecord(int schemaVersion, DocumentStatus status, SourceInfo source, DocumentIdentity document,
                          List<DisclosurePage> pages, List<DisclosureTable> tables, List<RequiredTable> requiredTables,
                          List<PerformanceTarget> performanceTargets, List<ProjectLink> projects,
                          List<NarrativeFigure> figures, FigureLedger ledger, CheckSummary summary, List<Check> checks,
                          ProcessingInfo processing, List<Artefact> artefacts) {
        this(schemaVersion, status, source, null, document, pages, tables, requiredTables, performanceTargets, projects,
                figures, ledger, summary, checks, processing, artefacts);
    }

    public DocumentRecord withChecks(List<Check> newChecks) {
        return new DocumentRecord(schemaVersion, status, source, ocr, document, pages, tables, requiredTables,
                performanceTargets, projects, figures, ledger, CheckSummary.of(newChecks), newChecks, processing, artefacts);
    }

    public DocumentRecord withOcr(OcrInfo newOcr) {
        return new DocumentRecord(schemaVersion, status, source, newOcr, document, pages, tables, requiredTables,
                performanceTargets, projects, figures, ledger, summary, checks, processing, artefacts);
    }

    public DocumentRecord withProcessing(ProcessingInfo newProcessing) {
        return new DocumentRecord(schemaVersion, status, source, ocr, document, pages, tables, requiredTables,
                performanceTargets, projects, figures, ledger, summary, checks, newProcessing, artefacts);
    }

    public DocumentRecord withArtefacts(List<Artefact> newArtefacts) {
        return new DocumentRecord(schemaVersion, status, source, ocr, document, pages, tables, requiredTables,
                performanceTargets, projects, figures, ledger, summary, checks, processing, newArtefacts);
    }

    /**
     * True when nothing could be checked: a scan without a text layer, whose tables and figures
     * could not be read, or a document on which no check ran at all. Its zero failed checks mean nothing.
     */
    public boolean notChecked() {
        return (status != null && status.unread()) || (summary != null && summary.run() == 0);
    }

    public long failedChecks() {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    }
}
