package org.disclosure.pipeline.camel;

import static org.apache.camel.builder.Builder.header;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.disclosure.pipeline.App;
import org.disclosure.pipeline.fixtures.ChildJvm;

/**
 * Boots the real application (its configuration, application.properties and the YAML routes from
 * routes/) on temporary folders, and drops files into its inbox as an archivist would.
 */
abstract class ServiceTestSupport extends CamelMainTestSupport {

    /** Set while the base class's constructor asks for properties, so no field initializer may touch it. */
    protected Path root;

    protected final ObjectMapper json = new ObjectMapper();

    /** Settings a test class needs beyond the temporary folders. */
    protected Properties extraProperties() {
        return new Properties();
    }

    @Override
    protected Class<?> getMainClass() {
        return App.class;
    }

    /** The console's port for this test: a free one, so test classes never collide on 8080. */
    protected int port;


    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        try {
            Files.createDirectories(Path.of("target", "test-work"));
            root = Files.createTempDirectory(Path.of("target", "test-work"), "service").toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Properties properties = new Properties();
        properties.put("pipeline.inbox", root.resolve("inbox").toString());
        properties.put("pipeline.archive", root.resolve("archive").toString());
        properties.put("pipeline.failed", root.resolve("failed").toString());
        properties.put("pipeline.poll-delay", "200");
        properties.put("pipeline.read-lock-quiet", "1000");
        port = ChildJvm.freePort();
        properties.put("camel.server.port", Integer.toString(port));
        properties.put("camel.management.port", Integer.toString(port));
        properties.putAll(extraProperties());
        return properties;
    }

    /** Copies a file into the inbox the safe way uploaders do: under a temporary name, then renamed. */
    protected void drop(Path source, String name) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path part = inbox.resolve(name + ".part");
        Files.copy(source, part);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    protected void dropBytes(byte[] content, String name) throws Exception {
        Path temp = Files.createTempFile(root, "drop", ".bin");
        Files.write(temp, content);
        drop(temp, name);
    }

    protected NotifyBuilder documentsDone(int count) {
        return new NotifyBuilder(context).fromRoute("inbox").whenDone(count).create();
    }

    /**
     * Done when the named file has been through the pipeline. Filtering by name matters: a builder
     * created just after an earlier document finished can still be told of that document's completion.
     */
    protected NotifyBuilder documentDone(String fileName) {
        return new NotifyBuilder(context).fromRoute("inbox")
                .filter(header(Exchange.FILE_NAME_ONLY).isEqualTo(fileName)).whenDone(1).create();
    }

    /** Documents in hand: job folders inside the work area's per-process folders. */
    protected List<Path> workInHand() throws Exception {
        List<Path> jobs = new java.util.ArrayList<>();
        for (Path node : list(root.resolve("archive").resolve(".work"))) {
            jobs.addAll(list(node));
        }
        return jobs;
    }

    /** Visible entries of a folder (the work area .work is hidden). */
    protected static List<Path> list(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
