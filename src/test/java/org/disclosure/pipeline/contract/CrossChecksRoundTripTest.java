package org.disclosure.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.CrossChecksFile;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cross-checks.json files written before the contract had their own records (schema version 1, by
 * serializing archive/CrossChecks itself: one that learned a failure and an unverified check from two
 * later documents, one superseded) read back through the contract and are written again byte for byte.
 */
class CrossChecksRoundTripTest {

    private static final Path LEARNED = Path.of("src/test/resources/contract/cross-checks-v1.json");
    private static final Path SUPERSEDED = Path.of("src/test/resources/contract/cross-checks-superseded-v1.json");

    @ParameterizedTest
    @ValueSource(strings = {"cross-checks-v1.json", "cross-checks-superseded-v1.json"})
    void aFileOfThePreviousVersionIsValidAndWrittenAgainUnchanged(String name) throws Exception {
        Path before = Path.of("src/test/resources/contract").resolve(name);
        SchemaAssert.assertValidCrossChecks(before);

        CrossChecks read = CrossChecksFile.read(before);

        String again = new String(CrossChecksFile.bytes(read), StandardCharsets.UTF_8);
        assertThat(again).isEqualTo(Files.readString(before, StandardCharsets.UTF_8));
        assertThat(again).as("the contract writes what serializing the domain record wrote")
                .isEqualTo(new String(Json.bytes(read), StandardCharsets.UTF_8));
    }

    @Test
    void theDomainReadBackHasItsStatusesBoxesAndFolders(@TempDir Path folder) throws Exception {
        CrossChecks read = CrossChecksFile.read(LEARNED);

        assertThat(read.superseded()).isFalse();
        assertThat(read.learned()).extracting(CrossChecks.Learned::from)
                .containsExactly("budget-2025_bbbb0002", "unit-2024_eeee0005");
        assertThat(read.learned().get(0).checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(read.learned().get(0).checks().get(0).refs().get(0).bbox()).isEqualTo(new Box(100.5, 200.25, 150.0, 212.0));
        assertThat(read.learned().get(1).checks().get(0).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(read.replacedFolders()).containsExactly("budget-2025-first_dddd0004");
        Files.write(folder.resolve(ArchiveLayout.CROSS_CHECKS_JSON), CrossChecksFile.bytes(read));
        assertThat(CrossChecksFile.readIn(folder)).isEqualTo(read);
        assertThat(CrossChecksFile.read(SUPERSEDED).supersededBy().folder()).isEqualTo("budget-2024-corrected_cccc0003");
    }

    @Test
    void aFolderWithoutTheFileHasLearnedNothing(@TempDir Path folder) throws Exception {
        assertThat(CrossChecksFile.readIn(folder)).isEqualTo(CrossChecks.empty());
    }

    @Test
    void aNewerSchemaVersionIsRefusedNotMisread(@TempDir Path folder) throws Exception {
        Path newer = Files.writeString(folder.resolve("cross-checks.json"), Files.readString(LEARNED)
                .replaceFirst("\"schemaVersion\" : 1,", "\"schemaVersion\" : 2,"));

        assertThatThrownBy(() -> CrossChecksFile.read(newer)).isInstanceOf(IOException.class)
                .hasMessageContaining("schema version 2");
    }

    @Test
    void aWordABoxOrAnEntryOutsideTheContractIsRefusedWithWhatIsWrong(@TempDir Path folder) throws Exception {
        String written = Files.readString(LEARNED);
        Path badStatus = Files.writeString(folder.resolve("status.json"),
                written.replaceFirst("\"status\" : \"fail\"", "\"status\" : \"failed\""));
        Path shortBox = Files.writeString(folder.resolve("box.json"),
                written.replaceFirst("\"bbox\" : \\[ 100.5, 200.25, 150.0, 212.0 \\]", "\"bbox\" : [ 100.5, 200.25, 150.0 ]"));
        Path noFrom = Files.writeString(folder.resolve("from.json"),
                written.replaceFirst("\"from\" : \"budget-2025_bbbb0002\",", ""));

        assertThatThrownBy(() -> CrossChecksFile.read(badStatus)).isInstanceOf(IOException.class)
                .hasMessageContaining("status.json").hasMessageContaining("\"failed\" is not a check status");
        assertThatThrownBy(() -> CrossChecksFile.read(shortBox)).isInstanceOf(IOException.class)
                .hasMessageContaining("four numbers");
        assertThatThrownBy(() -> CrossChecksFile.read(noFrom)).isInstanceOf(IOException.class)
                .hasMessageContaining("from.json");
    }
}
