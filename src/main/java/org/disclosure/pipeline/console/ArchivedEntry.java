package org.disclosure.pipeline.console;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.disclosure.pipeline.archive.ProcessingInfo;
import org.disclosure.pipeline.archive.SourceInfo;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.reconcile.CheckSummary;

/**
 * What the console lists of an archived document, read from its document.json without building
 * its tables or checks.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchivedEntry(String status, SourceInfo source, DocumentIdentity document, CheckSummary summary,
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
