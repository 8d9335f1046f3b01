package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every amount the narrative quotes by a row's or column's name restates that row or column. */
class NarrativeCellRuleTest {

    private static final String SEED = "seed-2022-unit-budget.spec";

    @TempDir
    Path folder;

    private List<Check> checks(UnaryOperator<String> mutation) throws Exception {
        DisclosureDocument document = Samples.modelled(SEED, mutation, folder);
        return new NarrativeCellRule().check(document);
    }

    @Test
    void theSeedsNarrativeAgreesWithItsTablesRowByRowAndColumnByColumn() throws Exception {
        List<Check> checks = checks(UnaryOperator.identity());
        List<Check> amounts = checks.stream().filter(c -> c.rule().equals(NarrativeTableRule.AMOUNT)).toList();
        assertThat(amounts).extracting(Check::status).doesNotContain(CheckStatus.FAIL, CheckStatus.UNVERIFIED);
        assertThat(amounts).extracting(Check::message).anySatisfy(m -> assertThat(m)
                .contains("「基本工资 324.15 万元」").contains("《一般公共预算基本支出情况表》「基本工资」"));
        assertThat(amounts).extracting(Check::message).anySatisfy(m -> assertThat(m)
                .contains("「公务接待费 40 万元」").contains("《一般公共预算\"三公\"经费支出情况表》"));
        assertThat(amounts).extracting(Check::message).anySatisfy(m -> assertThat(m)
                .contains("「行政运行 1346.16万元」"));
        Check untied = checks.stream().filter(c -> c.rule().equals(NarrativeCellRule.UNTIED)).findFirst().orElseThrow();
        assertThat(untied.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(untied.message()).contains("处金额未能对应到任何表格的行或列");
        assertThat(untied.refs()).extracting(CheckRef::text).contains("165万元", "489.11 万元");
        assertThat(untied.refs()).isNotEmpty().allSatisfy(r -> assertThat(r.bbox()).isNotNull());
    }

    @Test
    void anItemisedAmountThatDisagreesWithItsRowFailsAndSaysWhere() throws Exception {
        List<Check> failed = checks(spec -> spec.replace("基本工资 324.15 万元", "基本工资 342.15 万元")).stream()
                .filter(c -> c.status() == CheckStatus.FAIL).toList();
        assertThat(failed).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(NarrativeTableRule.AMOUNT);
            assertThat(c.message()).contains("「基本工资 342.15 万元」").contains("《一般公共预算基本支出情况表》「基本工资」")
                    .contains("324.15");
            assertThat(c.printed()).isEqualByComparingTo("342.15");
            assertThat(c.expected()).isEqualByComparingTo("324.15");
            assertThat(c.refs()).extracting(CheckRef::table).containsExactly(null, "一般公共预算基本支出情况表");
            CheckRef cell = c.refs().get(1);
            assertThat(cell.rowName()).isEqualTo("基本工资");
            assertThat(cell.code()).isEqualTo("30101");
            assertThat(cell.columnHeader()).contains("合计");
        });
    }

    @Test
    void aThreePublicItemThatDisagreesWithItsColumnFails() throws Exception {
        List<Check> failed = checks(spec -> spec.replace("公务接待费 40 万元。", "公务接待费 45 万元。")).stream()
                .filter(c -> c.status() == CheckStatus.FAIL).toList();
        assertThat(failed).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("「公务接待费 45 万元」").contains("\"三公\"经费支出情况表");
            assertThat(c.expected()).isEqualByComparingTo("40");
        });
    }

    @Test
    void aZeroQuotedForAFilledRowFails() throws Exception {
        List<Check> failed = checks(spec -> spec.replace("奖金 27.01 万元", "奖金 0 万元")).stream()
                .filter(c -> c.status() == CheckStatus.FAIL).toList();
        // the cell as printed, not rounded to the text's whole 万元 ("即 27 万元") when the units are the same
        assertThat(failed).singleElement().satisfies(c -> assertThat(c.message()).contains("「奖金 0 万元」")
                .contains("所列为 27.01 万元").doesNotContain("（即"));
    }

    @Test
    void lastYearsFiguresAndChangesAreNotTakenForThisYearsRow() throws Exception {
        assertThat(NarrativeCellRule.clauseBefore(figure("基本工资上年预算为300万元", "300万元"))).isEqualTo("基本工资上年预算为");
        List<Check> checks = checks(spec -> spec.replace("基本工资 324.15 万元", "基本工资上年预算 300 万元"));
        assertThat(checks).noneMatch(c -> c.status() == CheckStatus.FAIL);
    }

    @Test
    void aFigureIsNotTakenForTheTailOfALongerNumber() {
        assertThat(NarrativeCellRule.clauseBefore(figure("“三公”经费预算数为89,000.00元，其中：因公出国（境）费0.00元", "0.00元")))
                .isEqualTo("其中:因公出国(境)费");
    }

    /** The reader cuts the context CONTEXT_REACH characters either side: where both sides are full, that is the figure. */
    @Test
    void ofTwoEqualAmountsTheOneTheContextIsCutAroundIsTheFigure() {
        int reach = org.disclosure.pipeline.disclosure.NarrativeFigure.CONTEXT_REACH;
        String core = "本年收入合计780.79万元，其中：财政拨款收入780.79万元。本年支出合计";
        String before = "说".repeat(reach - core.length()) + core;
        String after = ("，其中：基本支出694.29万元，占88.92%；项目支出86.50万元，占11.08%。").substring(0, reach);
        String context = before + "780.79万元" + after;
        assertThat(NarrativeCellRule.clauseBefore(figure(context, "780.79万元"))).isEqualTo("本年支出合计");
        // cut short (the paragraph's start or end), the place is unknown: the first one is taken, as before
        assertThat(NarrativeCellRule.clauseBefore(figure(core + "780.79万元。", "780.79万元"))).isEqualTo("本年收入合计");
    }

    private static org.disclosure.pipeline.disclosure.NarrativeFigure figure(String context, String text) {
        return new org.disclosure.pipeline.disclosure.NarrativeFigure(text, java.math.BigDecimal.ONE, "万元", "amount",
                null, null, context, null, 1, List.of(new Box(0.0, 0.0, 1.0, 1.0)));
    }

    /** One body row 2010101 行政运行 under the header, its cells' values as given (null: blank), with these column meanings. */
    private static org.disclosure.pipeline.disclosure.DisclosureTable codedRow(List<String> meanings, String... values) {
        List<org.disclosure.pipeline.disclosure.DisclosureCell> row = new java.util.ArrayList<>();
        row.add(new org.disclosure.pipeline.disclosure.DisclosureCell("2010101", null, null, null, "2010101", 3,
                new Box(0.0, 0.0, 1.0, 1.0), 1, 0, 1, 1));
        row.add(new org.disclosure.pipeline.disclosure.DisclosureCell("行政运行", null, null, null, null, 3,
                new Box(1.0, 0.0, 2.0, 1.0), 1, 1, 1, 1));
        for (int i = 0; i < values.length; i++) {
            row.add(new org.disclosure.pipeline.disclosure.DisclosureCell(values[i] == null ? "" : values[i],
                    values[i] == null ? null : new java.math.BigDecimal(values[i]), null, null, null, 3,
                    new Box(2.0 + i, 0.0, 3.0 + i, 1.0), 1, 2 + i, 1, 1));
        }
        return new org.disclosure.pipeline.disclosure.DisclosureTable("t1", "表", "万元", null, List.of(3), 2 + values.length, 1,
                true, List.of(), meanings, new org.disclosure.pipeline.table.TableQuality(true, 0, 0), null,
                List.of(new org.disclosure.pipeline.disclosure.RowMeaning(1, "item", "2010101", "item", "20101", null, "行政运行")),
                List.of(List.of(), row));
    }

    @Test
    void aZeroInAPartOfACodedRowIsNoTieButAZeroInItsOwnColumnIs() {
        // 年初预算 5, 决算 0: "支出决算为0万元" is the 决算 column's own figure
        var years = codedRow(List.of("code", "name", "budget", "final"), "5.00", "0.00");
        assertThat(NarrativeCellRule.rowCells(years, 1, "行政运行")).extracting(c -> c.value().toPlainString())
                .containsExactly("5.00", "0.00");
        // 合计 25,000, 人员经费 0, 公用经费 25,000: the item is not zero, its zero part says nothing of it
        var parts = codedRow(List.of("code", "name", "total", "personnel", "public-use"), "25000.00", "0.00", "25000.00");
        assertThat(NarrativeCellRule.rowCells(parts, 1, "行政运行")).extracting(c -> c.value().toPlainString())
                .containsExactly("25000.00", "25000.00");
    }
}
