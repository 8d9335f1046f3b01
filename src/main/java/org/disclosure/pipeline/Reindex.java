package org.disclosure.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;

import org.disclosure.pipeline.index.DocumentIndex;
import org.disclosure.pipeline.index.IndexDatabase;
import org.disclosure.pipeline.index.IndexSettings;

/**
 * {@code --reindex}: empties the archive index and fills it again from the archived document.json
 * files, without starting the service. Settings are read as the service reads them:
 * application.properties, then the environment, then -D system properties, then the command line.
 */
final class Reindex {

    private Reindex() {
    }

    static int run(LaunchOptions options, PrintStream out, PrintStream err) {
        Properties settings = settings(options);
        Path archive = Path.of(settings.getProperty("pipeline.archive", "archive")).toAbsolutePath().normalize();
        IndexSettings index = IndexSettings.of(settings.getProperty("pipeline.index.url"),
                settings.getProperty("pipeline.index.user"), settings.getProperty("pipeline.index.password"), archive);
        long started = System.nanoTime();
        try (IndexDatabase database = IndexDatabase.open(index)) {
            DocumentIndex.Changes changes = new DocumentIndex(database, archive).rebuild();
            out.printf("reindexed %s into %s: %d document(s) indexed, %d row(s) before, %d unreadable, in %d ms%n",
                    archive, index.safeUrl(), changes.indexed(), changes.removed(), changes.unreadable(),
                    (System.nanoTime() - started) / 1_000_000);
            return changes.unreadable() == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("disclosure-pipeline: the index could not be rebuilt: " + e);
            return 1;
        }
    }

    static Properties settings(LaunchOptions options) {
        Properties settings = new Properties();
        try (InputStream in = Reindex.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                settings.load(in);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        settings.putAll(EnvironmentSettings.overrides(EnvironmentSettings.applicationKeys(), System.getenv()));
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("pipeline.")) {
                settings.setProperty(key, System.getProperty(key));
            }
        }
        settings.putAll(options.folders());
        return settings;
    }
}
