package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.SeededDefects.replaceOnce;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A proof-reader's marks, seeded one at a time into the seed rendition; its clean print has none. */
class TextHygieneRuleTest {

    private static final String SEED = "seed-2022-unit-budget.spec";

    @TempDir
    Path folder;

    private List<Check> added(UnaryOperator<String> defect) throws Exception {
        return SeededDefects.added(SEED, defect, folder);
    }

    @Test
    void aDoubledFullStopWarnsAtItsPage() throws Exception {
        assertThat(added(replaceOnce("#p 收入预算包括:一般公共服务1503.16万元。", "#p 收入预算包括:一般公共服务1503.16万元。。")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(TextHygieneRule.PUNCTUATION);
                    assertThat(c.status()).isEqualTo(CheckStatus.WARN);
                    assertThat(c.refs().get(0).page()).isEqualTo(13);
                    assertThat(c.message()).contains("。。");
                });
    }

    @Test
    void aCommaBeforeAFullStopWarns() throws Exception {
        assertThat(added(replaceOnce("#p 政府性基金预算未安排。", "#p 政府性基金预算未安排，。")))
                .singleElement().satisfies(c -> assertThat(c.rule()).isEqualTo(TextHygieneRule.PUNCTUATION));
    }

    @Test
    void aFigureTypedInBothWidthsWarns() throws Exception {
        assertThat(added(replaceOnce("#p 4. 其他资产价值 434. 14 万元。", "#p 4. 其他资产价值 ４３４.14 万元。")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(TextHygieneRule.MIXED_WIDTH);
                    assertThat(c.message()).contains("４３４.14");
                });
    }

    @Test
    void anAmountTypedWithAFullWidthPointWarns() throws Exception {
        assertThat(added(replaceOnce("#p 4. 其他资产价值 434. 14 万元。", "#p 4. 其他资产价值 434．14万元。")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(TextHygieneRule.MIXED_WIDTH);
                    assertThat(c.message()).contains("434．14");
                });
    }

    @Test
    void aListNumberWithAFullWidthPointBeforeAYearIsNoFigure() throws Exception {
        // 1．2022年…: the way many 目录 number their tables, not an amount
        assertThat(added(replaceOnce("#p 第二部分 2022 年单位预算公开表", "#p 1．2022年单位预算公开表"))).isEmpty();
    }

    @Test
    void aSentenceCutByAPageBreakWarns() throws Exception {
        // the note under 表九 loses its end; the next page opens 第三部分
        assertThat(added(replaceOnce("政府性基金预算支出情况表为空表。\n#page", "政府性基金预算支出情况表为空表,按照自治州财政局有关规定\n#page")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(TextHygieneRule.CUT_SENTENCE);
                    assertThat(c.message()).contains("第三部分");
                });
    }

    @Test
    void theCleanSeedAndFixturesHaveNoMark() throws Exception {
        for (String spec : List.of(SEED, "district-2024-dept-budget.spec", "small-unit-2024-unit-budget.spec")) {
            assertThat(SeededDefects.checks(spec, UnaryOperator.identity(), folder)).as(spec)
                    .filteredOn(c -> c.rule().startsWith("text.")).noneMatch(SeededDefects::flagged);
        }
    }
}
