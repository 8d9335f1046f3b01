package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsoleHeadersTest {

    @Test
    void everyResponseForbidsFramingSniffingReferrersAndScripts() {
        ArchiveFiles.Served report = new ArchiveFiles.Served(Path.of("report.html"), "text/html; charset=utf-8", null, false);
        ArchiveFiles.Served dropped = new ArchiveFiles.Served(Path.of("x.html"), "application/octet-stream",
                ContentDisposition.attachment("x.html"), false);
        for (Map<String, String> headers : new Map[] {ConsoleHeaders.page(), ConsoleHeaders.data(), ConsoleHeaders.file(report),
                ConsoleHeaders.file(dropped)}) {
            assertThat(headers.get("Content-Security-Policy")).startsWith("default-src 'none';").contains("frame-ancestors 'none'")
                    .doesNotContain("script-src").doesNotContain("unsafe-eval");
            assertThat(headers).containsEntry("X-Frame-Options", "DENY").containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("Referrer-Policy", "no-referrer").containsKey("Cache-Control");
        }
        assertThat(ConsoleHeaders.page().get("Content-Security-Policy")).contains("form-action 'self'").doesNotContain("img-src");
        assertThat(ConsoleHeaders.file(report).get("Content-Security-Policy")).contains("img-src data:");
        assertThat(ConsoleHeaders.file(dropped)).containsEntry("Content-Disposition", "attachment; filename=\"x.html\"; filename*=UTF-8''x.html");
    }

    @Test
    void listingsAreNeverStoredFiledFilesAreKeptPrivately() {
        assertThat(ConsoleHeaders.page()).containsEntry("Cache-Control", "no-store");
        assertThat(ConsoleHeaders.data()).containsEntry("Cache-Control", "no-store");
        ArchiveFiles.Served pdf = new ArchiveFiles.Served(Path.of("a.pdf"), "application/pdf", null, false);
        assertThat(ConsoleHeaders.file(pdf).get("Cache-Control")).startsWith("private");
        assertThat(ConsoleHeaders.file(pdf)).containsEntry("Accept-Ranges", "bytes");
        ArchiveFiles.Served duplicates = new ArchiveFiles.Served(Path.of("duplicates.json"), "application/json", null, true);
        assertThat(ConsoleHeaders.file(duplicates)).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void anyFileNameMakesAWellFormedAttachmentHeader() {
        assertThat(ContentDisposition.attachment("预算 2024.html"))
                .isEqualTo("attachment; filename=\"__ 2024.html\"; filename*=UTF-8''%E9%A2%84%E7%AE%97%202024.html");
        assertThat(ContentDisposition.attachment("a\"b;c\r\nContent-Type: text/html%.pdf"))
                .isEqualTo("attachment; filename=\"a_b_c__Content-Type: text/html_.pdf\"; "
                        + "filename*=UTF-8''a%22b%3Bc%0D%0AContent-Type%3A%20text%2Fhtml%25.pdf");
    }
}
