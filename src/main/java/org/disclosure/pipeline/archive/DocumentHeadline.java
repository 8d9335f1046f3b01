package org.disclosure.pipeline.archive;

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
                               List<Skipped> tables, ProcessingInfo processing) {

    /** A table, skipped: only how many there are matters here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skipped() {
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

    public String receivedAt() {
        return processing == null ? null : processing.receivedAt();
    }
}
