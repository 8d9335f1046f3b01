package org.disclosure.pipeline.camel;

/** In one-shot mode the inbox route calls this when a poll finds the inbox empty: the batch is done. */
public final class BatchSignal {

    private volatile Runnable onDrained = () -> { };

    public void onDrained(Runnable action) {
        this.onDrained = action;
    }

    public void inboxDrained() {
        onDrained.run();
    }
}
