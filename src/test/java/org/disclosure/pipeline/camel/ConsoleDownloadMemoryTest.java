package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.disclosure.pipeline.App;
import org.disclosure.pipeline.fixtures.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads cost the service a bounded amount of memory, whatever the file's size and however many
 * run at once: the service runs in its own JVM with a heap smaller than one file and serves it to
 * several clients in parallel.
 */
class ConsoleDownloadMemoryTest {

    private static final long SIZE = 300L * 1024 * 1024;
    private static final int PARALLEL = 4;
    private static final byte[] END = "end of the big file".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    @Test
    void aFileLargerThanTheHeapIsServedToSeveralClientsAtOnce() throws Exception {
        Path failed = Files.createDirectories(root.resolve("failed"));
        Path big = failed.resolve("big.bin");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(SIZE);   // sparse: costs no disk
            file.seek(SIZE - END.length);
            file.write(END);
        }
        Files.writeString(failed.resolve("big.bin.error.json"), "{\"reason\":\"too-large\"}");

        int port = ChildJvm.freePort();
        Path log = root.resolve("service.log");
        Process service = new ProcessBuilder(ChildJvm.java(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-Dcamel.server.port=" + port, "-Dcamel.management.port=" + port,
                "-cp", ChildJvm.classPath(), App.class.getName(),
                "--inbox", root.resolve("inbox").toString(), "--archive", root.resolve("archive").toString(), "--failed", failed.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExecutorService clients = Executors.newFixedThreadPool(PARALLEL);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            awaitUp(http, port, service, log);

            List<Future<Long>> downloads = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                downloads.add(clients.submit(() -> download(http, port)));
            }
            for (Future<Long> download : downloads) {
                try {
                    assertThat(download.get(5, TimeUnit.MINUTES)).isEqualTo(SIZE);
                } catch (ExecutionException e) {
                    throw new AssertionError("a download failed; the service is " + (service.isAlive() ? "alive" : "dead") + ":\n"
                            + tail(log), e.getCause());
                }
            }
            assertThat(service.isAlive()).as("the service survived:\n" + Files.readString(log)).isTrue();
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        } finally {
            clients.shutdownNow();
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /** Reads the whole body, checking its end; returns the bytes received. */
    private static long download(HttpClient http, int port) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/failed/big.bin")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long total = 0;
        byte[] last = new byte[END.length];
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) > 0; total += n) {
                // keep the last END.length bytes seen
                if (n >= last.length) {
                    System.arraycopy(buffer, n - last.length, last, 0, last.length);
                } else {
                    System.arraycopy(last, n, last, 0, last.length - n);
                    System.arraycopy(buffer, 0, last, last.length - n, n);
                }
            }
        }
        assertThat(last).isEqualTo(END);
        return total;
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static void awaitUp(HttpClient http, int port, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            assertThat(service.isAlive()).as("the service started:\n" + Files.readString(log)).isTrue();
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/observe/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("the service answers in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
