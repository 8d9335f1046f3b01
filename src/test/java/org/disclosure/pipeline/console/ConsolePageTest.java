package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's list says what was not checked and what could not be made, and filters on it. */
class ConsolePageTest {

    @TempDir
    Path root;
    private int filters;

    /** Whether the console lists the document under this filter, read through the index as the service does. */
    private boolean shows(ConsoleFilter filter, Filed filed) throws Exception {
        try (IndexedArchive indexed = new IndexedArchive(root.resolve("filter-" + ++filters))) {
            indexed.file(filed.folder(), filed.json());
            return indexed.console.list(filter).archived().stream().anyMatch(a -> a.folder().equals(filed.folder()));
        }
    }

    /** A document.json (its headline only) filed as the folder. */
    private record Filed(String folder, String json) {

        /** The document as the console lists it. */
        Listing.Archived archived() throws Exception {
            DocumentHeadline entry = DocumentFile.headline(json);
            return new Listing.Archived(folder, entry, "original/" + entry.source().fileName());
        }
    }

    private static Filed scan() {
        return new Filed("scan_aaaaaaaa", """
                {"status":"no-text-layer","source":{"fileName":"scan.pdf","sha256":"%s","bytes":10,"pages":3},
                 "summary":{"run":0,"passed":0,"warned":0,"failed":0},"tables":[],
                 "artefacts":[{"name":"report.html","status":"written"}]}
                """.formatted("a".repeat(64)));
    }

    private static Filed clean() {
        return new Filed("clean_bbbbbbbb", """
                {"status":"complete","source":{"fileName":"clean.pdf","sha256":"%s","bytes":10,"pages":3},
                 "summary":{"run":12,"passed":12,"warned":0,"failed":0},"tables":[{},{}],
                 "artefacts":[{"name":"report.html","status":"written"},
                              {"name":"tables.xlsx","status":"failed","reason":"Merge conflicted:A2:B2"}]}
                """.formatted("b".repeat(64)));
    }

