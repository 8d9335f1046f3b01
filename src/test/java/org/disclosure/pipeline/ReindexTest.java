package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.index.DocumentQuery;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexDump;
import org.disclosure.pipeline.index.IndexSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --reindex rebuilds, from the archived document.json files, the very index the pipeline wrote as it filed them. */
class ReindexTest {

    @TempDir
    Path root;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = App.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> index(Path archive) throws Exception {
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            assertThat(new DocumentSearch(database).documents(DocumentQuery.all()).total()).isEqualTo(2);
            return IndexDump.of(database);
        }
    }

    @Test
    void theRebuiltIndexEqualsTheOneWrittenWhileFiling() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path archive = root.resolve("archive");
        Files.copy(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")), inbox.resolve("seed.pdf"));
        Files.copy(Samples.pdf(Samples.named("district-2024-dept-budget.spec")), inbox.resolve("district.pdf"));
        Run once = run("--once", "--inbox", inbox.toString(), "--archive", archive.toString(), "--failed", root.resolve("failed").toString());
        assertThat(once.status()).as(once.err()).isZero();
        List<String> live = index(archive);

        Run reindex = run("--reindex", "--archive", archive.toString());
        assertThat(reindex.status()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("2 document(s) indexed, 2 row(s) before, 0 unreadable");
        assertThat(index(archive)).isEqualTo(live);
    }

    @Test
    void reindexAndOnceAreSeparateRuns() throws Exception {
        assertThat(run("--once", "--reindex").status()).isEqualTo(App.USAGE_ERROR);
    }
}
