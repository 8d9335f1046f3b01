package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.Claim;
import org.disclosure.pipeline.archive.ClaimStore;
import org.disclosure.pipeline.intake.InboxEntries;

/**
 * The coordinator's only stage: puts a dropped file into the shared claim store under its content
 * hash and issues the claim check that a worker will take from the queue.
 */
public final class ClaimStage {

    public static final String NAME = StageName.CLAIM.key();

    private final ClaimStore claims;
    private final InboxEntries entries;
    private final long maxBytes;

    /**
     * @param entries  which inbox entries may be read (links are not, unless into a trusted root)
     * @param maxBytes files larger than this are rejected as too-large without being copied
     */
    public ClaimStage(ClaimStore claims, InboxEntries entries, long maxBytes) {
        this.claims = claims;
        this.entries = entries;
        this.maxBytes = maxBytes;
    }

    public Claim claim(Path dropped) {
        Path source = ReceiveStage.readableSource(entries, dropped, NAME);
        ReceiveStage.refuseIfTooLarge(source, maxBytes);
        try {
            return claims.claim(source, dropped.getFileName().toString());
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.UNREADABLE_FILE,
                    "The file could not be copied from the inbox into the claim store: " + e.getMessage(), e);
        }
    }

    /** Takes back a claim whose check could not be queued: the file stays in the inbox and is claimed anew. */
    public void abandon(Claim claim) {
        try {
            claims.release(claim);
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "The unqueued claim could not be removed: " + e.getMessage(), e);
        }
    }
}
