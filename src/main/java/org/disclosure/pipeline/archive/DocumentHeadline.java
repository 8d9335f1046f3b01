package org.disclosure.pipeline.archive;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.reconcile.CheckSummary;

/**
 * The few fields of a document.json that the log line and the console need, read without
 * building its tables, pages and checks (Jackson skips over them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentHeadline(String status, SourceInfo source, DocumentIdentity document, CheckSummary summary,
                               Coverage ledger, List<Skipped> tables, ProcessingInfo processing, List<Artefact> artefacts) {

    /** A table, skipped: only how many there are matters here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skipped() {
    }

    /** The ledger's totals, its pages skipped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coverage(int numbers, int accounted, BigDecimal coverage) {
    }

    /** The share of printed numbers accounted for, or null for a scan or a document filed before the ledger. */
    public BigDecimal coverage() {
        return ledger == null ? null : ledger.coverage();
    }

    public String unit() {
        return document == null ? null : document.unit();
    }

    public Integer year() {
        return document == null ? null : document.year();
    }

    public String kind() {
        return document == null ? null : document.kind();
    }

    public int tableCount() {
        return tables == null ? 0 : tables.size();
    }

    /** A scan without a text layer, or no check ran at all: its zero failed checks say nothing. */
    public boolean notChecked() {
        return DocumentRecord.unread(status) || (summary != null && summary.run() == 0);
    }

    /** The artefacts that could not be made (none for a document filed before they were recorded). */
    public List<Artefact> failedArtefacts() {
        return artefacts == null ? List.of() : artefacts.stream().filter(Artefact::isFailed).toList();
    }

    public String receivedAt() {
        return processing == null ? null : processing.receivedAt();
    }
}
