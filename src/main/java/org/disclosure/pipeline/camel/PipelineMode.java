package org.disclosure.pipeline.camel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How this process takes part. {@code single}: one machine does everything, no broker. With a
 * broker, one {@code coordinator} at a time claims files from the inbox and queues claim checks;
 * any number of {@code worker}s take them from the queue and file the results in the shared archive.
 * The mode decides which route files are loaded, so a single machine never loads a JMS route.
 */
public enum PipelineMode {
    SINGLE, COORDINATOR, WORKER;

    public static PipelineMode of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("mode must be single, coordinator or worker, not " + name);
        }
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean distributed() {
        return this != SINGLE;
    }

    /** camel-main settings for this mode: its route files and, for a worker, no web server. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pipeline.mode", word());
        settings.put("camel.main.routes-include-pattern", "classpath:routes/common/*.camel.yaml,classpath:routes/" + word() + "/*.camel.yaml");
        if (this == WORKER) {
            // workers are headless and several may share a machine: the console is the coordinator's
            settings.put("camel.main.routes-exclude-pattern", "**/console.camel.yaml");
            settings.put("camel.server.enabled", "false");
            settings.put("camel.management.enabled", "false");
        }
        return settings;
    }
}
