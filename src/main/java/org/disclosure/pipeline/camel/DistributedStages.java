package org.disclosure.pipeline.camel;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Claim;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.stage.ClaimStage;
import org.disclosure.pipeline.stage.Outcome;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.stage.RejectStage;
import org.disclosure.pipeline.stage.StageFailure;
import org.disclosure.pipeline.stage.TakeClaimStage;

/**
 * The bean the coordinator and worker routes call: adapts claim checks on the queue to the
 * plain-Java claim stages, and nothing more.
 */
public final class DistributedStages {

    /** Header with the claim's id, for log lines. */
    public static final String CLAIM_ID = "DisclosureClaim";
    /** Header with how many times the broker has delivered this claim check, this time included. */
    public static final String DELIVERY = "DisclosureDelivery";
    /** Headers of a dead-lettered claim check: why it was given up. */
    public static final String FAILURE_REASON = "DisclosureFailureReason";
    public static final String FAILURE_MESSAGE = "DisclosureFailureMessage";
    private static final String CLAIM = "DisclosureClaimCheck";

    private final ClaimStage claimStage;
    private final TakeClaimStage takeStage;
    private final RejectStage reject;
    private final OutcomeLedger ledger;
    private final int maxDeliveries;
    private final ArchiveStore store;

    public DistributedStages(ClaimStage claimStage, TakeClaimStage takeStage, RejectStage reject, OutcomeLedger ledger,
                             int maxDeliveries, ArchiveStore store) {
        this.store = store;
        this.claimStage = claimStage;
        this.takeStage = takeStage;
        this.reject = reject;
        this.ledger = ledger;
        this.maxDeliveries = maxDeliveries;
    }

    // ---- coordinator

    /** Claims the dropped file and returns the claim check to queue, as JSON text. */
    public String claim(@Header(Exchange.FILE_PATH) String dropped, Exchange exchange) throws IOException {
        Claim claim = claimStage.claim(Path.of(dropped));
        exchange.getMessage().setHeader(CLAIM_ID, claim.id());
        return claim.toJson();
    }

    /** The claim check could not be queued: take the claim back, the file stays in the inbox. */
    public void abandonClaim(Exchange exchange) throws IOException {
        if (exchange.getMessage().getBody() instanceof String json) {
            claimStage.abandon(Claim.fromJson(json));
        }
    }

    /** Clears the work folders of workers that died; their claim checks went back to the queue. */
    public void sweepAbandonedWork() throws IOException {
        store.clearStaleWork(DistributedConfiguration.SHARED_TEMPORARY_GRACE);
    }

    // ---- worker

    /**
     * Takes the queued claim into this worker's work folder. Null when an earlier delivery filed it
     * already. A claim whose workers all died before finishing it is given up here, untried.
     */
    public Job take(String json, Exchange exchange) throws IOException {
        int delivery = deliveryCount(exchange);
        exchange.getMessage().setHeader(DELIVERY, delivery);
        Claim claim = Claim.fromJson(json);
        exchange.setProperty(CLAIM, claim);
        exchange.getMessage().setHeader(CLAIM_ID, claim.id());
        if (takeStage.isHandled(claim)) {
            return null;
        }
        if (delivery > maxDeliveries) {
            throw TakeClaimStage.workersLost(delivery - 1);
        }
        return takeStage.take(claim);
    }

    /** The document is filed: forget its claim. */
    public void release(Exchange exchange) {
        Claim claim = exchange.getProperty(CLAIM, Claim.class);
        if (claim != null) {
            takeStage.release(claim);
        }
    }

    /** Files a document that failed for a reason no retry will change, and releases its claim. */
    public Outcome rejectClaimed(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return rejectAndRelease(exchange, failure);
    }

    /**
     * Files a document that failed on its last allowed delivery, releases its claim, and returns the
     * claim check, with the reason in headers, for the dead-letter queue.
     */
    public String giveUp(Exchange exchange) throws IOException {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        int deliveries = exchange.getMessage().getHeader(DELIVERY, 1, Integer.class);
        StageFailure givenUp = failure instanceof StageFailure typed && typed.reason() == FailureReason.WORKER_LOST ? typed
                : TakeClaimStage.givenUp(failure, deliveries);
        Claim claim = exchange.getProperty(CLAIM, Claim.class);
        if (claim != null) {
            rejectAndRelease(exchange, givenUp);
        }
        exchange.getMessage().setHeader(FAILURE_REASON, givenUp.reason().code());
        exchange.getMessage().setHeader(FAILURE_MESSAGE, givenUp.getMessage());
        return claim != null ? claim.toJson() : exchange.getIn().getBody(String.class);
    }

    private Outcome rejectAndRelease(Exchange exchange, Throwable failure) {
        Claim claim = exchange.getProperty(CLAIM, Claim.class);
        Object body = exchange.getMessage().getBody();
        Job job = body instanceof Job taken ? taken : null;
        Path claimed = claim == null ? null : takeStage.claimedFile(claim);
        if (job == null && claimed == null) {
            return null;
        }
        Outcome outcome = reject.reject(job, claimed, failure);
        ledger.record(outcome);
        release(exchange);
        return outcome;
    }

    /** JMSXDeliveryCount, which Artemis sets on every message it delivers: 1 the first time. */
    private static int deliveryCount(Exchange exchange) {
        Integer count = exchange.getMessage().getHeader("JMSXDeliveryCount", Integer.class);
        return count == null ? 1 : count;
    }
}
