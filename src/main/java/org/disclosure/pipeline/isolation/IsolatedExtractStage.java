package org.disclosure.pipeline.isolation;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.IOException;

import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.Extractor;
import org.disclosure.pipeline.stage.StageFailure;

/**
 * The extract stage run in a worker process under a time and memory budget, so a hostile or
 * pathological PDF costs one worker, never the service. A document over budget is rejected with
 * a typed reason and the next one goes on.
 */
public final class IsolatedExtractStage implements Extractor {

    private final WorkerPool pool;

    public IsolatedExtractStage(WorkerPool pool) {
        this.pool = pool;
    }

    @Override
    public Job extract(Job job) {
        WorkReply reply;
        try {
            reply = pool.run(WorkRequest.of(job));
        } catch (WorkerLost lost) {
            throw overBudget(lost);
        } catch (IOException e) {
            throw new StageFailure(ExtractStage.NAME, FailureReason.INTERNAL_ERROR, "The worker could not be reached: " + e.getMessage(), e);
        }
        StageTimes.recordAll(reply.timings());
        if (WorkReply.FAILED.equals(reply.status())) {
            throw new StageFailure(reply.stage(), reply.reason(), reply.message(), null);
        }
        return job;
    }

    private StageFailure overBudget(WorkerLost lost) {
        WorkerLimits limits = pool.limits();
        return switch (lost.lostBecause()) {
            case TIMED_OUT -> new StageFailure(ExtractStage.NAME, FailureReason.TIME_LIMIT,
                    "Reading the PDF took longer than the " + limits.timeout().toSeconds()
                            + " s each document is allowed (plus " + limits.ocrPageAllowance().toSeconds()
                            + " s for each page it needs OCR for); it was stopped (" + lost.getMessage() + "). It may be crafted to make readers loop, or simply too complex.", lost);
            case OUT_OF_MEMORY -> new StageFailure(ExtractStage.NAME, FailureReason.MEMORY_LIMIT,
                    "Reading the PDF needed more than the " + limits.maxHeap()
                            + " of memory each document is allowed; it was stopped. It may be crafted to exhaust readers, or simply too large.", lost);
            case CRASHED -> new StageFailure(ExtractStage.NAME, FailureReason.WORKER_CRASHED,
                    "The process reading the PDF ended unexpectedly (" + lost.getMessage() + ").", lost);
        };
    }
}
