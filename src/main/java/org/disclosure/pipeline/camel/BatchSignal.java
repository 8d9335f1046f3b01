package org.disclosure.pipeline.camel;

import org.apache.camel.Exchange;

/**
 * In one-shot mode the inbox route calls this when a poll finds nothing new. Files still being
 * processed are not listed by the poll, so the batch is done only when nothing else is in flight.
 */
public final class BatchSignal {

    private volatile Runnable onDrained = () -> { };

    public void onDrained(Runnable action) {
        this.onDrained = action;
    }

    public void inboxIdle(Exchange idlePoll) {
        // the idle poll's own exchange is in flight on the inbox route too
        if (idlePoll.getContext().getInflightRepository().size("inbox") <= 1) {
            onDrained.run();
        }
    }
}
