package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.archive.ProcessingInfo;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.Reconciler;
import org.disclosure.pipeline.reconcile.Reconciliation;
import org.disclosure.pipeline.reconcile.UncertainReading;
import org.disclosure.pipeline.reconcile.crossdoc.Counterparts;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentChecker;

/**
 * Checks the extracted document against itself, and against the archived documents it pairs with
 * (cross-doc.*: every process that runs this stage works on the shared archive, so it can read them),
 * and adds the checks to its document.json.
 */
public final class ReconcileStage {

    public static final String NAME = StageName.RECONCILE.key();

    private final ArchiveStore store;
    private final Reconciler reconciler = new Reconciler();
    private final CrossDocumentChecker crossDocument = new CrossDocumentChecker();
    private final Counterparts counterparts;

    public ReconcileStage(ArchiveStore store) {
        this(store, new ArchiveCounterparts(store.archiveRoot()));
    }

    /** With the archived documents looked up elsewhere (an index), or null for no checks across documents. */
    public ReconcileStage(ArchiveStore store, Counterparts counterparts) {
        this.store = store;
        this.counterparts = counterparts;
    }

    public Job reconcile(Job job) {
        try {
            DocumentRecord record = StageTimes.timeIo(StageTimes.JSON, () -> store.readDocument(job));
            DisclosureDocument document = documentOf(record);
            // the last stage that writes document.json stamps the processing time too
            ProcessingInfo processing = record.processing();
            List<UncertainReading> uncertain = uncertainOf(record);
            Set<Integer> ocrPages = record.ocr() == null ? Set.of() : record.ocr().pages().stream()
                    .filter(p -> p.failure() == null).map(OcrInfo.Page::page).collect(Collectors.toSet());
            Reconciliation reconciled = StageTimes.time(StageTimes.CHECKS, () -> {
                Reconciliation own = reconciler.reconcile(document, record.ledger(), ocrPages, uncertain);
                List<Check> all = new java.util.ArrayList<>(own.checks());
                all.addAll(crossDocument.check(document, record.ledger(), uncertain, counterparts));
                return new Reconciliation(all, own.suspects());
            });
            DocumentRecord checked = record.withChecks(reconciled.checks())
                    .withOcr(record.ocr() == null ? null : record.ocr().withSuspects(reconciled.suspects()))
                    .withProcessing(new ProcessingInfo(processing.pipelineVersion(), processing.receivedAt(),
                            job.millisSinceReceived()));
            StageTimes.timeIo(StageTimes.JSON, () -> {
                store.writeDocument(job, checked);
                return null;
            });
            return job;
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "document.json could not be updated: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a document this one pairs with was filed after its checks across documents were made: two
     * of a pair checked at the same moment each miss the other. Asked in the job's filing turn, so of two
     * such documents the one filed second finds the first and is checked again.
     */
    public boolean missesCounterparts(Job job) {
        if (counterparts == null) {
            return false;
        }
        try {
            DocumentRecord record = store.readDocument(job);
            List<Check> now = crossDocument.check(documentOf(record), record.ledger(), uncertainOf(record), counterparts);
            return !documentsCheckedWith(record.checks()).containsAll(documentsCheckedWith(now));
        } catch (IOException e) {
            return false;   // its checks stand as made; the document is filed
        }
    }

    /** The archived documents (folders) the checks have refs into. */
    private static Set<String> documentsCheckedWith(List<Check> checks) {
        return checks.stream().flatMap(c -> c.refs().stream()).map(r -> r.document()).filter(d -> d != null)
                .collect(Collectors.toSet());
    }

    private static DisclosureDocument documentOf(DocumentRecord record) {
        return new DisclosureDocument(record.document(), record.pages(), record.tables(), record.requiredTables(),
                record.performanceTargets(), record.projects(), record.figures());
    }

    private static List<UncertainReading> uncertainOf(DocumentRecord record) {
        return record.ocr() == null ? List.of() : record.ocr().uncertain();
    }
}
