package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

/**
 * A document or narrative check that fails by matching words OCR read (a unit's name, a table's title, a
 * row's label) is unverified: the misreading is the likelier cause. A sum on certain figures still fails.
 */
class OcrMisreadWordsTest {

    private static final Box CELL = new Box(100, 100, 140, 112);

    private static Check failing(String rule, int page) {
        return new Check(rule, CheckStatus.FAIL, rule + " does not hold", null, null, null,
                List.of(new CheckRef("表", "t1", 1, 1, "行", page, CELL, "x")));
    }

    @Test
    void aNameReadByOcrThatDiffersIsUnverifiedOnAScannedPageOnly() {
        List<Check> judged = ExtractionDoubts.ocrDoubts(List.of(failing("document.unit-name", 5),
                failing("narrative.amount-matches-table", 5), failing("document.unit-name", 2)), Set.of(5), List.of());
        assertThat(judged).extracting(Check::status)
                .containsExactly(CheckStatus.UNVERIFIED, CheckStatus.UNVERIFIED, CheckStatus.FAIL);
        assertThat(judged.get(0).doubt()).contains("OCR");
    }

    @Test
    void aTableReportedMissingFromADocumentWithScannedPagesIsUnverified() {
        Check missing = new Check("document.required-tables", CheckStatus.FAIL, "缺少", null, null, null, List.of());
        assertThat(ExtractionDoubts.ocrDoubts(List.of(missing), Set.of(3), List.of()).get(0).status())
                .isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(ExtractionDoubts.ocrDoubts(List.of(missing), Set.of(), List.of()).get(0).status())
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aSumOnCertainFiguresStillFails() {
        assertThat(ExtractionDoubts.ocrDoubts(List.of(failing("row.total-is-basic-plus-project", 5)), Set.of(5), List.of())
                .get(0).status()).isEqualTo(CheckStatus.FAIL);
    }
}
