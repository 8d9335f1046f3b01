package org.disclosure.pipeline.isolation;

import java.util.Map;

import org.disclosure.pipeline.archive.FailureReason;

/**
 * A worker's answer on its pipe: {@code ready} once started, then {@code done} or {@code failed}
 * (with the stage, reason code and message of the failure) for each request, with the nanoseconds
 * each stage took in the worker ({@code timings}, for the service's stage timers). While a scan is
 * read, {@code ocr} lines come first, with the pages read so far and the pages to read: the service
 * extends the document's time budget by the pages to read and shows the progress.
 */
public record WorkReply(String status, String stage, FailureReason reason, String message, Integer pagesDone,
                        Integer pagesTotal, Map<String, Long> timings) {

    static final String READY = "ready";
    static final String DONE = "done";
    static final String FAILED = "failed";
    static final String OCR = "ocr";

    static WorkReply ready() {
        return new WorkReply(READY, null, null, null, null, null, null);
    }

    static WorkReply done() {
        return new WorkReply(DONE, null, null, null, null, null, null);
    }

    WorkReply withTimings(Map<String, Long> nanosByStage) {
        return new WorkReply(status, stage, reason, message, pagesDone, pagesTotal, nanosByStage);
    }

    static WorkReply failed(String stage, FailureReason reason, String message) {
        return new WorkReply(FAILED, stage, reason, message, null, null, null);
    }

    static WorkReply ocr(int pagesDone, int pagesTotal) {
        return new WorkReply(OCR, null, null, null, pagesDone, pagesTotal, null);
    }

    boolean interim() {
        return OCR.equals(status);
    }
}
