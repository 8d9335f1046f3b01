package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStatusTest {

    @Test
    void theDocumentSchemaListsExactlyTheStatuses() throws Exception {
        JsonNode schema;
        try (InputStream in = DocumentStatusTest.class.getResourceAsStream("/schema/document.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> listed = new ArrayList<>();
        schema.at("/properties/status/enum").forEach(word -> listed.add(word.asText()));

        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DocumentStatus.values()).map(DocumentStatus::key).toList());
    }

    @Test
    void eachStatusIsReadBackFromItsWord() {
        for (DocumentStatus status : DocumentStatus.values()) {
            assertThat(DocumentStatus.of(status.key())).isEqualTo(status);
            assertThat(status.label()).isNotBlank();
        }
        assertThat(DocumentStatus.values()).filteredOn(DocumentStatus::unread)
                .containsExactlyInAnyOrder(DocumentStatus.NO_TEXT_LAYER, DocumentStatus.OCR_UNAVAILABLE);
    }

    @Test
    void aDocumentJsonWithAStatusNotAmongThemIsRefusedNamingTheFileAndTheWord(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("document.json"), """
                {"schemaVersion":1,"status":"compleet","source":{"fileName":"a.pdf","sha256":"%s","bytes":10,"pages":3}}
                """.formatted("0".repeat(64)));

        assertThatThrownBy(() -> DocumentFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("\"compleet\" is not a document status");
        assertThatThrownBy(() -> DocumentFile.readHeadline(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("compleet");
    }
}
