package org.disclosure.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.junit.jupiter.api.Test;

/**
 * A document.json written before the contract had its own package (schema version 1: the
 * small-unit fixture through extract, reconcile and report, with an OCR section added) reads back
 * into the domain, boxes as {@link Box}, and is written again byte for byte.
 */
class PreviousVersionRoundTripTest {

    private static final Path WRITTEN_BEFORE = Path.of("src/test/resources/contract/document-v1.json");

    @Test
    void aRecordOfThePreviousVersionIsWrittenAgainUnchanged() throws Exception {
        DocumentRecord record = Json.read(WRITTEN_BEFORE, DocumentRecord.class);

        String again = new String(Json.bytes(record), StandardCharsets.UTF_8);

        assertThat(again).isEqualTo(Files.readString(WRITTEN_BEFORE, StandardCharsets.UTF_8));
        SchemaAssert.assertValidDocument(WRITTEN_BEFORE);
    }

    @Test
    void boxesReadBackAsBoxesWithTheirCornersInOrder() throws Exception {
        DocumentRecord record = Json.read(WRITTEN_BEFORE, DocumentRecord.class);

        assertThat(record.schemaVersion()).isEqualTo(DocumentRecord.SCHEMA_VERSION);
        assertThat(record.pages().get(0).lines()).containsExactly(new Box(168.04, 61.47, 427.24, 84.14));
        assertThat(record.ocr().pages().get(0).uncertain().get(0).bbox()).isEqualTo(new Box(100.5, 200.25, 150.0, 212.0));
        assertThat(record.ocr().pages().get(0).secondReads().get(0).bbox()).isEqualTo(new Box(100.5, 200.25, 150.0, 212.0));
        assertThat(record.ocr().suspects().get(0).bbox()).isEqualTo(new Box(100.5, 200.25, 150.0, 212.0));
        List<DisclosureCell> cells = record.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream).toList();
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c.bbox().width()).isPositive());
        List<CheckRef> refs = record.checks().stream().flatMap(c -> c.refs().stream()).filter(r -> r.bbox() != null).toList();
        assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r.bbox().height()).isPositive());
    }
}
