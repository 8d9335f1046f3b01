package org.disclosure.pipeline.stage;

/** A document could not pass a stage; carries the stage, a stable reason code and a plain explanation. */
public final class StageFailure extends RuntimeException {

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
}
