package org.disclosure.pipeline.contract;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.PerformanceTarget;
import org.disclosure.pipeline.disclosure.ProjectLink;
import org.disclosure.pipeline.disclosure.RequiredTable;
import org.disclosure.pipeline.ledger.FigureLedger;

/**
 * document.json as it is written, field for field and in this order: the published contract
 * (src/main/resources/schema/document.schema.json), versioned by {@code schemaVersion}. The
 * domain's records are mapped onto it (archive/DocumentFile), so a change inside the domain does
 * not change the file by accident. The document's identity, pages, tables, figures and ledger are
 * still written as their domain records are (boxes through {@link BoxJson}).
 */
public record DocumentJson(int schemaVersion, String status, SourceJson source, OcrJson ocr, DocumentIdentity document,
                           List<DisclosurePage> pages, List<DisclosureTable> tables, List<RequiredTable> requiredTables,
                           List<PerformanceTarget> performanceTargets, List<ProjectLink> projects,
                           List<NarrativeFigure> figures, FigureLedger ledger, SummaryJson summary, List<CheckJson> checks,
                           ProcessingJson processing, List<ArtefactJson> artefacts) {

    /** The version this code writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
}
