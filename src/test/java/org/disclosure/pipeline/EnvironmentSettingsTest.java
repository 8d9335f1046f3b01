package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The README's naming rule for environment variables, for every key of application.properties. */
class EnvironmentSettingsTest {

    @Test
    void variableNamesAreUpperCaseWithDotsAndDashesAsUnderscores() {
        assertThat(EnvironmentSettings.variableFor("camel.server.port")).isEqualTo("CAMEL_SERVER_PORT");
        assertThat(EnvironmentSettings.variableFor("pipeline.read-lock-quiet")).isEqualTo("PIPELINE_READ_LOCK_QUIET");
        assertThat(EnvironmentSettings.variableFor("camel.main.shutdown-timeout")).isEqualTo("CAMEL_MAIN_SHUTDOWN_TIMEOUT");
        assertThat(EnvironmentSettings.variableFor("camel.server.fileUploadEnabled")).isEqualTo("CAMEL_SERVER_FILEUPLOADENABLED");
    }

    @Test
    void everyKeyOfApplicationPropertiesCanBeSetFromTheEnvironment() {
        Set<String> keys = EnvironmentSettings.applicationKeys();
        assertThat(keys).contains("pipeline.inbox", "pipeline.read-lock", "pipeline.read-lock-quiet", "camel.server.port",
                "camel.server.host", "camel.management.port", "camel.main.shutdown-timeout", "pipeline.broker.url",
                // shown commented out, documented in the README
                "pipeline.done-file");
        Map<String, String> environment = new java.util.HashMap<>();
        for (String key : keys) {
            environment.put(EnvironmentSettings.variableFor(key), "value of " + key);
        }
        environment.put("UNRELATED_PORT", "1");
        Map<String, String> overrides = EnvironmentSettings.overrides(keys, environment);
        assertThat(overrides.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        overrides.forEach((key, value) -> assertThat(value).isEqualTo("value of " + key));
    }

    @Test
    void onlyVariablesThatAreSetOverride() throws Exception {
        Set<String> keys = EnvironmentSettings.keys(new ByteArrayInputStream("""
                pipeline.poll-delay = 2000
                camel.server.port = 8080
                # pipeline.done-file = ${file:name}.done
                # a comment, not a key = no
                """.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(keys).containsExactlyInAnyOrder("pipeline.poll-delay", "camel.server.port", "pipeline.done-file");
        assertThat(EnvironmentSettings.overrides(keys, Map.of("CAMEL_SERVER_PORT", "9090", "PIPELINE_POLL_DELAY", "100")))
                .containsOnly(Map.entry("pipeline.poll-delay", "100"), Map.entry("camel.server.port", "9090"));
    }
}
