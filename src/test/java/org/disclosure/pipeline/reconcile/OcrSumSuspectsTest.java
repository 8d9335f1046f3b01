package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

/**
 * On a page read by OCR, a sum that a single misread cell would explain is unverified and names that
 * cell, with the value the sum implies; the figure itself is never changed. On a text page it fails.
 */
class OcrSumSuspectsTest {

    private static final int PAGE = 5;
    private final Reconciler reconciler = new Reconciler();

    /** A 类 table as OCR might read it: every cell with its own box, so an uncertain word overlaps one cell. */
    private static DisclosureDocument document(String... classFigures) {
        String[][] rows = new String[classFigures.length + 1][];
        rows[0] = new String[] {"类", "款", "功能分类科目名称", "合计"};
        String[] names = {"一般公共服务支出", "教育支出", "社会保障和就业支出", "合计"};
        String[] codes = {"201", "205", "208", ""};
        for (int i = 0; i < classFigures.length; i++) {
            int named = i == classFigures.length - 1 ? 3 : i;
            rows[i + 1] = new String[] {codes[named], "", names[named], classFigures[i]};
        }
        List<List<DisclosureCell>> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<DisclosureCell> row = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                String text = rows[r][c];
                boolean body = r > 0;
                String code = body && c == 0 && text.matches("\\d+") ? text : null;
                BigDecimal value = body && c == 3 ? new BigDecimal(text.replace(",", "")) : null;
                row.add(new DisclosureCell(text, value, null, null, code, PAGE, box(r, c), r, c, 1, 1));
            }
            cells.add(row);
        }
        DisclosureTable table = new DisclosureTable("t1", "一般公共预算支出决算表", "万元", null, List.of(PAGE), 4, 1, true,
                List.of(), List.of(), new org.disclosure.pipeline.table.TableQuality(true, 0, 0), null, List.of(), cells);
        return new DisclosureDocument(new DocumentIdentity(null, null, null, null), List.of(), List.of(table), List.of(),
                List.of(), List.of(), List.of());
    }

    private static Box box(int row, int column) {
        return new Box(50.0 + 100 * column, 100.0 + 20 * row, 140.0 + 100 * column, 116.0 + 20 * row);
    }

    private Reconciliation onScan(DisclosureDocument document, List<UncertainReading> uncertain) {
        return reconciler.reconcile(document, null, Set.of(PAGE), uncertain);
    }

    private static Check classTotal(List<Check> checks) {
        return checks.stream().filter(c -> c.rule().equals(ClassTotalRule.ID)).findFirst().orElseThrow();
    }

    @Test
    void aMisreadDigitLeavesTheSumUnverifiedAndNamesTheCellWithTheValueTheSumImplies() {
        // 1,234.56 read as 1,284.56: the classes add up to 3,050.00 against the printed 3,000.00
        DisclosureDocument document = document("1,284.56", "765.44", "1,000.00", "3,000.00");
        Reconciliation result = onScan(document, List.of());

        Check check = classTotal(result.checks());
        assertThat(check.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(check.doubt()).contains("「1,284.56」").contains("「1,234.56」");
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(ClassTotalRule.ID);
            assertThat(s.page()).isEqualTo(PAGE);
            assertThat(s.row()).isEqualTo(1);
            assertThat(s.column()).isEqualTo(3);
            assertThat(s.bbox()).isEqualTo(box(1, 3));
            assertThat(s.read()).isEqualTo("1,284.56");
            assertThat(s.implied()).isEqualTo("1,234.56");
            assertThat(s.impliedValue()).isEqualByComparingTo("1234.56");
            assertThat(s.confidence()).isNull();
            assertThat(s.why()).contains("3 read as 8");
        });
        // flagged, never fixed: the cell still holds what was read
        assertThat(document.tables().get(0).rows().get(1).get(3).value()).isEqualByComparingTo("1284.56");
    }

    @Test
    void aCleanScannedTablePassesWithNoSuspects() {
        Reconciliation result = onScan(document("1,234.56", "765.44", "1,000.00", "3,000.00"), List.of());
        assertThat(classTotal(result.checks()).status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.suspects()).isEmpty();
    }

    @Test
    void theSameBrokenSumOnATextPageFails() {
        DisclosureDocument document = document("1,284.56", "765.44", "1,000.00", "3,000.00");
        List<Check> checks = reconciler.check(document, null);
        assertThat(classTotal(checks).status()).isEqualTo(CheckStatus.FAIL);
        Reconciliation onText = reconciler.reconcile(document, null, Set.of(), List.of());
        assertThat(classTotal(onText.checks()).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(onText.suspects()).isEmpty();
    }

    @Test
    void aTotalMisreadIsNamedWithTheSumAsItsImpliedValue() {
        // the classes add up to 3,000.00; the total, printed so, was read 3,800.00 (0 read as 8)
        Reconciliation result = onScan(document("1,134.56", "765.44", "1,100.00", "3,800.00"), List.of());
        assertThat(classTotal(result.checks()).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.row()).isEqualTo(4);
            assertThat(s.implied()).isEqualTo("3,000.00");
        });
    }

    @Test
    void aDifferenceNoSingleMisreadingExplainsStillFailsOnAScan() {
        // off by 123.45: no cell is one look-alike, one dropped digit or one decimal point from what the sum implies
        Reconciliation result = onScan(document("1,234.56", "765.44", "1,123.45", "3,000.00"), List.of());
        assertThat(classTotal(result.checks()).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.suspects()).isEmpty();
    }

    @Test
    void aLowConfidenceCellIsTheLikeliestSuspectWithItsConfidence() {
        List<UncertainReading> uncertain = List.of(new UncertainReading(PAGE, "765.44", box(2, 3), 41.0));
        Reconciliation result = onScan(document("1,284.56", "765.44", "1,000.00", "3,000.00"), uncertain);
        assertThat(classTotal(result.checks()).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.read()).isEqualTo("765.44");
            assertThat(s.implied()).isEqualTo("715.44");
            assertThat(s.confidence()).isEqualTo(41.0);
        });
        assertThat(classTotal(result.checks()).doubt()).contains("41.0");
    }

    @Test
    void misreadingsAreRecognisedByTheirShape() {
        assertThat(SumSuspects.Misreading.of("123456", new BigDecimal("123456"), new BigDecimal("1234.56")).why())
                .contains("decimal point");
        assertThat(SumSuspects.Misreading.of("123.56", new BigDecimal("123.56"), new BigDecimal("1234.56")).why())
                .contains("dropped");
        assertThat(SumSuspects.Misreading.of("1O34.56", new BigDecimal("1034.56"), new BigDecimal("1234.56")).why())
                .contains("letter");
        assertThat(SumSuspects.Misreading.of("1234.56", new BigDecimal("1234.56"), new BigDecimal("1299.56"))).isNull();
        // the same digits with the other sign: once an index out of range that stopped the whole reconcile
        assertThat(SumSuspects.Misreading.of("-12.00", new BigDecimal("-12.00"), new BigDecimal("12")).why())
                .contains("minus sign");
    }
}
