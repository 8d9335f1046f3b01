package org.disclosure.pipeline.isolation;

/** A worker process ended or was stopped while handling a document. */
final class WorkerLost extends Exception {

    /** What -XX:+ExitOnOutOfMemoryError exits with. */
    static final int OUT_OF_MEMORY_EXIT = 3;

    enum Cause { TIMED_OUT, OUT_OF_MEMORY, CRASHED }

    private final Cause cause;

    WorkerLost(Cause cause, String message) {
        super(message);
        this.cause = cause;
    }

    Cause lostBecause() {
        return cause;
    }
}
