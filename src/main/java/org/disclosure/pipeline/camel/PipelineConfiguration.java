package org.disclosure.pipeline.camel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.BeanInject;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.apache.camel.spi.PropertiesComponent;
import org.disclosure.pipeline.console.ArchiveFiles;
import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.console.ArchiveIndex;
import org.disclosure.pipeline.console.HostCheck;
import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.intake.QuietFiles;
import org.disclosure.pipeline.intake.ReadLockMode;
import org.disclosure.pipeline.isolation.IsolatedExtractStage;
import org.disclosure.pipeline.isolation.WorkerCommand;
import org.disclosure.pipeline.isolation.WorkerLimits;
import org.disclosure.pipeline.isolation.WorkerPool;
import org.disclosure.pipeline.ocr.OcrSettings;
import org.disclosure.pipeline.stage.ArchiveStage;
import org.disclosure.pipeline.stage.DeduplicateStage;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.Extractor;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.stage.ReceiveStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.disclosure.pipeline.stage.ReportStage;
import org.disclosure.pipeline.stage.RejectStage;
import org.disclosure.pipeline.stage.StrayEntries;

/** Binds the beans the routes use, configured from application.properties, environment or command line. */
@Configuration
public class PipelineConfiguration implements CamelConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelineConfiguration.class);

    /** With a broker: the queue, the claim store, the inbox's cluster lock; nothing in single mode. */
    @Override
    public void configure(org.apache.camel.CamelContext context) throws Exception {
        // the inbox routes give the file consumer the read lock of its own that pipeline.read-lock stands for
        PropertiesComponent properties = context.getPropertiesComponent();
        ReadLockMode readLock = ReadLockMode.of(properties.resolveProperty("pipeline.read-lock").orElse(DEFAULT_READ_LOCK));
        properties.addOverrideProperty(CAMEL_READ_LOCK, readLock.camelReadLock());
        DistributedConfiguration.configure(context);
        guardConsole(context);
    }

    static final String DEFAULT_READ_LOCK = "quiet";

    /** Derived from pipeline.read-lock: the file consumer's readLock option. */
    static final String CAMEL_READ_LOCK = "pipeline.intake.camel-read-lock";

    /** Which inbox files may be taken: complete ones (read lock quiet), and only regular files. */
    @BindToRegistry("inboxFilter")
    public InboxFilter inboxFilter(@PropertyInject(value = "pipeline.read-lock", defaultValue = DEFAULT_READ_LOCK) String readLock,
                                   @PropertyInject(value = "pipeline.read-lock-quiet", defaultValue = "3000") long quietMillis,
                                   @BeanInject("inboxEntries") InboxEntries entries) {
        return new InboxFilter(entries, ReadLockMode.of(readLock).waitsForQuiet() ? new QuietFiles(Duration.ofMillis(quietMillis)) : null);
    }

    /** Extraction runs in worker processes under a time and memory budget; "none" runs it in this JVM. */
    static final String PROCESS_ISOLATION = "process";

    @BindToRegistry("ledger")
    public OutcomeLedger ledger() {
        return new OutcomeLedger();
    }

    @BindToRegistry("batch")
    public BatchSignal batch() {
        return new BatchSignal();
    }

    @BindToRegistry(value = "archiveStore", destroyMethod = "close")
    public ArchiveStore archiveStore(@PropertyInject("pipeline.archive") String archiveDir,
                                     @PropertyInject("pipeline.failed") String failedDir,
                                     @PropertyInject(value = "pipeline.mode", defaultValue = "single") String mode) throws IOException {
        ArchiveStore store = new ArchiveStore(Path.of(archiveDir), Path.of(failedDir));
        // alone on the archive, every temporary file in the failed folder is a leftover; shared, a young one may be another's
        store.clearStaleWork(PipelineMode.of(mode).distributed() ? DistributedConfiguration.SHARED_TEMPORARY_GRACE : Duration.ZERO);
        return store;
    }

    @BindToRegistry(value = "indexDatabase", destroyMethod = "close")
    public IndexDatabase indexDatabase(@PropertyInject("pipeline.archive") String archiveDir,
                                       @PropertyInject(value = "pipeline.index.url", defaultValue = "") String url,
                                       @PropertyInject(value = "pipeline.index.user", defaultValue = "") String user,
                                       @PropertyInject(value = "pipeline.index.password", defaultValue = "") String password) {
        return IndexDatabase.open(IndexSettings.of(url, user, password, Path.of(archiveDir)));
    }

    /** The index, made to agree with the archive folder before any route runs (a crash may have left it behind). */
    @BindToRegistry("documentIndex")
    public DocumentIndex documentIndex(@PropertyInject("pipeline.archive") String archiveDir,
                                       @BeanInject("indexDatabase") IndexDatabase database) throws Exception {
        DocumentIndex index = new DocumentIndex(database, Path.of(archiveDir));
        long started = System.nanoTime();
        DocumentIndex.Changes changes = index.reconcile();
        LOG.info("Archive index {}: {} document(s) indexed, {} removed, {} unreadable, in {} ms",
                database.settings().safeUrl(), changes.indexed(), changes.removed(), changes.unreadable(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    @BindToRegistry("documentSearch")
    public DocumentSearch documentSearch(@BeanInject("indexDatabase") IndexDatabase database) {
        return new DocumentSearch(database);
    }

    @BindToRegistry("inboxEntries")
    public InboxEntries inboxEntries(@PropertyInject(value = "pipeline.trusted-link-root", defaultValue = "") String trustedRoot) {
        return new InboxEntries(trustedRoot.isBlank() ? null : Path.of(trustedRoot));
    }

    /** Before each look at the inbox, links, folders and pipes in it are set aside with a record. */
    @BindToRegistry("inboxSweep")
    public InboxSweep inboxSweep(@PropertyInject("pipeline.inbox") String inboxDir,
                                 @BeanInject("inboxEntries") InboxEntries entries,
                                 @BeanInject("archiveStore") ArchiveStore store,
                                 @BeanInject("ledger") OutcomeLedger ledger) {
        return new InboxSweep(new StrayEntries(Path.of(inboxDir), entries, store), ledger);
    }

    @BindToRegistry("console")
    public ConsoleEndpoints console(@PropertyInject("pipeline.inbox") String inboxDir,
                                    @PropertyInject("pipeline.archive") String archiveDir,
                                    @PropertyInject("pipeline.failed") String failedDir,
                                    @BeanInject("documentSearch") DocumentSearch search) {
        return new ConsoleEndpoints(new ArchiveIndex(Path.of(inboxDir), Path.of(archiveDir), Path.of(failedDir), search),
                new ArchiveFiles(Path.of(archiveDir), Path.of(failedDir)), search);
    }

    /**
     * The host check and safe headers in front of everything the HTTP servers answer, the
     * console and camel-main's /observe alike.
     */
    private static void guardConsole(org.apache.camel.CamelContext context) throws Exception {
        var properties = context.getPropertiesComponent();
        String allowed = properties.resolveProperty("pipeline.console.allowed-hosts").orElse("");
        java.util.Map<Integer, HostCheck> byPort = new java.util.HashMap<>();
        int managementPort = Integer.parseInt(properties.resolveProperty("camel.management.port").orElse("8080"));
        byPort.put(managementPort, new HostCheck(properties.resolveProperty("camel.management.host").orElse("localhost"),
                managementPort, allowed));
        int port = Integer.parseInt(properties.resolveProperty("camel.server.port").orElse("8080"));
        byPort.put(port, new HostCheck(properties.resolveProperty("camel.server.host").orElse("localhost"), port, allowed));
        context.addStartupListener(new ConsoleGuard(byPort));
    }

    @BindToRegistry(value = "workerPool", destroyMethod = "close")
    public WorkerPool workerPool(@BeanInject("archiveStore") ArchiveStore store,
                                 @PropertyInject(value = "pipeline.workers", defaultValue = "2") int workers,
                                 @PropertyInject(value = "pipeline.worker-memory", defaultValue = "768m") String memory,
                                 @PropertyInject(value = "pipeline.document-timeout", defaultValue = "300") int timeoutSeconds,
                                 @PropertyInject(value = "pipeline.max-pages", defaultValue = "2000") int maxPages,
                                 @PropertyInject(value = "pipeline.version", defaultValue = "dev") String version,
                                 @PropertyInject(value = "pipeline.ocr", defaultValue = "true") boolean ocr,
                                 @PropertyInject(value = "pipeline.ocr-page-timeout", defaultValue = "60") int ocrPageSeconds) {
        return new WorkerPool(new WorkerCommand(store.archiveRoot(), store.failedRoot(), maxPages, version, ocr, ocrPageSeconds),
                new WorkerLimits(workers, memory, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(60), 200));
    }

    @BindToRegistry("stages")
    public DocumentStages stages(@BeanInject("archiveStore") ArchiveStore store,
                                 @PropertyInject(value = "pipeline.isolation", defaultValue = PROCESS_ISOLATION) String isolation,
                                 @PropertyInject(value = "pipeline.max-pages", defaultValue = "2000") int maxPages,
                                 @PropertyInject(value = "pipeline.max-megabytes", defaultValue = "500") long maxMegabytes,
                                 @PropertyInject(value = "pipeline.version", defaultValue = "dev") String version,
                                 @PropertyInject(value = "pipeline.ocr", defaultValue = "true") boolean ocr,
                                 @PropertyInject(value = "pipeline.ocr-page-timeout", defaultValue = "60") int ocrPageSeconds,
                                 @BeanInject("workerPool") WorkerPool pool,
                                 @BeanInject("inboxEntries") InboxEntries entries,
                                 @BeanInject("ledger") OutcomeLedger ledger,
                                 @BeanInject("documentIndex") DocumentIndex index,
                                 @BeanInject("documentSearch") DocumentSearch search) {
        Extractor extractor = switch (isolation) {
            case PROCESS_ISOLATION -> new IsolatedExtractStage(pool);
            case "none" -> new ExtractStage(store, maxPages, version, new OcrSettings(ocr,
                    Duration.ofSeconds(ocrPageSeconds), OcrSettings.UNCERTAIN_BELOW));
            default -> throw new IllegalArgumentException("pipeline.isolation must be process or none, not " + isolation);
        };
        return new DocumentStages(new ReceiveStage(store, entries, maxMegabytes * 1024 * 1024), new DeduplicateStage(store, sha256 -> search.folderOf(sha256)
                        .map(store.archiveRoot()::resolve).filter(java.nio.file.Files::isDirectory).orElse(null)), extractor,
                new ReconcileStage(store), new ReportStage(store), new ArchiveStage(store, index::index), new RejectStage(store), ledger);
    }
}
