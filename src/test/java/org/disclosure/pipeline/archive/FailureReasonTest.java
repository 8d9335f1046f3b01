package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosure.pipeline.pdf.PdfRejection;
import org.junit.jupiter.api.Test;

class FailureReasonTest {

    @Test
    void theErrorSchemaListsExactlyTheReasonsAnErrorRecordCanCarry() throws Exception {
        JsonNode schema;
        try (InputStream in = FailureReasonTest.class.getResourceAsStream("/schema/error.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> listed = new ArrayList<>();
        schema.at("/properties/reason/enum").forEach(code -> listed.add(code.asText()));

        assertThat(listed).containsExactlyInAnyOrderElementsOf(FailureReason.written().stream().map(FailureReason::code).toList());
    }

    @Test
    void theErrorSchemaListsExactlyTheStagesAnErrorRecordCanName() throws Exception {
        JsonNode schema;
        try (InputStream in = FailureReasonTest.class.getResourceAsStream("/schema/error.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> listed = new ArrayList<>();
        schema.at("/properties/stage/enum").forEach(stage -> listed.add(stage.asText()));

        assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.stream(StageName.values()).map(StageName::key).toList());
    }

    @Test
    void theOutputFormatDocsExplainEveryReason() throws Exception {
        List<String> explained = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| (`[a-z-]+`(?:, `[a-z-]+`)*) \\| (?!stage \\|)[a-z]+ \\|.*");
        for (String line : Files.readAllLines(Path.of("docs/output-format.md"))) {
            Matcher matched = row.matcher(line);
            if (matched.matches()) {
                for (String code : matched.group(1).split(", ")) {
                    explained.add(code.replace("`", ""));
                }
            }
        }

        assertThat(explained).containsExactlyInAnyOrderElementsOf(FailureReason.written().stream().map(FailureReason::code).toList());
    }

    @Test
    void everyReasonThePdfReaderGivesIsAFailureReason() {
        for (PdfRejection rejection : PdfRejection.values()) {
            assertThat(FailureReason.of(rejection).name()).isEqualTo(rejection.name());
        }
    }

    @Test
    void anErrorRecordKeepsItsReasonCodeInJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ErrorRecord record = new ErrorRecord(1, "a.pdf", null, null, FailureReason.NOT_A_PDF, "not a PDF", StageName.EXTRACT.key(), "t", null);

        String written = json.writeValueAsString(record);

        assertThat(written).contains("\"reason\":\"not-a-pdf\"");
        assertThat(json.readValue(written, ErrorRecord.class).reason()).isEqualTo(FailureReason.NOT_A_PDF);
        assertThatThrownBy(() -> FailureReason.of("no-such-reason")).isInstanceOf(IllegalArgumentException.class);
    }
}
