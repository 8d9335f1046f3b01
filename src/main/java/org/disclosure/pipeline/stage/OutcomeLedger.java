package org.disclosure.pipeline.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps what became of each document in this run, and tells a listener as each one finishes. */
public final class OutcomeLedger {

    private final List<Outcome> outcomes = new ArrayList<>();
    private volatile Consumer<Outcome> listener = outcome -> { };

    public synchronized void record(Outcome outcome) {
        outcomes.add(outcome);
        listener.accept(outcome);
    }

    public void onEach(Consumer<Outcome> newListener) {
        this.listener = newListener;
    }

    public synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized String totalLine() {
        long duplicates = outcomes.stream().filter(o -> Outcome.DUPLICATE.equals(o.status())).count();
        long archived = outcomes.stream().filter(Outcome::archived).count() - duplicates;
        long rejected = outcomes.size() - archived - duplicates;
        long failedChecks = outcomes.stream().mapToLong(Outcome::checksFailed).sum();
        return String.format("total     %d documents: %d archived, %d duplicates, %d rejected, %d checks failed",
                outcomes.size(), archived, duplicates, rejected, failedChecks);
    }
}
