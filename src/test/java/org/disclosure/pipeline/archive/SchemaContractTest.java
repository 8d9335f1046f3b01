package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published schema really constrains document.json: what breaks the contract is refused. */
class SchemaContractTest {

    private static final String VALID = """
            {"schemaVersion":1,"status":"complete",
             "source":{"fileName":"x.pdf","sha256":"%s","bytes":123,"pages":1},
             "document":{"title":"t","year":2022,"kind":"单位预算"},
             "pages":[{"number":1,"text":"…","hasTextLayer":true}],
             "tables":[{"id":"t1","title":"单位收支总体情况表","unit":"万元","pages":[1],"columnCount":1,"headerRows":0,
                        "ruled":true,"columns":["合计"],"quality":{"ruled":true,"emptyCellShare":0,"strayTextShare":0},"rows":[[%s]]}],
             "requiredTables":[],"performanceTargets":[],"projects":[],"figures":[],
             "ledger":{"numbers":2,"accounted":1,"coverage":0.5,"pages":[{"page":1,"numbers":2,"table":1,"narrative":0,
                       "furniture":0,"unaccounted":[{"text":"157","line":"其他支出 157","bbox":[1,2,3,4]}]}]},
             "summary":{"run":0,"passed":0,"warned":0,"failed":0,"unverified":0},"checks":[]}
            """;
    private static final String SHA = "a".repeat(64);
    private static final String CELL = "{\"text\":\"1, 089. 40\",\"value\":1089.40,\"page\":1,\"bbox\":[1,2,3,4],"
            + "\"row\":0,\"column\":0,\"rowSpan\":1,\"colSpan\":1}";

    private static final String LEARNED = """
            {"schemaVersion":1,%s"learned":[{"from":"budget-2025_bbbb0002","sha256":"%s","title":"t","unit":"上海市普陀区示范局",
              "year":2025,"kind":"部门预算","archivedAt":"2026-12-02T10:52:01.123456Z","replaces":[],
              "checks":[{"rule":"%s","status":"fail","message":"相差","expected":100.00,"printed":90.00,"difference":-10.00,
                         "refs":[{"document":"budget-2025_bbbb0002","page":1,"tableId":"t1","row":3,"column":2},
                                 {"page":1,"tableId":"t1","row":3,"column":3}]}]}]}
            """;
    private static final String SUPERSEDED = "\"supersededBy\":{\"folder\":\"budget-2024-corrected_cccc0003\","
            + "\"sha256\":\"" + "c".repeat(64) + "\",\"archivedAt\":\"2026-12-02T11:00:00Z\"},";

    @TempDir
    Path folder;

    private Path write(String json) throws Exception {
        Path file = folder.resolve("document.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void wellFormedDocumentIsValid() throws Exception {
        SchemaAssert.assertValidDocument(write(VALID.formatted(SHA, CELL)));
    }

    private Path writeCrossChecks(String json) throws Exception {
        Path file = folder.resolve("cross-checks.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void crossChecksLearnedFromALaterDocumentAreValidAndHoldChecksAcrossDocumentsOnly() throws Exception {
        SchemaAssert.assertValidCrossChecks(writeCrossChecks(LEARNED.formatted("", SHA, "cross-doc.prior-year")));
        assertThatThrownBy(() -> SchemaAssert.assertValidCrossChecks(writeCrossChecks(
                LEARNED.formatted("", SHA, "table.total-of-classes")))).isInstanceOf(AssertionError.class);
        String noStatus = LEARNED.formatted("", SHA, "cross-doc.prior-year").replace("\"status\":\"fail\",", "");
        assertThatThrownBy(() -> SchemaAssert.assertValidCrossChecks(writeCrossChecks(noStatus)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aSupersededVersionNamesItsReplacementAndLearnsNothing() throws Exception {
        SchemaAssert.assertValidCrossChecks(writeCrossChecks("{\"schemaVersion\":1," + SUPERSEDED + "\"learned\":[]}"));
        assertThatThrownBy(() -> SchemaAssert.assertValidCrossChecks(writeCrossChecks(
                LEARNED.formatted(SUPERSEDED, SHA, "cross-doc.prior-year")))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SchemaAssert.assertValidCrossChecks(writeCrossChecks(
                "{\"schemaVersion\":1,\"supersededBy\":{\"sha256\":\"" + SHA + "\"},\"learned\":[]}")))
                .as("the replacement's folder is required").isInstanceOf(AssertionError.class);
    }

    @Test
    void aCellCannotBeBothAFigureAndACode() throws Exception {
        String both = CELL.replace("\"page\"", "\"code\":\"201\",\"page\"");
        assertThatThrownBy(() -> SchemaAssert.assertValidDocument(write(VALID.formatted(SHA, both))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aBadHashOrMissingPositionIsRefused() throws Exception {
        assertThatThrownBy(() -> SchemaAssert.assertValidDocument(write(VALID.formatted("xyz", CELL))))
                .isInstanceOf(AssertionError.class);
        String noBox = CELL.replace("\"bbox\":[1,2,3,4],", "");
        assertThatThrownBy(() -> SchemaAssert.assertValidDocument(write(VALID.formatted(SHA, noBox))))
                .isInstanceOf(AssertionError.class);
    }
}
