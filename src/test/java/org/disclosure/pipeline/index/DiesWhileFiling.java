package org.disclosure.pipeline.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.stage.ArchiveStage;

/**
 * A child JVM that files one document through the real archive stage and dies at a chosen point,
 * with no shutdown hook run, as SIGKILL would leave it:
 * {@code afterFiling} (the folder renamed into the archive, the index not yet told) or
 * {@code midTransaction} (the document's index rows written but not committed).
 * Arguments: archive, failed, the dropped PDF, its document.json, the point.
 */
public final class DiesWhileFiling {

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        ArchiveStore store = new ArchiveStore(archive, Path.of(args[1]));
        Job job = store.receive(Path.of(args[2]));
        // the extract and reconcile stages' result for the same PDF, made beforehand
        ArchiveStore.writeAtomically(job.documentJson(), Files.readAllBytes(Path.of(args[3])));
        IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive));
        String point = args[4];
        new ArchiveStage(store, folder -> {
            if (point.equals("midTransaction")) {
                Connection connection = database.connection();
                connection.setAutoCommit(false);
                DocumentIndex.replace(connection, DocumentIndex.rowsOf(folder));
            }
            Runtime.getRuntime().halt(137);
        }).archive(job);
        throw new AssertionError("the archive stage should not have returned");
    }
}
