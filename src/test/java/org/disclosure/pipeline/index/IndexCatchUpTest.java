package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filing the index missed is in the index after the next catch-up, without a restart. */
class IndexCatchUpTest {

    @TempDir
    Path root;
    private IndexDatabase database;
    private IndexCatchUp catchUp;
    private DocumentSearch search;

    @BeforeEach
    void open() throws IOException {
        Path archive = Files.createDirectories(root.resolve("archive"));
        database = IndexDatabase.open(IndexSettings.embeddedIn(archive));
        catchUp = new IndexCatchUp(new DocumentIndex(database, archive));
        search = new DocumentSearch(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFilingThatCouldNotBeIndexedIsIndexedAtTheNextCatchUp() throws Exception {
        Path archive = root.resolve("archive");
        Path filed = ArchivedDocuments.file(archive, "filed", IndexContract.SEED, ArchivedDocuments.sha(1), null, null);
        Path json = filed.resolve(ArchiveLayout.DOCUMENT_JSON);
        byte[] record = Files.readAllBytes(json);
        Files.writeString(json, "{ half written");   // what the filing reads fails, as a database away would

        assertThat(catchUp.catchUp()).as("nothing missed yet").isTrue();
        assertThatThrownBy(() -> catchUp.filed(filed)).isInstanceOf(IOException.class);
        assertThat(catchUp.behind()).isTrue();
        assertThat(search.document(ArchivedDocuments.sha(1))).isEmpty();

        Files.write(json, record);
        assertThat(catchUp.catchUp()).isTrue();
        assertThat(catchUp.behind()).isFalse();
        assertThat(search.document(ArchivedDocuments.sha(1))).map(IndexedDocument::folder).contains("filed");
    }

    @Test
    void aFolderStillUnreadableAtACatchUpIsTriedAgainAtTheNext() throws Exception {
        Path archive = root.resolve("archive");
        Path filed = ArchivedDocuments.file(archive, "filed", IndexContract.SEED, ArchivedDocuments.sha(3), null, null);
        Path json = filed.resolve(ArchiveLayout.DOCUMENT_JSON);
        byte[] record = Files.readAllBytes(json);
        Files.writeString(json, "{ half written");
        assertThatThrownBy(() -> catchUp.filed(filed)).isInstanceOf(IOException.class);

        assertThat(catchUp.catchUp()).as("the folder still cannot be read").isFalse();
        assertThat(catchUp.behind()).isTrue();
        Files.write(json, record);
        assertThat(catchUp.catchUp()).isTrue();
        assertThat(search.document(ArchivedDocuments.sha(3))).map(IndexedDocument::folder).contains("filed");
    }

    @Test
    void aCatchUpThatFailsIsTriedAgain() throws Exception {
        Path archive = root.resolve("archive");
        Path filed = ArchivedDocuments.file(archive, "filed", IndexContract.SEED, ArchivedDocuments.sha(2), null, null);
        Files.writeString(filed.resolve(ArchiveLayout.DOCUMENT_JSON), "{ half written");
        assertThatThrownBy(() -> catchUp.filed(filed)).isInstanceOf(IOException.class);

        database.close();   // the database away
        assertThat(catchUp.catchUp()).isFalse();
        assertThat(catchUp.behind()).as("still behind: the next catch-up tries again").isTrue();
    }
}
