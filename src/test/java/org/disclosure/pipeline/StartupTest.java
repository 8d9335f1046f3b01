package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.disclosure.pipeline.fixtures.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service started as an operator starts it, in a child JVM configured only through environment
 * variables (the README's rule: upper case, dots and dashes as underscores).
 */
class StartupTest {

    @TempDir
    Path root;

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(ChildJvm.java(), "-Xmx512m", "-cp", ChildJvm.classPath(), App.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectOutput(root.resolve("out.txt").toFile())
                .redirectError(root.resolve("err.txt").toFile());
        // the child sees only what the test sets, not settings that happen to be in the builder's environment
        builder.environment().keySet().removeIf(name -> name.startsWith("PIPELINE_") || name.startsWith("CAMEL_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private String out() throws IOException {
        return Files.readString(root.resolve("out.txt"), StandardCharsets.UTF_8);
    }

    private String err() throws IOException {
        return Files.readString(root.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void environmentVariablesSetThePortAndTheFoldersAndTheReadyLineNamesTheRealUrlAndInbox() throws Exception {
        int port = ChildJvm.freePort();
        Path inbox = root.resolve("drop here");
        Path failed = root.resolve("rejected");
        service = start(Map.of(
                "CAMEL_SERVER_PORT", Integer.toString(port),
                "PIPELINE_INBOX", inbox.toString(),
                "PIPELINE_ARCHIVE", root.resolve("filed").toString(),
                "PIPELINE_FAILED", failed.toString(),
                "PIPELINE_POLL_DELAY", "200",
                "PIPELINE_READ_LOCK_QUIET", "400"));

        String ready = "ready: console http://localhost:" + port + "/ ; drop PDFs into " + inbox.toAbsolutePath();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!out().contains("ready:")) {
            assertThat(service.isAlive()).as("the service runs; its log:\n" + err()).isTrue();
            assertThat(System.nanoTime()).as("the ready line appears in time; log:\n" + err()).isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(out().lines().filter(line -> line.startsWith("ready:")).toList()).containsExactly(ready);
        assertThat(err()).as("no misleading wildcard address in the log").doesNotContain("0.0.0.0");

        assertThat(get(port, "/")).isEqualTo(200);
        // health and metrics follow the console's port unless camel.management.port is set apart
        assertThat(get(port, "/observe/health")).isEqualTo(200);

        Files.writeString(inbox.resolve("notes.pdf"), "not a pdf at all");
        deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(failed.resolve("notes.pdf.error.json"))) {
            assertThat(System.nanoTime()).as("the file dropped into PIPELINE_INBOX is rejected into PIPELINE_FAILED; log:\n" + err())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aBusyPortStopsTheServiceWithOneLineAndANonZeroExit() throws Exception {
        try (ServerSocket occupant = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = occupant.getLocalPort();
            service = start(Map.of(
                    "CAMEL_SERVER_PORT", Integer.toString(port),
                    "PIPELINE_INBOX", root.resolve("inbox").toString(),
                    "PIPELINE_ARCHIVE", root.resolve("archive").toString(),
                    "PIPELINE_FAILED", root.resolve("failed").toString()));

            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service gives up; its log:\n" + err()).isTrue();
            assertThat(service.exitValue()).isNotZero();
            String message = "disclosure-pipeline: cannot serve the console on localhost:" + port
                    + ": address already in use (set camel.server.port or CAMEL_SERVER_PORT)";
            List<String> lines = err().lines().toList();
            assertThat(lines).contains(message);
            assertThat(err()).as("the one line is the whole story, no stack trace").doesNotContain("BindException");
            assertThat(out()).doesNotContain("ready:");
        }
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() throws Exception {
        Path given = Files.createDirectories(root.resolve("given"));
        Path fromEnvironment = Files.createDirectories(root.resolve("from-environment"));
        Files.writeString(given.resolve("notes.pdf"), "not a pdf at all");
        Files.writeString(fromEnvironment.resolve("other.pdf"), "not a pdf either");
        service = start(Map.of("PIPELINE_INBOX", fromEnvironment.toString(),
                        // --once takes files as they are; a read lock from the environment must not undo that
                        "PIPELINE_READ_LOCK", "changed", "PIPELINE_READ_LOCK_QUIET", "20000"),
                "--once", "--inbox", given.toString(), "--archive", root.resolve("archive").toString(),
                "--failed", root.resolve("failed").toString());

        assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("the run ends; log:\n" + err()).isTrue();
        assertThat(service.exitValue()).as(err()).isZero();
        assertThat(out()).contains("rejected  notes.pdf: not-a-pdf").doesNotContain("other.pdf");
        assertThat(fromEnvironment.resolve("other.pdf")).exists();
    }

    private static int get(int port, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
