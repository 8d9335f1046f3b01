package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.disclosure.pipeline.camel.PipelineConfiguration;
import org.disclosure.pipeline.fixtures.ChildJvm;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process killed between filing a document and committing its index rows: when the service
 * starts again, its index agrees with the archive folder, row for row as a rebuild makes it.
 */
class IndexCrashTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"afterFiling", "midTransaction"})
    void killedBetweenFilingAndIndexingTheRestartedServiceIndexesTheDocument(String point) throws Exception {
        Path archive = Files.createDirectories(root.resolve("archive"));
        Path failed = root.resolve("failed");
        // one document filed and indexed before
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            new DocumentIndex(database, archive).index(ArchivedDocuments.file(archive, "earlier",
                    IndexContract.DISTRICT, ArchivedDocuments.sha(1), null, null));
        }
        Path json = root.resolve("document.json");
        Files.writeString(json, ArchivedDocuments.documentJson(IndexContract.SEED));
        Path pdf = Samples.pdf(Samples.named(IndexContract.SEED));

        Process child = new ProcessBuilder(ChildJvm.java(), "-Xmx256m", "-cp", ChildJvm.classPath(),
                DiesWhileFiling.class.getName(), archive.toString(), failed.toString(), pdf.toString(), json.toString(), point)
                .redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(root.resolve("child.log"))).isEqualTo(137);
        List<String> folders = visibleFolders(archive);
        assertThat(folders).hasSize(2).contains("earlier");
        String filed = folders.stream().filter(f -> !f.equals("earlier")).findFirst().orElseThrow();

        // the service's own start-up: open the index, reconcile it with the archive
        try (IndexDatabase database = PipelineConfiguration.openIndex(archive, "", "", "")) {
            PipelineConfiguration.reconciledIndex(archive, database);
            DocumentSearch search = new DocumentSearch(database);
            assertThat(search.documents(DocumentQuery.all()).items()).extracting(IndexedDocument::folder)
                    .containsExactlyInAnyOrderElementsOf(folders);
            String sha = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("source").get("sha256").asText();
            assertThat(search.folderOf(sha)).hasValue(filed);

            List<String> restarted = IndexDump.of(database);
            new DocumentIndex(database, archive).rebuild();
            assertThat(IndexDump.of(database)).isEqualTo(restarted);
        }
    }

    private static List<String> visibleFolders(Path archive) throws Exception {
        try (Stream<Path> entries = Files.list(archive)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }
}
