package org.disclosure.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document.json written before the contract had its own package (schema version 1: the
 * small-unit fixture through extract, reconcile and report, with an OCR section added) reads back
 * into the domain, boxes as {@link Box}, and is written again byte for byte.
 */
class PreviousVersionRoundTripTest {

    private static final Path WRITTEN_BEFORE = Path.of("src/test/resources/contract/document-v1.json");

    @Test
    void aRecordOfThePreviousVersionIsWrittenAgainUnchanged() throws Exception {
        DocumentRecord record = DocumentFile.read(WRITTEN_BEFORE);

        String again = new String(DocumentFile.bytes(record), StandardCharsets.UTF_8);

        assertThat(again).isEqualTo(Files.readString(WRITTEN_BEFORE, StandardCharsets.UTF_8));
        SchemaAssert.assertValidDocument(WRITTEN_BEFORE);
    }

    @Test
    void boxesReadBackAsBoxesWithTheirCornersInOrder() throws Exception {
        DocumentRecord record = DocumentFile.read(WRITTEN_BEFORE);

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

    @Test
    void theDomainRecordWrittenAndReadAgainIsTheSameRecord(@TempDir Path folder) throws Exception {
        DocumentRecord record = DocumentFile.read(WRITTEN_BEFORE);
        Path again = Files.write(folder.resolve("document.json"), DocumentFile.bytes(record));

        assertThat(DocumentFile.read(again)).isEqualTo(record);
    }

    @Test
    void aNewerSchemaVersionIsRefusedNotMisread(@TempDir Path folder) throws Exception {
        Path newer = Files.writeString(folder.resolve("document.json"), Files.readString(WRITTEN_BEFORE)
                .replaceFirst("\"schemaVersion\" : 1,", "\"schemaVersion\" : 2,"));

        assertThatThrownBy(() -> DocumentFile.read(newer)).isInstanceOf(IOException.class)
                .hasMessageContaining("schema version 2");
    }

    @Test
    void aWordOrABoxOutsideTheContractIsRefusedWithWhatIsWrong(@TempDir Path folder) throws Exception {
        String written = Files.readString(WRITTEN_BEFORE);
        Path badStatus = Files.writeString(folder.resolve("status.json"),
                written.replaceFirst("\"status\" : \"pass\"", "\"status\" : \"passed\""));
        Path shortBox = Files.writeString(folder.resolve("box.json"),
                written.replaceFirst("\"bbox\" : \\[ 100.5, 200.25, 150.0, 212.0 \\]", "\"bbox\" : [ 100.5, 200.25, 150.0 ]"));

        assertThatThrownBy(() -> DocumentFile.read(badStatus)).isInstanceOf(IOException.class)
                .hasMessageContaining("\"passed\" is not a check status");
        assertThatThrownBy(() -> DocumentFile.read(shortBox)).isInstanceOf(IOException.class)
                .hasMessageContaining("four numbers");
        Path badArtefact = Files.writeString(folder.resolve("artefact.json"),
                written.replaceFirst("\"status\" : \"written\"", "\"status\" : \"done\""));
        assertThatThrownBy(() -> DocumentFile.read(badArtefact)).isInstanceOf(IOException.class)
                .hasMessageContaining("\"done\" is not an artefact status");
        assertThatThrownBy(() -> DocumentFile.readHeadline(badArtefact)).isInstanceOf(IOException.class)
                .hasMessageContaining("artefact.json").hasMessageContaining("\"done\" is not an artefact status");
    }
}
