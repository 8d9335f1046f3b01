package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.NotifyBuilder;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;

/** The service end to end: documents dropped into its inbox are archived, rejected or recorded as duplicates. */
class PipelineServiceTest extends ServiceTestSupport {

    /** A broker address where nothing listens: single mode must never need it. */
    @Override
    protected java.util.Properties extraProperties() {
        java.util.Properties properties = new java.util.Properties();
        properties.put("pipeline.broker.url", "tcp://localhost:" + org.disclosure.pipeline.fixtures.ChildJvm.freePort());
        return properties;
    }

    @Test
    void singleModeNeedsNoBrokerAndLoadsNothingOfTheDistributedMode() throws Exception {
        NotifyBuilder done = documentDone("alone.pdf");
        drop(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")), "alone.pdf");
        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();

        assertThat(list(root.resolve("archive"))).singleElement();
        assertThat(context.hasComponent("jms")).as("no JMS component").isNull();
        assertThat(context.hasComponent("master")).as("no cluster lock").isNull();
        assertThat(context.getRegistry().lookupByName("distributed")).as("no claim stages").isNull();
        assertThat(context.getRoutes()).extracting(org.apache.camel.Route::getRouteId)
                .containsExactlyInAnyOrder("inbox", "process-document", "process-received", "console-index",
                        "api-documents", "api-document-checks", "api-figures", "console-archive-files", "console-failed-files",
                        "index-catch-up");
        assertThat(root.resolve("archive").resolve(".claims")).as("no claim store").doesNotExist();
    }

    @Test
    void droppedDisclosureIsArchivedWithItsOriginalAndDocumentJson() throws Exception {
        Path pdf = Samples.pdf(Samples.named("seed-2022-unit-budget.spec"));
        NotifyBuilder done = documentsDone(1);
        drop(pdf, "kizilsu-2022-unit-budget.pdf");
        assertThat(done.matches(60, TimeUnit.SECONDS)).as("document processed").isTrue();

        List<Path> folders = list(root.resolve("archive"));
        assertThat(folders).hasSize(1);
        Path folder = folders.get(0);
        Path original = folder.resolve("original").resolve("kizilsu-2022-unit-budget.pdf");
        assertThat(Files.mismatch(original, pdf)).as("archived original is byte-identical").isEqualTo(-1L);
        Path documentJson = folder.resolve("document.json");
        SchemaAssert.assertValidDocument(documentJson);

        JsonNode document = json.readTree(documentJson.toFile());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertThat(document.at("/source/sha256").asText()).isEqualTo(sha256);
        assertThat(document.at("/source/bytes").asLong()).isEqualTo(Files.size(pdf));
        assertThat(document.at("/source/pages").asInt()).isEqualTo(document.get("pages").size()).isGreaterThan(10);
        assertThat(document.at("/document/year").asInt()).isEqualTo(2022);
        assertThat(document.at("/document/kind").asText()).isEqualTo("单位预算");
        assertThat(document.at("/document/unit").asText()).isEqualTo("克孜勒苏柯尔克孜自治州人民政府办公室");
        assertThat(document.get("tables")).hasSize(13);
        assertThat(document.at("/tables/0/title").asText()).isEqualTo("单位收支总体情况表");
        assertThat(document.at("/tables/0/unit").asText()).isEqualTo("万元");
        assertThat(document.at("/tables/0/rows/2/1/value").decimalValue()).isEqualByComparingTo("1503.16");
        // The seed really has rounding-level differences (301 = Σ301xx is 1089.39 printed 1089.40), which
        // are warnings, and two real failures: a project described as spending more than its funds, and
        // last year's text left in ("2021年预算数为157万元" in a 2022 budget).
        assertThat(document.get("checks")).isNotEmpty().allSatisfy(check -> {
            if (check.get("status").asText().equals("fail")) {
                assertThat(check.get("rule").asText()).isIn("project.allocation-within-funds", "document.year");
            }
        });
        assertThat(document.at("/summary/failed").asInt()).isEqualTo(2);
        assertThat(document.at("/summary/run").asInt()).isEqualTo(document.get("checks").size());
        assertThat(document.get("checks")).anySatisfy(check -> {
            assertThat(check.get("status").asText()).isEqualTo("warn");
            assertThat(check.get("message").asText()).contains("301");
        });
        assertThat(list(root.resolve("inbox"))).as("inbox emptied").isEmpty();
        assertThat(list(root.resolve("failed"))).isEmpty();
    }

    @Test
    void badFilesAreRejectedWithReasonsAndTheServiceKeepsGoing() throws Exception {
        NotifyBuilder done = documentDone("after-the-bad-ones.pdf");
        NotifyBuilder badOnesDone = documentsDone(2);
        dropBytes("这不是PDF, just notes".getBytes(java.nio.charset.StandardCharsets.UTF_8), "notes.pdf");
        dropBytes(new byte[0], "empty.pdf");
        assertThat(badOnesDone.matches(60, TimeUnit.SECONDS)).isTrue();
        drop(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")), "after-the-bad-ones.pdf");
        assertThat(done.matches(60, TimeUnit.SECONDS)).as("a good file after bad ones is still processed").isTrue();

        Path failed = root.resolve("failed");
        assertRejected(failed, "notes.pdf", "not-a-pdf");
        assertRejected(failed, "empty.pdf", "empty-file");
        assertThat(Files.readString(failed.resolve("notes.pdf"))).isEqualTo("这不是PDF, just notes");
        assertThat(Files.size(failed.resolve("empty.pdf"))).isZero();

        List<Path> archived = list(root.resolve("archive"));
        assertThat(archived).hasSize(1);
        assertThat(archived.get(0).getFileName().toString()).startsWith("after-the-bad-ones_");
        assertThat(list(root.resolve("inbox"))).isEmpty();
        assertThat(workInHand()).as("no work left behind").isEmpty();
    }

    @Test
    void theSameBytesDroppedAgainUnderAnotherNameAreRecordedNotArchivedTwice() throws Exception {
        Path pdf = Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec"));
        NotifyBuilder first = documentDone("welfare-home.pdf");
        drop(pdf, "welfare-home.pdf");
        assertThat(first.matches(60, TimeUnit.SECONDS)).isTrue();
        NotifyBuilder second = documentDone("copy of welfare-home.pdf");
        drop(pdf, "copy of welfare-home.pdf");
        assertThat(second.matches(60, TimeUnit.SECONDS)).isTrue();

        List<Path> folders = list(root.resolve("archive"));
        assertThat(folders).singleElement();
        JsonNode duplicates = json.readTree(folders.get(0).resolve("duplicates.json").toFile());
        assertThat(duplicates).singleElement().satisfies(d -> {
            assertThat(d.get("fileName").asText()).isEqualTo("copy of welfare-home.pdf");
            assertThat(d.get("sha256").asText()).hasSize(64);
        });
        assertThat(list(root.resolve("inbox"))).isEmpty();
        assertThat(list(root.resolve("failed"))).isEmpty();
        assertThat(workInHand()).as("no work left behind").isEmpty();
    }

    @Test
    void linksAndFoldersInTheInboxAreSetAsideWithARecordAndWhatALinkPointsToIsNeverPublished() throws Exception {
        Path secret = Files.writeString(root.resolve("passwd"), "root:x:0:0 outside the inbox");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        NotifyBuilder done = documentDone("after-the-link.pdf");
        Files.createSymbolicLink(inbox.resolve("x.pdf"), secret);
        Files.createDirectories(inbox.resolve("folder.pdf"));
        drop(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")), "after-the-link.pdf");
        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();

        Path failed = root.resolve("failed");
        for (String name : List.of("x.pdf", "folder.pdf")) {
            Path record = failed.resolve(name + ".error.json");
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); !Files.exists(record)
                    && System.nanoTime() < deadline; ) {
                Thread.sleep(100);
            }
            SchemaAssert.assertValidError(record);
        }
        assertThat(json.readTree(failed.resolve("x.pdf.error.json").toFile()).get("reason").asText()).isEqualTo("symlink");
        assertThat(json.readTree(failed.resolve("folder.pdf.error.json").toFile()).get("reason").asText()).isEqualTo("folder");
        assertThat(Files.isSymbolicLink(failed.resolve("x.pdf"))).as("the link itself, not a copy of its target").isTrue();
        assertThat(list(inbox)).isEmpty();
        java.net.http.HttpResponse<String> served = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/failed/x.pdf")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(404);
        assertThat(served.body()).doesNotContain("root:x:0:0");
    }

    private void assertRejected(Path failed, String name, String reason) throws Exception {
        assertThat(failed.resolve(name)).exists();
        Path error = failed.resolve(name + ".error.json");
        SchemaAssert.assertValidError(error);
        JsonNode record = json.readTree(error.toFile());
        assertThat(record.get("reason").asText()).isEqualTo(reason);
        assertThat(record.get("stage").asText()).isEqualTo("extract");
        assertThat(record.get("message").asText()).isNotBlank();
        assertThat(record.get("time").asText()).isNotBlank();
    }

}
