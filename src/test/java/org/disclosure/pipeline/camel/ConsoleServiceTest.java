package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /** The JSON API answers from the index: documents, a document's checks, figures by code and year. */
    private void assertSearchApi() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var all = json.readTree(get("/api/documents").body());
        assertThat(all.get("total").asInt()).isEqualTo(2);
        var seed = json.readTree(get("/api/documents?year=2022").body());
        assertThat(seed.get("total").asInt()).isEqualTo(1);
        var document = seed.get("documents").get(0);
        assertThat(document.get("fileName").asText()).isEqualTo("kizilsu-2022-unit-budget.pdf");
        assertThat(document.get("unit").asText()).isEqualTo("克孜勒苏柯尔克孜自治州人民政府办公室");

        var archived = json.readTree(root.resolve("archive").resolve(document.get("folder").asText()).resolve("document.json").toFile());
        var checks = json.readTree(get("/api/documents/" + document.get("id").asText() + "/checks").body());
        assertThat(checks.get("total").asInt()).isEqualTo(archived.get("checks").size());
        assertThat(checks.get("checks").get(0).get("rule").asText()).isEqualTo(archived.get("checks").get(0).get("rule").asText());
        assertThat(get("/api/documents/" + "0".repeat(64) + "/checks").statusCode()).isEqualTo(404);

        var figures = json.readTree(get("/api/figures?code=2010301&year=2022").body());
        assertThat(figures.get("total").asInt()).isPositive();
        assertThat(figures.get("figures")).allSatisfy(figure -> {
            assertThat(figure.get("rowCode").asText()).isEqualTo("2010301");
            assertThat(figure.get("tableTitle").asText()).isNotBlank();
            assertThat(figure.get("box")).hasSize(4);
        });
        assertThat(figures.get("figures")).anySatisfy(figure ->
                assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("1346.16"));
        assertThat(json.readTree(get("/api/figures?code=2010301&year=2021").body()).get("total").asInt()).isZero();
        assertThat(get("/api/documents?limit=many").statusCode()).isEqualTo(400);
        assertThat(get("/api/documents?q=" + java.net.URLEncoder.encode("基本工资", StandardCharsets.UTF_8)).body())
                .contains("kizilsu-2022-unit-budget.pdf");
    }

    /** The console's search form over HTTP: a query string in, the filtered page out, each document linked to its checks. */
    private void assertConsoleSearch() throws Exception {
        String kizilsu = "kizilsu-2022-unit-budget.pdf</a>";
        String district = "district 2024.pdf</a>";
        assertThat(get("/?kind=" + encode("单位预算")).body()).contains(kizilsu).doesNotContain(district)
                .contains("第 1–1 条，共 1 条").contains("<option value=\"单位预算\" selected>");
        assertThat(get("/?q=" + encode("基本工资") + "&year=2022").body()).contains(kizilsu).doesNotContain(district);
        assertThat(get("/?region=" + encode("普陀")).body()).doesNotContain(kizilsu);

        String firstPage = get("/?size=1").body();
        assertThat(firstPage).contains("第 1–1 条，共 2 条").contains("<a rel=\"next\" href=\"/?size=1&amp;page=2\">");
        String secondPage = get("/?size=1&page=2").body();
        assertThat(secondPage).contains("第 2–2 条，共 2 条").contains("<a rel=\"prev\" href=\"/?size=1\">");
        assertThat(firstPage.contains(kizilsu)).isNotEqualTo(secondPage.contains(kizilsu));

        java.util.regex.Matcher checksLink = java.util.regex.Pattern.compile("href=\"(/api/documents/[0-9a-f]{64}/checks)\"").matcher(firstPage);
        assertThat(checksLink.find()).isTrue();
        assertThat(get(checksLink.group(1)).statusCode()).isEqualTo(200);

        HttpResponse<String> hostile = get("/?q=" + encode("<script>alert(1)</script>") + "&unit=" + encode("' OR 1=1 --")
                + "&size=99999999999999&page=-3");
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("已归档 Archived (0)").doesNotContain(kizilsu).doesNotContain(district);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
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
        assertSearchApi();
        assertConsoleSearch();

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
        // the pipeline's own time per stage, extraction's included (timed in a worker, sent back with its reply)
        assertThat(get("/observe/metrics").body()).contains("camel")
                .contains("pipeline_stage_seconds_count{stage=\"checks\"")
                .contains("pipeline_stage_seconds_count{stage=\"parse-and-page-model\"");
    }

    @Test
    void aDroppedHtmlFileIsNeverServedAsAPageAndEveryResponseCarriesTheSecurityHeaders() throws Exception {
        NotifyBuilder done = documentsDone(2);
        // rejected as not a PDF, kept in failed/ under its own name
        dropBytes("<script>document.title='owned'</script>".getBytes(StandardCharsets.UTF_8), "x.html");
        // a valid PDF with a script appended: archived, the original kept under its dropped name
        byte[] pdf = Files.readAllBytes(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        byte[] pdfWithScript = concat(pdf, "\n<script>document.title='owned'</script>\n".getBytes(StandardCharsets.UTF_8));
        dropBytes(pdfWithScript, "y.html");
        assertThat(done.matches(90, TimeUnit.SECONDS)).isTrue();

        HttpResponse<byte[]> rejected = getBytes("/failed/x.html", null);
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(rejected.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"x.html\"; filename*=UTF-8''x.html");

        String folder = list(root.resolve("archive")).stream().map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("y_")).findFirst().orElseThrow();
        HttpResponse<byte[]> original = getBytes("/archive/" + folder + "/original/y.html", null);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(original.body()).isEqualTo(pdfWithScript);

        for (String path : List.of("/", "/api/documents", "/archive/" + folder + "/report.html", "/archive/" + folder + "/original/y.html",
                "/failed/x.html", "/failed/x.html.error.json", "/archive/no-such-file", "/observe/health", "/no-such-page")) {
            HttpResponse<byte[]> response = getBytes(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'").contains("frame-ancestors 'none'")
                            .doesNotContain("script-src"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).isPresent();
        }
        assertThat(getBytes("/", null).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(getBytes("/api/documents", null).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(getBytes("/archive/" + folder + "/original/y.html", null).headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("private"));
    }

    @Test
    void aRequestForAnotherHostIsRefusedAndRangesOfAFileAreServedExactly() throws Exception {
        NotifyBuilder done = documentsDone(1);
        drop(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")), "kizilsu-2022-unit-budget.pdf");
        assertThat(done.matches(90, TimeUnit.SECONDS)).isTrue();
        String folder = list(root.resolve("archive")).get(0).getFileName().toString();
        String path = "/archive/" + folder + "/original/kizilsu-2022-unit-budget.pdf";
        byte[] whole = Files.readAllBytes(root.resolve("archive").resolve(folder).resolve("original").resolve("kizilsu-2022-unit-budget.pdf"));

        // DNS rebinding: a page of evil.example whose name now points here must get nothing
        for (String target : List.of("/", "/api/documents", path, "/failed/kizilsu-2022-unit-budget.pdf.error.json",
                "/observe/health", "/observe/metrics", "/no-such-page")) {
            assertThat(rawGet(target, "evil.example:" + port)).as(target).matches("(?s)HTTP/1.1 (421|403) .*");
        }
        assertThat(rawGet("/", "localhost:" + port)).startsWith("HTTP/1.1 200");
        assertThat(rawGet("/", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
        assertThat(rawGet("/", "localhost:" + (port + 1))).matches("(?s)HTTP/1.1 (421|403) .*");

        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            HttpResponse<byte[]> full = client.send(request(path, null), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(full.statusCode()).as(version.toString()).isEqualTo(200);
            assertThat(full.body()).isEqualTo(whole);
            assertThat(full.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(full.headers().firstValue("Content-Length")).as(version.toString()).hasValue(Integer.toString(whole.length));
            assertThat(full.headers().firstValue("Transfer-Encoding")).as("a length, not chunks").isEmpty();

            HttpResponse<byte[]> head = client.send(request(path, "bytes=0-4"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(head.statusCode()).isEqualTo(206);
            assertThat(new String(head.body(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 0-4/" + whole.length);
            assertThat(head.headers().firstValue("Content-Length")).as(version.toString()).hasValue("5");

            HttpResponse<byte[]> middle = client.send(request(path, "bytes=100-"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(middle.statusCode()).isEqualTo(206);
            assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(whole, 100, whole.length));
            assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 100-" + (whole.length - 1) + "/" + whole.length);

            HttpResponse<byte[]> tail = client.send(request(path, "bytes=-10"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(tail.statusCode()).isEqualTo(206);
            assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));

            HttpResponse<byte[]> beyond = client.send(request(path, "bytes=" + whole.length + "-"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(beyond.statusCode()).isEqualTo(416);
            assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + whole.length);
        }
    }

    private HttpRequest request(String path, String range) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (range != null) {
            builder.header("Range", range);
        }
        return builder.build();
    }

    private HttpResponse<byte[]> getBytes(String path, String range) throws Exception {
        return http.send(request(path, range), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request with the Host header of our choosing, which HttpClient will not send. */
    private String rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private void assertServed(String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith(contentType));
        assertThat(response.body()).as(path).isNotEmpty();
    }
}
