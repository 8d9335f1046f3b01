package org.disclosure.pipeline.broker;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An Apache ActiveMQ Artemis broker inside this JVM, for a quick try on one machine and for tests.
 * It keeps its journal on disk, so queued claim checks survive a restart, and has the same queue
 * settings the README gives for a standalone broker: after {@code maxDeliveryAttempts} a message
 * goes to the dead-letter queue. It has no security: it listens on the given address only.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ server;

    private EmbeddedBroker(EmbeddedActiveMQ server) {
        this.server = server;
    }

    /**
     * @param listen              acceptor address, e.g. tcp://localhost:61616
     * @param dataDir             where the journal lives
     * @param queue               the work queue
     * @param deadLetterQueue     where messages go that failed every attempt
     * @param maxDeliveryAttempts deliveries before the broker itself dead-letters a message
     * @param redeliveryDelayMs   pause before a rolled-back message is delivered again
     */
    public static EmbeddedBroker start(String listen, Path dataDir, String queue, String deadLetterQueue,
                                       int maxDeliveryAttempts, long redeliveryDelayMs) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("disclosure-pipeline");
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(dataDir.resolve("journal").toString());
        config.setBindingsDirectory(dataDir.resolve("bindings").toString());
        config.setPagingDirectory(dataDir.resolve("paging").toString());
        config.setLargeMessagesDirectory(dataDir.resolve("large-messages").toString());
        config.setSecurityEnabled(false);
        config.setJMXManagementEnabled(false);
        // a nearly full disk should slow the archive down, not stop the broker taking claims
        config.setMaxDiskUsage(-1);
        config.addAcceptorConfiguration("claims", listen);
        config.addAddressSetting(queue, new AddressSettings()
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelayMs)
                .setDeadLetterAddress(SimpleString.of(deadLetterQueue)));
        // the dead-letter queue keeps what it is given: no further dead-lettering, no expiry
        config.addAddressSetting(deadLetterQueue, new AddressSettings().setMaxDeliveryAttempts(-1));
        config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        config.addQueueConfiguration(QueueConfiguration.of(deadLetterQueue).setRoutingType(RoutingType.ANYCAST));
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        server.start();
        return new EmbeddedBroker(server);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
