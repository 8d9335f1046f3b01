package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexDump;
import org.disclosure.pipeline.index.IndexSettings;

/** What the app tests of checks across documents assert after every step: a rebuild changes nothing. */
final class ArchiveRebuild {

    private ArchiveRebuild() {
    }

    /** --reindex's rebuild gives the index the pipeline wrote as it filed, and leaves every cross-checks.json as it was. */
    static void assertRebuildEqualsLive(Path archive) throws Exception {
        List<byte[]> sidecars = sidecars(archive);
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            List<String> live = IndexDump.of(database);
            new DocumentIndex(database, archive).rebuild();
            assertThat(IndexDump.of(database)).isEqualTo(live);
        }
        assertThat(sidecars(archive)).usingRecursiveComparison().isEqualTo(sidecars);
    }

    /** Every cross-checks.json of the archive, valid against its schema, in folder order. */
    private static List<byte[]> sidecars(Path archive) throws Exception {
        try (Stream<Path> folders = Files.list(archive)) {
            List<Path> files = folders.map(f -> f.resolve(ArchiveLayout.CROSS_CHECKS_JSON)).filter(Files::isRegularFile)
                    .sorted().toList();
            List<byte[]> bytes = new ArrayList<>();
            for (Path file : files) {
                SchemaAssert.assertValidCrossChecks(file);
                bytes.add(Files.readAllBytes(file));
            }
            return bytes;
        }
    }
}
