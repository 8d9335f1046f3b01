package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Claim;
import org.disclosure.pipeline.archive.ClaimStore;
import org.disclosure.pipeline.archive.Job;

/**
 * A worker's first and last step: takes a queued claim into this worker's own work folder, and
 * releases it once the document is filed. Between the two the stages are those of a single machine.
 */
public final class TakeClaimStage {

    public static final String NAME = StageName.CLAIM.key();

    private final ClaimStore claims;
    private final ArchiveStore store;

    public TakeClaimStage(ClaimStore claims, ArchiveStore store) {
        this.claims = claims;
        this.store = store;
    }

    /**
     * The job for this claim, or null when the claim is gone: an earlier delivery of the same check
     * filed the document and released it, and there is nothing left to do.
     */
    public Job take(Claim claim) {
        if (isHandled(claim)) {
            return null;
        }
        try {
            return store.receive(claim, claims.file(claim));
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.UNREADABLE_FILE, "The claimed file could not be taken from shared storage: "
                    + e.getMessage(), e);
        }
    }

    /** Whether the claim is gone: a delivery before this one filed the document and released it. */
    public boolean isHandled(Claim claim) {
        return !claims.isPending(claim);
    }

    /** The claimed original, for a rejection made before the claim was taken into a work folder. */
    public Path claimedFile(Claim claim) {
        return claims.file(claim);
    }

    public void release(Claim claim) {
        try {
            claims.release(claim);
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "The handled claim could not be released: " + e.getMessage(), e);
        }
    }

    /** The failure to file when a document has failed on every delivery the queue allows. */
    public static StageFailure givenUp(Throwable last, int deliveries) {
        StageFailure failure = last instanceof StageFailure typed ? typed
                : new StageFailure(StageName.UNKNOWN.key(), FailureReason.INTERNAL_ERROR, "The pipeline failed on this document unexpectedly: " + last, last);
        return new StageFailure(failure.stage(), failure.reason(), failure.getMessage() + " It failed on " + deliveries
                + (deliveries == 1 ? " delivery" : " deliveries")
                + ", on whichever worker was free, and was given up and put on the dead-letter queue.", failure.getCause());
    }

    /** The failure to file when every worker that took the document stopped before it was done. */
    public static StageFailure workersLost(int deliveries) {
        return new StageFailure(NAME, FailureReason.WORKER_LOST, "The worker handling this document stopped (it was killed or crashed) "
                + "on each of its " + deliveries + " deliveries; it was given up and put on the dead-letter queue.", null);
    }
}
