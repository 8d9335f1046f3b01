package org.disclosure.pipeline.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.fixtures.WholeDisclosureSpec;

/**
 * Whole generated disclosures read through the real extraction and checked, clean ones once per test
 * run (the clean and the seeded tests share them), seeded ones each time.
 */
final class GeneratedDisclosures {

    private static final Map<String, List<Check>> CLEAN = new ConcurrentHashMap<>();
    private static Path folder;

    private GeneratedDisclosures() {
    }

    static synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("generated-disclosures");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    static String name(WholeDisclosure disclosure) {
        return disclosure.toString();
    }

    /** The clean document's checks. */
    static List<Check> clean(WholeDisclosure disclosure) {
        return CLEAN.computeIfAbsent(name(disclosure), k -> seeded(disclosure, UnaryOperator.identity()));
    }

    /** The document printed with {@code defect} applied to its spec text, and its checks. */
    static List<Check> seeded(WholeDisclosure disclosure, UnaryOperator<String> defect) {
        try {
            DisclosureDocument document = Samples.modelledText(defect.apply(WholeDisclosureSpec.of(disclosure)), folder());
            return new Reconciler().check(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
