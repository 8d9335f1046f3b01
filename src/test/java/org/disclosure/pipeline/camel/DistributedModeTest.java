package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.App;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.broker.BrokerConnection;
import org.disclosure.pipeline.broker.EmbeddedBroker;
import org.disclosure.pipeline.fixtures.ChildJvm;
import org.disclosure.pipeline.fixtures.HostilePdfs;
import org.disclosure.pipeline.fixtures.PipelineNode;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.stage.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distributed mode end to end: an embedded Artemis broker, coordinators and workers started as
 * the launcher starts them (in this JVM, or as separate JVMs where one must be killed), sharing one
 * archive and failed folder on disk.
 */
class DistributedModeTest {

    private static final String QUEUE = "disclosure.documents";
    private static final String DEAD = "disclosure.documents.dead";
    private static final int MAX_DELIVERIES = 2;

    private final ObjectMapper json = new ObjectMapper();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();
    private Path root;
    private Path inbox;
    private Path archive;
    private Path failed;
    private String brokerUrl;

    @BeforeEach
    void startBroker() throws Exception {
        Files.createDirectories(Path.of("target", "test-work"));
        root = Files.createTempDirectory(Path.of("target", "test-work"), "distributed").toAbsolutePath();
        inbox = Files.createDirectories(root.resolve("inbox"));
        archive = root.resolve("archive");
        failed = root.resolve("failed");
        int port = ChildJvm.freePort();
        brokerUrl = "tcp://localhost:" + port;
        // as the README configures a standalone broker: one delivery more than the workers allow
        running.add(EmbeddedBroker.start(brokerUrl, root.resolve("broker"), QUEUE, DEAD, MAX_DELIVERIES + 1, 200));
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process child : children) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        Collections.reverse(running);
        for (AutoCloseable node : running) {
            node.close();
        }
    }

    @Test
    void aBatchIsProcessedExactlyOnceAcrossTwoWorkers() throws Exception {
        PipelineNode first = worker(Map.of());
        PipelineNode second = worker(Map.of());
        coordinator(Map.of());

        Path sample = Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec"));
        List<String> distinct = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            String name = "unit-" + n + ".pdf";
            drop(name, distinctCopy(sample, n));
            distinct.add(name);
        }
        drop("copy of unit-1.pdf", distinctCopy(sample, 1));
        drop("notes.pdf", "这不是PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        await(Duration.ofSeconds(120), () -> outcomes(first, second).size() == 8);

        List<Outcome> outcomes = outcomes(first, second);
        assertThat(outcomes).extracting(Outcome::fileName).as("every drop handled exactly once, by one worker")
                .containsExactlyInAnyOrder("unit-1.pdf", "unit-2.pdf", "unit-3.pdf", "unit-4.pdf", "unit-5.pdf",
                        "unit-6.pdf", "copy of unit-1.pdf", "notes.pdf");
        assertThat(first.ledger().outcomes()).as("the first worker had a share").isNotEmpty();
        assertThat(second.ledger().outcomes()).as("the second worker had a share").isNotEmpty();

        List<Path> folders = visible(archive);
        assertThat(folders).hasSize(6);
        for (String name : distinct.subList(1, distinct.size())) {
            assertThat(folders).filteredOn(f -> Files.exists(f.resolve("original").resolve(name))).as(name).hasSize(1);
        }
        // the two drops of the same bytes: whichever was filed first holds them, the other is recorded beside it
        Path same = folders.stream().filter(f -> Files.exists(f.resolve("original").resolve("unit-1.pdf")) || Files.exists(f.resolve("original").resolve("copy of unit-1.pdf")))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                    assertThat(list).as("one folder for the bytes dropped twice").hasSize(1);
                    return list.get(0);
                }));
        String filedAs = Files.exists(same.resolve("original").resolve("unit-1.pdf")) ? "unit-1.pdf" : "copy of unit-1.pdf";
        String recorded = filedAs.equals("unit-1.pdf") ? "copy of unit-1.pdf" : "unit-1.pdf";
        JsonNode drops = json.readTree(same.resolve("duplicates.json").toFile());
        assertThat(drops).singleElement().satisfies(d -> assertThat(d.get("fileName").asText()).isEqualTo(recorded));
        assertRejected("notes.pdf", "not-a-pdf");

        assertThat(visible(inbox)).as("inbox emptied").isEmpty();
        assertThat(claimsWaiting()).as("every claim released").isEmpty();
        assertThat(browse(QUEUE)).as("queue drained").isEmpty();
        assertThat(browse(DEAD)).as("nothing dead-lettered").isEmpty();
    }

    @Test
    void aPoisonDocumentEndsOnTheDeadLetterQueueAndInFailed() throws Exception {
        // extraction in a worker process with a small heap: this document runs it out of memory every time
        PipelineNode worker = worker(Map.of("pipeline.isolation", "process", "pipeline.worker-memory", "128m"));
        coordinator(Map.of());
        drop("bomb.pdf", HostilePdfs.glyphFlood(3_000_000));
        drop("fine.pdf", Files.readAllBytes(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec"))));

        await(Duration.ofSeconds(180), () -> worker.ledger().outcomes().size() == 2);

        Path error = assertRejected("bomb.pdf", "memory-limit");
        assertThat(json.readTree(error.toFile()).get("message").asText())
                .contains("failed on " + MAX_DELIVERIES + " deliveries").contains("dead-letter queue");
        // the outcome is recorded as the worker gives up, a moment before the claim goes to the queue
        await(Duration.ofSeconds(30), () -> {
            try {
                return !browse(DEAD).isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
        List<Message> dead = browse(DEAD);
        assertThat(dead).singleElement().satisfies(message -> {
            assertThat(message.getStringProperty(DistributedStages.FAILURE_REASON)).isEqualTo("memory-limit");
            JsonNode claim = json.readTree(((TextMessage) message).getText());
            assertThat(claim.get("fileName").asText()).isEqualTo("bomb.pdf");
            assertThat(claim.get("sha256").asText()).hasSize(64);
        });
        assertThat(visible(archive)).as("the good document after the poison one is still archived")
                .singleElement().satisfies(folder -> assertThat(folder.resolve("original").resolve("fine.pdf")).exists());
        assertThat(browse(QUEUE)).isEmpty();
        assertThat(claimsWaiting()).isEmpty();
    }

    @Test
    void aWorkerKilledMidDocumentLeavesItToBeRedeliveredAndFiledOnce() throws Exception {
        coordinator(Map.of());
        Process doomed = childWorker("doomed");
        Path big = root.resolve("big.pdf");
        Files.write(big, merged(Samples.pdf(Samples.named("district-2024-dept-budget.spec")), 12));
        Files.move(big, inbox.resolve("big.pdf"), StandardCopyOption.ATOMIC_MOVE);

        // the doomed worker has the document in its own work folder: it is mid-document
        Path work = archive.resolve(".work");
        await(Duration.ofSeconds(120), () -> jobFolders(work).stream().anyMatch(job -> Files.exists(job.resolve("original").resolve("big.pdf"))));
        Path doomedNode = jobFolders(work).get(0).getParent();
        doomed.destroyForcibly();   // SIGKILL: no shutdown, no rollback sent; the broker sees the connection drop
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(visible(archive)).as("nothing filed by the killed worker").isEmpty();

        PipelineNode survivor = worker(Map.of());
        await(Duration.ofSeconds(120), () -> survivor.ledger().outcomes().size() == 1);

        assertThat(survivor.ledger().outcomes()).singleElement().satisfies(o -> {
            assertThat(o.fileName()).isEqualTo("big.pdf");
            assertThat(o.archived()).isTrue();
            assertThat(o.status()).isNotEqualTo(Outcome.DUPLICATE);
        });
        List<Path> folders = visible(archive);
        assertThat(folders).as("exactly one archive entry").singleElement()
                .satisfies(folder -> assertThat(folder.resolve("duplicates.json")).doesNotExist());
        assertThat(doomedNode).as("the killed worker's work folder was swept").doesNotExist();
        assertThat(claimsWaiting()).isEmpty();
        assertThat(browse(QUEUE)).isEmpty();
        assertThat(browse(DEAD)).isEmpty();
    }

    @Test
    void aStandbyCoordinatorTakesOverTheInboxWhenTheActiveOneDies() throws Exception {
        PipelineNode worker = worker(Map.of());
        Process active = childCoordinator();
        await(Duration.ofSeconds(60), () -> log("coordinator").contains("acquired"));
        PipelineNode standby = coordinator(Map.of());
        Path sample = Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec"));

        NotifyBuilder standbyTook = new NotifyBuilder(standby.context()).fromRoute("inbox").whenDone(1).create();
        drop("before.pdf", distinctCopy(sample, 1));
        await(Duration.ofSeconds(60), () -> worker.ledger().outcomes().size() == 1);
        assertThat(standbyTook.matches(1, TimeUnit.SECONDS)).as("the standby left the inbox alone while the other led").isFalse();

        active.destroyForcibly();
        assertThat(active.waitFor(30, TimeUnit.SECONDS)).isTrue();
        drop("after.pdf", distinctCopy(sample, 2));
        assertThat(standbyTook.matches(60, TimeUnit.SECONDS)).as("the standby took over").isTrue();
        await(Duration.ofSeconds(60), () -> worker.ledger().outcomes().size() == 2);

        assertThat(worker.ledger().outcomes()).extracting(Outcome::fileName).containsExactly("before.pdf", "after.pdf");
        assertThat(visible(archive)).hasSize(2);
        assertThat(visible(inbox)).isEmpty();
    }

    // ---- nodes

    private Map<String, String> common(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>();
        properties.put("pipeline.inbox", inbox.toString());
        properties.put("pipeline.archive", archive.toString());
        properties.put("pipeline.failed", failed.toString());
        properties.put("pipeline.broker.url", brokerUrl);
        properties.put("pipeline.max-deliveries", Integer.toString(MAX_DELIVERIES));
        properties.put("pipeline.poll-delay", "200");
        properties.put("pipeline.read-lock-quiet", "500");
        properties.put("pipeline.coordinator-failover-ms", "500");
        properties.put("pipeline.isolation", "none");
        properties.put("pipeline.workers", "1");
        int port = ChildJvm.freePort();
        properties.put("camel.server.port", Integer.toString(port));
        properties.put("camel.management.port", Integer.toString(port));
        properties.putAll(extra);
        return properties;
    }

    private PipelineNode worker(Map<String, String> extra) {
        PipelineNode node = PipelineNode.start(PipelineMode.WORKER, common(extra));
        running.add(node);
        return node;
    }

    private PipelineNode coordinator(Map<String, String> extra) {
        PipelineNode node = PipelineNode.start(PipelineMode.COORDINATOR, common(extra));
        running.add(node);
        return node;
    }

    private Process childWorker(String name) throws IOException {
        return child(name, "worker");
    }

    private Process childCoordinator() throws IOException {
        return child("coordinator", "coordinator");
    }

    /** A node in its own JVM, configured the way an operator would: command line and environment. */
    private Process child(String name, String mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx512m", "-cp", ChildJvm.classPath()));
        common(Map.of()).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(App.class.getName(), "--mode", mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve(name + ".log").toFile());
        Process process = builder.start();
        children.add(process);
        return process;
    }

    private String log(String name) {
        try {
            Path file = root.resolve(name + ".log");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    // ---- documents

    private void drop(String name, byte[] content) throws IOException {
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The same document with different bytes (its info dictionary says which copy it is). */
    private static byte[] distinctCopy(Path pdf, int copy) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.getDocumentInformation().setSubject("copy " + copy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** One long document: the same disclosure bound {@code times} over, so reading it takes a while. */
    private static byte[] merged(Path pdf, int times) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int i = 0; i < times; i++) {
            merger.addSource(pdf.toFile());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        merger.mergeDocuments(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
        return out.toByteArray();
    }

    // ---- observations

    private Path assertRejected(String name, String reason) throws Exception {
        assertThat(failed.resolve(name)).exists();
        Path error = failed.resolve(name + ".error.json");
        SchemaAssert.assertValidError(error);
        assertThat(json.readTree(error.toFile()).get("reason").asText()).isEqualTo(reason);
        return error;
    }

    private static List<Outcome> outcomes(PipelineNode... workers) {
        List<Outcome> all = new ArrayList<>();
        for (PipelineNode worker : workers) {
            all.addAll(worker.ledger().outcomes());
        }
        return all;
    }

    private List<Path> claimsWaiting() throws IOException {
        Path claims = archive.resolve(".claims");
        if (!Files.isDirectory(claims)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(claims)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> jobFolders(Path work) {
        List<Path> jobs = new ArrayList<>();
        try (Stream<Path> nodes = Files.list(work)) {
            for (Path node : nodes.filter(Files::isDirectory).toList()) {
                jobs.addAll(visible(node));
            }
        } catch (IOException e) {
            return List.of();
        }
        return jobs;
    }

    private List<Message> browse(String queue) throws Exception {
        try (Connection connection = BrokerConnection.connectionFactory(brokerUrl, null, null).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                return Collections.list(browser.getEnumeration()).stream().map(Message.class::cast).toList();
            }
        }
    }

    private static List<Path> visible(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
