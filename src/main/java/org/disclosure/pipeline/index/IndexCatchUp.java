package org.disclosure.pipeline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files documents into the index and, when one could not be indexed (the database away a moment,
 * say), brings the index level with the archive at the next {@link #catchUp()}: the service need
 * not be started again for the console and the API to find it.
 */
public final class IndexCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);

    private final DocumentIndex index;
    private final AtomicBoolean behind = new AtomicBoolean();

    public IndexCatchUp(DocumentIndex index) {
        this.index = index;
    }

    /** {@link DocumentIndex#filed}; a failure leaves the index behind until the next catch-up. */
    public List<Path> filed(Path folder) throws IOException, SQLException {
        try {
            return index.filed(folder);
        } catch (IOException | SQLException | RuntimeException e) {
            behind.set(true);
            throw e;
        }
    }

    /** {@link DocumentIndex#turn}. */
    public java.io.Closeable turn() throws IOException {
        return index.turn();
    }

    /** Whether a filing was left out of the index since the last catch-up. */
    public boolean behind() {
        return behind.get();
    }

    /**
     * Makes the index agree with the archive if a filing was left out of it; a catch-up that fails, or
     * leaves a folder it could not index, is tried again next time.
     *
     * @return whether the index is level with the archive now
     */
    public boolean catchUp() {
        if (!behind.getAndSet(false)) {
            return true;
        }
        try {
            DocumentIndex.Changes changes = index.reconcile();
            if (changes.unreadable() > 0) {
                // a folder that could not be indexed this time (or whose counterparts could not be told) is tried again
                behind.set(true);
            }
            LOG.info("Archive index caught up with the archive: {} document(s) indexed, {} removed, {} not yet",
                    changes.indexed(), changes.removed(), changes.unreadable());
            return changes.unreadable() == 0;
        } catch (IOException | SQLException | RuntimeException e) {
            behind.set(true);
            LOG.warn("The archive index could not catch up with the archive yet ({}); it is tried again", e.toString());
            return false;
        }
    }
}
