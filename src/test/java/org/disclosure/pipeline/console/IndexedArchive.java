package org.disclosure.pipeline.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;

/** An archive folder with its embedded index, as the service keeps them, for the console's tests. */
final class IndexedArchive implements AutoCloseable {

    final Path inbox;
    final Path archive;
    final Path failed;
    private final IndexDatabase database;
    private final DocumentIndex index;
    final ArchiveIndex console;

    IndexedArchive(Path root) throws Exception {
        inbox = root.resolve("inbox");
        archive = Files.createDirectories(root.resolve("archive"));
        failed = root.resolve("failed");
        database = IndexDatabase.open(IndexSettings.embeddedIn(archive));
        index = new DocumentIndex(database, archive);
        console = new ArchiveIndex(inbox, archive, failed, new DocumentSearch(database));
    }

    /** Files the document.json text as archive folder {@code name} and indexes it, as filing does. */
    Path file(String name, String documentJson) throws Exception {
        Path folder = Files.createDirectories(archive.resolve(name));
        Files.writeString(folder.resolve("document.json"), documentJson);
        index.index(folder);
        return folder;
    }

    /** Brings the index up to date with folders written behind its back, as a start-up does. */
    void reconcile() throws Exception {
        index.reconcile();
    }

    @Override
    public void close() {
        database.close();
    }
}
