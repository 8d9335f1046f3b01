package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;

/** A document could not pass a stage; carries the stage, a stable reason and a plain explanation. */
public final class StageFailure extends RuntimeException {

    private final String stage;
    private final FailureReason reason;

    public StageFailure(String stage, FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.reason = reason;
    }

    public String stage() {
        return stage;
    }

    public FailureReason reason() {
        return reason;
    }

    /**
     * Whether another attempt, perhaps on another worker, could succeed. With a broker such failures
     * are tried again on any worker before the document is given up; the rest (not a PDF,
     * encrypted, ...) would fail the same way every time.
     */
    public boolean isRetryable() {
        return reason.retryable();
    }
}
