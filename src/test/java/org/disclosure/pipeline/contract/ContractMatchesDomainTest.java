package org.disclosure.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.fixtures.WholeDisclosureSpec;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.disclosure.pipeline.stage.ReportStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole generated disclosure (narrative figures, a figure ledger, checks that fail) through the
 * stages: the contract writes exactly what serializing the domain's records wrote before the
 * contract had its own package, and reads back the very record.
 */
class ContractMatchesDomainTest {

    @Test
    void aWholeDisclosureIsWrittenAsBeforeAndReadBackUnchanged(@TempDir Path root) throws Exception {
        Path pdf = root.resolve("whole.pdf");
        String spec = WholeDisclosureSpec.of(WholeDisclosure.shanghaiDepartmentBudget())
                .replace("2010301\t行政运行\t4,123,600.00", "2010301\t行政运行\t4,132,600.00");
        new DisclosurePdfWriter(DisclosureSpec.parse(spec.lines().toList())).write(pdf, "fixture");
        DocumentRecord record;
        try (ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"))) {
            Job job = store.receive(pdf);
            new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test").extract(job));
            new ReportStage(store).report(job);
            record = store.readDocument(job);
        }
        assertThat(record.figures()).as("narrative figures").isNotEmpty();
        assertThat(record.ledger().pages()).isNotEmpty();
        assertThat(record.summary().failed()).as("a seeded sum that does not hold").isPositive();
        assertThat(record.requiredTables()).isNotEmpty();

        byte[] contract = DocumentFile.bytes(record);

        assertThat(new String(contract, StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.bytes(record), StandardCharsets.UTF_8));
        Path written = Files.write(root.resolve("document.json"), contract);
        SchemaAssert.assertValidDocument(written);
        DocumentRecord read = DocumentFile.read(written);
        assertThat(read).isEqualTo(record);
        assertThat(read.figures()).extracting(f -> f.boxes().get(0)).doesNotContainNull();
        assertThat(List.of(read.pages().get(0).lines().get(0).width())).allMatch(w -> w > 0);
    }
}
