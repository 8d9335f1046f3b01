package org.disclosure.pipeline.stage;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.archive.ProcessingInfo;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.reconcile.Reconciler;
import org.disclosure.pipeline.reconcile.UncertainReading;

/** Checks the extracted document against itself and adds the checks to its document.json. */
public final class ReconcileStage {

    public static final String NAME = "reconcile";

    private final ArchiveStore store;
    private final Reconciler reconciler = new Reconciler();

    public ReconcileStage(ArchiveStore store) {
        this.store = store;
    }

    public Job reconcile(Job job) {
        try {
            DocumentRecord record = StageTimes.timeIo(StageTimes.JSON, () -> store.readDocument(job));
            DisclosureDocument document = new DisclosureDocument(record.document(), record.pages(), record.tables(),
                    record.requiredTables(), record.performanceTargets(), record.projects(),
                    record.figures());
            // the last stage that writes document.json stamps the processing time too
            ProcessingInfo processing = record.processing();
            List<UncertainReading> uncertain = record.ocr() == null ? List.of() : record.ocr().uncertain();
            Set<Integer> ocrPages = record.ocr() == null ? Set.of() : record.ocr().pages().stream()
                    .filter(p -> p.failure() == null).map(OcrInfo.Page::page).collect(Collectors.toSet());
            var checks = StageTimes.time(StageTimes.CHECKS, () -> reconciler.check(document, record.ledger(), ocrPages, uncertain));
            DocumentRecord checked = record.withChecks(checks).withProcessing(
                    new ProcessingInfo(processing.pipelineVersion(), processing.receivedAt(), job.millisSinceReceived()));
            StageTimes.timeIo(StageTimes.JSON, () -> {
                store.writeDocument(job, checked);
                return null;
            });
            return job;
        } catch (IOException e) {
            throw new StageFailure(NAME, "write-failed", "document.json could not be updated: " + e.getMessage(), e);
        }
    }
}
