package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.Job;

/** Files the finished work folder in the archive, unless the same bytes were filed meanwhile. */
public final class ArchiveStage {

    public static final String NAME = StageName.ARCHIVE.key();

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveStage.class);

    private final ArchiveStore store;
    private final ArchiveIndexer indexer;

    public ArchiveStage(ArchiveStore store) {
        this(store, ArchiveIndexer.NONE);
    }

    public ArchiveStage(ArchiveStore store, ArchiveIndexer indexer) {
        this.store = store;
        this.indexer = indexer;
    }

    /**
     * Files the job in its turn among the archive's filings, unless {@code checkAgain} says, in that turn,
     * that its checks must be made again first (a document it pairs with was filed while it was checked).
     *
     * @return the outcome, or empty when the job was not filed and is to be checked again
     */
    public Optional<Outcome> archiveUnless(Job job, Predicate<Job> checkAgain) {
        Closeable turn;
        try {
            turn = indexer.turn();
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "The archive could not be locked for filing: " + e.getMessage(), e);
        }
        try {
            return checkAgain.test(job) ? Optional.empty() : Optional.of(archive(job));
        } finally {
            try {
                turn.close();
            } catch (IOException e) {
                // filed or not, what happened stands: the lock goes with its file channel anyway
                LOG.warn("the archive's filing lock was not let go cleanly: {}", e.toString());
            }
        }
    }

    public Outcome archive(Job job) {
        try {
            DocumentHeadline headline = store.readHeadline(job);
            long millis = job.millisSinceReceived();
            ArchiveStore.Filed filed = store.fileUnlessPresent(job);
            if (filed.duplicate()) {
                return new Outcome(job.fileName(), true, Outcome.DUPLICATE, 0, 0, 0, millis, filed.folder(),
                        "same bytes as " + filed.folder().getFileName() + ", filed while this copy was in hand");
            }
            Path folder = filed.folder();
            index(folder);
            return new Outcome(job.fileName(), true, Outcome.word(headline.status()), headline.source().pages(), headline.tableCount(),
                    headline.summary().failed(), millis, folder, null);
        } catch (IOException e) {
            throw new StageFailure(NAME, FailureReason.WRITE_FAILED, "The document could not be filed in the archive: " + e.getMessage(), e);
        }
    }

    private void index(Path folder) {
        try {
            indexer.filed(folder);
        } catch (Exception e) {
            LOG.warn("{} is archived but not yet in the index ({}); the index catches up with the archive shortly",
                    folder.getFileName(), e.toString());
        }
    }
}
