package org.disclosure.pipeline.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.ocr.OcrSettings;
import org.disclosure.pipeline.fixtures.HostilePdfs;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input corpus through the real receive and extract stages: every file ends in a typed
 * rejection or a document that says honestly what it is, and nothing escapes as a crash.
 */
class BadInputCorpusTest {

    @TempDir
    Path root;

    private ArchiveStore store;
    private ExtractStage extract;
    private final Path sample = Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec"));

    @BeforeEach
    void openStore() throws Exception {
        store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        extract = new ExtractStage(store, 2000, "test");
    }

    private Job receive(String name, byte[] content) throws Exception {
        Path dropped = Files.write(Files.createDirectories(root.resolve("inbox")).resolve(name), content);
        return new ReceiveStage(store, new InboxEntries(null), 50L * 1024 * 1024).receive(dropped);
    }

    private String rejection(String name, byte[] content) throws Exception {
        Job job = receive(name, content);
        StageFailure failure = catchThrowableOfType(StageFailure.class, () -> extract.extract(job));
        assertThat(failure).as(name + " is rejected").isNotNull();
        assertThat(failure.getMessage()).as("a reason a person can read").isNotBlank();
        return failure.reason().code();
    }

    private DocumentRecord extracted(String name, byte[] content) throws Exception {
        Job job = receive(name, content);
        extract.extract(job);
        return store.readDocument(job);
    }

    @Test
    void filesThatAreNotPdfsWhateverTheirNameAreRejectedAsSuch() throws Exception {
        assertThat(rejection("notes.pdf", "会议纪要: not a PDF at all".getBytes(StandardCharsets.UTF_8))).isEqualTo("not-a-pdf");
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        assertThat(rejection("scan.pdf", png)).isEqualTo("not-a-pdf");
        assertThat(rejection("empty.pdf", new byte[0])).isEqualTo("empty-file");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.6, 0.9, 0.995})
    void aFileCutOffAnywhereIsRejectedAsTruncatedNeverPassedOffAsWhole(double kept) throws Exception {
        assertThat(rejection("cut.pdf", HostilePdfs.truncated(sample, kept))).isEqualTo("truncated");
    }

    @Test
    void aWholeFileWithABrokenIndexIsArchivedMarkedRepairedWithItsTables() throws Exception {
        DocumentRecord plain = extracted("plain.pdf", Files.readAllBytes(sample));
        DocumentRecord repaired = extracted("repaired.pdf", HostilePdfs.brokenXrefOffset(sample));
        assertThat(plain.status()).isEqualTo(DocumentStatus.COMPLETE);
        assertThat(plain.source().repair()).isNull();
        assertThat(repaired.status()).isEqualTo(DocumentStatus.REPAIRED);
        assertThat(repaired.source().repair()).contains("rebuilt");
        assertThat(repaired.tables()).hasSameSizeAs(plain.tables()).isNotEmpty();
        assertThat(repaired.source().pages()).isEqualTo(plain.source().pages());
    }

    @Test
    void aUserPasswordIsRejectedButAnOwnerPasswordAloneDoesNotStopReading() throws Exception {
        assertThat(rejection("locked.pdf", HostilePdfs.encrypted(sample, "secret", "owner"))).isEqualTo("encrypted");

        DocumentRecord plain = extracted("plain.pdf", Files.readAllBytes(sample));
        DocumentRecord restricted = extracted("restricted.pdf", HostilePdfs.encrypted(sample, "", "owner"));
        assertThat(restricted.status()).isEqualTo(DocumentStatus.COMPLETE);
        assertThat(restricted.tables()).hasSameSizeAs(plain.tables()).isNotEmpty();
        assertThat(restricted.figures()).hasSameSizeAs(plain.figures());
    }

    @Test
    void aScanIsArchivedAsHavingNoTextLayerWithNoInventedTables() throws Exception {
        extract = new ExtractStage(store, 2000, "test", new OcrSettings(false, Duration.ofSeconds(60), 80));
        DocumentRecord scan = extracted("scan.pdf", HostilePdfs.imageOnly());
        assertThat(scan.status()).isEqualTo(DocumentStatus.NO_TEXT_LAYER);
        assertThat(scan.tables()).isEmpty();
        assertThat(scan.figures()).isEmpty();
        assertThat(scan.source().pages()).isEqualTo(1);
    }

    @Test
    void craftedStructuresEndInTypedRejectionsOrHonestDocuments() throws Exception {
        // PDFBox stops at its recursion limit (500) and the catalog is then unreadable
        assertThat(rejection("deep.pdf", HostilePdfs.deepNesting(100_000))).isEqualTo("damaged");
        assertThat(rejection("many.pdf", HostilePdfs.hugePageCount())).isEqualTo("too-many-pages");

        DocumentRecord cyclic = extracted("cyclic.pdf", HostilePdfs.cyclicPageTree());
        assertThat(cyclic.tables()).isEmpty();
        DocumentRecord huge = extracted("huge-length.pdf", HostilePdfs.hugeDeclaredLength());
        assertThat(huge.source().pages()).isEqualTo(1);
        assertThat(huge.tables()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedBeforeItIsCopied() throws Exception {
        Path dropped = Files.write(Files.createDirectories(root.resolve("inbox")).resolve("big.pdf"), new byte[2048]);
        StageFailure failure = catchThrowableOfType(StageFailure.class, () -> new ReceiveStage(store, new InboxEntries(null), 1024).receive(dropped));
        assertThat(failure.reason().code()).isEqualTo("too-large");
        assertThat(failure.stage()).isEqualTo(ReceiveStage.NAME);
        assertThat(failure.getMessage()).contains("MB");
        try (var work = Files.walk(root.resolve("archive").resolve(".work"))) {
            assertThat(work.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("nothing copied").allMatch(name -> name.startsWith("."));
        }
    }
}
