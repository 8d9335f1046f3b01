package org.disclosure.pipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.ReconcileStage;

/**
 * Archive folders holding real document.json files: a fixture PDF read and checked by the
 * pipeline's own stages once per test run, then filed under other names, hashes, units and years.
 */
final class ArchivedDocuments {

    private static final Map<String, String> READ = new HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchivedDocuments() {
    }

    /** The document.json the pipeline makes of the fixture spec, made once. */
    static synchronized String documentJson(String spec) throws IOException {
        String made = READ.get(spec);
        if (made == null) {
            Path scratch = Files.createTempDirectory("index-fixture");
            ArchiveStore store = new ArchiveStore(scratch.resolve("archive"), scratch.resolve("failed"));
            Job job = store.receive(Samples.pdf(Samples.named(spec)));
            new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test").extract(job));
            made = Files.readString(job.documentJson());
            store.close();
            READ.put(spec, made);
        }
        return made;
    }

    /** Files the spec's document as archive folder {@code name}, with this hash, unit and year. */
    static Path file(Path archive, String name, String spec, String sha256, String unit, Integer year) throws IOException {
        ObjectNode record = (ObjectNode) JSON.readTree(documentJson(spec));
        ((ObjectNode) record.get("source")).put("sha256", sha256);
        ((ObjectNode) record.get("source")).put("fileName", name + ".pdf");
        ObjectNode identity = (ObjectNode) record.get("document");
        if (unit != null) {
            identity.put("unit", unit);
        }
        if (year != null) {
            identity.put("year", year);
        }
        Path folder = Files.createDirectories(archive.resolve(name));
        Files.write(folder.resolve("document.json"), JSON.writeValueAsBytes(record));
        return folder;
    }

    /** A distinct, valid-looking sha256 for test document {@code n}. */
    static String sha(int n) {
        return String.format("%064x", n);
    }
}
