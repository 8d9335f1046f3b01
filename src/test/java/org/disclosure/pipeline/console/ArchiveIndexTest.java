package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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

    @Test
    void aLargeArchiveIsListedAPageAtATimeNewestFirstAndEveryFilterNarrowsTheCount() throws Exception {
        try (IndexedArchive indexed = new IndexedArchive(root)) {
            GeneratedDocuments.file(indexed, 120);
            ArchiveIndex index = indexed.console;

            Listing first = index.list(search(Map.of()));
            assertThat(first.archivedTotal()).isEqualTo(120);
            assertThat(first.archived()).hasSize(50);
            assertThat(first.archived().get(0).folder()).isEqualTo("doc-120");
            assertThat(first.kinds()).containsExactly("部门决算", "部门预算");
            assertThat(first.rules()).containsExactly("sum-of-rows");
            assertThat(index.list(search(Map.of("page", "2"))).archived()).extracting(Listing.Archived::folder)
                    .startsWith("doc-70").endsWith("doc-21").hasSize(50);
            assertThat(index.list(search(Map.of("page", "3"))).archived()).extracting(Listing.Archived::folder)
                    .startsWith("doc-20").endsWith("doc-1").hasSize(20);
            Listing beyond = index.list(search(Map.of("page", "4")));
            assertThat(beyond.archived()).isEmpty();
            assertThat(beyond.archivedTotal()).isEqualTo(120);

            assertThat(index.list(search(Map.of("year", "2022"))).archivedTotal()).isEqualTo(24);
            assertThat(index.list(search(Map.of("kind", "部门决算"))).archivedTotal()).isEqualTo(40);
            assertThat(index.list(search(Map.of("region", "普陀"))).archivedTotal()).isEqualTo(60);
            assertThat(index.list(search(Map.of("unit", "单位11"))).archived()).extracting(Listing.Archived::folder)
                    .containsExactlyInAnyOrder("doc-11", "doc-110", "doc-111", "doc-112", "doc-113", "doc-114", "doc-115",
                            "doc-116", "doc-117", "doc-118", "doc-119");
            assertThat(index.list(search(Map.of("rule", "sum-of-rows"))).archivedTotal()).isEqualTo(12);
            assertThat(index.list(search(Map.of("rule", "sum-of-rows", "ruleStatus", "pass"))).archivedTotal()).isEqualTo(108);
            // coverage n % 100 per cent: at most 5% is n = 1..5 and 101..105
            assertThat(index.list(search(Map.of("coverageBelow", "5"))).archivedTotal()).isEqualTo(10);
            assertThat(index.list(search(Map.of("q", "表7"))).archivedTotal()).isEqualTo(11);
            assertThat(index.list(search(Map.of("year", "2022", "kind", "部门决算", "region", "闵行"))).archived())
                    .extracting(Listing.Archived::folder).containsExactly("doc-102", "doc-72", "doc-42", "doc-12");
            assertThat(index.list(search(Map.of("sort", "coverage", "size", "3"))).archived())
                    .extracting(Listing.Archived::folder).containsExactly("doc-101", "doc-1", "doc-102");
        }
    }

    @Test
    void aHostileSearchMatchesNothingItShouldNotAndAHugePageIsClamped() throws Exception {
        try (IndexedArchive indexed = new IndexedArchive(root)) {
            GeneratedDocuments.file(indexed, 120);
            ArchiveIndex index = indexed.console;

            assertThat(index.list(search(Map.of("unit", "' OR 1=1 --"))).archivedTotal()).isZero();
            assertThat(index.list(search(Map.of("q", "%' OR '1'='1"))).archivedTotal()).isZero();
            assertThat(index.list(search(Map.of("rule", "x' OR 1=1) --"))).archivedTotal()).isZero();
            assertThat(index.list(search(Map.of("q", "_"))).archivedTotal()).isZero();
            assertThat(index.list(search(Map.of("year", "2022 OR 1=1"))).archived()).isEmpty();

            Listing huge = index.list(search(Map.of("size", "99999999999999999999")));
            assertThat(huge.archived()).hasSize(ConsoleFilter.MAX_PAGE_SIZE > 120 ? 120 : ConsoleFilter.MAX_PAGE_SIZE);
            assertThat(index.list(search(Map.of("size", "2000000000", "page", "2000000000"))).archived()).isEmpty();
            assertThat(index.list(search(Map.of("page", "-5", "size", "-1"))).archived()).extracting(Listing.Archived::folder)
                    .containsExactly("doc-120");
        }
    }

    private static ConsoleFilter search(Map<String, String> parameters) {
        return ConsoleFilter.from(parameters);
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
