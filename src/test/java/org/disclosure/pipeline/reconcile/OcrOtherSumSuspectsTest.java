package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.disclosure.Classification;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

/**
 * The sums other than column and 类/款/项 totals, on pages read by OCR: the side of an overview
 * (本年收入合计 = its numbered items), the balance (收入总计 = 支出总计) and a total restated in another
 * table. One that a misread cell would explain, or that rests on a figure read with low confidence, is
 * unverified and names the cell; the same figures on a text page fail.
 */
class OcrOtherSumSuspectsTest {

    private static final int PAGE = 3;
    private final Reconciler reconciler = new Reconciler();

    private static Box box(int page, int row, int column) {
        return new Box(50.0 + 100 * column, 100.0 + 20 * row + page, 140.0 + 100 * column, 116.0 + 20 * row + page);
    }

    /** A table: the header row, then body rows; a body cell that reads as a number holds that figure. */
    private static DisclosureTable table(String id, String title, String kind, int page, List<String> meanings,
                                         List<RowMeaning> rowMeanings, String[]... rows) {
        List<List<DisclosureCell>> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<DisclosureCell> row = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                String text = rows[r][c];
                BigDecimal value = r > 0 && text.matches("[\\d,.]+") ? new BigDecimal(text.replace(",", "")) : null;
                row.add(new DisclosureCell(text, value, null, null, null, page, box(page, r, c), r, c, 1, 1));
            }
            cells.add(row);
        }
        return new DisclosureTable(id, title, "万元", null, List.of(page), rows[0].length, 1, true, List.of(rows[0]),
                meanings, new org.disclosure.pipeline.table.TableQuality(true, 0, 0),
                kind == null ? null : new Classification(kind, title, 1, "test"), rowMeanings, cells);
    }

    private static DisclosureDocument document(DisclosureTable... tables) {
        return new DisclosureDocument(new DocumentIdentity(null, null, null, null), List.of(), List.of(tables),
                List.of(), List.of(), List.of(), List.of());
    }

    private static Check only(Reconciliation result, String rule) {
        return result.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    // ---- side sums: 本年收入合计 = 一、 + 二、

    private static DisclosureDocument income(String tax) {
        return document(table("t1", "收入决算表", null, PAGE, List.of(), List.of(),
                new String[] {"项目", "决算数"},
                new String[] {"一、税收收入", tax},
                new String[] {"二、非税收入", "765.44"},
                new String[] {"本年收入合计", "2,000.00"}));
    }

    @Test
    void aSideSumAMisreadDigitExplainsIsUnverifiedAndNamesTheCell() {
        // 1,234.56 read as 1,284.56: the items add up to 2,050.00 against 2,000.00
        Reconciliation result = reconciler.reconcile(income("1,284.56"), null, Set.of(PAGE), List.of());

        Check check = only(result, SidesRule.ID);
        assertThat(check.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(SidesRule.ID);
            assertThat(s.row()).isEqualTo(1);
            assertThat(s.column()).isEqualTo(1);
            assertThat(s.read()).isEqualTo("1,284.56");
            assertThat(s.implied()).isEqualTo("1,234.56");
        });
        assertThat(check.doubt()).contains("「1,284.56」").contains("「1,234.56」");
    }

    @Test
    void theSameSideSumOnATextPageFails() {
        Reconciliation result = reconciler.reconcile(income("1,284.56"), null, Set.of(), List.of());

        assertThat(only(result, SidesRule.ID).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.suspects()).isEmpty();
    }

    @Test
    void aSideSumOffByMoreThanOneMisreadingStillFailsOnAScan() {
        Reconciliation result = reconciler.reconcile(income("4,321.99"), null, Set.of(PAGE), List.of());

        assertThat(only(result, SidesRule.ID).status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aSideSumRestingOnAnUncertainFigureNamesItWithItsConfidence() {
        // 二、 read at confidence 52: any of its digits may be wrong, so it is the suspect, not the look-alike
        List<UncertainReading> uncertain = List.of(new UncertainReading(PAGE, "765.44", box(PAGE, 2, 1), 52.0));
        Reconciliation result = reconciler.reconcile(income("1,284.56"), null, Set.of(PAGE), uncertain);

        assertThat(only(result, SidesRule.ID).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.row()).isEqualTo(2);
            assertThat(s.confidence()).isEqualTo(52.0);
            assertThat(s.implied()).isEqualTo("715.44");
        });
    }

    // ---- balance: 收入总计 = 支出总计

    private static DisclosureDocument overview(String income, String spending) {
        return document(table("t1", "收支决算总表", null, PAGE, List.of(), List.of(),
                new String[] {"收入", "决算数", "支出", "决算数"},
                new String[] {"收入总计", income, "支出总计", spending}));
    }

    @Test
    void anUnbalancedOverviewNamesBothPrintingsEachWithTheOtherAsItsImpliedValue() {
        Reconciliation result = reconciler.reconcile(overview("1,234.56", "1,284.56"), null, Set.of(PAGE), List.of());

        assertThat(only(result, BalanceRule.ID).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).extracting(SuspectCell::read, SuspectCell::implied)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1,234.56", "1,284.56"),
                        org.assertj.core.groups.Tuple.tuple("1,284.56", "1,234.56"));
        assertThat(result.suspects()).allMatch(s -> s.rule().equals(BalanceRule.ID));
    }

    @Test
    void anUnbalancedOverviewRestingOnAnUncertainFigureNamesThatOne() {
        List<UncertainReading> uncertain = List.of(new UncertainReading(PAGE, "1,284.56", box(PAGE, 1, 3), 47.0));
        Reconciliation result = reconciler.reconcile(overview("1,234.56", "1,284.56"), null, Set.of(PAGE), uncertain);

        assertThat(only(result, BalanceRule.ID).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.column()).isEqualTo(3);
            assertThat(s.confidence()).isEqualTo(47.0);
            assertThat(s.implied()).isEqualTo("1,234.56");
        });
    }

    @Test
    void theSameUnbalancedOverviewOnATextPageFails() {
        Reconciliation result = reconciler.reconcile(overview("1,234.56", "1,284.56"), null, Set.of(), List.of());

        assertThat(only(result, BalanceRule.ID).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.suspects()).isEmpty();
    }

    // ---- across tables: the basic-expenditure table's total is the general table's 基本支出

    private static DisclosureDocument restated(String stated, String total, int basicPage) {
        DisclosureTable general = table("t1", "一般公共预算支出表", "budget.general-public", PAGE,
                List.of("code", "name", "total", "basic", "project"),
                List.of(new RowMeaning(1, "total", null, null, null, null, "合计")),
                new String[] {"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
                new String[] {"", "合计", "3,000.00", stated, "1,765.44"});
        DisclosureTable basic = table("t2", "一般公共预算基本支出表", "budget.general-public-basic", basicPage,
                List.of("code", "name", "total"),
                List.of(new RowMeaning(1, "total", null, null, null, null, "合计")),
                new String[] {"科目编码", "科目名称", "合计"},
                new String[] {"", "合计", total});
        return document(general, basic);
    }

    @Test
    void aTotalRestatedInAnotherTableThatAMisreadingExplainsIsUnverified() {
        Reconciliation result = reconciler.reconcile(restated("1,234.56", "1,284.56", PAGE + 1), null,
                Set.of(PAGE, PAGE + 1), List.of());

        assertThat(only(result, CrossTableRule.BASIC).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).extracting(SuspectCell::page).containsExactlyInAnyOrder(PAGE, PAGE + 1);
    }

    @Test
    void onlyTheScannedPrintingIsASuspectWhenTheOtherTableHasATextLayer() {
        Reconciliation result = reconciler.reconcile(restated("1,234.56", "1,284.56", PAGE + 1), null,
                Set.of(PAGE + 1), List.of());

        assertThat(only(result, CrossTableRule.BASIC).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).singleElement().satisfies(s -> {
            assertThat(s.page()).isEqualTo(PAGE + 1);
            assertThat(s.read()).isEqualTo("1,284.56");
            assertThat(s.implied()).isEqualTo("1,234.56");
        });
    }

    @Test
    void theSameRestatedTotalOnTextPagesFails() {
        Reconciliation result = reconciler.reconcile(restated("1,234.56", "1,284.56", PAGE + 1), null, Set.of(),
                List.of());

        assertThat(only(result, CrossTableRule.BASIC).status()).isEqualTo(CheckStatus.FAIL);
    }
}
