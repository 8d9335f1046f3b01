package org.disclosure.pipeline.isolation;

import java.util.Map;

/**
 * A worker's answer on its pipe: {@code ready} once started, then {@code done} or {@code failed}
 * (with the stage, reason code and message of the failure) for each request, with the nanoseconds
 * each stage took in the worker ({@code timings}, for the service's stage timers).
 */
public record WorkReply(String status, String stage, String reason, String message, Map<String, Long> timings) {

    static final String READY = "ready";
    static final String DONE = "done";
    static final String FAILED = "failed";

    static WorkReply ready() {
        return new WorkReply(READY, null, null, null, null);
    }

    static WorkReply done() {
        return new WorkReply(DONE, null, null, null, null);
    }

    WorkReply withTimings(Map<String, Long> nanosByStage) {
        return new WorkReply(status, stage, reason, message, nanosByStage);
    }

    static WorkReply failed(String stage, String reason, String message) {
        return new WorkReply(FAILED, stage, reason, message, null);
    }
}
