package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console may serve, and as what: only the pipeline's own files get their own types. */
class ArchiveFilesTest {

    private static final String PDF_WITH_SCRIPT = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n<script>alert(document.domain)</script>\n";
    private static final String SCRIPT = "<!DOCTYPE html><script>alert(document.domain)</script>";

    @TempDir
    Path root;

    private ArchiveFiles files;
    private Path folder;

    @BeforeEach
    void layOut() throws Exception {
        Path archive = Files.createDirectories(root.resolve("archive"));
        Path failed = Files.createDirectories(root.resolve("failed"));
        folder = Files.createDirectories(archive.resolve("budget_1a2b3c4d"));
        Files.writeString(folder.resolve("report.html"), "<!DOCTYPE html><title>report</title>");
        Files.writeString(folder.resolve("document.json"), "{}");
        Files.writeString(folder.resolve("duplicates.json"), "[]");
        Files.writeString(folder.resolve("annotated.pdf"), "%PDF-1.7 annotated");
        Files.write(folder.resolve("tables.xlsx"), new byte[] {'P', 'K', 3, 4});
        Files.createDirectories(folder.resolve("tables"));
        Files.writeString(folder.resolve("tables/t1.csv"), "a,b\n");
        Files.writeString(folder.resolve("budget.pdf"), PDF_WITH_SCRIPT);
        Files.writeString(folder.resolve("x.html"), PDF_WITH_SCRIPT);
        Files.writeString(folder.resolve("page.json"), SCRIPT);
        Files.writeString(folder.resolve("tables/evil.html"), SCRIPT);
        Files.writeString(archive.resolve("report.html"), SCRIPT);
        Files.writeString(failed.resolve("x.html"), SCRIPT);
        Files.writeString(failed.resolve("x.html.error.json"), "{\"reason\":\"not-a-pdf\"}");
        Files.writeString(failed.resolve("report.html"), SCRIPT);
        Files.writeString(failed.resolve("notes.csv"), SCRIPT);
        Files.writeString(failed.resolve("scan.pdf"), "not really a PDF");
        files = new ArchiveFiles(archive, failed);
    }

    private String type(String area, String relative) throws Exception {
        return files.find(area, relative).orElseThrow().contentType();
    }

    @Test
    void thePipelinesOwnFilesAreServedAsWhatTheyAre() throws Exception {
        assertThat(type("archive", "budget_1a2b3c4d/report.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(type("archive", "budget_1a2b3c4d/document.json")).isEqualTo("application/json; charset=utf-8");
        assertThat(type("archive", "budget_1a2b3c4d/duplicates.json")).isEqualTo("application/json; charset=utf-8");
        assertThat(type("archive", "budget_1a2b3c4d/annotated.pdf")).isEqualTo("application/pdf");
        assertThat(type("archive", "budget_1a2b3c4d/tables.xlsx")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(type("archive", "budget_1a2b3c4d/tables/t1.csv")).isEqualTo("text/csv; charset=utf-8");
        assertThat(type("failed", "x.html.error.json")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void originalsAndRejectedFilesAreServedByTheirContentNeverByTheirName() throws Exception {
        assertThat(type("archive", "budget_1a2b3c4d/budget.pdf")).isEqualTo("application/pdf");
        assertThat(type("archive", "budget_1a2b3c4d/x.html")).isEqualTo("application/pdf");
        assertThat(type("failed", "scan.pdf")).isEqualTo("application/octet-stream");
        for (String[] dropped : new String[][] {{"failed", "x.html"}, {"failed", "report.html"}, {"failed", "notes.csv"},
                {"archive", "report.html"}, {"archive", "budget_1a2b3c4d/page.json"}, {"archive", "budget_1a2b3c4d/tables/evil.html"}}) {
            assertThat(type(dropped[0], dropped[1])).as(String.join("/", dropped)).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void aGeneratedNameHoldingAPdfIsServedAsAPdf() throws Exception {
        // an original dropped as "report.html" shares the generated name; its bytes decide
        Files.writeString(folder.resolve("report.html"), PDF_WITH_SCRIPT, StandardCharsets.US_ASCII);
        assertThat(type("archive", "budget_1a2b3c4d/report.html")).isEqualTo("application/pdf");
    }
}
