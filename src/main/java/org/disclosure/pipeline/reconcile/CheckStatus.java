package org.disclosure.pipeline.reconcile;

/** The outcome of one check: agreed, agreed within rounding, or disagreed. */
public enum CheckStatus {
    PASS, WARN, FAIL;

    /** The lower-case word used in document.json. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
