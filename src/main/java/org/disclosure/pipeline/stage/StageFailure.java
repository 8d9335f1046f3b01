package org.disclosure.pipeline.stage;

/** A document could not pass a stage; carries the stage, a stable reason code and a plain explanation. */
public final class StageFailure extends RuntimeException {

    /**
     * Reasons that may not be the document's fault: a busy machine, a worker lost, storage that
     * failed for a moment. With a broker they are tried again on any worker before the document is
     * given up; the rest (not a PDF, encrypted, ...) would fail the same way every time.
     */
    private static final java.util.Set<String> RETRYABLE = java.util.Set.of(
            "time-limit", "memory-limit", "worker-crashed", "worker-lost", "unreadable-file", "write-failed", "internal-error");

    private final String stage;
    private final String reason;

    public StageFailure(String stage, String reason, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.reason = reason;
    }

    public String stage() {
        return stage;
    }

    public String reason() {
        return reason;
    }

    /** Whether another attempt, perhaps on another worker, could succeed. */
    public boolean isRetryable() {
        return RETRYABLE.contains(reason);
    }
}
