package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.NotifyBuilder;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;

/** The inbox's guarantees with the service running: no half-read file, documents in parallel but bounded. */
class InboxReliabilityServiceTest extends ServiceTestSupport {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void aFileStillBeingCopiedIsNotTakenUntilCompleteEvenWithAnOldTimestamp() throws Exception {
        byte[] pdf = Files.readAllBytes(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path file = inbox.resolve("slow-upload.pdf");
        NotifyBuilder done = documentDone("slow-upload.pdf");
        // a copy that keeps the source's old modification time, arriving in pieces over about five seconds
        int pieces = 12;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < pieces; i++) {
                int from = pdf.length * i / pieces;
                int to = pdf.length * (i + 1) / pieces;
                out.write(pdf, from, to - from);
                out.flush();
                Files.setLastModifiedTime(file, LONG_AGO);
                Thread.sleep(400);
            }
        }
        Files.setLastModifiedTime(file, LONG_AGO);
        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();

        assertThat(list(root.resolve("failed"))).as("never read half-written (it would be rejected as truncated)").isEmpty();
        List<Path> archived = list(root.resolve("archive"));
        assertThat(archived).singleElement();
        assertThat(Files.readAllBytes(archived.get(0).resolve("original").resolve("slow-upload.pdf"))).isEqualTo(pdf);
    }

    @Test
    void aBurstOfFilesDrainsTogetherAfterOneQuietIntervalEachTakenExactlyOnce() throws Exception {
        int count = 200;
        long quietMillis = 1000;   // ServiceTestSupport's pipeline.read-lock-quiet
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            // small files that are not PDFs: each is received, recognised and rejected in a moment
            Files.writeString(inbox.resolve("note-%03d.pdf".formatted(i)), "minutes of meeting " + i + ", not a PDF");
        }
        // the old one-file-per-interval intake needs count x quiet (200 s) for these; a burst taken
        // together needs one interval plus the work, which a loaded 2-core machine can stretch to 10 s
        // and more: the bound tells the two apart without timing the machine
        long bound = quietMillis * 60;
        Path failed = root.resolve("failed");
        while (reasons(failed) < count && System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(bound)) {
            Thread.sleep(50);
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(reasons(failed)).as("rejected within %d ms (took %d ms)", bound, took).isEqualTo(count);
        assertThat(list(inbox)).as("inbox emptied").isEmpty();
        assertThat(list(root.resolve("archive"))).isEmpty();
        for (int i = 0; i < count; i++) {
            assertThat(failed.resolve("note-%03d.pdf".formatted(i))).exists();
        }
        Thread.sleep(2 * quietMillis);   // a file taken twice would show up as a second outcome
        OutcomeLedger ledger = context.getRegistry().lookupByNameAndType("ledger", OutcomeLedger.class);
        assertThat(ledger.outcomes()).as("one outcome per file").hasSize(count);
    }

    private static long reasons(Path failed) throws Exception {
        return list(failed).stream().filter(p -> p.getFileName().toString().endsWith(".error.json")).count();
    }

    @Test
    void documentsDroppedTogetherAreProcessedInParallelByABoundedNumberOfWorkers() throws Exception {
        List<String> specs = List.of("seed-2022-unit-budget.spec", "district-2024-dept-budget.spec",
                "small-unit-2024-unit-budget.spec", "corpus-long-table.spec", "corpus-borderless.spec", "corpus-three-line.spec");
        NotifyBuilder done = documentsDone(specs.size());
        Path staging = Files.createDirectories(root.resolve("staging"));
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        for (String spec : specs) {
            Path copy = Files.copy(Samples.pdf(Samples.named(spec)), staging.resolve(spec.replace(".spec", ".pdf")));
            Files.setLastModifiedTime(copy, LONG_AGO);
        }
        for (String spec : specs) {
            String name = spec.replace(".spec", ".pdf");
            Files.move(staging.resolve(name), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        assertThat(done.matches(120, TimeUnit.SECONDS)).isTrue();

        List<long[]> spans = new ArrayList<>();
        for (Path folder : list(root.resolve("archive"))) {
            JsonNode processing = json.readTree(folder.resolve("document.json").toFile()).get("processing");
            long start = Instant.parse(processing.get("receivedAt").asText()).toEpochMilli();
            spans.add(new long[] {start, start + processing.get("millis").asLong()});
        }
        assertThat(spans).hasSize(specs.size());
        int mostAtOnce = 0;
        for (long[] span : spans) {
            int atOnce = (int) spans.stream().filter(other -> other[0] <= span[0] && span[0] < other[1]).count();
            mostAtOnce = Math.max(mostAtOnce, atOnce);
        }
        // two workers, and the poller itself takes one when both are busy
        assertThat(mostAtOnce).as("documents in hand at the same moment").isBetween(2, 3);
    }
}
