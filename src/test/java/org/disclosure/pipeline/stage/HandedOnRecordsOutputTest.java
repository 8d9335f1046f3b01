package org.disclosure.pipeline.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Handing the record from stage to stage in memory changes nothing that is written: document.json
 * and report.html are the same as when every stage parses the file the one before wrote.
 */
class HandedOnRecordsOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Made(String documentJson, String report) {
    }

    private static Made through(Path root, boolean handOn, Path pdf) throws Exception {
        try (ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"))) {
            if (handOn) {
                store.handOnRecords(4);
            }
            Job job = store.receive(pdf);
            new ReportStage(store).report(new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test").extract(job)));
            ObjectNode record = (ObjectNode) JSON.readTree(job.documentJson().toFile());
            record.remove("processing");   // when it was received and how long it took: the runs' own
            return new Made(record.toPrettyString(), Files.readString(job.workFolder().resolve("report.html")));
        }
    }

    @ParameterizedTest
    @CsvSource({"seed-2022-unit-budget.spec, true", "district-2024-dept-budget.spec, false"})
    void theSameOutputAsReadingEveryStageFromTheFile(String spec, boolean pictured, @TempDir Path root) throws Exception {
        Path pdf = Samples.pdf(Samples.named(spec));
        Made read = through(root.resolve("read"), false, pdf);
        Made handed = through(root.resolve("handed"), true, pdf);
        if (!handed.equals(read)) {
            Path out = Files.createDirectories(Path.of("target", "handed-on-actual"));
            Files.writeString(out.resolve(spec + ".read.json"), read.documentJson());
            Files.writeString(out.resolve(spec + ".handed.json"), handed.documentJson());
            Files.writeString(out.resolve(spec + ".read.html"), read.report());
            Files.writeString(out.resolve(spec + ".handed.html"), handed.report());
        }
        assertThat(handed.documentJson()).isEqualTo(read.documentJson());
        assertThat(handed.report()).isEqualTo(read.report());
        // the seed's findings have pictures, which were made and compared too
        assertThat(handed.report().contains("<img class=\"evidence\"")).isEqualTo(pictured);
    }

    /** A real disclosure, with its findings' pictures, when ../shared/real is at hand. */
    @org.junit.jupiter.api.Test
    void theSameOutputForARealDisclosure(@TempDir Path root) throws Exception {
        Path pdf = Samples.shared().resolve("real/shanghai-putuo-justice-2026-unit-budget.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(pdf), "../shared/real is not here");
        Made read = through(root.resolve("read"), false, pdf);
        Made handed = through(root.resolve("handed"), true, pdf);
        assertThat(handed.documentJson()).isEqualTo(read.documentJson());
        assertThat(handed.report()).isEqualTo(read.report()).contains("<img class=\"evidence\"");
    }
}
