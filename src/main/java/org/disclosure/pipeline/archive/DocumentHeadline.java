package org.disclosure.pipeline.archive;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.reconcile.CheckSummary;

/**
 * What the log line, the index and the console need of an archived document, in the domain's
 * types: read from its document.json (or the index's copy) through {@link DocumentFile}.
 *
 * @param coverage   the share of printed numbers accounted for, or null for a scan or a document
 *                   filed before the ledger
 * @param tableCount how many tables it holds
 */
public record DocumentHeadline(DocumentStatus status, SourceInfo source, DocumentIdentity document, CheckSummary summary,
                               BigDecimal coverage, int tableCount, ProcessingInfo processing, List<Artefact> artefacts) {

    public String unit() {
        return document == null ? null : document.unit();
    }

    public Integer year() {
        return document == null ? null : document.year();
    }

    public String kind() {
        return document == null ? null : document.kind();
    }

    /** A scan without a text layer, or no check ran at all: its zero failed checks say nothing. */
    public boolean notChecked() {
        return (status != null && status.unread()) || (summary != null && summary.run() == 0);
    }

    /** The artefacts that could not be made (none for a document filed before they were recorded). */
    public List<Artefact> failedArtefacts() {
        return artefacts == null ? List.of() : artefacts.stream().filter(Artefact::isFailed).toList();
    }

    public String receivedAt() {
        return processing == null ? null : processing.receivedAt();
    }
}
