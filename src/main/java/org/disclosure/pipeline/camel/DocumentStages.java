package org.disclosure.pipeline.camel;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.archive.LogText;
import org.disclosure.pipeline.stage.ArchiveStage;
import org.disclosure.pipeline.stage.DeduplicateStage;
import org.disclosure.pipeline.stage.Extractor;
import org.disclosure.pipeline.stage.Outcome;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.stage.ReceiveStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.disclosure.pipeline.stage.ReportStage;
import org.disclosure.pipeline.stage.RejectStage;

/** The bean the routes call: adapts Camel messages to the plain-Java stages and nothing more. */
public final class DocumentStages {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentStages.class);

    private final ReceiveStage receive;
    private final DeduplicateStage deduplicate;
    private final Extractor extract;
    private final ReconcileStage reconcile;
    private final ReportStage report;
    private final ArchiveStage archive;
    private final RejectStage reject;
    private final OutcomeLedger ledger;

    public DocumentStages(ReceiveStage receive, DeduplicateStage deduplicate, Extractor extract, ReconcileStage reconcile, ReportStage report, ArchiveStage archive,
                          RejectStage reject, OutcomeLedger ledger) {
        this.receive = receive;
        this.deduplicate = deduplicate;
        this.extract = extract;
        this.reconcile = reconcile;
        this.report = report;
        this.archive = archive;
        this.reject = reject;
        this.ledger = ledger;
    }

    public Job receive(@Header(Exchange.FILE_PATH) String droppedFile) {
        return StageTimes.time(StageTimes.INTAKE, () -> receive.receive(Path.of(droppedFile)));
    }

    /** Header naming the archive folder that already holds the job's bytes. */
    public static final String DUPLICATE_OF = "DisclosureDuplicateOf";

    /** Looks the job's bytes up in the archive; the route reads the answer from {@link #DUPLICATE_OF}. */
    public Job findDuplicate(Job job, Exchange exchange) {
        Path archived = StageTimes.time(StageTimes.INTAKE, () -> deduplicate.archivedCopy(job));
        exchange.getMessage().setHeader(DUPLICATE_OF, archived == null ? null : archived.toString());
        return job;
    }

    public Outcome recordDuplicate(Job job, @Header(DUPLICATE_OF) String archived) {
        Outcome outcome = deduplicate.record(job, Path.of(archived));
        ledger.record(outcome);
        return outcome;
    }

    public Job extract(Job job) {
        return extract.extract(job);
    }

    public Job reconcile(Job job) {
        return reconcile.reconcile(job);
    }

    public Job report(Job job) {
        return report.report(job);
    }

    /** Header counting the times a job went round again because a document it pairs with was filed meanwhile. */
    public static final String CHECKED_AGAIN = "DisclosureCheckedAgain";
    /** Rounds after which a job is filed with the checks it has (each round sees what was filed before it). */
    private static final int MOST_ROUNDS_AGAIN = 3;

    /**
     * Files the job, or hands it back (the route checks it again) when a document it pairs with was
     * filed while it was being checked.
     */
    public Object archive(Job job, Exchange exchange) {
        int rounds = exchange.getMessage().getHeader(CHECKED_AGAIN, 0, Integer.class);
        Optional<Outcome> filed = StageTimes.time(StageTimes.ARCHIVE,
                () -> archive.archiveUnless(job, j -> rounds < MOST_ROUNDS_AGAIN && reconcile.missesCounterparts(j)));
        if (filed.isEmpty()) {
            LOG.info("checked again: {}, a document it pairs with was filed while it was being checked", LogText.escape(job.fileName()));
            exchange.getMessage().setHeader(CHECKED_AGAIN, rounds + 1);
            return job;
        }
        ledger.record(filed.get());
        return filed.get();
    }

    /** Text from outside (a file name, an exception's message) fit for one log line of a route. */
    public String logSafe(String text) {
        return LogText.escape(text);
    }

    /** Called from the route's error handler with whatever the failed stage was holding. */
    public Outcome reject(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Object body = exchange.getMessage().getBody();
        Job job = body instanceof Job j ? j : null;
        String dropped = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
        Outcome outcome = reject.reject(job, dropped == null ? null : Path.of(dropped), failure);
        ledger.record(outcome);
        return outcome;
    }
}
