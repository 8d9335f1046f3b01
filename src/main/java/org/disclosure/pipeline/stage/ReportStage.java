package org.disclosure.pipeline.stage;

import java.io.IOException;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report, the annotated copy and the spreadsheets beside document.json in the work
 * folder. A report that cannot be made does not cost the document its place in the archive: its
 * report.html then says why.
 */
public final class ReportStage {

    public static final String NAME = "report";
    private static final Logger LOG = LoggerFactory.getLogger(ReportStage.class);

    private final ArchiveStore store;
    private final ReportWriter writer = new ReportWriter();

    public ReportStage(ArchiveStore store) {
        this.store = store;
    }

    public Job report(Job job) {
        try {
            writer.write(store.readDocument(job), job.storedOriginal(), job.workFolder());
        } catch (IOException | RuntimeException e) {
            LOG.warn("report for {} could not be made", job.fileName(), e);
            try {
                writer.writeFailure(job.workFolder(), job.fileName(), e);
            } catch (IOException unwritable) {
                throw new StageFailure(NAME, "write-failed", "Not even a report saying why could be written: " + unwritable, unwritable);
            }
        }
        return job;
    }
}
