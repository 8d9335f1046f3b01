package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;

/** With pipeline.done-file set, a file is taken only once its uploader has written the marker. */
class DoneMarkerServiceTest extends ServiceTestSupport {

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        properties.put("pipeline.done-file", "${file:name}.done");
        return properties;
    }

    @Test
    void aFileWaitsInTheInboxUntilItsDoneMarkerAppears() throws Exception {
        NotifyBuilder done = documentDone("report.pdf");
        drop(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")), "report.pdf");

        assertThat(done.matches(4, TimeUnit.SECONDS)).as("not taken without its marker").isFalse();
        assertThat(root.resolve("inbox").resolve("report.pdf")).exists();
        assertThat(list(root.resolve("archive"))).isEmpty();

        Files.writeString(root.resolve("inbox").resolve("report.pdf.done"), "");
        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        assertThat(list(root.resolve("archive"))).singleElement()
                .satisfies(folder -> assertThat(folder.resolve("original").resolve("report.pdf")).exists());
        assertThat(list(root.resolve("inbox"))).as("the marker goes with its file").isEmpty();
        assertThat(list(root.resolve("failed"))).isEmpty();
    }
}
