package org.disclosure.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.junit.jupiter.api.Test;

/**
 * A document's headline is read through the contract into domain types: the index keeps the text
 * the previous version kept (src/test/resources/contract/headline-v1.json, written then from
 * document-v1.json), and the console reads that text back as the headline of the whole record.
 */
class HeadlineRoundTripTest {

    private static final Path DOCUMENT = Path.of("src/test/resources/contract/document-v1.json");
    private static final Path KEPT_BEFORE = Path.of("src/test/resources/contract/headline-v1.json");

    @Test
    void theIndexKeepsTheTextThePreviousVersionKept() throws Exception {
        assertThat(DocumentFile.headlineText(DOCUMENT)).isEqualTo(Files.readString(KEPT_BEFORE, StandardCharsets.UTF_8));
    }

    @Test
    void theHeadlineSaysWhatTheWholeRecordSays() throws Exception {
        DocumentRecord record = DocumentFile.read(DOCUMENT);

        DocumentHeadline headline = DocumentFile.readHeadline(DOCUMENT);

        assertThat(headline.status()).isEqualTo(record.status());
        assertThat(headline.source()).isEqualTo(record.source());
        assertThat(headline.document()).isEqualTo(record.document());
        assertThat(headline.summary()).isEqualTo(record.summary());
        assertThat(headline.coverage()).isEqualTo(record.ledger().coverage());
        assertThat(headline.tableCount()).isEqualTo(record.tables().size()).isPositive();
        assertThat(headline.processing()).isEqualTo(record.processing());
        assertThat(headline.artefacts()).isEqualTo(record.artefacts());
        assertThat(headline.notChecked()).isEqualTo(record.notChecked());
    }

    @Test
    void theTextTheIndexKeptReadsBackAsTheSameHeadline() throws Exception {
        DocumentHeadline kept = DocumentFile.headline(Files.readString(KEPT_BEFORE, StandardCharsets.UTF_8));

        assertThat(kept).isEqualTo(DocumentFile.readHeadline(DOCUMENT));
        assertThat(DocumentFile.headline(DocumentFile.headlineText(DOCUMENT))).isEqualTo(kept);
    }
}