    private static String row(String html, String file) {
        int at = html.indexOf(">" + file + "<");
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at));
    }

    @Test
    void aScanShowsNotCheckedRatherThanNoFailedChecks() throws Exception {
        Listing listing = new Listing(List.of(scan().archived(), clean().archived()), List.of(), 0, 0, 0);
        String html = ConsolePage.render(listing, ConsoleFilter.of(null, null, null, null, null));
        String scanRow = row(html, "scan.pdf");
        assertThat(scanRow).contains("未核验 not checked").doesNotContain("<td class=\"n fail\">0</td>");
        assertThat(row(html, "clean.pdf")).contains("<td class=\"n fail\">0</td>");
        assertThat(html).contains("<option value=\"not-checked\"");
    }

    @Test
    void theNotCheckedFilterFindsTheScanAndTheCompleteOneDoesNot() throws Exception {
        ConsoleFilter notChecked = ConsoleFilter.of("not-checked", null, null, null, null);
        assertThat(shows(notChecked, scan())).isTrue();
        assertThat(shows(notChecked, clean())).isFalse();
        assertThat(shows(ConsoleFilter.of("problems", null, null, null, null), scan())).isFalse();
    }

    @Test
    void anArtefactThatFailedIsShownAndNotLinked() throws Exception {
        Listing listing = new Listing(List.of(scan().archived(), clean().archived()), List.of(), 0, 0, 0);
        String html = ConsolePage.render(listing, ConsoleFilter.of(null, null, null, null, null));
        String cleanRow = row(html, "clean.pdf");
        assertThat(cleanRow).contains("tables.xlsx").contains("Merge conflicted:A2:B2").doesNotContain("tables.xlsx\">XLSX");
        assertThat(row(html, "scan.pdf")).doesNotContain("未能生成");
        assertThat(shows(ConsoleFilter.of("artefact-failed", null, null, null, null), clean())).isTrue();
        assertThat(shows(ConsoleFilter.of("artefact-failed", null, null, null, null), scan())).isFalse();
    }

    private static Filed partlyRead() {
        return new Filed("partly_cccccccc", """
                {"status":"complete","source":{"fileName":"partly.pdf","sha256":"%s","bytes":10,"pages":3},
                 "summary":{"run":5,"passed":3,"warned":0,"failed":0,"unverified":2},"tables":[{}],
                 "ledger":{"numbers":200,"accounted":195,"coverage":0.975,"pages":[]}}
                """.formatted("c".repeat(64)));
    }

    @Test
    void coverageIsListedAndTheDocumentsWithUnreadNumbersCanBeFound() throws Exception {
        Listing listing = new Listing(List.of(scan().archived(), partlyRead().archived()), List.of(), 0, 0, 0);
        String html = ConsolePage.render(listing, ConsoleFilter.of(null, null, null, null, "coverage"));
        assertThat(row(html, "partly.pdf")).contains("<td class=\"n coverage\">97.5%</td>");
        assertThat(row(html, "scan.pdf")).contains("<td class=\"n coverage\">—</td>");
        assertThat(html).contains("<option value=\"coverage\" selected>");
        ConsoleFilter incomplete = ConsoleFilter.of("incomplete", null, null, null, null);
        assertThat(shows(incomplete, partlyRead())).isTrue();
        assertThat(shows(incomplete, clean())).isFalse();
        assertThat(shows(incomplete, scan())).isFalse();
    }
    @Test
    void theSearchFormOffersWhatTheArchiveHoldsAndThePagesLinkToEachOtherKeepingTheSearch() throws Exception {
        try (IndexedArchive indexed = new IndexedArchive(root.resolve("paged"))) {
            GeneratedDocuments.file(indexed, 120);
            ConsoleFilter secondPage = ConsoleFilter.from(java.util.Map.of("region", "普陀", "page", "2", "size", "20"));
            String html = ConsolePage.render(indexed.console.list(secondPage), secondPage);

            assertThat(html).contains("<form method=\"get\" action=\"/\" id=\"filter\">")
                    .contains("<option value=\"部门决算\">部门决算</option>").contains("<option value=\"部门预算\">部门预算</option>")
                    .contains("<option value=\"sum-of-rows\">sum-of-rows</option>")
                    .contains("<input name=\"region\" value=\"普陀\">")
                    .contains("已归档 Archived (60)")
                    .contains("第 21–40 条，共 60 条");
            String region = java.net.URLEncoder.encode("普陀", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).contains("<a rel=\"prev\" href=\"/?region=" + region + "&amp;size=20\">")
                    .contains("<a rel=\"next\" href=\"/?region=" + region + "&amp;size=20&amp;page=3\">");
            // newest first: doc-119 … doc-81 are page 1 (odd only), so page 2 starts at doc-79
            assertThat(html.indexOf(">doc-79.pdf<")).isPositive().isLessThan(html.indexOf(">doc-41.pdf<"));
            assertThat(html).doesNotContain(">doc-81.pdf<").doesNotContain(">doc-39.pdf<").doesNotContain(">doc-80.pdf<");
            assertThat(row(html, "doc-79.pdf")).contains("href=\"/archive/doc-79/report.html\"")
                    .contains("href=\"/api/documents/" + String.format("%064x", 79) + "/checks\"");

            ConsoleFilter lastPage = ConsoleFilter.from(java.util.Map.of("region", "普陀", "page", "3", "size", "20"));
            String last = ConsolePage.render(indexed.console.list(lastPage), lastPage);
            assertThat(last).contains("第 41–60 条，共 60 条").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        }
    }

    @Test
    void aHostileSearchIsShownEscapedAndMatchesNothing() throws Exception {
        try (IndexedArchive indexed = new IndexedArchive(root.resolve("hostile"))) {
            GeneratedDocuments.file(indexed, 3);
            ConsoleFilter hostile = ConsoleFilter.from(java.util.Map.of("q", "<script>alert(1)</script>", "unit", "' OR 1=1 --",
                    "region", "\"><img src=x onerror=alert(1)>", "kind", "<u>kind</u>", "coverageBelow", "\"<i>", "size", "1e9"));
            Listing listing = indexed.console.list(hostile);
            String html = ConsolePage.render(listing, hostile);

            assertThat(listing.archivedTotal()).isZero();
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<u>").doesNotContain("<i>")
                    .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                    .contains("value=\"&#39; OR 1=1 --\"").contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
            assertThat(hostile.pageSize()).isEqualTo(ConsoleFilter.PAGE_SIZE);
        }
    }
}
