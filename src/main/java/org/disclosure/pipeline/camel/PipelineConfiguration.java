package org.disclosure.pipeline.camel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.BeanInject;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.PropertiesComponent;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.console.ArchiveFiles;
import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.console.ArchiveIndex;
import org.disclosure.pipeline.console.HostCheck;
import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.IndexCatchUp;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexedCounterparts;
import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;
import org.disclosure.pipeline.intake.QuietFiles;
import org.disclosure.pipeline.intake.ReadLockMode;
import org.disclosure.pipeline.isolation.IsolatedExtractStage;
import org.disclosure.pipeline.isolation.WorkerCommand;
import org.disclosure.pipeline.isolation.WorkerLimits;
import org.disclosure.pipeline.isolation.WorkerPool;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.ocr.OcrSettings;
import org.disclosure.pipeline.stage.ArchiveIndexer;
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
        PipelineSettings settings = context.getRegistry().lookupByNameAndType(PipelineSettings.BEAN, PipelineSettings.class);
        // the inbox routes give the file consumer the read lock of its own that pipeline.read-lock stands for
        context.getPropertiesComponent().addOverrideProperty(CAMEL_READ_LOCK, settings.readLock().camelReadLock());
        DistributedConfiguration.configure(context, settings.mode());
        guardConsole(context, settings.allowedHosts());
        // the stage timers beside Camel's own on /observe/metrics, once camel-micrometer has made its registry
        context.addStartupListener((started, alreadyStarted) ->
                started.getRegistry().findByType(MeterRegistry.class).forEach(StageTimes::publishTo));
    }

    /** Derived from pipeline.read-lock: the file consumer's readLock option. */
    static final String CAMEL_READ_LOCK = "pipeline.intake.camel-read-lock";

    /** Extraction runs in worker processes under a time and memory budget; "none" runs it in this JVM. */
    static final String PROCESS_ISOLATION = "process";
    static final String NO_ISOLATION = "none";
    /** Records kept for the next stage: a few more than the documents in flight at once. */
    private static final int HANDED_ON_RECORDS = 4;

    /** The one place the pipeline.* keys are read; application.properties gives each its default. */
    @BindToRegistry(PipelineSettings.BEAN)
    public PipelineSettings settings(@PropertyInject("pipeline.inbox") String inbox,
                                     @PropertyInject("pipeline.archive") String archive,
                                     @PropertyInject("pipeline.failed") String failed,
                                     @PropertyInject("pipeline.mode") String mode,
                                     @PropertyInject("pipeline.read-lock") String readLock,
                                     @PropertyInject("pipeline.read-lock-quiet") long readLockQuietMillis,
                                     @PropertyInject("pipeline.trusted-link-root") String trustedLinkRoot,
                                     @PropertyInject("pipeline.max-pages") int maxPages,
                                     @PropertyInject("pipeline.max-megabytes") long maxMegabytes,
                                     @PropertyInject("pipeline.workers") int workers,
                                     @PropertyInject("pipeline.isolation") String isolation,
                                     @PropertyInject("pipeline.worker-memory") String workerMemory,
                                     @PropertyInject("pipeline.document-timeout") int documentTimeoutSeconds,
                                     @PropertyInject("pipeline.ocr") boolean ocr,
                                     @PropertyInject("pipeline.ocr-page-timeout") int ocrPageTimeoutSeconds,
                                     @PropertyInject("pipeline.ocr-uncertain-below") double ocrUncertainBelow,
                                     @PropertyInject("pipeline.ocr-threads") int ocrThreads,
                                     @PropertyInject("pipeline.ocr-page-allowance") int ocrPageAllowanceSeconds,
                                     @PropertyInject("pipeline.console.allowed-hosts") String allowedHosts,
                                     @PropertyInject("pipeline.version") String version) {
        if (!isolation.equals(PROCESS_ISOLATION) && !isolation.equals(NO_ISOLATION)) {
            throw new IllegalArgumentException("pipeline.isolation must be process or none, not " + isolation);
        }
        return new PipelineSettings(Path.of(inbox), Path.of(archive), Path.of(failed), PipelineMode.of(mode),
                ReadLockMode.of(readLock), Duration.ofMillis(readLockQuietMillis),
                trustedLinkRoot == null || trustedLinkRoot.isBlank() ? Optional.empty() : Optional.of(Path.of(trustedLinkRoot)),
                maxPages, maxMegabytes, workers, isolation, workerMemory, Duration.ofSeconds(documentTimeoutSeconds), ocr,
                Duration.ofSeconds(ocrPageTimeoutSeconds), ocrUncertainBelow, ocrThreads, Duration.ofSeconds(ocrPageAllowanceSeconds),
                allowedHosts == null ? "" : allowedHosts, version);
    }

    /** Which inbox files may be taken: complete ones (read lock quiet), and only regular files. */
    @BindToRegistry("inboxFilter")
    public InboxFilter inboxFilter(@BeanInject(PipelineSettings.BEAN) PipelineSettings settings,
                                   @BeanInject("inboxEntries") InboxEntries entries) {
        return new InboxFilter(entries, settings.readLock().waitsForQuiet() ? new QuietFiles(settings.readLockQuiet()) : null);
    }

    @BindToRegistry("ledger")
    public OutcomeLedger ledger() {
        return new OutcomeLedger();
    }

    @BindToRegistry("batch")
    public BatchSignal batch() {
        return new BatchSignal();
    }

    @BindToRegistry(value = "archiveStore", destroyMethod = "close")
    public ArchiveStore archiveStore(@BeanInject(PipelineSettings.BEAN) PipelineSettings settings) throws IOException {
        ArchiveStore store = new ArchiveStore(settings.archive(), settings.failed());
        // stages in this JVM take the record the previous one wrote instead of parsing document.json again
        store.handOnRecords(HANDED_ON_RECORDS);
        // alone on the archive, every temporary file in the failed folder is a leftover; shared, a young one may be another's
        store.clearStaleWork(settings.mode().distributed() ? DistributedConfiguration.SHARED_TEMPORARY_GRACE : Duration.ZERO);
        return store;
    }

    @BindToRegistry(value = "indexDatabase", destroyMethod = "close")
    public IndexDatabase indexDatabase(@PropertyInject("pipeline.archive") String archive,
                                       @PropertyInject("pipeline.index.url") String url,
                                       @PropertyInject("pipeline.index.user") String user,
                                       @PropertyInject("pipeline.index.password") String password) {
        return openIndex(Path.of(archive), url, user, password);
    }

    public static IndexDatabase openIndex(Path archive, String url, String user, String password) {
        return IndexDatabase.open(IndexSettings.of(url, user, password, archive));
    }

    /**
     * The index, made to agree with the archive folder before any route runs (a crash may have left it
     * behind), and kept so when a filing misses it (routes/common/index.camel.yaml).
     */
    @BindToRegistry("indexCatchUp")
    public IndexCatchUp indexCatchUp(@PropertyInject("pipeline.archive") String archive,
                                     @BeanInject("indexDatabase") IndexDatabase database) throws Exception {
        return new IndexCatchUp(reconciledIndex(Path.of(archive), database));
    }

    /** What start-up does with the index: open it on the archive and make it agree with the folders. */
    public static DocumentIndex reconciledIndex(Path archive, IndexDatabase database) throws Exception {
        DocumentIndex index = new DocumentIndex(database, archive);
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
    public InboxEntries inboxEntries(@BeanInject(PipelineSettings.BEAN) PipelineSettings settings) {
        return new InboxEntries(settings.trustedLinkRoot().orElse(null));
    }

    /** Before each look at the inbox, links, folders and pipes in it are set aside with a record. */
    @BindToRegistry("inboxSweep")
    public InboxSweep inboxSweep(@BeanInject(PipelineSettings.BEAN) PipelineSettings settings,
                                 @BeanInject("inboxEntries") InboxEntries entries,
                                 @BeanInject("archiveStore") ArchiveStore store,
                                 @BeanInject("ledger") OutcomeLedger ledger) {
        return new InboxSweep(new StrayEntries(settings.inbox(), entries, store), ledger);
    }

    @BindToRegistry("console")
    public ConsoleEndpoints console(@BeanInject(PipelineSettings.BEAN) PipelineSettings settings,
                                    @BeanInject("documentSearch") DocumentSearch search) {
        return new ConsoleEndpoints(new ArchiveIndex(settings.inbox(), settings.archive(), settings.failed(), search),
                new ArchiveFiles(settings.archive(), settings.failed()), search);
    }

    /**
     * The host check and safe headers in front of everything the HTTP servers answer, the
     * console and camel-main's /observe alike.
     */
    private static void guardConsole(org.apache.camel.CamelContext context, String allowed) throws Exception {
        var properties = context.getPropertiesComponent();
        java.util.Map<Integer, HostCheck> byPort = new java.util.HashMap<>();
        int managementPort = Integer.parseInt(required(properties, "camel.management.port"));
        byPort.put(managementPort, new HostCheck(required(properties, "camel.management.host"), managementPort, allowed));
        int port = Integer.parseInt(required(properties, "camel.server.port"));
        byPort.put(port, new HostCheck(required(properties, "camel.server.host"), port, allowed));
        context.addStartupListener(new ConsoleGuard(byPort));
    }

    /** A key application.properties sets: its absence is a broken installation, not a default to guess. */
    static String required(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key)
                .orElseThrow(() -> new IllegalStateException(key + " must be set (application.properties sets it)"));
    }

    @BindToRegistry(value = "workerPool", destroyMethod = "close")
    public WorkerPool workerPool(@BeanInject("archiveStore") ArchiveStore store,
                                 @BeanInject(PipelineSettings.BEAN) PipelineSettings settings) {
        return new WorkerPool(new WorkerCommand(store.archiveRoot(), store.failedRoot(), settings.maxPages(), settings.version(),
                settings.ocr(), (int) settings.ocrPageTimeout().toSeconds(), settings.ocrUncertainBelow(), settings.ocrThreads()),
                new WorkerLimits(settings.workers(), settings.workerMemory(), settings.documentTimeout(), Duration.ofSeconds(60), 200,
                        settings.ocrPageAllowance()));
    }

    @BindToRegistry("stages")
    public DocumentStages stages(@BeanInject("archiveStore") ArchiveStore store,
                                 @BeanInject(PipelineSettings.BEAN) PipelineSettings settings,
                                 @BeanInject("workerPool") WorkerPool pool,
                                 @BeanInject("inboxEntries") InboxEntries entries,
                                 @BeanInject("ledger") OutcomeLedger ledger,
                                 @BeanInject("indexCatchUp") IndexCatchUp index,
                                 @BeanInject("documentSearch") DocumentSearch search) {
        Extractor extractor = settings.isolation().equals(PROCESS_ISOLATION) ? new IsolatedExtractStage(pool)
                : new ExtractStage(store, settings.maxPages(), settings.version(), settings.ocrSettings());
        // duplicates are looked up in the index; the archive stage still checks the folder under its lock
        DeduplicateStage deduplicate = new DeduplicateStage(store, sha256 -> search.folderOf(sha256)
                .map(store.archiveRoot()::resolve).filter(java.nio.file.Files::isDirectory).orElse(null));
        return new DocumentStages(new ReceiveStage(store, entries, settings.maxBytes()), deduplicate, extractor,
                new ReconcileStage(store, new IndexedCounterparts(search, store.archiveRoot(), new ArchiveCounterparts(store.archiveRoot()))),
                new ReportStage(store), new ArchiveStage(store, filingInto(index)), new RejectStage(store), ledger);
    }

    /** Filing into the index, in the turns its filings take. */
    private static ArchiveIndexer filingInto(IndexCatchUp index) {
        return new ArchiveIndexer() {
            @Override
            public void filed(Path folder) throws Exception {
                index.filed(folder);
            }

            @Override
            public java.io.Closeable turn() throws IOException {
                return index.turn();
            }
        };
    }
}
