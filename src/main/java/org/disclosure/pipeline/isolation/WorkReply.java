package org.disclosure.pipeline.isolation;

import org.disclosure.pipeline.archive.FailureReason;

/**
 * A worker's answer on its pipe: {@code ready} once started, then {@code done} or {@code failed}
 * (with the stage, reason code and message of the failure) for each request.
 */
public record WorkReply(String status, String stage, FailureReason reason, String message) {

    static final String READY = "ready";
    static final String DONE = "done";
    static final String FAILED = "failed";

    static WorkReply ready() {
        return new WorkReply(READY, null, null, null);
    }

    static WorkReply done() {
        return new WorkReply(DONE, null, null, null);
    }

    static WorkReply failed(String stage, FailureReason reason, String message) {
        return new WorkReply(FAILED, stage, reason, message);
    }
}
