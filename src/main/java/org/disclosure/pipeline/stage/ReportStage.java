package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.LogText;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report, the annotated copy and the spreadsheets beside document.json in the work
 * folder, each on its own, and records in document.json which were written and which failed. An
 * artefact that cannot be made does not cost the document its place in the archive nor the other
 * artefacts; a report.html that cannot be made is replaced by a page saying why.
 */
public final class ReportStage {

    public static final String NAME = StageName.REPORT.key();
    private static final Logger LOG = LoggerFactory.getLogger(ReportStage.class);

    private final ArchiveStore store;
    private final ReportWriter writer = new ReportWriter();

    public ReportStage(ArchiveStore store) {
        this.store = store;
    }

    public Job report(Job job) {
        DocumentRecord record;
        try {
            record = StageTimes.timeIo(StageTimes.JSON, () -> store.readDocument(job));
        } catch (IOException | RuntimeException e) {
            LOG.warn("report for {} could not be made", LogText.escape(job.fileName()), e);
            try {
                writer.writeFailure(job.workFolder(), job.fileName(), e);
            } catch (IOException unwritable) {
                throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "Not even a report saying why could be written: " + unwritable, unwritable);
            }
            return job;
        }
        ReportWriter.Written written = writer.write(record, job.storedOriginal(), job.workFolder());
        written.artefacts().stream().filter(Artefact::isFailed)
                .forEach(a -> LOG.warn("{}: {} not made: {}", LogText.escape(job.fileName()), LogText.escape(a.name()),
                        LogText.escape(a.reason())));
        try {
            // the record of what was made goes into document.json, for the console and for anyone reading it
            DocumentRecord withArtefacts = record.withArtefacts(written.artefacts());
            StageTimes.timeIo(StageTimes.JSON, () -> {
                store.writeDocument(job, withArtefacts);
                return null;
            });
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "document.json could not be updated: " + e.getMessage(), e);
        }
        return job;
    }
}
