package org.disclosure.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for configuration from the environment (docs/configuration.md): every key of application.properties
 * can be set by an environment variable named after it in upper case, with dots and dashes as
 * underscores ({@code camel.server.port} → {@code CAMEL_SERVER_PORT}, {@code pipeline.read-lock-quiet}
 * → {@code PIPELINE_READ_LOCK_QUIET}).
 *
 * <p>camel-main's own environment support cannot be relied on for this: it turns every underscore of a
 * variable back into a dot (so {@code CAMEL_MAIN_SHUTDOWN_TIMEOUT} becomes an unknown
 * {@code camel.main.shutdown.timeout}), and it skips every variable ending in {@code _PORT}, which it
 * takes for a Kubernetes service link, so {@code CAMEL_SERVER_PORT} was ignored. The launcher therefore
 * maps from the known keys to variable names, which is unambiguous, and turns camel-main's guessing off.
 */
final class EnvironmentSettings {

    /** Keys the README documents that application.properties only mentions in a comment. */
    private static final Pattern COMMENTED_KEY = Pattern.compile("^#\\s*((?:pipeline|camel)\\.[\\w.-]+)\\s*=");

    private EnvironmentSettings() {
    }

    /** The variable that sets {@code key}: upper case, dots and dashes as underscores. */
    static String variableFor(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** For each key whose variable is set in {@code environment}: key → the variable's value. */
    static Map<String, String> overrides(Set<String> keys, Map<String, String> environment) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : keys) {
            String value = environment.get(variableFor(key));
            if (value != null) {
                overrides.put(key, value);
            }
        }
        return overrides;
    }

    /** The keys of a properties file, including those it shows commented out (optional settings). */
    static Set<String> keys(InputStream properties) throws IOException {
        byte[] bytes = properties.readAllBytes();
        Properties loaded = new Properties();
        loaded.load(new java.io.ByteArrayInputStream(bytes));
        Set<String> keys = new LinkedHashSet<>(loaded.stringPropertyNames());
        for (String line : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\\R")) {
            Matcher commented = COMMENTED_KEY.matcher(line.trim());
            if (commented.find()) {
                keys.add(commented.group(1));
            }
        }
        return keys;
    }

    /** The keys of the application.properties on the class path. */
    static Set<String> applicationKeys() {
        try (InputStream in = EnvironmentSettings.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is missing from the class path");
            }
            return keys(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
