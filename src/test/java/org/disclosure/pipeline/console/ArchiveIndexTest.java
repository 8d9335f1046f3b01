package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIndexTest {

    @TempDir
    Path root;

    @Test
    void anErrorRecordThatCannotBeReadIsListedAsSuchAndTheListStillComesOut() throws Exception {
        Path failed = Files.createDirectories(root.resolve("failed"));
        Files.writeString(failed.resolve("notes.pdf"), "notes");
        Files.writeString(failed.resolve("notes.pdf.error.json"), """
                {"schemaVersion":1,"fileName":"notes.pdf","reason":"not-a-pdf","message":"not a PDF","stage":"extract",
                 "time":"2026-12-01T10:00:00Z"}""");
        Files.writeString(failed.resolve("junk.error.json"), "<html>not a record</html>");
        Files.writeString(failed.resolve("odd.pdf.error.json"), "{\"reason\":\"not-a-pdf\",\"time\":\"yesterday\"}");

        Listing listing;
        try (IndexedArchive indexed = new IndexedArchive(root)) {
            listing = indexed.console.list(ConsoleFilter.of(null, null, null, null, null));
        }

        assertThat(listing.failed()).extracting(Listing.Failed::file).containsExactlyInAnyOrder("notes.pdf", "junk", "odd.pdf");
        assertThat(listing.failed()).filteredOn(f -> f.file().equals("junk")).singleElement()
                .satisfies(f -> assertThat(f.error().reason().code()).isEqualTo("unreadable-record"));
    }

    @Test
    void aDocumentBeingOcrdShowsItsProgressInTheConsole() throws Exception {
        Path archive = root.resolve("archive");
        Path scanning = Files.createDirectories(archive.resolve(".work").resolve("worker-1").resolve("job-1"));
        Files.createDirectories(archive.resolve(".work").resolve("worker-1").resolve("job-2"));
        org.disclosure.pipeline.ocr.OcrProgressFile.write(scanning, "scan.pdf",
                new org.disclosure.pipeline.ocr.OcrProgress(40, 200, java.time.Duration.ofMinutes(10)));

        try (IndexedArchive indexed = new IndexedArchive(root)) {
        Listing listing = indexed.console.list(ConsoleFilter.of(null, null, null, null, null));

        assertThat(listing.inProgress()).isEqualTo(2);
        assertThat(listing.ocr()).containsExactly("scan.pdf — ocr: 40/200 pages, 4.0 pages/min, eta 40 min");
        assertThat(ConsolePage.render(listing, ConsoleFilter.of(null, null, null, null, null)))
                .contains("OCR in progress: scan.pdf — ocr: 40/200 pages, 4.0 pages/min, eta 40 min");

        org.disclosure.pipeline.ocr.OcrProgressFile.clear(scanning);
        assertThat(indexed.console.list(ConsoleFilter.of(null, null, null, null, null)).ocr()).isEmpty();
        }
    }

    @Test
    void sortedByCoverageTheLeastCompletelyReadDocumentsComeFirst() throws Exception {
        Path archive = root.resolve("archive");
        filed(archive, "whole", "2026-12-01T10:00:00Z", "1");
        filed(archive, "partly", "2026-12-01T09:00:00Z", "0.9");
        filed(archive, "mostly", "2026-12-01T11:00:00Z", "0.99");
        try (IndexedArchive indexed = new IndexedArchive(root)) {
            // written behind the index's back: the start-up's reconciliation picks them up
            indexed.reconcile();
            ArchiveIndex index = indexed.console;

            assertThat(index.list(ConsoleFilter.of(null, null, null, null, "coverage")).archived())
                    .extracting(Listing.Archived::folder).containsExactly("partly", "mostly", "whole");
            assertThat(index.list(ConsoleFilter.of(null, null, null, null, null)).archived())
                    .extracting(Listing.Archived::folder).containsExactly("mostly", "whole", "partly");
        }
    }

    private static void filed(Path archive, String name, String receivedAt, String coverage) throws Exception {
        Path folder = Files.createDirectories(archive.resolve(name));
        Files.writeString(folder.resolve("document.json"), """
                {"status":"complete","source":{"fileName":"%s.pdf","sha256":"%s","bytes":10,"pages":3},
                 "summary":{"run":1,"passed":1,"warned":0,"failed":0,"unverified":0},"tables":[],
                 "ledger":{"numbers":100,"accounted":90,"coverage":%s,"pages":[]},
                 "processing":{"pipelineVersion":"test","receivedAt":"%s"}}""".formatted(name, String.format("%064x", name.hashCode()), coverage, receivedAt));
    }
}
