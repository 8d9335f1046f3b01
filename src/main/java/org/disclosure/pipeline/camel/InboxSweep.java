package org.disclosure.pipeline.camel;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.disclosure.pipeline.archive.LogText;
import org.disclosure.pipeline.stage.Outcome;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.stage.StrayEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox consumer's poll strategy: before each look at the inbox, the entries that are not
 * documents (links, folders, pipes), which the file consumer would pass over in silence, are set
 * aside with a record. If that fails the look goes ahead; the next one tries again.
 */
public final class InboxSweep extends DefaultPollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(InboxSweep.class);

    private final StrayEntries strays;
    private final OutcomeLedger ledger;

    public InboxSweep(StrayEntries strays, OutcomeLedger ledger) {
        this.strays = strays;
        this.ledger = ledger;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        try {
            for (Outcome outcome : strays.setAside()) {
                ledger.record(outcome);
                LOG.warn(outcome.summaryLine());
            }
        } catch (Exception e) {
            LOG.warn("could not set aside the inbox's links and folders: {}", LogText.escape(String.valueOf(e)));
        }
        return super.begin(consumer, endpoint);
    }
}
