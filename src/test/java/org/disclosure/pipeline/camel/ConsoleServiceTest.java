package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;

/** The web console over HTTP, against the running service: what it lists, filters and serves, and what it refuses. */
class ConsoleServiceTest extends ServiceTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void dropAndWait() throws Exception {
        NotifyBuilder done = documentsDone(3);
        drop(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")), "kizilsu-2022-unit-budget.pdf");
        drop(Samples.pdf(Samples.named("district-2024-dept-budget.spec")), "district 2024.pdf");
        Path notes = Files.writeString(Files.createTempFile(root, "notes", ".txt"), "会议纪要");
        drop(notes, "notes.pdf");
        assertThat(done.matches(90, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theIndexListsFiltersAndLinksEveryDocumentAndServesOnlyTheArchive() throws Exception {
        dropAndWait();

        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String page = index.body();
        assertThat(page).contains("kizilsu-2022-unit-budget.pdf", "克孜勒苏柯尔克孜自治州人民政府办公室", "单位预算", "2022", "district 2024.pdf")
                .contains("notes.pdf", "not-a-pdf").contains("id=\"progress\"").contains("今日完成 done today");
        assertThat(page).contains("<b>3</b> 今日完成 done today");

        assertThat(get("/?status=failed").body()).contains("notes.pdf").doesNotContain("kizilsu-2022-unit-budget.pdf</a>");
        assertThat(get("/?year=2022").body()).contains("kizilsu-2022-unit-budget.pdf").doesNotContain("district 2024.pdf</a>").doesNotContain("notes.pdf");
        assertThat(get("/?q=district").body()).contains("district 2024.pdf").doesNotContain("kizilsu-2022-unit-budget.pdf</a>");
        assertThat(get("/?unit=" + java.net.URLEncoder.encode("人民政府办公室", StandardCharsets.UTF_8)).body())
                .contains("kizilsu-2022-unit-budget.pdf").doesNotContain("district 2024.pdf</a>");
        assertThat(get("/?status=problems").body()).contains("kizilsu-2022-unit-budget.pdf");
        assertThat(get("/api/documents").body()).contains("\"archived\"").contains("kizilsu-2022-unit-budget.pdf");

        List<Path> folders = list(root.resolve("archive"));
        String seed = folders.stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith("kizilsu")).findFirst().orElseThrow();
        assertThat(page).contains("/archive/" + seed + "/report.html");
        assertServed("/archive/" + seed + "/report.html", "text/html");
        assertServed("/archive/" + seed + "/document.json", "application/json");
        assertServed("/archive/" + seed + "/tables.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertServed("/archive/" + seed + "/annotated.pdf", "application/pdf");
        assertServed("/archive/" + seed + "/original/kizilsu-2022-unit-budget.pdf", "application/pdf");
        assertServed("/failed/notes.pdf.error.json", "application/json");
        String district = folders.stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith("district")).findFirst().orElseThrow();
        assertThat(page).contains("/archive/" + district.replace(" ", "%20") + "/original/district%202024.pdf");
        assertServed("/archive/" + district.replace(" ", "%20") + "/original/district%202024.pdf", "application/pdf");

        // nothing outside the archive and failed folders, nothing hidden, nothing but reading
        Files.writeString(root.resolve("secret.txt"), "not for the console");
        for (String escape : List.of("/archive/../secret.txt", "/archive/%2e%2e/secret.txt", "/archive/..%2fsecret.txt",
                "/failed/../secret.txt", "/archive/" + seed + "/../../secret.txt", "/archive/.work", "/archive//etc/passwd",
                "/archive/%2fetc%2fpasswd", "/failed/%5c..%5csecret.txt", "/archive/" + seed)) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + escape)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(escape).isIn(400, 404);
            assertThat(refused.body()).as(escape).doesNotContain("not for the console");
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("read-only").isIn(404, 405);

        assertThat(get("/observe/health").body()).contains("UP");
        assertThat(get("/observe/metrics").body()).contains("camel");
    }

    private void assertServed(String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith(contentType));
        assertThat(response.body()).as(path).isNotEmpty();
    }
}
