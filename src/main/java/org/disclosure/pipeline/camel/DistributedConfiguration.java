package org.disclosure.pipeline.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.ClaimStore;
import org.disclosure.pipeline.broker.BrokerConnection;
import org.disclosure.pipeline.broker.EmbeddedBroker;
import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.stage.ClaimStage;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.stage.RejectStage;
import org.disclosure.pipeline.stage.TakeClaimStage;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * What a coordinator or worker needs beyond a single machine: the JMS component on Artemis, the
 * claim stages, and for a coordinator the cluster lock that lets one inbox poller run at a time
 * (and, if asked, a broker of its own). In single mode none of it is made.
 */
final class DistributedConfiguration {

    /** Temporary files in the failed folder younger than this may be another live process's. */
    static final Duration SHARED_TEMPORARY_GRACE = Duration.ofMinutes(10);

    private DistributedConfiguration() {
    }

    static void configure(CamelContext context, PipelineMode mode) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        if (!mode.distributed()) {
            return;
        }
        ArchiveStore store = context.getRegistry().lookupByNameAndType("archiveStore", ArchiveStore.class);
        OutcomeLedger ledger = context.getRegistry().lookupByNameAndType("ledger", OutcomeLedger.class);
        int maxDeliveries = Integer.parseInt(property(properties, "pipeline.max-deliveries"));
        String queue = property(properties, "pipeline.queue");
        String deadLetterQueue = property(properties, "pipeline.dead-letter-queue");

        if (mode == PipelineMode.COORDINATOR && Boolean.parseBoolean(property(properties, "pipeline.broker.embedded"))) {
            // one delivery more than the workers allow: the worker that gets it files the document as worker-lost
            EmbeddedBroker broker = EmbeddedBroker.start(property(properties, "pipeline.broker.listen"),
                    Path.of(property(properties, "pipeline.broker.data")), queue, deadLetterQueue, maxDeliveries + 1,
                    Long.parseLong(property(properties, "pipeline.redelivery-delay")));
            context.addService(new ServiceSupport() {
                @Override
                protected void doStop() throws Exception {
                    broker.close();
                }
            }, true, true);
        }

        ConnectionFactory factory = BrokerConnection.connectionFactory(property(properties, "pipeline.broker.url"),
                properties.resolveProperty("pipeline.broker.user").orElse(null),
                properties.resolveProperty("pipeline.broker.password").orElse(null));
        // a coordinator sends one message per file: reuse the connection; a worker's listener container keeps its own
        context.getComponent("jms", JmsComponent.class).setConnectionFactory(mode == PipelineMode.COORDINATOR
                ? new CachingConnectionFactory(factory) : factory);

        ClaimStore claims = new ClaimStore(store.archiveRoot());
        long maxBytes = Long.parseLong(property(properties, "pipeline.max-megabytes")) * 1024 * 1024;
        context.getRegistry().bind("distributed", new DistributedStages(new ClaimStage(claims,
                context.getRegistry().lookupByNameAndType("inboxEntries", InboxEntries.class), maxBytes),
                new TakeClaimStage(claims, store), new RejectStage(store), ledger, maxDeliveries, store));

        if (mode == PipelineMode.COORDINATOR) {
            // archivists may drop files before this coordinator leads
            Files.createDirectories(Path.of(property(properties, "pipeline.inbox")));
            FileLockClusterService cluster = new FileLockClusterService();
            cluster.setId("coordinator-" + ProcessHandle.current().pid());
            cluster.setRoot(properties.resolveProperty("pipeline.coordinator-lock")
                    .orElse(store.archiveRoot().resolve(".coordinator").toString()));
            long failoverMs = Long.parseLong(property(properties, "pipeline.coordinator-failover-ms"));
            cluster.setAcquireLockDelay(Math.min(1000, failoverMs), TimeUnit.MILLISECONDS);
            cluster.setAcquireLockInterval(failoverMs, TimeUnit.MILLISECONDS);
            context.addService(cluster);
            context.getComponent("master", org.apache.camel.component.master.MasterComponent.class).setService(cluster);
        }
    }

    private static String property(PropertiesComponent properties, String key) {
        return PipelineConfiguration.required(properties, key);
    }
}
