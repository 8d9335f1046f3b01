package org.disclosure.pipeline.contract;

import java.util.List;

/**
 * document.json as it is written, field for field and in this order: the published contract
 * (src/main/resources/schema/document.schema.json), versioned by {@code schemaVersion}. The
 * domain's records are mapped onto it (archive/DocumentFile), so a change inside the domain does
 * not change the file by accident.
 */
public record DocumentJson(int schemaVersion, String status, SourceJson source, OcrJson ocr, IdentityJson document,
                           List<PageJson> pages, List<TableJson> tables, List<RequiredTableJson> requiredTables,
                           List<PerformanceTargetJson> performanceTargets, List<ProjectJson> projects,
                           List<NarrativeFigureJson> figures, LedgerJson ledger, SummaryJson summary,
                           List<CheckJson> checks, ProcessingJson processing, List<ArtefactJson> artefacts) {

    /** The version this code writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
}
