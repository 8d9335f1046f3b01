package org.disclosure.pipeline.reconcile;

/**
 * The outcome of one check: agreed, agreed within rounding, disagreed, or could not be trusted either
 * way because our own reading of the page is in doubt (a missed table, unread figures, OCR).
 */
public enum CheckStatus {
    PASS, WARN, FAIL, UNVERIFIED;

    /** The lower-case word used in document.json. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
