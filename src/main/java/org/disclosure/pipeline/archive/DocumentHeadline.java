package org.disclosure.pipeline.archive;

import java.util.List;

import org.disclosure.pipeline.reconcile.CheckSummary;

/**
 * The few fields of a document.json the log line needs, read without building its tables, pages
 * and checks (Jackson skips over them).
 */
public record DocumentHeadline(String status, SourceInfo source, CheckSummary summary, List<Skipped> tables) {

    /** A table, skipped: only how many there are matters here. */
    public record Skipped() {
    }
}
