package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * application.properties is where every pipeline.* default lives; the docs' key tables
 * (docs/configuration.md, and docs/distributed.md for the distributed mode's own keys, which
 * configuration.md links to) must list exactly those keys with exactly those defaults.
 */
class ConfigurationDocsTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final List<Path> DOCS = List.of(Path.of("docs/configuration.md"), Path.of("docs/distributed.md"));

    private static final Pattern SET = Pattern.compile("^([a-z][\\w.-]*)\\s*=\\s*(.*)$");
    /** A key shown commented out (# pipeline.done-file = …): known, but unset unless someone sets it. */
    private static final Pattern SHOWN_UNSET = Pattern.compile("^#\\s*(pipeline\\.[\\w.-]+)\\s*=.*$");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(`[^|]+)\\|([^|]*)\\|.*\\|\\s*$");
    private static final String EMPTY = "empty";
    private static final String UNSET = "unset";

    @Test
    void theDocsListEveryPipelineKeyWithTheDefaultOfApplicationProperties() throws IOException {
        Map<String, String> shipped = shippedDefaults();
        Map<String, String> documented = documentedDefaults();

        assertThat(keysOfPipeline(documented)).containsExactlyInAnyOrderElementsOf(keysOfPipeline(shipped));
        documented.forEach((key, value) -> assertThat(value).as("the documented default of " + key)
                .isEqualTo(shipped.get(key)));
    }

    @Test
    void theDocumentedTableIsReadAsItIsWritten() throws IOException {
        Map<String, String> documented = documentedDefaults();

        assertThat(documented).containsEntry("pipeline.worker-memory", "768m")
                .containsEntry("pipeline.broker.user", EMPTY).containsEntry("pipeline.done-file", UNSET)
                .containsEntry("camel.server.port", "8080");
    }

    /** Each key the file sets, with its value ("empty" when blank), and those it shows commented out as "unset". */
    private static Map<String, String> shippedDefaults() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PROPERTIES)) {
            Matcher set = SET.matcher(line.strip());
            Matcher unset = SHOWN_UNSET.matcher(line.strip());
            if (set.matches()) {
                defaults.put(set.group(1), set.group(2).isBlank() ? EMPTY : set.group(2).strip());
            } else if (unset.matches()) {
                defaults.put(unset.group(1), UNSET);
            }
        }
        return defaults;
    }

    /** Rows of the docs' key tables: `key` | `default` | meaning; a row may name several keys and as many defaults. */
    private static Map<String, String> documentedDefaults() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (Path doc : DOCS) {
            for (String line : Files.readAllLines(doc)) {
                Matcher row = ROW.matcher(line.strip());
                if (!row.matches()) {
                    continue;
                }
                List<String> keys = List.of(row.group(1).split(","));
                List<String> values = List.of(row.group(2).split(","));
                for (int i = 0; i < keys.size(); i++) {
                    String value = values.size() == keys.size() ? values.get(i) : row.group(2);
                    documented.put(unquote(keys.get(i)), defaultOf(unquote(value)));
                }
            }
        }
        return documented;
    }

    /** "unset (`<archive>/.coordinator`)" is unset; the rest is the value as written. */
    private static String defaultOf(String cell) {
        return cell.startsWith(UNSET) ? UNSET : cell;
    }

    private static String unquote(String cell) {
        return cell.strip().replace("`", "");
    }

    private static List<String> keysOfPipeline(Map<String, String> settings) {
        return settings.keySet().stream().filter(key -> key.startsWith("pipeline.")).toList();
    }
}
