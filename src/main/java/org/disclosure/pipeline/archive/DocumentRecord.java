package org.disclosure.pipeline.archive;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.PerformanceTarget;
import org.disclosure.pipeline.disclosure.ProjectLink;
import org.disclosure.pipeline.disclosure.RequiredTable;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.CheckSummary;

/**
 * document.json, schema version 1: see src/main/resources/schema/document.schema.json.
 *
 * @param status "complete"; "no-text-layer" for a scan whose pages carry no text; "repaired" when the
 *               file's index was damaged and rebuilt
 */
public record DocumentRecord(int schemaVersion, String status, SourceInfo source, DocumentIdentity document,
                             List<DisclosurePage> pages, List<DisclosureTable> tables, List<RequiredTable> requiredTables,
                             List<PerformanceTarget> performanceTargets, List<ProjectLink> projects,
                             List<NarrativeFigure> figures, CheckSummary summary, List<Check> checks,
                             ProcessingInfo processing) {

    public static final int SCHEMA_VERSION = 1;
    public static final String COMPLETE = "complete";
    public static final String NO_TEXT_LAYER = "no-text-layer";
    /** Read only after PDFBox rebuilt a damaged index: see source.repair for what may be missing. */
    public static final String REPAIRED = "repaired";

    public DocumentRecord withChecks(List<Check> newChecks) {
        return new DocumentRecord(schemaVersion, status, source, document, pages, tables, requiredTables,
                performanceTargets, projects, figures, CheckSummary.of(newChecks), newChecks, processing);
    }

    public DocumentRecord withProcessing(ProcessingInfo newProcessing) {
        return new DocumentRecord(schemaVersion, status, source, document, pages, tables, requiredTables,
                performanceTargets, projects, figures, summary, checks, newProcessing);
    }

    public long failedChecks() {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    }
}
