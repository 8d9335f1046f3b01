package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The few fields of a document.json the log line, the index and the console need, read without
 * building its tables, pages and checks (Jackson skips over them), in document.json's own spelling.
 * The index keeps it as text, written from this record and read back into it (archive/DocumentFile).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeadlineJson(String status, SourceJson source, IdentityJson document, SummaryJson summary,
                           Coverage ledger, List<Skipped> tables, ProcessingJson processing,
                           List<ArtefactJson> artefacts) {

    /** A table, skipped: only how many there are matters here (written back as {}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skipped() {
    }

    /** The ledger's totals, its pages skipped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coverage(int numbers, int accounted, BigDecimal coverage) {
    }
}
